/**
 * An independent count of the figures printed in a source's tables, to tell how many of them
 * became facts (issue 29: "an independent count of the figures in each source table against
 * the facts"). It shares no code with the importer: HTML tables are walked with parse5
 * (test/support/html-figures.ts); Markdown pipe tables are split at their pipes; fixed-width
 * text tables (EDGAR .txt, fenced blocks of a wire copy) are split at runs of two or more
 * spaces, on lines that set a figure apart from a label that way. A figure is a cell whose
 * whole text is a number as printed ("5,931", "$ (1,271)", "53.6%"); a bare year is not.
 *
 * The count is approximate by design (a footnote marker "(1)" in a cell of its own counts as a
 * figure), and so is the match: a source figure is read when a fact prints the same digits,
 * each fact matching one source figure at most.
 */
import { digits, FIGURE_CELL, htmlTableFigures } from '../../test/support/html-figures.ts';
import type { Fact } from '../../src/lib/types.ts';

const YEAR = /^(?:19|20)\d\d$/;

/** The digits of every figure printed in the source's tables, in document order. */
export function sourceFigures(text: string, kind: 'html' | 'text', file: string): string[] {
  if (kind === 'html') return htmlTableFigures(text).figures;
  const out: string[] = [];
  const fixedWidth = /\.txt$/i.test(file);
  let fenced = false;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*```/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    const line = raw.replace(/\*\*|__/g, '');
    if (!fenced && /^\s*\|/.test(line)) {
      if (/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) continue;
      for (const cell of line.trim().replace(/^\||\|$/g, '').split('|')) push(out, cell);
    } else if (fenced || fixedWidth) {
      const cells = line.trim().split(/\s{2,}|\t/);
      if (cells.length < 2) continue;
      for (const cell of cells) push(out, cell);
    }
  }
  return out;
}

function push(out: string[], cell: string): void {
  const text = cell.replace(/[\s\u00a0]+/g, ' ').trim();
  if (text !== '' && FIGURE_CELL.test(text) && !YEAR.test(text)) out.push(digits(text));
}

/** How many of the source's figures a fact prints: a multiset match on their digits. */
export function figuresRead(source: readonly string[], facts: readonly Fact[]): number {
  const printed = new Map<string, number>();
  for (const f of facts) {
    const m = /\d[\d,]*(?:\.\d+)?/.exec(f.raw ?? '');
    if (f.status !== 'reported' || !m) continue;
    const key = m[0].replace(/,/g, '');
    printed.set(key, (printed.get(key) ?? 0) + 1);
  }
  let read = 0;
  for (const figure of source) {
    const n = printed.get(figure) ?? 0;
    if (n > 0) {
      read++;
      printed.set(figure, n - 1);
    }
  }
  return read;
}

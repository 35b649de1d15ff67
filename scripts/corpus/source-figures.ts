/**
 * An independent count of the figures printed in a source's tables, to tell how many of them
 * became facts (issue 29: "an independent count of the figures in each source table against
 * the facts"). It shares no code with the importer: HTML tables are walked with parse5
 * (test/support/html-figures.ts); Markdown pipe tables are split at their pipes; fixed-width
 * text tables (EDGAR .txt, fenced blocks of a wire copy) are split at runs of two or more
 * spaces, on lines that set a figure apart from a label that way. A figure is a cell whose
 * whole text is a number as printed ("5,931", "$ (1,271)", "53.6%"); a bare year is not.
 *
 * An EDGAR submission (.txt) is counted document by document: its EX-99 exhibits where it has any, each as
 * HTML or as fixed-width text as it was filed (an 8-K's body, its XBRL and graphics are no part of the release).
 *
 * Not counted, as no reader counts them among a table's figures: an EDGAR submission's SEC header
 * (before its first <DOCUMENT>: filing dates, CIK, ZIP and telephone numbers) and a form's cover page
 * (from "FORM 8-K" to its check boxes or first item: the registrant's address, ZIP, IRS and file numbers); the day of a date
 * whose month is on the line above ("December" over "28,", as fixed-width headers print it); a
 * footnote's mark before its text ("(5) | "Investigation remedies" includes …", "(1)    Effect of …").
 *
 * The count is approximate by design (a footnote marker "(1)" in a figure's cell of its own still
 * counts), and so is the match: a source figure is read when a fact prints the same digits,
 * each fact matching one source figure at most.
 */
import { digits, FIGURE_CELL, htmlTableFigures } from '../../test/support/html-figures.ts';
import type { Fact } from '../../src/lib/types.ts';

const YEAR = /^(?:19|20)\d\d$/;

/** The digits of every figure printed in the source's tables, in document order. */
export function sourceFigures(text: string, kind: 'html' | 'text', file: string): string[] {
  if (kind === 'html') return htmlTableFigures(text).figures;
  const fixedWidth = /\.txt$/i.test(file);
  const documents = fixedWidth ? releaseDocuments(text) : null;
  // An EDGAR submission holds each document as filed: an exhibit in HTML (cells in <td>) is counted as HTML; one in
  // text, its tables in <TABLE> tags of SGML as early filings print them, as fixed-width text.
  if (documents) return documents.flatMap((d) => (/<t[dr][\s>]/i.test(d) ? htmlTableFigures(d).figures : textFigures(d, true)));
  return textFigures(text, fixedWidth);
}

/**
 * The documents of an EDGAR submission a reader reads as the release: its EX-99 exhibits where it has any,
 * else every document but XBRL, graphics and archives. Null for a file that is no submission.
 */
function releaseDocuments(text: string): string[] | null {
  const documents = [...text.matchAll(/<DOCUMENT>([\s\S]*?)(?:<\/DOCUMENT>|$)/gi)].map((m) => ({
    type: /<TYPE>\s*([^\s<]+)/i.exec(m[1])?.[1]?.toUpperCase() ?? '',
    body: /<TEXT>([\s\S]*?)(?:<\/TEXT>|$)/i.exec(m[1])?.[1] ?? m[1],
  }));
  if (documents.length === 0) return null;
  const exhibits = documents.filter((d) => d.type.startsWith('EX-99'));
  const kept = exhibits.length > 0 ? exhibits : documents.filter((d) => !/^(?:EX-101|GRAPHIC|ZIP|XML|JSON|EXCEL|PDF)/.test(d.type));
  return kept.map((d) => d.body);
}

function textFigures(text: string, fixedWidth: boolean): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  // An EDGAR submission's SEC header is the filing's envelope, not the release.
  const firstDocument = lines.findIndex((l) => /^<DOCUMENT>/i.test(l.trim()));
  let fenced = false;
  // An SEC form's cover page (the registrant's address, ZIP code, IRS and file numbers over their captions) is no table.
  let cover = 0;
  for (const raw of fixedWidth && firstDocument > 0 ? lines.slice(firstDocument) : lines) {
    if (fixedWidth && /^\s*FORM\s+(?:8-K|10-Q|10-K|6-K|20-F|40-F)(?:\/A)?\s*$/i.test(raw)) cover = 60;
    else if (cover > 0 && /^\s*(?:Check the appropriate box|Indicate by check mark|\[\s*[xX]?\s*\]|Item\s+\d|SIGNATURES?\b|Exhibit\s+\d|<)/i.test(raw)) cover = 0;
    if (cover > 0) {
      cover--;
      continue;
    }
    if (/^\s*```/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    const line = raw.replace(/\*\*|__/g, '');
    if (!fenced && /^\s*\|/.test(line)) {
      if (/^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) continue;
      pushRow(out, line.trim().replace(/^\||\|$/g, '').split('|'));
    } else if (fenced || fixedWidth) {
      const cells = line.trim().split(/\s{2,}|\t/);
      if (cells.length < 2) continue;
      pushRow(out, cells);
    }
  }
  return out;
}

const clean = (cell: string) => cell.replace(/[\s\u00a0]+/g, ' ').trim();
const FOOTNOTE_MARK = /^\(?(?:\d{1,2}|[a-z])\)?$/i;
const PROSE = /[A-Za-z]{3,}(?:\W+[A-Za-z]{2,}){3,}/;
const DAY_OF_DATE = /^\d{1,2},$/;

function pushRow(out: string[], cells: string[]): void {
  const texts = cells.map(clean).filter((t) => t !== '');
  // A footnote: its mark, then its text.
  if (texts.length >= 2 && FOOTNOTE_MARK.test(texts[0]) && texts.slice(1).every((t) => !FIGURE_CELL.test(t) && PROSE.test(t))) return;
  for (const text of texts) if (FIGURE_CELL.test(text) && !YEAR.test(text) && !DAY_OF_DATE.test(text)) out.push(digits(text));
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

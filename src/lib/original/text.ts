/**
 * A release published as plain text (an EDGAR .txt exhibit, a wire copy in Markdown) shown as
 * it is, preformatted, with a slot on every figure of its tables: a cell of a pipe table, or of
 * a line whose cells are set apart by two spaces or more, whose whole text is a figure.
 */
import { escapeHtml } from '../markup.ts';
import { coverPages } from '../import/index.ts';
import { digitsOf, DIGITS, MARK, isFigureCell, markOf } from './figures.ts';
import type { OriginalParts } from './parts.ts';

export function originalText(source: string): OriginalParts {
  const parts: OriginalParts['parts'] = [];
  const figures: string[] = [];
  const slotText: string[] = [];
  let html = '';
  let envelope = false;
  const lines = source.split('\n');
  // A form's cover page (the registrant's address, ZIP code, IRS and file numbers) prints no figure of the release either.
  const cover = new Set(coverPages(lines).flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k)));
  for (const [n, line] of lines.entries()) {
    // An EDGAR submission's header (filer, dates, file numbers) prints no figure of the release.
    if (/^<(?:SEC|IMS)-HEADER>/i.test(line)) envelope = true;
    let at = 0;
    const slots = figures.length;
    for (const cell of envelope || cover.has(n) || printsNoFigure(line) ? [] : cellsOf(line)) {
      const printed = cell.text.replace(/\*\*|__/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
      const key = isFigureCell(printed) ? digitsOf(printed) : markOf(printed);
      if (key === null) continue;
      const m = (key.startsWith('mark:') ? MARK : DIGITS).exec(line.slice(cell.start, cell.end));
      if (!m) continue;
      const from = cell.start + m.index;
      html += escapeHtml(line.slice(at, from));
      parts.push(html, figures.length);
      figures.push(key);
      slotText.push(m[0]);
      html = '';
      at = from + m[0].length;
    }
    // A paragraph of prose on one line (a wire copy's, or an exhibit's text joined by its converter) wraps on the
    // screen, as it did on the page it came from; a line of a table keeps its columns.
    html += figures.length === slots && isProse(line) ? `<span class="o-wrap">${escapeHtml(line)}</span>\n` : `${escapeHtml(line.slice(at))}\n`;
    if (/^<\/(?:SEC|IMS)-HEADER>/i.test(line)) envelope = false;
  }
  parts.push(html);
  return { parts, figures, slotText };
}

/**
 * A line of a text table that prints no figure though its cells look like some: a rule under a
 * header ("----------   --------   ---", whose short runs read as nil marks), or a footnote's text
 * opening with its marker ("(1)   Represents income (loss) before income taxes …", whose "(1)"
 * reads as a negative 1). Marked as figures, they showed a reviewer dozens of "not read by
 * tieout" that are no figures (Molson Coors' 4Q24 Dow Jones copy: 59, none a figure of a table).
 * A row of nil marks alone ("--   --") is no rule: a rule has a run of five or more.
 */
function printsNoFigure(line: string): boolean {
  if (/^[\s\-=_]+$/.test(line) && /[-=_]{5,}/.test(line)) return true;
  return /^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]?)\s{2,}[A-Za-z][A-Za-z'’-]*\s+[A-Za-z]/.test(line);
}

/** A line of prose: long, with words set apart by single spaces only (no column's gap, tab or pipe). */
function isProse(line: string): boolean {
  return line.length > 80 && !/\S(?:\s{2,}|\t)\S|\|/.test(line.trim()) && /(?:\p{L}{2,}[,.;:]?\s+){5}/u.test(line);
}

/** The cells of a table line with where they sit: between pipes, or parted by two spaces or a tab. */
function cellsOf(line: string): { text: string; start: number; end: number }[] {
  const pipe = /^\s*\|/.test(line);
  if (pipe && /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(line)) return [];
  const separator = pipe ? /\|/g : /\s{2,}|\t/g;
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const m of line.matchAll(separator)) {
    out.push({ text: line.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ text: line.slice(start), start, end: line.length });
  return out.filter((c) => c.text.trim() !== '').length >= 2 ? out : [];
}

/**
 * A release saved as text whose tables keep the HTML grid cell by cell: every `<td>` printed as its
 * text and a `|`, the empty ones included ("Revenue | $ | 663 | | | $ | 392 | | | 69% |"), each row a
 * paragraph of its own (blank lines between), a line break inside a cell kept ("Net income\n| $ | 204
 * | …", "| Three months ended\nMarch 31, | | |"). Reddit's EX-99.1 (1Q26, 2Q26) as a research
 * repository saved it.
 *
 * It is written in the " | "-joined form (joined-cells.ts), line for line, for that reader to set the
 * headings over the columns: each row on the line it starts at, its empty cells dropped (spacing
 * columns, and the spans the grid lost, which make the rows' cell counts differ), the other lines of
 * its paragraph left blank; a row of empty cells only (a spacing row) and a lone "|" (the end of a
 * cell holding paragraphs) print nothing. What the empty cells say is kept beside it: where each
 * figure stands across its row, so a row printing fewer figures than its table's columns is placed
 * under the columns whose figures stand where its own do ("GAAP gross margin | 91.5 | % | | 90.5 | % |
 * | |" under "2026 | 2025 | % Change": the first two columns', the change column empty).
 */
import { isValueText } from './cell-text.ts';
import { joinedCells } from './joined-cells.ts';

/** How many rows of figures make the form: fewer may be prose that quotes a pipe. */
const MIN_ROWS = 3;

/** A paragraph's cells when it is a row of the grid: it ends with the "|" closing its last cell. */
function gridCells(paragraph: string): string[] | null {
  const text = paragraph.split('\n').map((l) => l.trim()).join(' ').trim();
  if (!text.endsWith('|')) return null;
  return text.split('|').slice(0, -1).map((c) => c.trim());
}

/** A row of the grid printing a label and figures in half its non-empty cells at least, with an empty cell among them. */
function isGridFigureRow(cells: string[]): boolean {
  if (cells[0] === '' || !cells.includes('')) return false;
  const joined = joinedCells(cells.filter((c) => c !== '').join(' | '));
  if (joined.length < 2 || isValueText(joined[0]!)) return false;
  const values = joined.slice(1).filter(isValueText).length;
  return values >= 1 && values * 2 >= joined.length - 1;
}

/** The text's paragraphs: runs of lines that print something, each with the line it starts at (1-based). */
function paragraphs(lines: string[]): { line: number; count: number; text: string }[] {
  const out: { line: number; count: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.trim() !== '') j++;
    out.push({ line: i + 1, count: j - i + 1, text: lines.slice(i, j + 1).join('\n') });
    i = j;
  }
  return out;
}

/** Whether the text prints its tables as the HTML grid kept cell by cell: three rows of figures at least. */
export function hasGridRows(text: string): boolean {
  let rows = 0;
  for (const p of paragraphs(text.replace(/\r\n?/g, '\n').split('\n'))) {
    const cells = gridCells(p.text);
    if (cells && isGridFigureRow(cells) && ++rows >= MIN_ROWS) return true;
  }
  return false;
}

/**
 * The text in the " | "-joined form, line for line, and for each row (by its line) where each of its joined cells
 * stands across the row: the middle of the grid cells it was joined from, as a fraction of the row's cells.
 */
export function gridAsJoined(text: string): { text: string; positions: Map<number, number[]> } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [...lines];
  const positions = new Map<number, number[]>();
  for (const p of paragraphs(lines)) {
    const cells = gridCells(p.text);
    // A lone "|" closes a cell holding paragraphs ("(unaudited)" / "|"): it prints nothing, the lines above it stay.
    if (!cells) {
      for (let k = 0; k < p.count; k++) if (lines[p.line - 1 + k]!.trim() === '|') out[p.line - 1 + k] = '';
      continue;
    }
    for (let k = 0; k < p.count; k++) out[p.line - 1 + k] = '';
    const filled = cells.flatMap((c, i) => (c === '' ? [] : [{ text: c, at: i }]));
    if (filled.length === 0) continue;
    const row = filled.map((c) => c.text).join(' | ');
    out[p.line - 1] = row;
    const at = cellPositions(row, filled, cells.length);
    if (at) positions.set(p.line, at);
  }
  return { text: out.join('\n'), positions };
}

/**
 * Where each joined cell stands: the grid cells a joined cell was made of are found in order by their
 * text ("$" and "663" make "$ 663"); null where they are not (the row is then placed as the joined form is).
 */
export function cellPositions(row: string, filled: { text: string; at: number }[], width: number): number[] | null {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const joined = joinedCells(row);
  const out: number[] = [];
  let k = 0;
  for (const cell of joined) {
    const first = k;
    let text = '';
    while (k < filled.length && squeeze(text) !== squeeze(cell)) text += filled[k++]!.text;
    if (squeeze(text) !== squeeze(cell)) return null;
    out.push((filled[first]!.at + filled[k - 1]!.at + 1) / 2 / width);
  }
  return k === filled.length ? out : null;
}

import path from 'node:path';
import type { Release } from '../types.ts';

/**
 * The release text laid out for its source page: prose lines as lines, and each table's
 * lines as rows of cells (split on tabs, so columns align), every printed figure as a span
 * with its own anchor (`L<line>C<column>`, where the figure starts), markup rendered
 * (`<u>` as an underline, `\$` as `$`). Layout only; nothing is parsed but tabs and markup.
 */

export interface Piece {
  /** Text as the reader sees it. */
  text: string;
  underline: boolean;
}

export interface SourceCell {
  /** Pieces outside any figure, and figures with their anchor. */
  parts: { id?: string; pieces: Piece[] }[];
  /** 1 for the label cell; a figure cell is right-aligned. */
  numeric: boolean;
}

export type SourceBlock =
  | { kind: 'line'; line: number; parts: SourceCell['parts']; fact: boolean }
  | { kind: 'table'; table: string; width: number; rows: { line: number; cells: SourceCell[] | null; note: SourceCell['parts'] }[] };

export function sourceBlocks(release: Release): SourceBlock[] {
  const lines = release.text.split(/\r?\n/);
  const factsOn = new Map<number, { column: number; length: number }[]>();
  for (const f of release.facts) {
    const list = factsOn.get(f.line) ?? [];
    list.push({ column: f.column, length: characters(f.raw) });
    factsOn.set(f.line, list);
  }
  const tableAt = new Map<number, (typeof release.tables)[number]>();
  for (const t of release.tables) tableAt.set(t.line, t);

  const blocks: SourceBlock[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const table = tableAt.get(n);
    if (table) {
      const rows = [];
      let width = 1;
      for (let m = table.line; m <= Math.min(table.endLine, lines.length); m++) {
        const text = lines[m - 1]!;
        if (text.includes('\t')) {
          const cells = splitCells(text).map((c, i) => ({ parts: marked(c.text, c.start, m, factsOn.get(m) ?? []), numeric: i > 0 }));
          width = Math.max(width, cells.length);
          rows.push({ line: m, cells, note: [] });
        } else rows.push({ line: m, cells: null, note: marked(text, 0, m, factsOn.get(m) ?? []) });
      }
      blocks.push({ kind: 'table', table: table.id, width, rows });
      n = table.endLine;
      continue;
    }
    const text = lines[n - 1]!;
    blocks.push({ kind: 'line', line: n, parts: marked(text, 0, n, factsOn.get(n) ?? []), fact: factsOn.has(n) });
  }
  return blocks;
}

// Columns count characters (code points). Text without surrogates has one UTF-16 unit a
// character, so it is measured and cut as a string; only other text is spread into characters.
const SURROGATE = /[\uD800-\uDFFF]/;

function characters(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

function splitCells(text: string): { text: string; start: number }[] {
  if (!SURROGATE.test(text)) {
    let start = 0;
    return text.split('\t').map((cell) => {
      const at = start;
      start += cell.length + 1;
      return { text: cell, start: at };
    });
  }
  const chars = [...text];
  const cells: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\t') {
      cells.push({ text: chars.slice(start, i).join(''), start });
      start = i + 1;
    }
  }
  return cells;
}

/**
 * `text` (starting at 0-based character `offset` of its line) cut into runs outside and
 * inside figures; each run's markup rendered into pieces. A `<u>` left open at a cut stays
 * open in the next run.
 */
function marked(text: string, offset: number, line: number, facts: { column: number; length: number }[]): SourceCell['parts'] {
  // Most lines and cells hold no figure: one run (or none).
  if (facts.length === 0) return text === '' ? [] : [{ pieces: pieces(text, { underline: false }) }];
  const chars = SURROGATE.test(text) ? [...text] : undefined;
  const length = chars ? chars.length : text.length;
  const slice = (from: number, to?: number) => (chars ? chars.slice(from, to).join('') : text.slice(from, to));
  const cuts = facts
    .map((f) => ({ from: f.column - 1 - offset, to: f.column - 1 - offset + f.length, id: `L${line}C${f.column}` }))
    .filter((f) => f.from >= 0 && f.to <= length)
    .sort((a, b) => a.from - b.from);
  const parts: SourceCell['parts'] = [];
  const state = { underline: false };
  let at = 0;
  for (const cut of cuts) {
    if (cut.from < at) continue;
    if (cut.from > at) parts.push({ pieces: pieces(slice(at, cut.from), state) });
    parts.push({ id: cut.id, pieces: pieces(slice(cut.from, cut.to), state) });
    at = cut.to;
  }
  if (at < length) parts.push({ pieces: pieces(slice(at), state) });
  return parts;
}

function pieces(text: string, state: { underline: boolean }): Piece[] {
  // Text with no markup (most of it) is one piece.
  if (!text.includes('<') && !text.includes('\\')) return text === '' ? [] : [{ text, underline: state.underline }];
  const out: Piece[] = [];
  for (const token of text.split(/(<\/?u>)/)) {
    if (token === '<u>') state.underline = true;
    else if (token === '</u>') state.underline = false;
    else if (token !== '') out.push({ text: token.replace(/\\([$%&*_#])/g, '$1'), underline: state.underline });
  }
  return out;
}

/**
 * The release text's file as a page names it: its path from the project when the data folder is
 * inside it (`data/releases/inap-2010-q2/release.txt`), else from `releases/` on, never a path
 * of the building machine (a data folder given as /home/…/data by TIEOUT_DATA).
 */
export function publishedFile(file: string, root = process.cwd()): string {
  const relative = path.relative(root, path.resolve(root, file));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/');
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('releases');
  return (at >= 0 ? parts.slice(at) : parts.slice(-1)).join('/');
}

import type { ProseLine } from '../types.ts';

/** Where one table sits in the release: 0-based line indexes. */
export interface TableBlock {
  /** Title lines above the header (company name, title, unit statement), possibly empty. */
  caption: number[];
  /** Header lines naming the periods; empty for rows found with no header above them. */
  header: number[];
  /** Rows: tab-separated lines, and short caption lines between them ("Stockholders' equity:"). */
  body: number[];
}

export interface Layout {
  tables: TableBlock[];
  prose: ProseLine[];
}

const isBlank = (line: string) => line.trim() === '';
const hasTab = (line: string) => line.includes('\t');
const firstCell = (line: string) => line.split('\t')[0].trim();
const isHeader = (line: string) => hasTab(line) && firstCell(line) === '' && line.replaceAll('\t', '').trim() !== '';
const isRow = (line: string) => hasTab(line) && firstCell(line) !== '';
/** A caption line inside a table, such as "Commitments and contingencies" or "Stockholders' equity:". */
const isInnerCaption = (line: string) => !hasTab(line) && line.trim().length <= 80 && !/[.!?]$/.test(line.trim());
/** A title line: short, and not a sentence. */
const isTitleLine = (line: string) => !hasTab(line) && line.trim().length <= 100 && !/[.:]$/.test(line.trim());

/**
 * Splits a release into tables and prose. A table is a run of header lines (a first
 * cell left empty, periods in the others) and then rows (a label, then values). A row
 * block may be interrupted by blank lines and short captions when more rows follow
 * with no header of their own: the balance sheet's "Stockholders' equity:" is part of it.
 */
export function layout(lines: string[]): Layout {
  const tables: TableBlock[] = [];
  const inTable = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    if (!isHeader(lines[i]) && !isRow(lines[i])) {
      i++;
      continue;
    }
    const header: number[] = [];
    while (i < lines.length && isHeader(lines[i])) header.push(i++);
    const body: number[] = [];
    for (;;) {
      if (i < lines.length && isRow(lines[i])) {
        body.push(i++);
        continue;
      }
      let k = i;
      const captions: number[] = [];
      while (k < lines.length && (isBlank(lines[k]) || isInnerCaption(lines[k]))) {
        if (!isBlank(lines[k])) captions.push(k);
        k++;
      }
      if (body.length > 0 && k < lines.length && isRow(lines[k]) && captions.length <= 3) {
        body.push(...captions);
        i = k;
        continue;
      }
      break;
    }
    const start = header[0] ?? body[0];
    const caption = captionAbove(lines, start, tables.length ? Math.max(...tableLines(tables.at(-1)!)) : -1);
    const block = { caption, header, body };
    tables.push(block);
    for (const n of [...header, ...body]) inTable.add(n);
  }

  const captions = new Set(tables.flatMap((t) => t.caption));
  const prose: ProseLine[] = [];
  lines.forEach((text, n) => {
    if (inTable.has(n) || isBlank(text)) return;
    const kind = captions.has(n) ? 'caption' : proseKind(lines, n);
    prose.push({ line: n + 1, text, kind });
  });
  return { tables, prose };
}

function tableLines(t: TableBlock): number[] {
  return [...t.header, ...t.body];
}

/**
 * The title block above a table: the nearest paragraph of short title lines, looking
 * past one introductory sentence ("A reconciliation … is as follows (in thousands):").
 */
function captionAbove(lines: string[], start: number, floor: number): number[] {
  const paragraphs: number[][] = [];
  let k = start - 1;
  while (paragraphs.length < 2) {
    while (k > floor && isBlank(lines[k])) k--;
    if (k <= floor || hasTab(lines[k])) break;
    const para: number[] = [];
    while (k > floor && !isBlank(lines[k]) && !hasTab(lines[k])) para.unshift(k--);
    paragraphs.push(para);
  }
  const [nearest, above] = paragraphs;
  if (!nearest) return [];
  if (nearest.every((n) => isTitleLine(lines[n]))) return nearest;
  const intro = nearest.length === 1 && /:\s*$/.test(lines[nearest[0]]);
  if (intro && above?.every((n) => isTitleLine(lines[n]))) return [...above, ...nearest];
  return intro ? nearest : [];
}

function proseKind(lines: string[], n: number): ProseLine['kind'] {
  const text = lines[n].trim();
  if (/^-(\s|$)/.test(text)) return 'bullet';
  const alone = (m: number) => m < 0 || m >= lines.length || isBlank(lines[m]);
  if (text.length <= 80 && !/[.,;]$/.test(text) && alone(n - 1) && alone(n + 1)) return 'heading';
  return 'paragraph';
}

/**
 * A release in Markdown (GitHub-flavoured pipe tables, as converters of filings and wire text
 * write them) as HTML for the HTML path, which already reads tables: `$` cells, header rows,
 * captions, rules. satteri parses the Markdown (the parser the notebooks use); this module
 * only writes its tree back out as HTML that keeps the source's places:
 *
 * - every element starts on its own source line (blank lines pad the HTML), and carries
 *   `data-tieout-at="line:column"`, which dom.ts's locate() reads, so a problem is reported where
 *   the Markdown prints it;
 * - a paragraph whose every line is a title line ("ACME CORP" / "(In thousands)") keeps
 *   its lines, and a unit statement keeps its own line (a Markdown soft break joins lines
 *   with a space, and a unit statement joined to a title is no longer one); a paragraph of
 *   prose is one line, as Markdown means it;
 * - a paragraph of bold runs glued where a title's lines were (`glued-bold.ts`) is a run a line.
 */
import { markdownToHast, type HastNode } from 'satteri';
import { isTitleLine } from './release-text.ts';
import { isUnitStatement } from './cell-text.ts';
import { escapeHtml } from '../markup.ts';
import { gluedBoldRuns } from './glued-bold.ts';

/**
 * A GitHub pipe table's delimiter row: `|---|:---:|---:|`, two columns at least, or one between
 * outer pipes (`| --- |`, as a converter writes a table whose first row is one title cell; a
 * bare `---` is a thematic break or a heading's underline).
 */
const DELIMITER_ROW = /^\s*(?:\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?|\|\s*:?-+:?\s*\|)\s*$/;

/** Whether the text holds a Markdown pipe table: a delimiter row under a row with pipes. */
export function hasPipeTable(text: string): boolean {
  const lines = text.split('\n');
  return lines.some((line, i) => i > 0 && DELIMITER_ROW.test(line) && lines[i - 1]!.includes('|'));
}

type Node = HastNode & {
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  position?: { start: { line: number; column: number } };
};

/** The Markdown as an HTML page whose elements sit on the lines, and name the places, the Markdown prints them at. */
export function markdownHtml(source: string): string {
  const widened = widenShortHeaders(source);
  const sourceLines = widened.split('\n');
  const tree = markdownToHast(widened, { position: true, features: { gfm: { footnotes: false } } }) as Node;
  const out: string[] = [];
  let line = 1;
  const write = (text: string) => {
    out.push(text);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++;
  };
  // Walked with a stack, not recursion: a Markdown file may nest thousands deep ("> > > …"). Past
  // MAX_DEPTH an element's tags are left out and only its content written, so that the HTML path
  // (parse5 and the import's walks) never meets a tree deeper than that.
  // An item is a node to write at its depth, or markup already written out (a closing tag, a paragraph's kept lines).
  type Item = { node: Node; level: number } | { markup: string };
  // The parser drops YAML front matter; its title is the page's headline, as an HTML page's <h1> is.
  const front = frontMatterTitle(source);
  if (front) {
    while (line < front.line) write('\n');
    write(`<h1 data-tieout-at="${front.line}:1">${escapeHtml(front.title)}</h1>`);
  }
  const stack: Item[] = [{ node: tree, level: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('markup' in item) {
      write(item.markup);
      continue;
    }
    const { node, level } = item;
    const later: Item[] = [];
    if (node.type === 'text') write(escapeHtml(node.value!.replace(/\n/g, ' '))); // a soft break is a space, as Markdown reads it
    else if (node.type === 'raw') write(node.value ?? '');
    else if (node.type === 'root' || node.type === 'element') {
      const tag = node.type === 'element' && level <= MAX_DEPTH ? node.tagName! : null;
      const glued = tag === 'p' ? gluedParagraph(node, sourceLines) : null;
      if (glued) {
        while (line < node.position!.start.line) write('\n');
        write(glued);
        continue;
      }
      if (tag) {
        const at = node.position?.start;
        if (at) while (line < at.line) write('\n');
        write(`<${tag}${attributes(node, at)}>`);
      }
      const breaks = tag === 'p' ? keptBreaks(node) : null;
      for (const child of node.children ?? []) later.push(breaks && child.type === 'text' ? { markup: breaks(child.value!) } : { node: child, level: level + 1 });
      if (tag && !VOID.has(tag)) later.push({ markup: `</${tag}>` });
    }
    for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
  }
  return `<!doctype html><html><body>${out.join('')}</body></html>\n`;
}

/**
 * The Markdown with each pipe table's header and delimiter rows given as many cells as its
 * widest row. GFM drops a row's cells past the header's count, and reads a table whose delimiter
 * row counts other cells than its header row as a paragraph; a converter that loses a spanning
 * heading ("| | Three Months Ended | Nine Months Ended |" over four figures) writes exactly such
 * rows: read as GFM renders them, a column of figures, or a whole table, would vanish without a word.
 * Cells are added at the ends of those two lines only, so every place the parser reports stays
 * where the source prints it. Four asterisks in a table's row (a bold run closed and the next opened) are blanked in place.
 */
export function widenShortHeaders(source: string): string {
  const lines = source.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!DELIMITER_ROW.test(lines[i]!) || !lines[i - 1]!.includes('|')) continue;
    const header = cellCount(lines[i - 1]!);
    const delimiter = cellCount(lines[i]!);
    let widest = Math.max(header, delimiter);
    for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !DELIMITER_ROW.test(lines[j]!); j++) widest = Math.max(widest, cellCount(lines[j]!));
    if (widest > header) lines[i - 1] = withCells(lines[i - 1]!, ' ', widest - header);
    if (widest > delimiter) lines[i] = withCells(lines[i]!, '---', widest - delimiter);
    // "**(22,059,095****)**": a bold run closed and the next opened with nothing between (LeddarTech's EBITDA,
    // bold "(22,059,095" then bold ")"). GFM reads the four asterisks as text, and the figure as none; they print
    // nothing, so they are blanked, in place, and the cell reads "(22,059,095 )" as its reader does.
    for (let j = i - 1; j < lines.length && lines[j]!.trim() !== '' && (j < i + 1 || !DELIMITER_ROW.test(lines[j]!)); j++) lines[j] = lines[j]!.replace(/(?<!\*)\*{4}(?!\*)/g, '    ');
  }
  return lines.join('\n');
}

/** The cells of a pipe table row: split at pipes not escaped, an outer pipe at either end ignored. */
function cellCount(line: string): number {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

/** The row with `count` more cells holding `text`, closed by a pipe. */
function withCells(line: string, text: string, count: number): string {
  const closed = /(?<!\\)\|\s*$/.test(line) ? line.trimEnd() : `${line.trimEnd()} |`;
  return closed + ` ${text} |`.repeat(count);
}

/**
 * The title of the YAML front matter a Markdown file opens with ("---" / "title: \"United Fire
 * Group, Inc. Reports …\"" / "---", as static sites and news feeds save releases), with its line.
 */
export function frontMatterTitle(source: string): { title: string; line: number } | null {
  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!front) return null;
  const lines = front[1]!.split(/\r?\n/);
  const k = lines.findIndex((l) => /^title:\s*\S/.test(l));
  if (k < 0) return null;
  const raw = lines[k]!.replace(/^title:\s*/, '').trim();
  const title = /^(["'])(.*)\1$/.exec(raw)?.[2]?.replace(/\\"/g, '"') ?? raw;
  return title ? { title, line: k + 2 } : null;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'col', 'wbr']);
/** How deep elements nest in the HTML written; a table or list inside a quote inside a list is 6. */
const MAX_DEPTH = 32;

function attributes(node: Node, at: { line: number; column: number } | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    const attr = name === 'className' ? 'class' : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    parts.push(` ${attr}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`);
  }
  if (at) parts.push(` data-tieout-at="${at.line}:${at.column}"`);
  return parts.join('');
}

/**
 * A paragraph of bold runs glued where a title's lines were (`glued-bold.ts`) as its lines: each run
 * bold, on its own line, at the place the Markdown prints it; null for any other paragraph.
 */
function gluedParagraph(p: Node, sourceLines: string[]): string | null {
  const start = p.position?.start;
  const end = (p.position as { end?: { line: number } } | undefined)?.end;
  if (!start || !end) return null;
  const runs = gluedBoldRuns(sourceLines.slice(start.line - 1, end.line), start.line)?.flat();
  if (!runs) return null;
  const lines = runs.map((r) => `<strong data-tieout-at="${r.line}:${r.column}">${escapeHtml(r.text)}</strong>`);
  return `<p${attributes(p, start)}>${lines.join('<br>')}</p>`;
}

/**
 * How a paragraph's soft breaks are written, or null to read them as spaces: every line kept
 * when each is a title line; else only around a unit statement, which heads the table below
 * ("(A) … presented in the following line items:" / "(In millions)").
 */
function keptBreaks(p: Node): ((text: string) => string) | null {
  const children = p.children ?? [];
  if (!children.every((c) => c.type === 'text')) return null;
  const lines = children.map((c) => c.value!).join('').split('\n').map((l) => l.trim());
  if (lines.length < 2) return null;
  if (lines.every(isTitleLine)) return (text) => text.split('\n').map(escapeHtml).join('<br>');
  if (!lines.some(isUnitStatement)) return null;
  return (text) =>
    text
      .split('\n')
      .map((line, i, all) => (i === 0 ? '' : isUnitStatement(line.trim()) || isUnitStatement(all[i - 1]!.trim()) ? '<br>' : ' ') + escapeHtml(line))
      .join('');
}

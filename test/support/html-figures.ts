import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * An independent count of the figures printed in HTML tables, for tests: a plain walk of
 * the parse5 tree that takes every <td>/<th> whose whole text is a number as printed
 * ("5,931", "$6,704", "(65", "53.6", "Up 46%", "Down 10.9 pts", "Up 10 bps") or a nil mark ("-", "--",
 * "—"). Year headers ("2022") are not figures. It shares no code with the importer: a
 * figure the importer drops, moves or alters shows up as a difference.
 */
export const FIGURE_CELL = /^(?:(?:Up|Down)\s+)?[+\-−]?\(?\$?\s*\(?\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pts|bps)?\)?$/;
export const NIL_CELL = /^(?:-+|—|–)$/;
const YEAR = /^(?:19|20)\d\d$/;

export interface HtmlFigures {
  /** Digits of every figure in document order, commas removed ("5931", "65", "53.6"). */
  figures: string[];
  nils: number;
  tables: number;
}

export function htmlTableFigures(html: string): HtmlFigures {
  const doc = parse(html);
  const out: HtmlFigures = { figures: [], nils: 0, tables: 0 };
  const walk = (node: Node) => {
    if (!('childNodes' in node)) return;
    const mark = 'tagName' in node && node.tagName === 'tr' ? footnoteMark(node) : null;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'table') out.tables++;
      if (child.tagName === 'td' || child.tagName === 'th') {
        const text = textOf(child).replace(/[\s\u00a0]+/g, ' ').trim();
        // A cell that prints only a superscript holds a footnote's mark, as a reader reads it (footnotes laid out as a table).
        if (text !== '' && textOf(child, false).replace(/[\s\u00a0]+/g, '') === '') continue;
        if (child === mark) continue;
        if (NIL_CELL.test(text)) out.nils++;
        else if (FIGURE_CELL.test(text) && !YEAR.test(text)) out.figures.push(digits(text));
      }
      walk(child);
    }
  };
  walk(doc);
  return out;
}

/** The text a node prints; without `superscripts`, leaving out what <sup> elements print. */
/**
 * The cell of a row that holds a footnote's mark before its text ("(1) | This presentation includes non-GAAP
 * measures. …"): the row's first printed cell is a mark of one or two digits, and the rest print words, no figure.
 */
function footnoteMark(row: Element): Element | null {
  const cells = row.childNodes
    .filter((c): c is Element => 'tagName' in c && (c.tagName === 'td' || c.tagName === 'th'))
    .map((cell) => ({ cell, text: textOf(cell).replace(/[\s\u00a0]+/g, ' ').trim() }))
    .filter((c) => c.text !== '');
  if (cells.length < 2 || !/^\(?\d{1,2}\)?$/.test(cells[0]!.text)) return null;
  const rest = cells.slice(1);
  if (rest.some((c) => FIGURE_CELL.test(c.text))) return null;
  return rest.some((c) => c.text.split(' ').length >= 4) ? cells[0]!.cell : null;
}

function textOf(node: Node, superscripts = true): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node)) return '';
  // Scripts and styles print nothing.
  if ('tagName' in node && ['script', 'style'].includes((node as Element).tagName)) return '';
  if (!superscripts && 'tagName' in node && (node as Element).tagName === 'sup') return '';
  return node.childNodes.map((child) => textOf(child, superscripts)).join('');
}

/** The digits of a printed figure: "$ (1,271)" → "1271", "53.6%" → "53.6". */
export function digits(text: string): string {
  return /\d[\d,]*(?:\.\d+)?/.exec(text)![0].replace(/,/g, '');
}

/** The same count over release.txt: every value cell of every table row (header lines excluded). */
export function releaseTextFigures(text: string): { figures: string[]; nils: number } {
  const out = { figures: [] as string[], nils: 0 };
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 2) continue;
    const header = cells[0].trim() === '' && cells.slice(1).some((c) => c.trim() !== '' && !FIGURE_CELL.test(unmark(c)));
    if (header) continue;
    for (const cell of cells.slice(1)) {
      const text = unmark(cell);
      // A currency symbol printed in its own cell before a nil mark is joined to it ("$ —").
      if (NIL_CELL.test(text.replace(/^\$/, ''))) out.nils++;
      else if (FIGURE_CELL.test(text) && !YEAR.test(text)) out.figures.push(digits(text));
    }
  }
  return out;
}

/** A release-text cell as the HTML printed it: no total mark, no space after a currency symbol. */
function unmark(cell: string): string {
  return cell.trim().replace(/^<u>(.*)<\/u>$/, '$1').replace(/^\$ /, '$').trim();
}

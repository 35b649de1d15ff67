import { attr, childNodes, isElement, isText, tag, type Element, type Node } from './dom.ts';
import { inlineStyle, isBoldStyle, isSuperscriptStyle, isUnderlineStyle } from './style.ts';
import { isChrome } from './chrome.ts';
import { hiddenTextHow } from './hidden.ts';

/** A stretch of text with the formatting that matters to the release text. */
export interface Run {
  text: string;
  bold: boolean;
  underline: boolean;
  /** A line break (`<br>`, or a block boundary inside inline content). */
  br?: true;
}

export interface Format {
  bold: boolean;
  underline: boolean;
  superscript: boolean;
}

export const PLAIN: Format = { bold: false, underline: false, superscript: false };

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/** Block-level tags: inside inline content they start a new line. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'caption', 'document', 'text', 'page',
]);

/** Characters that print nothing: zero-width spaces and joiners, soft hyphens, byte-order marks. */
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/**
 * A superscript as printed: digits become Unicode superscripts (`¹`, `¹²`, `¹,²`), so that a
 * footnote mark stays visibly apart from the word or figure it follows; anything else
 * (`(1)`, `*`, `(a)`, `th`) is kept as printed.
 */
export function superscript(text: string): string {
  const t = text.replace(/\s+/g, '');
  return /^\d+(,\d+)*$/.test(t) ? [...t].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('') : text;
}

/** Formatting an element adds to what it inherits. */
export function formatOf(el: Element, inherited: Format): Format {
  const name = tag(el);
  return {
    bold: inherited.bold || name === 'b' || name === 'strong' || /^h[1-6]$/.test(name) || isBoldStyle(el),
    underline: inherited.underline || name === 'u' || name === 'ins' || isUnderlineStyle(el),
    superscript: inherited.superscript || name === 'sup' || isSuperscriptStyle(el),
  };
}

/**
 * The runs of text inside a node, as a reader sees them: chrome and hidden elements are
 * left out, `<br>` and nested blocks break lines, superscript digits become `¹`. With `tables`
 * false, the tables inside are left out too (a cell of a table of figures holding a footnote
 * table: the nested table is read as a table of its own).
 */
export function inlineRuns(node: Node, format: Format = PLAIN, out: Run[] = [], tables = true): Run[] {
  const textHidden = hiddenTextHow(node) !== null;
  for (const child of childNodes(node)) {
    if (isText(child)) {
      if (textHidden) continue;
      const text = child.value.replace(INVISIBLE, '');
      if (text) out.push({ text, bold: format.bold, underline: format.underline });
      continue;
    }
    // In a cell or a line of text, only what is no text or is hidden is left out, never an element for its name.
    if (!isElement(child) || isChrome(child, true, true)) continue;
    const name = tag(child);
    if (name === 'table' && !tables) continue;
    if (name === 'br') {
      out.push({ text: '', bold: false, underline: false, br: true });
      continue;
    }
    const f = formatOf(child, format);
    if (f.superscript && !format.superscript) {
      const inner = collapse(inlineRuns(child, f, [], tables).map((r) => (r.br ? ' ' : r.text)).join(''));
      if (inner) out.push({ text: superscript(inner), bold: f.bold, underline: f.underline });
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) out.push({ text: '', bold: false, underline: false, br: true });
    // Text printed right to left by override (<bdo dir="rtl">, unicode-bidi: bidi-override) is read as shown:
    // between the override's marks, which figure-forms.ts withoutDirectionalMarks reverses.
    if (overridesRightToLeft(child)) {
      out.push({ text: '\u202e', bold: f.bold, underline: f.underline });
      inlineRuns(child, f, out, tables);
      out.push({ text: '\u202c', bold: f.bold, underline: f.underline });
    } else inlineRuns(child, f, out, tables);
    if (block) out.push({ text: '', bold: false, underline: false, br: true });
  }
  return out;
}

/** Does the element print its text right to left whatever its characters: a <bdo dir="rtl">, or a style overriding direction so. */
export function overridesRightToLeft(el: Element): boolean {
  const dir = (attr(el, 'dir') ?? '').trim().toLowerCase();
  if (tag(el) === 'bdo') return dir === 'rtl';
  const style = inlineStyle(el);
  return /bidi-override/.test(style.get('unicode-bidi') ?? '') && (style.get('direction') ?? dir) === 'rtl';
}

/** HTML whitespace rules: runs of spaces, tabs and newlines print as one space; a no-break space prints as a space. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Runs split into printed lines (at breaks), whitespace collapsed, empty lines dropped. */
export function runLines(runs: Run[]): { text: string; bold: boolean; underline: boolean }[] {
  const lines: { text: string; bold: boolean; underline: boolean }[] = [];
  let current: Run[] = [];
  const flush = () => {
    const text = collapse(current.map((r) => r.text).join(''));
    if (text) {
      const inked = current.filter((r) => collapse(r.text) !== '');
      lines.push({ text, bold: inked.every((r) => r.bold), underline: inked.every((r) => r.underline) });
    }
    current = [];
  };
  for (const run of runs) {
    if (run.br) flush();
    else current.push(run);
  }
  flush();
  return lines;
}

/** The text of a node on one line: breaks become spaces. */
export function flatText(node: Node): string {
  return collapse(inlineRuns(node).map((r) => (r.br ? ' ' : r.text)).join(''));
}

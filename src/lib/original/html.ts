/**
 * The original HTML document made safe to show inside a page of the site: parsed with parse5 as
 * a browser parses it, then written back from an allow-list. What is kept is the release as the
 * import reads it (the page's chrome left out by the import's own rules, src/lib/import/chrome.ts)
 * and its text, tables, lists and emphasis; no script, no form, no image or other resource, no
 * link out (an `<a>` keeps its text), no id or class of the page's. Safe inline styles, and those
 * the page draws through class names (sheet.ts), become classes (styles.ts). Every table cell that prints a figure gets a slot around its digits, for
 * the page to fill with the figure tieout read there, or to mark as not read.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { chromeRules, parseHtml } from '../import/index.ts';
import { escapeAttribute, escapeHtml } from '../markup.ts';
import { DIGITS, MARK, digitsOf, isFigureCell, markOf } from './figures.ts';
import { attributeDeclarations, safeDeclarations, StyleClasses } from './styles.ts';
import { classNameDeclarations, pageRules, ruleDeclarations } from './sheet.ts';
import type { OriginalParts } from './parts.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements written as they are. */
const KEEP = new Set([
  'p', 'div', 'span', 'br', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'b', 'strong', 'i', 'em', 'u', 's', 'sup', 'sub', 'small', 'blockquote', 'pre', 'code', 'abbr',
]);
/** Elements written as another: blocks of the page's structure become divisions, headings paragraphs (the page has its own outline). */
const AS: Record<string, { tag: string; style?: string[] }> = {
  center: { tag: 'div', style: ['text-align:center'] },
  font: { tag: 'span' },
  a: { tag: 'span' },
  section: { tag: 'div' }, article: { tag: 'div' }, main: { tag: 'div' }, header: { tag: 'div' }, footer: { tag: 'div' },
  aside: { tag: 'div' }, figure: { tag: 'div' }, figcaption: { tag: 'div' }, address: { tag: 'div' },
  h1: { tag: 'p', style: ['font-weight:bold', 'font-size:1.3em'] },
  h2: { tag: 'p', style: ['font-weight:bold', 'font-size:1.15em'] },
  h3: { tag: 'p', style: ['font-weight:bold'] }, h4: { tag: 'p', style: ['font-weight:bold'] },
  h5: { tag: 'p', style: ['font-weight:bold'] }, h6: { tag: 'p', style: ['font-weight:bold'] },
  big: { tag: 'span' }, tt: { tag: 'code' }, strike: { tag: 's' }, del: { tag: 's' }, ins: { tag: 'u' },
};
/** Elements left out with everything in them: code, media, embedded documents, form controls. */
const DROP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'img', 'image', 'picture', 'audio', 'video', 'source', 'track', 'map', 'area', 'input', 'select', 'textarea', 'button', 'option',
  'link', 'meta', 'title', 'base', 'ix:header', 'dialog', 'portal', 'slot',
]);
const VOID = new Set(['br', 'hr', 'col']);
const CELLS = new Set(['td', 'th']);

/** The release as published, from its HTML: safe markup with a slot on every figure of a table. */
export function originalHtml(source: string): OriginalParts & { css: (scope: string) => string } {
  // parseHtml flattens markup nested deeper than any real page, so the walk cannot overflow the stack.
  const { document } = parseHtml(source);
  const classes = new StyleClasses();
  // Styles drawn through class names: the page's own rules and names that spell them (sheet.ts).
  const rules = pageRules(document);
  const parts: OriginalParts['parts'] = [];
  const figures: string[] = [];
  let html = '';
  let tables = 0;
  let depth = 0;
  // The figure a cell prints (its digits, or its mark), until it is written.
  let pending: string | null = null;

  const text = (value: string) => {
    if (pending !== null) {
      const m = (pending.startsWith('mark:') ? MARK : DIGITS).exec(value);
      if (m) {
        html += escapeHtml(value.slice(0, m.index));
        parts.push(html, figures.length);
        figures.push(pending);
        html = escapeHtml(value.slice(m.index + m[0].length));
        pending = null;
        // The slot's own text: the digits as printed.
        slotText.push(m[0]);
        return;
      }
    }
    html += escapeHtml(value);
  };
  const slotText: string[] = [];

  const walk = (node: Node, inside: { article: boolean; kept: boolean; sup: boolean }) => {
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (child.nodeName === '#text') {
        const value = (child as DefaultTreeAdapterMap['textNode']).value;
        if (inside.sup) html += escapeHtml(value);
        else text(value);
        continue;
      }
      if (!('tagName' in child)) continue;
      const el = child;
      const name = el.tagName.toLowerCase();
      if (DROP.has(name)) continue;
      if (chromeRules.isChrome(el, inside.article, inside.kept)) {
        // As the import reads it: a table of figures keeps its element unless hidden from every reader; a sidebar may hold the contacts.
        if (figureCells(el) > 0 && !chromeRules.isInvisible(el)) element(el, inside);
        else for (const kept of chromeRules.keptInside(el)) element(kept, { ...inside, kept: true });
        continue;
      }
      element(el, inside);
    }
  };

  const element = (el: Element, inside: { article: boolean; kept: boolean; sup: boolean }) => {
    const name = el.tagName.toLowerCase();
    const inner = {
      article: inside.article || chromeRules.opensArticle(el),
      kept: inside.kept || chromeRules.isKept(el),
      sup: inside.sup || name === 'sup',
    };
    const as = KEEP.has(name) ? { tag: name } : AS[name];
    if (!as) {
      // Unknown elements (an EDGAR submission's wrapper, Inline XBRL's ix: tags, o:p) print their content.
      walk(el, inner);
      return;
    }
    const declarations = [...(as.style ?? []), ...classNameDeclarations(el), ...ruleDeclarations(rules, el)];
    let spans = '';
    for (const a of el.attrs) {
      if (a.name === 'style') declarations.push(...safeDeclarations(a.value));
      else if (a.name === 'align' || a.name === 'valign' || (a.name === 'width' && (CELLS.has(name) || name === 'table' || name === 'col'))) declarations.push(...attributeDeclarations(a.name, a.value, name));
      else if ((a.name === 'colspan' || a.name === 'rowspan' || a.name === 'span') && /^\d{1,3}$/.test(a.value.trim())) spans += ` ${a.name}="${escapeAttribute(a.value.trim())}"`;
    }
    // A cell printing a figure alone keeps it on one line with its sign and parenthesis (o-fc); a label cell
    // with a figure inside its words ("net of allowance of $2,102") wraps as words do, or a phone shows no figures.
    const printed = CELLS.has(name) ? cellText(el) : null;
    const figureCell = printed !== null && isFigureCell(printed);
    const cls = [classes.classFor(declarations), figureCell ? 'o-fc' : ''].filter(Boolean).join(' ');
    const top = name === 'table' && depth === 0;
    if (top) {
      tables++;
      html += `<div class="o-table" role="region" tabindex="0" aria-label="Table ${tables} of the release">`;
    }
    if (name === 'table') depth++;
    html += `<${as.tag}${cls ? ` class="${cls}"` : ''}${spans}>`;
    if (VOID.has(as.tag)) {
      if (name === 'table') depth--;
      return;
    }
    if (printed !== null) pending = figureCell ? digitsOf(printed) : markOf(printed);
    walk(el, inner);
    if (CELLS.has(name)) pending = null;
    html += `</${as.tag}>`;
    if (name === 'table') depth--;
    if (top) html += '</div>';
  };

  // Hidden is what the page's own stylesheets hide too, as the import reads it.
  chromeRules.useStylesheets(document);
  try {
    walk(document, { article: false, kept: false, sup: false });
  } finally {
    chromeRules.useStylesheets(null);
  }
  parts.push(html);
  return { parts, figures, slotText, css: (scope) => classes.css(scope) };
}

/** A cell's text as a reader sees it, footnote marks in superscript and hidden text left out. */
function cellText(el: Element): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeName === '#text') out += (node as DefaultTreeAdapterMap['textNode']).value;
    else if ('tagName' in node) {
      const name = node.tagName.toLowerCase();
      if (name === 'sup' || DROP.has(name) || chromeRules.isInvisible(node)) return;
      for (const c of node.childNodes) visit(c);
    }
  };
  for (const c of el.childNodes) visit(c);
  return out.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** How many cells inside print a figure. */
function figureCells(el: Element): number {
  let n = 0;
  const visit = (node: Node) => {
    if (!('tagName' in node)) return;
    const name = node.tagName.toLowerCase();
    if (CELLS.has(name)) {
      if (isFigureCell(cellText(node))) n++;
      return;
    }
    for (const c of node.childNodes) visit(c);
  };
  visit(el);
  return n;
}

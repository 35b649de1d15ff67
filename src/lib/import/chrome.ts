import { attr, childNodes, isElement, isText, nameTokens, tag, type Element, type Node } from './dom.ts';
import { heldText, hiddenHow } from './hidden.ts';

/** Elements that never hold release text: code, media, forms and the document head. */
const NEVER_TEXT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'form', 'button', 'input', 'select', 'textarea', 'option', 'label', 'audio', 'video', 'picture', 'map',
  'nav', 'dialog', 'menu', 'link', 'meta', 'title', 'base',
  // Fallbacks browsers never show, and elements that show their markup as characters (SHOWS_MARKUP).
  'noembed', 'noframes', 'xmp', 'plaintext',
  // Inline XBRL keeps its hidden facts and contexts in ix:header.
  'ix:header',
]);

/**
 * Elements of NEVER_TEXT whose text a reader of the page does see: inside a table's cell their
 * text is not read, so a digit there would change the figure unseen ("<math>1</math>2,460"
 * shows 12,460); said where it is (table-grid.ts), never read in silence.
 */
export const SHOWN_NOT_READ: Record<string, string> = {
  math: 'a <math> formula',
  svg: 'an <svg> drawing',
  object: "an <object>'s fallback content",
  button: 'a <button>',
  label: 'a form <label>',
  select: 'a <select> list',
  textarea: 'a <textarea>, which shows its markup as characters',
  form: 'a <form>',
  nav: 'a <nav> block',
  dialog: 'an open <dialog>',
  menu: 'a <menu>',
  xmp: 'an <xmp>, which shows its markup as characters',
  plaintext: 'a <plaintext>, which shows the rest of the file as characters, its markup unread',
};

/**
 * Elements that switch the parser to reading characters (as <textarea>, <title>, <noscript>, <iframe>,
 * <noembed> and <noframes> do, shown in a field or not at all) and show them: a reader sees their
 * markup typed out, no release text (a headline cut by a stray <plaintext> runs on into the tables' tags).
 */
export const SHOWS_MARKUP = new Set(['xmp', 'plaintext']);

/** How an element a reader sees shows text the import does not read, or null. */
export function shownNotRead(el: Element): string | null {
  const name = tag(el);
  const how = SHOWN_NOT_READ[name];
  if (how === undefined) return null;
  // A closed dialog is not shown.
  if (name === 'dialog' && attr(el, 'open') === null) return null;
  return how;
}

/**
 * Elements of SHOWN_NOT_READ that are page widgets (a form, its fields, a menu, a dialog): in the
 * page's text they are chrome, left out unsaid; and those said as markup shown (blocks.ts).
 */
const WIDGETS = new Set(['form', 'textarea', 'select', 'nav', 'dialog', 'menu', ...SHOWS_MARKUP]);

/** Children of an element that draw nothing a reader reads: code, styles, an <svg>'s tooltip and definitions. */
const UNSEEN_INSIDE = new Set(['script', 'style', 'template', 'noscript', 'title', 'desc', 'metadata', 'defs']);

/** The text a reader sees in `el`, collapsed: not its code, styles or hidden elements. */
function seenText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (isText(node)) parts.push(node.value);
    else if (isElement(node) && !UNSEEN_INSIDE.has(tag(node)) && hiddenHow(node) === null) childNodes(node).forEach(visit);
  };
  childNodes(el).forEach(visit);
  return parts.join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * An element in the page's text (a paragraph, a heading, an item) that a reader sees and the
 * import does not read, holding a digit ("<p>Revenue rose <math><mn>12</mn></math>%</p>"): how it
 * shows and what, said where it is as in a cell. A widget, or chrome by its role or name (a
 * share button), is chrome; one with no digit says nothing.
 */
export function unreadInText(el: Element, insideArticle: boolean, insideKept = false): { how: string; text: string } | null {
  if (WIDGETS.has(tag(el))) return null;
  const how = shownNotRead(el);
  if (how === null || hiddenHow(el) !== null || isChromeByName(el, insideArticle, insideKept)) return null;
  const text = seenText(el);
  return /\d/.test(text) ? { how, text } : null;
}

/** Elements inside `el` (not inside its tables or hidden ones) a reader sees and the import does not read, that hold text; outermost only. */
export function shownNotReadInside(el: Element): { el: Element; how: string; text: string }[] {
  const out: { el: Element; how: string; text: string }[] = [];
  const stack: Node[] = [...childNodes(el)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || tag(node) === 'table' || hiddenHow(node) !== null) continue;
    const how = shownNotRead(node);
    if (how) {
      const text = heldText(node);
      if (text) out.push({ el: node, how, text });
      continue;
    }
    if (NEVER_TEXT.has(tag(node))) continue;
    stack.push(...[...childNodes(node)].reverse());
  }
  return out;
}

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tablist']);

/**
 * Words in class and id names that mark site chrome on newsroom pages: navigation, sharing,
 * sign-up and cookie widgets, search, sidebars, page headers and footers, and the page
 * furniture some EDGAR generators mark (page numbers, running headers).
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'megamenu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social',
  'cookie', 'cookies', 'consent', 'gdpr', 'subscribe', 'subscription', 'newsletter', 'signup', 'login',
  'search', 'searchoverlay', 'sidebar', 'aside', 'footer', 'skip', 'modal', 'popup', 'overlay', 'advert',
  'advertisement', 'ads', 'promo', 'related', 'pagination', 'pager', 'toolbar', 'widget', 'tags', 'downloads',
  'print', 'pgnum', 'pghdr', 'pgftr', 'hf',
]);

/** Words that keep an element although it looks like chrome: the release's own contacts. */
const KEEP_WORDS = new Set(['contact', 'contacts', 'mediacontacts', 'investorcontacts']);

/** Page-level header class names (an article's own header, which holds its headline, is kept). */
const PAGE_HEADER = /^(header|site-header|page-header|global-header|main-header|top-header|masthead-nav|topbar|top-bar)$/;

function words(el: Element): string[] {
  return nameTokens(el).flatMap((t) => t.split(/[-_]+/)).filter(Boolean);
}

/**
 * Is this element site chrome (or hidden), so that neither it nor anything inside it is
 * release text? Inside a kept contacts block, only hidden and non-text elements are, and so
 * inside a table's cell (inline-text.ts): a name there is no reason to leave text out, as a
 * cell's `<span class="print">3,000</span>` is its figure. Text for screen readers only
 * (`sr-only`, `visually-hidden`) is hidden by its name (hidden.ts), so said where it holds figures.
 */
export function isChrome(el: Element, insideArticle: boolean, insideKept = false): boolean {
  if (NEVER_TEXT.has(tag(el))) return true;
  if (hiddenHow(el) !== null) return true;
  return isChromeByName(el, insideArticle, insideKept);
}

/**
 * Is this element no release text whether or not it is hidden: of a tag that holds none, or site
 * chrome by its role or name (a hidden menu is left out as chrome, a hidden paragraph is said).
 */
export function isChromeAnyway(el: Element, insideArticle: boolean, insideKept = false): boolean {
  return NEVER_TEXT.has(tag(el)) || isChromeByName(el, insideArticle, insideKept);
}

function isChromeByName(el: Element, insideArticle: boolean, insideKept: boolean): boolean {
  const name = tag(el);
  if (insideKept) return false;
  const w = words(el);
  const keep = w.some((x) => KEEP_WORDS.has(x));
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role) && !keep) return true;
  if (name === 'aside') return !keep;
  if ((name === 'header' || name === 'footer') && !insideArticle) return true;
  if (keep) return false;
  if (nameTokens(el).some((t) => PAGE_HEADER.test(t))) return true;
  return w.some((x) => CHROME_WORDS.has(x));
}

/** Elements that open an article: what is inside may have its own header. */
export function opensArticle(el: Element): boolean {
  const name = tag(el);
  return name === 'article' || name === 'main' || attr(el, 'role') === 'main' || attr(el, 'itemprop') === 'articleBody';
}

/** A block the release's own contacts sit in (kept even in a sidebar). */
export function isKept(el: Element): boolean {
  return words(el).some((x) => KEEP_WORDS.has(x));
}

/**
 * The contacts blocks inside a chrome element (a sidebar holding the release's media
 * contacts), outermost first; hidden and non-text elements are not searched.
 */
export function keptInside(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (NEVER_TEXT.has(tag(child)) || hiddenHow(child) !== null) continue;
      if (isKept(child)) out.push(child);
      else visit(child);
    }
  };
  visit(el);
  return out;
}

/**
 * Hidden from sight (hidden.ts), not only from screen readers (`aria-hidden`) or by a name:
 * how, or null.
 */
export function isInvisible(el: Element): string | null {
  return hiddenHow(el);
}

/** The element as a reader of the source finds it: its tag with its id and class. */
export function describeElement(el: Element): string {
  const id = attr(el, 'id');
  const cls = attr(el, 'class');
  return `<${tag(el)}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

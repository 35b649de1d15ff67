/**
 * A page's stylesheets as rules, and the selectors this project matches: one reader for the
 * import, which asks what hides text (hidden.ts), and for the original, which keeps the styles a
 * page draws through class names (original/sheet.ts). Two hand-written scanners did this apart,
 * each with its own gaps.
 *
 * - The sheets are the page's `<style>` elements and its `<link rel="stylesheet">`s, in document
 *   order (the cascade's). A linked sheet is read only through `readLinked`, which the caller
 *   gives: the import reads one that lives beside the release (a relative href inside its folder)
 *   and never fetches or reads anything else; a sheet it cannot read is returned, to be said.
 * - The rules are those of the page as read on a screen: at the top level and inside
 *   `@media screen` or `all` with no condition on the window; `@import` is a linked sheet too.
 *   Comments, strings (`content: "}"`, `[title="{"]`) and escapes do not end a rule.
 * - Selectors of tags, `*`, classes, ids and attributes, joined by descendant and child
 *   combinators (both read as "inside"); pseudo-classes and sibling combinators are not matched.
 */
import { posix } from 'node:path';
import { attr, childNodes, isElement, rawText, tag, type Element, type Node } from './dom.ts';

export interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
  attrs: { name: string; op: string; value: string }[];
}

/** A style rule: its prelude (the selectors, comma-separated) and its body (the declarations) as written. */
export interface StyleRule {
  prelude: string;
  body: string;
}

/** A stylesheet of the page: its element (`<style>` or `<link>`) and its text. */
export interface PageSheet {
  element: Element;
  css: string;
}

/** A stylesheet the page names that is not read: a link or `@import` to elsewhere. */
export interface UnreadSheet {
  element: Element;
  href: string;
}

/** Reads a linked stylesheet by its href, or says why not (null: not read, with no more to say). */
export type ReadLinked = (href: string) => string | null;

/** The page's stylesheets in document order; those it names but that are not read, apart. */
export function pageSheets(document: Node, readLinked: ReadLinked = () => null): { sheets: PageSheet[]; unread: UnreadSheet[] } {
  const sheets: PageSheet[] = [];
  const unread: UnreadSheet[] = [];
  // A stylesheet written into its href (`data:text/css,…`) is the page's own text.
  const read = (href: string) => (/^data:/i.test(href) ? dataUrl(href) : readLinked(href));
  // An @import names its sheet from the sheet it is in (`base`, the page's folder for a <style>).
  const add = (element: Element, css: string, seen: Set<string>, base: string) => {
    for (const written of imports(css)) {
      const href = fromSheet(written, base);
      if (seen.has(href)) continue;
      const text = read(href);
      if (text === null) unread.push({ element, href });
      else add(element, text, new Set([...seen, href]), href);
    }
    sheets.push({ element, css });
  };
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (tag(node) === 'style') {
        if (screenMedia(attr(node, 'media') ?? 'all')) add(node, rawText(node), new Set(), '');
        continue;
      }
      const rel = (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(node, 'href')?.trim();
      if (tag(node) === 'link' && rel.includes('stylesheet') && !rel.includes('alternate') && href && screenMedia(attr(node, 'media') ?? 'all')) {
        const text = read(href);
        if (text === null) unread.push({ element: node, href });
        else add(node, text, new Set([href]), href);
        continue;
      }
    }
    const children = childNodes(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { sheets, unread };
}

/** The text of a `data:` URL of CSS (percent-encoded or base64), or null when it is none. */
function dataUrl(href: string): string | null {
  const m = /^data:text\/css(;[^,]*)?,([\s\S]*)$/i.exec(href);
  if (!m) return null;
  try {
    return /;base64/i.test(m[1] ?? '') ? Buffer.from(m[2]!, 'base64').toString('utf8') : decodeURIComponent(m[2]!);
  } catch {
    return null;
  }
}

/** An href written in the sheet at `base` as the page would name it: a relative path joined to the sheet's folder ('..' kept, for the reader to refuse). */
function fromSheet(href: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(href) || !base.includes('/')) return href;
  return posix.join(posix.dirname(base), href);
}

/** The hrefs a stylesheet's `@import` rules name. */
function imports(css: string): string[] {
  const out: string[] = [];
  const text = withoutComments(css);
  for (const m of text.matchAll(/@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|"([^"]*)"|'([^']*)')\s*([^;]*);?/gi)) {
    if (screenMedia(m[6]?.trim() || 'all')) out.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim());
  }
  return out.filter(Boolean);
}

/** Media the page as read on a screen is in: screen or all, with no condition on the window's size. */
function screenMedia(media: string): boolean {
  const m = media.trim().toLowerCase();
  return m === '' || (!m.includes('(') && /^(only\s+)?(screen|all)(\s*,\s*(screen|all|print))*$/.test(m));
}

/** A stylesheet's text with its comments left out (a comment inside a string is the string's). */
function withoutComments(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const c = css[i]!;
    if (c === '"' || c === "'") {
      const end = stringEnd(css, i);
      out += css.slice(i, end);
      i = end;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just past the string opened at `from` (its quote), escapes kept; a string ends at a line break unclosed. */
function stringEnd(text: string, from: number): number {
  const quote = text[from];
  for (let k = from + 1; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === quote || text[k] === '\n') return k + 1;
  }
  return text.length;
}

/** The first index at or after `from`, before `end`, of one of `chars` outside strings and escapes; -1 if none. */
function findOutside(text: string, chars: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (c === '\\') k++;
    else if (c === '"' || c === "'") k = stringEnd(text, k) - 1;
    else if (chars.includes(c)) return k;
  }
  return -1;
}

/** The index just past the brace closing the block opened at `open`, strings and escapes skipped. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const c = text[k]!;
    if (c === '\\') k++;
    else if (c === '"' || c === "'") k = stringEnd(text, k) - 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
  }
  return text.length;
}

/** The style rules of a stylesheet that apply to the page as read on a screen, in the order written. */
export function styleRules(css: string): StyleRule[] {
  const out: StyleRule[] = [];
  const text = withoutComments(css);
  // `parents`: the selectors of the rule a nested rule is written in (CSS nesting), null at the top level.
  const read = (start: number, end: number, parents: string[] | null) => {
    let i = start;
    while (i < end) {
      const open = findOutside(text, '{', i, end);
      if (open < 0) return;
      const semi = findOutside(text, ';', i, open);
      // Inside a rule, what comes before a nested rule is declarations of the rule, read with it (nestedBody).
      const from = parents !== null && semi >= 0 ? preludeStart(text, i, open) : i;
      const prelude = text.slice(from, open).trim();
      // A statement at-rule (@charset, @import, @namespace, @layer a, b;) ends at its semicolon.
      if (parents === null && prelude.startsWith('@') && semi >= 0) {
        i = semi + 1;
        continue;
      }
      const close = Math.min(blockEnd(text, open), end);
      if (prelude.startsWith('@')) {
        // What a browser reads on a screen: @media screen or all, and the blocks that only group or order
        // rules (@layer) or ask for a feature (@supports, which every browser a release is read in has).
        const media = /^@media\s+([\s\S]*)$/i.exec(prelude)?.[1];
        if ((media !== undefined && screenMedia(media)) || /^@layer\b/i.test(prelude) || /^@supports\s+(?!not\b)/i.test(prelude)) read(open + 1, close - 1, parents);
      } else {
        const selectors = parents === null ? selectorsOf(prelude) : nestedSelectors(parents, selectorsOf(prelude));
        const body = nestedBody(text, open + 1, close - 1);
        out.push({ prelude: selectors.join(', '), body });
        if (body.length < close - 1 - (open + 1)) read(open + 1, close - 1, selectors);
      }
      i = close;
    }
  };
  read(0, text.length, null);
  return out;
}

/** A nested rule's selectors (CSS nesting): each written one within each of its parent's, at its `&` or as a descendant. */
function nestedSelectors(parents: string[], selectors: string[]): string[] {
  return parents.flatMap((parent) => selectors.map((s) => (s.includes('&') ? s.replaceAll('&', parent) : `${parent} ${s}`)));
}

/** Where a nested rule's prelude starts: after the last declaration's semicolon before its brace, or at `from`. */
function preludeStart(text: string, from: number, open: number): number {
  let begin = from;
  for (let semi = findOutside(text, ';', from, open); semi >= 0; semi = findOutside(text, ';', semi + 1, open)) begin = semi + 1;
  return begin;
}

/** A rule's own declarations: its body without the rules nested in it. */
function nestedBody(text: string, start: number, end: number): string {
  let out = '';
  let i = start;
  while (i < end) {
    const open = findOutside(text, '{', i, end);
    if (open < 0) break;
    out += text.slice(i, preludeStart(text, i, open));
    i = Math.min(blockEnd(text, open), end);
  }
  return out + text.slice(i, end);
}

/** A rule's selectors, split at the commas between them (not those inside an attribute's value). */
export function selectorsOf(prelude: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const comma = findOutside(prelude, ',', from, prelude.length);
    if (comma < 0) break;
    out.push(prelude.slice(from, comma).trim());
    from = comma + 1;
  }
  out.push(prelude.slice(from).trim());
  return out;
}

/** A declaration block's declarations, split at the semicolons between them (not those inside a string). */
export function declarationTexts(written: string): string[] {
  // A style attribute's comments are comments too ('display:/**/none').
  const body = written.includes('/*') ? withoutComments(written) : written;
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const semi = findOutside(body, ';', from, body.length);
    if (semi < 0) break;
    out.push(body.slice(from, semi));
    from = semi + 1;
  }
  out.push(body.slice(from));
  return out.filter((d) => d.trim() !== '');
}

/** CSS text with its escapes written out (`n\\6f ne` is `none`, `\\:` a colon), as a browser reads a property or value. */
export function cssUnescaped(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(?:([0-9a-f]{1,6})[ \t\n]?|([^\n0-9a-f]))/gi, (_, hex: string | undefined, char: string | undefined) => {
    if (char !== undefined) return char;
    const cp = Number.parseInt(hex!, 16);
    return cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
  });
}

const ATTRIBUTE = /^\[\s*([-\w]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([-\w]+)))?\s*(?:[is]\s*)?\]/;

/** A selector as compounds from the outermost, or null when it uses what is not matched (pseudo-classes, sibling combinators). */
export function compounds(written: string): Compound[] | null {
  // :root is the document's root element, <html>.
  const selector = written.replace(/(^|[\s>])(?:html)?:root(?![-\w])/gi, '$1html');
  if (!selector || /[:~+|\\]/.test(selector.replace(/\[[^\]]*\]/g, '[]'))) return null;
  const parts = selector.replace(/\s*>\s*/g, ' ').split(/\s+(?![^[]*\])/);
  const out: Compound[] = [];
  for (const part of parts) {
    const m = /^(\*|[a-z][a-z0-9]*)?((?:[.#][-\w]+|\[[^\]]*\])*)$/i.exec(part);
    if (!m || part === '') return null;
    const attrs: Compound['attrs'] = [];
    let rest = m[2]!;
    const simple: string[] = [];
    while (rest) {
      const a = ATTRIBUTE.exec(rest);
      if (a) {
        attrs.push({ name: a[1]!.toLowerCase(), op: a[2] ?? '', value: a[3] ?? a[4] ?? a[5] ?? '' });
        rest = rest.slice(a[0].length);
        continue;
      }
      const p = /^[.#][-\w]+/.exec(rest);
      if (!p) return null;
      simple.push(p[0]);
      rest = rest.slice(p[0].length);
    }
    const name = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
    out.push({ tag: name, classes: simple.filter((x) => x[0] === '.').map((x) => x.slice(1)), id: simple.find((x) => x[0] === '#')?.slice(1) ?? null, attrs });
  }
  return out;
}

/** ids, classes and attributes, tags: as one number that orders selectors as the cascade does. */
export function specificity(selector: Compound[]): number {
  let ids = 0;
  let classes = 0;
  let tags = 0;
  for (const c of selector) {
    if (c.id) ids++;
    classes += c.classes.length + c.attrs.length;
    if (c.tag) tags++;
  }
  return ids * 1_000_000 + classes * 1_000 + tags;
}

/** The class names of an element. */
export function classesOf(el: Element): string[] {
  return (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean);
}

function matchesCompound(c: Compound, el: Element): boolean {
  if (c.tag && tag(el) !== c.tag) return false;
  if (c.id && attr(el, 'id') !== c.id) return false;
  if (c.classes.length > 0) {
    const classes = classesOf(el);
    if (!c.classes.every((x) => classes.includes(x))) return false;
  }
  for (const a of c.attrs) {
    const value = attr(el, a.name);
    if (value === null) return false;
    if (a.op === '=' && value !== a.value) return false;
    if (a.op === '~=' && !value.split(/\s+/).includes(a.value)) return false;
    if (a.op === '^=' && !value.startsWith(a.value)) return false;
    if (a.op === '$=' && !value.endsWith(a.value)) return false;
    if (a.op === '*=' && !value.includes(a.value)) return false;
    if (a.op === '|=' && value !== a.value && !value.startsWith(`${a.value}-`)) return false;
  }
  return true;
}

/** Does the selector match `el`: its last compound `el`, each one before an ancestor of the next. */
export function matches(selector: Compound[], el: Element): boolean {
  if (!matchesCompound(selector.at(-1)!, el)) return false;
  let k = selector.length - 2;
  for (let node = el.parentNode as Node | null; k >= 0 && node && isElement(node); node = (node as Element).parentNode as Node | null) {
    if (matchesCompound(selector[k]!, node)) k--;
  }
  return k < 0;
}

/**
 * What hides an element from sight, so that the import reads what a reader sees and only
 * that: a hidden "1" before "5,931" must not make 15,931. An element is hidden by
 *
 * - the `hidden` attribute, `display: none`, `visibility: hidden` or `collapse`, `opacity: 0`;
 * - a font of no size (`font-size: 0`, or the `font` shorthand's `0/0 a`), or text painted as the
 *   background it is printed on (its `color`, or `-webkit-text-fill-color`, which paints over it)
 *   (an ancestor's `background`, `background-color` or `bgcolor`; a page no stylesheet gives
 *   a background is white), or `transparent`: unless what is inside sets its own size, colour
 *   or visibility back (`font-size: 0` on a row of inline blocks only removes the gaps);
 * - a place off the page (absolutely positioned, or indented, hundreds of points to the left
 *   or top; moved there by a relative offset, a negative margin or a translation), a box of no
 *   size (or of one pixel: the "screen reader only" box) whose overflow is hidden, text indented
 *   out of such a box, a clip to nothing, `scale(0)` or `scale: 0`, `filter: opacity(0)`,
 *   `content-visibility: hidden`, a font of at most a pixel;
 * - colours as CSS writes them (hex, rgb(), hsl(), the named colours), text hidden when no reader
 *   tells it from its ground (a contrast under 1.1: #fefefe or whitesmoke on white);
 * - values as a browser reads them: comments and escapes in declarations, var() references to
 *   custom properties set on the element or an ancestor (`:root`);
 * - a rule of the page's own stylesheets (`<style>`, and a linked one that lives beside the release:
 *   stylesheet.ts reads them) that does any of the above, for selectors
 *   of tags, classes, ids and attributes (`.hid`, `td span.x`, `#note > b`, `[data-h]`, `.w *`),
 *   weighed as the cascade weighs them against the element's own style and each other
 *   (`!important`, specificity, order: `.x { display: none }` under `style="display: block"` is
 *   seen), nested rules (CSS nesting) and rules inside `@layer` and `@supports` among them; rules
 *   for print or for a window of some size only (`@media (max-width: …)`) are not the page as read. A rule that hides by a selector this module cannot match (`:nth-child`,
 *   `+`, `~`), or adds text (`content: "1"`), is returned by useStylesheets, to be said.
 *
 * Text struck through (`<s>`, `<strike>`, `<del>`, `text-decoration: line-through`) is seen, as
 * deleted: left out the same way, and said as struck (struckThrough).
 *
 * `aria-hidden` hides from screen readers, not from sight: it hides nothing here.
 * Call `useStylesheets(document)` before reading a document and `useStylesheets(null)` after.
 */
import { attr, childNodes, isElement, isText, rawText, tag, type Element, type Node } from './dom.ts';
import { lengthInPoints } from './style.ts';
import { classesOf, compounds, cssUnescaped, declarationTexts, matches, pageSheets, selectorsOf, specificity, styleRules, type Compound, type ReadLinked, type UnreadSheet } from './stylesheet.ts';

interface SheetRule {
  /** Compounds from the outermost to the element's own; each one an ancestor of the next. */
  selector: Compound[];
  text: string;
  /** ids, classes and attributes, tags: as one number that orders them. */
  specificity: number;
  order: number;
  values: Map<string, string>;
  important: Set<string>;
}
/** A rule of the page's stylesheets that hides or adds text where the import cannot follow it. */
export interface UnreadRule {
  /** The `<style>` or `<link>` element it is in. */
  style: Element;
  selector: string;
  /** How it hides ("display: none"), or the text it adds. */
  what: string;
  adds: boolean;
}

/** The properties that decide whether an element is seen (hiddenHow) or what its text is printed on. */
const SEEN = new Set([
  'display', 'visibility', 'opacity', 'font-size', 'color', 'transform', 'position', 'left', 'top', 'margin-left', 'margin-top', 'text-indent',
  'overflow', 'overflow-x', 'overflow-y', 'width', 'height', 'max-width', 'max-height', 'clip', 'clip-path', 'background', 'background-color',
  '-webkit-text-fill-color', 'float', 'filter', 'content-visibility', 'scale', 'translate', 'right', 'margin', 'text-shadow', '-webkit-text-stroke',
  'text-decoration', 'text-decoration-line',
]);
/** Properties a rule or style sets that decide whether an element is seen, custom properties (`--x`, read through var()) among them. */
const seen = (property: string) => SEEN.has(property) || property.startsWith('--');

let rules: SheetRule[] = [];
/** The rules by what their last compound requires: '#id', '.class', a tag, or '*' (nothing of these). */
let byKey = new Map<string, SheetRule[]>();
let sheetBackground = false;
let cache = new WeakMap<Element, string | null>();
let styles = new WeakMap<Element, { style: Map<string, string>; from: Map<string, SheetRule> }>();

/**
 * Reads the rules of `document`'s stylesheets (stylesheet.ts: its `<style>` elements, and the
 * linked ones `readLinked` reads), for hiddenHow; null forgets them. Returns the rules that hide
 * or add text by what this module cannot match, and the sheets the page names that were not
 * read, for the caller to say.
 */
export function useStylesheets(document: Node | null, readLinked?: ReadLinked): { rules: UnreadRule[]; sheets: UnreadSheet[] } {
  cache = new WeakMap();
  styles = new WeakMap();
  rules = [];
  byKey = new Map();
  sheetBackground = false;
  const unread: UnreadRule[] = [];
  if (!document) return { rules: unread, sheets: [] };
  const { sheets, unread: sheetsUnread } = pageSheets(document, readLinked);
  for (const sheet of sheets) {
    const read = sheetRules(sheet.css, rules.length);
    rules.push(...read.rules);
    if (read.background) sheetBackground = true;
    for (const u of read.unread) unread.push({ style: sheet.element, ...u });
  }
  byKey = new Map();
  for (const rule of rules) {
    const last = rule.selector.at(-1)!;
    const key = last.id ? `#${last.id}` : last.classes.length > 0 ? `.${last.classes[0]}` : (last.tag ?? '*');
    const list = byKey.get(key);
    if (list) list.push(rule);
    else byKey.set(key, [rule]);
  }
  return { rules: unread, sheets: sheetsUnread };
}

/** How `el` is hidden from sight (a phrase for messages: "display: none"), or null when it is seen. */
export function hiddenHow(el: Element): string | null {
  const known = cache.get(el);
  if (known !== undefined) return known;
  const how = hiding(el);
  cache.set(el, how);
  return how;
}

/**
 * The element's style as the cascade gives it, for the properties that decide whether it is seen:
 * the stylesheets' rules that match it by specificity and order, its own style over them, and an
 * `!important` rule over its own style unless that is important too. `from` names the rule each
 * property came from (absent: the element's own style).
 */
function computed(el: Element): { style: Map<string, string>; from: Map<string, SheetRule> } {
  const known = styles.get(el);
  if (known) return known;
  const style = new Map<string, string>();
  const from = new Map<string, SheetRule>();
  const own = declarations(attr(el, 'style') ?? '');
  const matching = candidates(el).filter((r) => matches(r.selector, el));
  for (const important of [false, true]) {
    for (const rule of matching) {
      for (const [property, value] of rule.values) {
        if (rule.important.has(property) !== important) continue;
        if (!important && own.values.has(property)) continue;
        if (important && own.important.has(property)) continue;
        style.set(property, value);
        from.set(property, rule);
      }
    }
    if (!important) for (const [property, value] of own.values) style.set(property, value);
  }
  for (const [property, value] of style) if (value.includes('var(')) style.set(property, withVariables(value, el, style));
  const out = { style, from };
  styles.set(el, out);
  return out;
}

/**
 * A value with its var() references replaced by the custom properties they name, set on the element or inherited from
 * the nearest ancestor that sets them (`display: var(--d)` under `--d: none` hides), else by their fallback; a reference
 * to nothing leaves the value as written (no hiding read into it).
 */
function withVariables(value: string, el: Element, own: Map<string, string>): string {
  let out = value;
  // Nested references (a fallback that is itself a var()) are replaced from the innermost out, a few levels at most.
  for (let round = 0; round < 8 && out.includes('var('); round++) {
    const next = out.replace(/var\(\s*(--[-\w]+)\s*(?:,\s*([^()]*))?\)/g, (all, name: string, fallback: string | undefined) => {
      const set = own.get(name) ?? inherited(el, name);
      return set !== undefined && !set.includes('var(') ? set : (fallback?.trim() ?? all);
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

/** A custom property as the nearest ancestor of `el` sets it (custom properties inherit). */
function inherited(el: Element, name: string): string | undefined {
  for (let node = el.parentNode as Node | null; node && isElement(node); node = (node as Element).parentNode as Node | null) {
    const value = computed(node as Element).style.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The rules that may match `el`, by specificity then order. */
function candidates(el: Element): SheetRule[] {
  if (rules.length === 0) return [];
  const keys = ['*', tag(el), ...classesOf(el).map((c) => `.${c}`)];
  const id = attr(el, 'id');
  if (id) keys.push(`#${id}`);
  const found = new Set<SheetRule>();
  for (const key of keys) for (const rule of byKey.get(key) ?? []) found.add(rule);
  return [...found].sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

/**
 * Class names that pages' stylesheets (frameworks', often loaded from elsewhere) hide from sight
 * by, for screen readers or print only: `sr-only`, `visually-hidden`, `screen-reader-text`,
 * `print-only`, `d-none`.
 */
const HIDDEN_NAME = /^(?:d-none|hide|hidden|invisible)$|(?:^|[-_])(?:sr-only|sr-text|screen-?reader(?:-text|-only)?|visually-?hidden|hidden-visually|offscreen|element-invisible|show-for-sr|print-only|only-print|visible-print|show-for-print|hidden-screen)(?:$|[-_])/;

function hiddenName(el: Element): string | null {
  const name = (attr(el, 'class') ?? '').toLowerCase().split(/\s+/).find((c) => HIDDEN_NAME.test(c));
  return name ? `class '${name}', a name pages hide from sight by` : null;
}

function hiding(el: Element): string | null {
  if (attr(el, 'hidden') !== null) return 'the hidden attribute';
  if (inClosedDetails(el)) return CLOSED_DETAILS;
  // A gauge is drawn as a bar: the text inside it is a fallback no browser shows.
  if (tag(el) === 'meter' || tag(el) === 'progress') return `inside a <${tag(el)}> gauge, whose text is not shown`;
  const { style, from } = computed(el);
  const how = declarationsHide(style, el) ?? colourHides(el, style);
  // A name hides unless the page's own style shows the element (a rule or its style setting display or position).
  if (how === null) return (style.has('display') || style.has('position') || style.has('visibility') ? null : hiddenName(el)) ?? struckThrough(el, style);
  if (how === null || from.size === 0) return how;
  // Said by the rule that hides: the element's own style alone, or a rule of the stylesheet.
  const own = ownStyle(el);
  if ((declarationsHide(own, el) ?? colourHides(el, own)) === how) return how;
  const rule = [...from.values()].find((r) => {
    const alone = new Map(r.values);
    return (declarationsHide(alone, el) ?? colourHides(el, alone)) !== null;
  }) ?? [...from.values()][0]!;
  return `${how}, by the stylesheet's rule for ${rule.text}`;
}

const CLOSED_DETAILS = 'inside a closed <details>, shown only when the reader opens it';

/**
 * A closed `<details>` shows its first `<summary>` and nothing else until the reader opens it: what
 * else it holds is hidden as content a page collapses is (the browser gives it `content-visibility: hidden`).
 */
function inClosedDetails(el: Element): boolean {
  const parent = el.parentNode as Node | null;
  if (!parent || !isElement(parent) || !closedDetails(parent as Element)) return false;
  return firstSummary(parent as Element) !== el;
}

function closedDetails(el: Element): boolean {
  return tag(el) === 'details' && attr(el, 'open') === null;
}

function firstSummary(details: Element): Element | undefined {
  return childNodes(details).find((n): n is Element => isElement(n) && tag(n as Element) === 'summary');
}

/**
 * How the text nodes directly inside `parent` are hidden (those of a closed `<details>`, beside its
 * summary), or null; an element's own hiding is hiddenHow's.
 */
export function hiddenTextHow(parent: Node): string | null {
  return isElement(parent) && closedDetails(parent as Element) ? CLOSED_DETAILS : null;
}

/** Elements a browser strikes through unless their style sets the line off (`<strike style="text-decoration:none">`, as EDGAR generators write). */
const STRUCK_TAGS = new Set(['s', 'strike', 'del']);

/**
 * How the element is struck through, or null. A struck figure is seen, but as deleted: its
 * characters are no part of what the release prints ("<s>1</s>2,460" is 2,460 with a 1 crossed
 * out), so they are left out and said like hidden ones (a phrase opening 'struck through', which
 * messages.ts words apart). The line is drawn over what is inside too, whatever that sets.
 */
function struckThrough(el: Element, style: Map<string, string>): string | null {
  const set = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (set !== undefined) return /\bline-through\b/.test(set) ? `struck through (text-decoration: ${set})` : null;
  return STRUCK_TAGS.has(tag(el)) ? `struck through (<${tag(el)}>)` : null;
}

/** The element's own style (its style attribute) as read for hiding, its var() references resolved. */
function ownStyle(el: Element): Map<string, string> {
  const own = declarations(attr(el, 'style') ?? '').values;
  for (const [property, value] of own) if (value.includes('var(')) own.set(property, withVariables(value, el, own));
  return own;
}

/** The declarations of a style attribute or rule body: values in lower case, and which are `!important`. */
function declarations(body: string): { values: Map<string, string>; important: Set<string> } {
  const values = new Map<string, string>();
  const important = new Set<string>();
  for (const decl of declarationTexts(body)) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    // Escapes are read as a browser reads them ('dis\\70 lay: n\\6f ne' is display: none).
    const name = cssUnescaped(decl.slice(0, colon)).trim().toLowerCase();
    const raw = cssUnescaped(decl.slice(colon + 1));
    const value = raw.replace(/!\s*important\s*$/i, '').trim().toLowerCase();
    if (!name || !value) continue;
    // The shorthand sets the size as `font-size` does (`font: 0/0 a` is a common way to hide text).
    const property = name === 'font' ? 'font-size' : name;
    const set = name === 'font' ? fontShorthandSize(value) : value;
    if (set === null) continue;
    values.set(property, set);
    if (/!\s*important\s*$/i.test(raw)) important.add(property);
    else important.delete(property);
  }
  return { values, important };
}

/**
 * The size the `font` shorthand sets: the first length (or 0) before the family, a line height
 * after a '/' aside; null for a system font keyword (`caption`, `menu`), which sets no size we know.
 */
function fontShorthandSize(value: string): string | null {
  for (const token of value.split(/\s+/)) {
    const m = /^(\d*\.?\d+)([a-z%]*)(\/.*)?$/.exec(token);
    // A bare number is a weight (100 to 900), unless it is 0 or a line height follows.
    if (m && (m[2] !== '' || m[3] !== undefined || Number(m[1]) === 0)) return `${m[1]}${m[2]}`;
    if (/^(xx?-small|small|medium|large|xx?x?-large|smaller|larger)(\/.*)?$/.test(token)) return token.replace(/\/.*$/, '');
  }
  return null;
}

/** What in these declarations hides an element (`el` given: unless its content sets it back). */
function declarationsHide(style: Map<string, string>, el: Element | null): string | null {
  const display = style.get('display');
  if (display === 'none') return 'display: none';
  const visibility = style.get('visibility');
  if ((visibility === 'hidden' || visibility === 'collapse') && !(el && setsBack(el, 'visibility', (v) => v === 'visible'))) return `visibility: ${visibility}`;
  const opacity = style.get('opacity');
  if (opacity !== undefined && /^0*(\.0*)?%?$/.test(opacity)) return 'opacity: 0';
  const size = style.get('font-size');
  if (size !== undefined && isZero(size) && !(el && setsBack(el, 'font-size', (v) => !isZero(v)))) return 'font-size: 0';
  if (/scale\(\s*0(\.0*)?\s*(,\s*0(\.0*)?\s*)?\)|scale[xy]\(\s*0(\.0*)?\s*\)|scale3d\(\s*0(\.0*)?\s*,|scale3d\([^,]*,\s*0(\.0*)?\s*,/.test(style.get('transform') ?? '')) return 'transform: scale(0)';
  // The `scale` property: a factor of 0 on either axis draws nothing.
  if ((style.get('scale') ?? '').split(/\s+/).slice(0, 2).some((v) => /^0*(\.0*)?%?$/.test(v) && v !== '')) return 'scale: 0';
  const filter = style.get('filter');
  if (filter && /opacity\(\s*0*(\.0*)?%?\s*\)/.test(filter)) return 'filter: opacity(0)';
  // What the element holds is not drawn (its box is).
  if (style.get('content-visibility') === 'hidden') return 'content-visibility: hidden';
  // Only text is too small to see: a row or cell of a pixel's font holding no character (EDGAR's spacer rows, whose borders
  // underline the figures above) is drawn.
  if (el && tinyFont(style.get('font-size')) && /[^\s\u00a0]/.test(rawText(el)) && !setsBack(el, 'font-size', (v) => !isZero(v) && !tinyFont(v))) return `font-size: ${style.get('font-size')}, too small to see`;
  const position = style.get('position');
  const placed = position === 'absolute' || position === 'fixed';
  const far = (v: string | undefined) => v !== undefined && lengthInPoints(v) <= -500;
  if (placed && (far(style.get('left')) || far(style.get('top')) || far(style.get('right')) || far(style.get('margin-left')) || far(style.get('margin-top')))) return 'positioned off the page';
  // Moved, not placed: a relative offset, a negative margin (a left one moves an inline box too) or a translation.
  if (position === 'relative' && (far(style.get('left')) || far(style.get('top')))) return 'moved off the page';
  if (far(style.get('margin-left')) || far(marginSide(style.get('margin'), 3)) || (sized(style, el) && (far(style.get('margin-top')) || far(marginSide(style.get('margin'), 0))))) return 'moved off the page';
  if (translation(style.get('transform'), style.get('translate')).some(far)) return 'moved off the page';
  if (far(style.get('text-indent'))) return 'indented off the page';
  const overflow = `${style.get('overflow') ?? ''} ${style.get('overflow-x') ?? ''} ${style.get('overflow-y') ?? ''}`;
  if (/hidden|clip/.test(overflow) && sized(style, el) && ['width', 'height', 'max-width', 'max-height'].some((p) => style.has(p) && atMostAPixel(style.get(p)!))) return 'a box of no size';
  // Indented by its box's whole width or far past it, in a box that hides what overflows it (the image-replacement idiom).
  const indent = style.get('text-indent')?.trim();
  if (/hidden|clip/.test(overflow) && sized(style, el) && indent && ((/%$/.test(indent) && Number(indent.slice(0, -1)) >= 100) || lengthInPoints(indent) >= 500)) return 'indented out of its box';
  const clip = style.get('clip');
  if (placed && clip && /^rect\(/.test(clip) && (clip.match(/-?\d*\.?\d+/g) ?? []).every((n) => Math.abs(Number(n)) <= 1)) return 'clipped to nothing';
  if (clippedAway(style.get('clip-path'))) return 'clipped to nothing';
  return null;
}

/**
 * A clip-path that leaves nothing: an inset meeting itself (`inset(50%)`, `inset(0 0 100% 0)`), a circle or ellipse of no
 * radius, a polygon whose points are all one.
 */
function clippedAway(value: string | undefined): boolean {
  const v = value?.trim() ?? '';
  const inset = /^inset\(\s*([^)]*?)\s*(?:round\b[^)]*)?\)$/.exec(v);
  if (inset) {
    const sides = inset[1]!.split(/\s+/).map((x) => (x.endsWith('%') ? Number(x.slice(0, -1)) : /^0(\.0*)?[a-z]*$/.test(x) ? 0 : Number.NaN));
    const [top, right = top, bottom = top, left = right] = sides;
    return (top! + bottom! >= 100) || (left! + right! >= 100);
  }
  if (/^(circle|ellipse)\(\s*0(\.0*)?([a-z%]*)?(\s|\)|,)/.test(v)) return true;
  const polygon = /^polygon\(([^)]*)\)$/.exec(v);
  if (polygon) return new Set(polygon[1]!.split(',').map((p) => p.trim().replace(/\s+/g, ' '))).size === 1;
  return false;
}

/** A font size of more than nothing and at most a pixel (0.75pt; 0.1pt, 0.05em): no reader makes out its glyphs. */
function tinyFont(value: string | undefined): boolean {
  const m = /^(\d*\.?\d+)(px|pt|em|rem|%)$/.exec(value?.trim() ?? '');
  if (!m || Number(m[1]) === 0) return false;
  const n = Number(m[1]);
  const points = m[2] === 'px' ? n * 0.75 : m[2] === 'pt' ? n : m[2] === '%' ? n / 10 : n * 10;
  return points <= 0.75;
}

/** One side of a `margin` shorthand (0 top, 3 left), as CSS spreads one to four values. */
function marginSide(value: string | undefined, side: 0 | 3): string | undefined {
  const v = value?.trim().split(/\s+/);
  if (!v || v[0] === '') return undefined;
  return side === 0 ? v[0] : (v[3] ?? v[1] ?? v[0]);
}

/** The offsets a `transform`'s translate functions and the `translate` property move an element by. */
function translation(transform: string | undefined, translate: string | undefined): string[] {
  const out: string[] = [];
  for (const m of (transform ?? '').matchAll(/translate(x|y|3d)?\(\s*([^)]*)\)/g)) {
    const args = m[2]!.split(/\s*,\s*/);
    out.push(...(m[1] === 'x' || m[1] === 'y' ? args.slice(0, 1) : args.slice(0, 2)));
  }
  if (translate && translate !== 'none') out.push(...translate.split(/\s+/).slice(0, 2));
  return out;
}

function isZero(value: string): boolean {
  return /^0*(\.0*)?[a-z%]*$/.test(value.trim()) && !/^[a-z]+$/.test(value.trim());
}

const INLINE_TAGS = new Set(['span', 'a', 'b', 'i', 'u', 'em', 'strong', 'small', 'big', 'font', 'sup', 'sub', 'abbr', 'cite', 'code', 'del', 'ins', 's', 'strike', 'tt', 'var', 'mark', 'q']);

/** Does a width or height apply to the element: not an inline box (whose size its text sets), as laid out by its display, position or float? */
function sized(style: Map<string, string>, el: Element | null): boolean {
  const display = style.get('display');
  if (display !== undefined) return display !== 'inline' && display !== 'contents';
  const position = style.get('position');
  if (position === 'absolute' || position === 'fixed' || (style.get('float') ?? 'none') !== 'none') return true;
  // A rule read alone (el null) is judged by what it sets; an element without a display of its own by its tag.
  return el === null || !INLINE_TAGS.has(tag(el));
}

/** A length of no more than one pixel: a box that size shows no character (the "screen reader only" box is 1px by 1px). */
function atMostAPixel(value: string): boolean {
  return isZero(value) || (/^\d*\.?\d+(px|pt)$/.test(value.trim()) && lengthInPoints(value) <= 1);
}

/** Does an element inside `el` set `property` back to a value `seen` accepts (a child's own font size under `font-size: 0`)? */
function setsBack(el: Element, property: string, seen: (value: string) => boolean): boolean {
  const stack: Node[] = [...childNodes(el)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const value = computed(node).style.get(property) ?? (property === 'color' ? fontColor(node) : undefined);
    if (value !== undefined && seen(value)) return true;
    stack.push(...childNodes(node));
  }
  return false;
}

function fontColor(el: Element): string | undefined {
  return tag(el) === 'font' ? (attr(el, 'color')?.toLowerCase() ?? undefined) : undefined;
}

/** Text coloured as the background it is printed on, or transparent. */
function colourHides(el: Element, style: Map<string, string>): string | null {
  // The fill colour paints the glyphs over `color` wherever a browser reads it (all do).
  const value = style.get('-webkit-text-fill-color') ?? style.get('color') ?? fontColor(el);
  if (value === undefined) return null;
  const colour = parseColour(value);
  if (!colour) return null;
  // A shadow or an outline drawn in another colour shows the glyphs however their fill is painted.
  const shadow = style.get('text-shadow');
  if (shadow && shadow !== 'none' && !/^(transparent|0\s+0(\s+0)?(px)?\s+transparent)$/.test(shadow)) return null;
  const stroke = style.get('-webkit-text-stroke');
  if (stroke && stroke !== 'none' && !isZero(stroke.split(/\s+/)[0]!)) return null;
  const differs = (v: string) => {
    const c = parseColour(v);
    return c === null || !sameColour(c, colour);
  };
  if (colour[3] === 0) return setsBack(el, 'color', (v) => (parseColour(v)?.[3] ?? 1) > 0) ? null : 'transparent text';
  const background = backgroundOf(el);
  if (background === null || !sameColour(background, colour)) return null;
  return setsBack(el, 'color', differs) ? null : 'text coloured as its background';
}

/** The colour an element is printed on: the nearest stated background, white on a page no stylesheet colours; null when unknown. */
function backgroundOf(el: Element): [number, number, number, number] | null {
  for (let node: Node | null = el; node && isElement(node); node = (node as Element).parentNode as Node | null) {
    const style = computed(node).style;
    const stated = style.get('background-color') ?? style.get('background') ?? attr(node, 'bgcolor') ?? undefined;
    if (stated === undefined) continue;
    const colour = parseColour(stated.split(/\s+/)[0]!) ?? parseColour(stated);
    if (colour && colour[3] > 0) return colour;
    if (!colour) return null;
  }
  return sheetBackground ? null : [255, 255, 255, 1];
}

/** CSS's named colours (CSS Color 4), as name:rrggbb. */
const NAMED_HEX =
  'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc bisque:ffe4c4 ' +
  'black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a burlywood:deb887 ' +
  'cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 cornflowerblue:6495ed cornsilk:fff8dc ' +
  'crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b darkgoldenrod:b8860b darkgray:a9a9a9 ' +
  'darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 ' +
  'darkorchid:9932cc darkred:8b0000 darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b ' +
  'darkslategray:2f4f4f darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 ' +
  'deepskyblue:00bfff dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 ' +
  'forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 gray:808080 ' +
  'green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 indianred:cd5c5c indigo:4b0082 ' +
  'ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 lawngreen:7cfc00 lemonchiffon:fffacd ' +
  'lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff lightgoldenrodyellow:fafad2 lightgray:d3d3d3 ' +
  'lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 lightsalmon:ffa07a lightseagreen:20b2aa ' +
  'lightskyblue:87cefa lightslategray:778899 lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 ' +
  'lime:00ff00 limegreen:32cd32 linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa ' +
  'mediumblue:0000cd mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee ' +
  'mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970 mintcream:f5fffa ' +
  'mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 olive:808000 olivedrab:6b8e23 ' +
  'orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa palegreen:98fb98 paleturquoise:afeeee ' +
  'palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 ' +
  'purple:800080 rebeccapurple:663399 red:ff0000 rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 ' +
  'salmon:fa8072 sandybrown:f4a460 seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb ' +
  'slateblue:6a5acd slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c ' +
  'teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff ' +
  'whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32';
const NAMED = new Map<string, [number, number, number, number]>(
  NAMED_HEX.split(' ').map((pair) => {
    const [name, hex] = pair.split(':') as [string, string];
    const n = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
    return [name, [n(0), n(2), n(4), 1]];
  }),
);
NAMED.set('transparent', [0, 0, 0, 0]);

function parseColour(value: string): [number, number, number, number] | null {
  const v = value.trim().toLowerCase();
  const named = NAMED.get(v);
  if (named) return named;
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const alphaOf = (a: string | undefined) => (a === undefined ? 1 : a.endsWith('%') ? Number(a.slice(0, -1)) / 100 : Number(a));
  const rgb = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (rgb) {
    const channel = (s: string) => (s.endsWith('%') ? Number(s.slice(0, -1)) * 2.55 : Number(s));
    return [channel(rgb[1]!), channel(rgb[2]!), channel(rgb[3]!), alphaOf(rgb[4])];
  }
  const hsl = /^hsla?\(\s*(-?[\d.]+)(deg|turn|rad)?[\s,]+([\d.]+)%?[\s,]+([\d.]+)%?(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (hsl) {
    const turns = hsl[2] === 'turn' ? Number(hsl[1]) : hsl[2] === 'rad' ? Number(hsl[1]) / (2 * Math.PI) : Number(hsl[1]) / 360;
    const [r, g, b] = fromHsl(((turns % 1) + 1) % 1, Number(hsl[3]) / 100, Number(hsl[4]) / 100);
    return [r, g, b, alphaOf(hsl[5])];
  }
  return null;
}

/** An HSL colour (hue in turns, saturation and lightness 0 to 1) as red, green and blue 0 to 255 (CSS Color 4's conversion). */
function fromHsl(h: number, s: number, l: number): [number, number, number] {
  const f = (n: number) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/**
 * Colours a reader cannot tell apart as text on ground: a contrast ratio (WCAG's, from relative luminance) under 1.1,
 * as #fefefe or whitesmoke on white; light grey on white (#ddd, 1.36) is seen.
 */
function sameColour(a: number[], b: number[]): boolean {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) < 1.1;
}

function luminance(c: number[]): number {
  const linear = (v: number) => {
    const s = Math.min(255, Math.max(0, v)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(c[0]!) + 0.7152 * linear(c[1]!) + 0.0722 * linear(c[2]!);
}

/**
 * The rules of a stylesheet that set what decides whether an element is seen, for selectors this
 * module can match; those that hide or add text by selectors it cannot match, to be said.
 */
function sheetRules(css: string, first: number): { rules: SheetRule[]; unread: Omit<UnreadRule, 'style'>[]; background: boolean } {
  const out: SheetRule[] = [];
  const unread: Omit<UnreadRule, 'style'>[] = [];
  let background = false;
  for (const rule of styleRules(css)) {
    const all = declarations(rule.body);
    const values = new Map([...all.values].filter(([p]) => seen(p)));
    const important = new Set([...all.important].filter((p) => seen(p)));
    const hides = declarationsHide(values, null) ?? (values.has('color') && /^(transparent|#fff(fff)?|white)$/.test(values.get('color')!) ? `color: ${values.get('color')}` : null);
    const content = all.values.get('content');
    for (const raw of selectorsOf(rule.prelude)) {
      // Text a rule adds (::before, ::after) is printed but in no element: said when it holds a digit.
      if (/::?(before|after)\b/i.test(raw)) {
        if (content && /\d/.test(content)) unread.push({ selector: raw, what: content, adds: true });
        continue;
      }
      // A state the page is not read in (pointed at, focused, visited, checked) hides nothing as read.
      if (values.size === 0 || /:(hover|focus|focus-within|focus-visible|active|visited|checked|target)\b/i.test(raw)) continue;
      const selector = compounds(raw);
      if (!selector) {
        if (hides) unread.push({ selector: raw, what: hides, adds: false });
        if (values.has('background') || values.has('background-color')) background = true;
        continue;
      }
      out.push({ selector, text: raw, specificity: specificity(selector), order: first + out.length, values, important });
    }
  }
  return { rules: out, unread, background };
}

/** The text an element holds (raw, whitespace collapsed). */
export function heldText(el: Element): string {
  return rawText(el).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Hidden elements inside `el` that hold text (outermost only), each with how it is hidden; with `tables` false, not inside the tables it holds. */
export function hiddenInside(el: Element, tables = true): { el: Element; how: string; text: string }[] {
  const out: { el: Element; how: string; text: string }[] = [];
  const stack: Node[] = [...childNodes(el)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node) || isText(node)) continue;
    if (NEVER_READ.has(tag(node)) || (!tables && tag(node) === 'table')) continue;
    const how = hiddenHow(node);
    // A table held hidden is said as a table (blocks.ts), not as text of the cell.
    if (how && !tables && holdsTableElement(node)) continue;
    if (how) {
      const text = heldText(node);
      if (text) out.push({ el: node, how, text });
      continue;
    }
    // The text directly inside a closed <details>, beside its summary, is hidden as its elements are.
    if (closedDetails(node)) {
      const text = childNodes(node).filter(isText).map((t) => t.value).join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
      if (text) out.push({ el: node, how: CLOSED_DETAILS, text });
    }
    stack.push(...[...childNodes(node)].reverse());
  }
  return out;
}

function holdsTableElement(el: Element): boolean {
  const stack: Node[] = [...childNodes(el)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (tag(node) === 'table') return true;
    stack.push(...childNodes(node));
  }
  return false;
}

const NEVER_READ = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);


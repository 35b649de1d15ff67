/**
 * The inline styles of the original document that are safe to keep, as classes of a stylesheet
 * of the release's own (the site's Content-Security-Policy allows no inline style): alignment,
 * weight and slant, underline, padding, margins, indents, cell widths in percent, and rules
 * (their width and style, drawn in the text's colour so they show in either colour scheme).
 * Colours, backgrounds, fonts and sizes are the site's; anything that could load a resource or
 * escape a declaration (`url(`, `image-set(`, `\`, quotes, braces) is dropped.
 */

const LENGTH = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)(?:px|pt|pc|em|rem|ex|ch|in|cm|mm|%)?`;
const LENGTHS = new RegExp(String.raw`^(?:${LENGTH}|auto)(?:\s+(?:${LENGTH}|auto)){0,3}$`);
const ONE_LENGTH = new RegExp(`^${LENGTH}$`);
const PERCENT = /^\d+(?:\.\d+)?%$/;
const BORDER_WIDTH = new RegExp(String.raw`^(?:${LENGTH}|thin|medium|thick)$`);
const BORDER_STYLE = /^(?:none|hidden|solid|double|dotted|dashed|groove|ridge|inset|outset)$/;

const KEYWORDS: Record<string, RegExp> = {
  'text-align': /^(?:left|right|center|justify|start|end)$/,
  'vertical-align': /^(?:top|middle|bottom|baseline|super|sub|text-top|text-bottom)$/,
  'font-weight': /^(?:normal|bold|bolder|lighter|[1-9]00)$/,
  'font-style': /^(?:normal|italic|oblique)$/,
  'font-variant': /^(?:normal|small-caps)$/,
  'text-decoration': /^(?:none|underline|line-through|overline)(?:\s+(?:solid|double|dotted|dashed))?$/,
  'text-decoration-line': /^(?:none|underline|line-through|overline)$/,
  'text-decoration-style': /^(?:solid|double|dotted|dashed)$/,
  'text-transform': /^(?:none|uppercase|lowercase|capitalize)$/,
  'white-space': /^(?:normal|nowrap|pre|pre-wrap|pre-line)$/,
  'border-collapse': /^(?:collapse|separate)$/,
};
const BOX = new Set(['padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left']);
const BORDERS = new Set(['border', 'border-top', 'border-right', 'border-bottom', 'border-left']);

/** The safe declarations of a `style` attribute, as `property:value` strings in their order. */
export function safeDeclarations(style: string): string[] {
  const out: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (value === '' || /[\\"'{}<>@;]|url\(|image|expression|var\(|attr\(/.test(value)) continue;
    const kept = keep(property, value);
    if (kept) out.push(kept);
  }
  return out;
}

function keep(property: string, value: string): string | null {
  const keyword = KEYWORDS[property];
  if (keyword) return keyword.test(value) ? `${property}:${value}` : null;
  if (BOX.has(property)) return LENGTHS.test(value) && !(property.startsWith('padding') && value.includes('-')) ? `${property}:${value}` : null;
  if (property === 'text-indent') return ONE_LENGTH.test(value) ? `${property}:${value}` : null;
  if (property === 'width') return PERCENT.test(value) ? `${property}:${value}` : null;
  if (BORDERS.has(property)) {
    const parts = value.split(' ');
    const width = parts.find((p) => BORDER_WIDTH.test(p));
    const style = parts.find((p) => BORDER_STYLE.test(p));
    if (!style) return null;
    return `${property}:${width ?? 'medium'} ${style} currentColor`;
  }
  const side = /^(border(?:-(?:top|right|bottom|left))?)-(width|style)$/.exec(property);
  if (side) {
    const ok = side[2] === 'width' ? BORDER_WIDTH.test(value) : BORDER_STYLE.test(value);
    return ok ? `${property}:${value}` : null;
  }
  return null;
}

/**
 * The declarations presentational attributes stand for (`align`, `valign`, a width in percent).
 * A table's `align` places the table, it does not align its text: centred, its margins are auto.
 */
export function attributeDeclarations(name: string, value: string, element = ''): string[] {
  const v = value.trim().toLowerCase();
  if (name === 'align' && element === 'table') return v === 'center' ? ['margin-left:auto', 'margin-right:auto'] : [];
  if (name === 'align' && /^(?:left|right|center|justify)$/.test(v)) return [`text-align:${v}`];
  if (name === 'valign' && /^(?:top|middle|bottom|baseline)$/.test(v)) return [`vertical-align:${v}`];
  if (name === 'width' && PERCENT.test(v)) return [`width:${v}`];
  return [];
}

/** Declarations → class names, the same set one class, numbered in order of first use. */
export class StyleClasses {
  private byKey = new Map<string, string>();

  classFor(declarations: readonly string[]): string | null {
    if (declarations.length === 0) return null;
    const key = declarations.join(';');
    let name = this.byKey.get(key);
    if (!name) {
      name = `o${this.byKey.size + 1}`;
      this.byKey.set(key, name);
    }
    return name;
  }

  /** The stylesheet, every rule scoped to the original's container. */
  css(scope: string): string {
    let out = '';
    for (const [key, name] of this.byKey) out += `${scope} .${name}{${key}}\n`;
    return out;
  }
}

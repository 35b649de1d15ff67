/**
 * HTML made by code, shared by the layers that produce it (charts, notebook outputs): the
 * `Markup` wrapper for HTML a helper vouches for, the escaping of text, and the text of a
 * scalar value. It imports nothing, so charts and notebooks can both depend on it without
 * depending on each other.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TEXT = /[&<>"']/;
const ATTRIBUTE = /[&"]/;

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: testing first spares a copy of it (pages escape thousands of labels).
  return TEXT.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

/**
 * Text made safe for a double-quoted attribute value: `&` and `"` escaped, as Astro escapes an
 * attribute, so markup made here is the same, byte for byte, as a component's.
 */
export function escapeAttribute(text: string): string {
  return ATTRIBUTE.test(text) ? text.replace(/[&"]/g, (c) => ESCAPES[c]!) : text;
}

/** Markup a helper made and vouches for (a chart's SVG string); shown as is, not escaped. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

/** A value as inline text, or undefined if it is not a scalar (string, number, bigint, boolean, Decimal). */
export function inlineText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
  }
  if (isDecimal(value)) return value.toString();
  return undefined;
}

/** A decimal.js Decimal, of any of its clones (each clone has its own constructor). */
export function isDecimal(value: unknown): value is { toString(): string } {
  const ctor = (value as { constructor?: { isDecimal?: (v: unknown) => boolean } } | null)?.constructor;
  return typeof ctor?.isDecimal === 'function' && ctor.isDecimal(value);
}

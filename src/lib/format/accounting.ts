/**
 * The accounting format of financial statements, and its inverse:
 * "9,924", "$9,924", "(1,271)", "$(1,271)", "0.03"; null as a nil marker,
 * "n/m" as itself.
 */
import { toPlain, parseDecimal } from '../decimal.ts';
import { DEFAULT_NIL, NOT_MEANINGFUL, digits, joined, special } from './digits.ts';

export interface AccountingOptions {
  /** Places after the point, as printed (Fact.decimals); default: as many as `value` carries. */
  decimals?: number;
  /** Prefix "$". */
  dollar?: boolean;
  /** Shown for a null value; default "—". */
  nil?: string;
}

/**
 * `value` in accounting format: thousands grouped, negatives in parentheses,
 * "$" before the parenthesis when `dollar` ("$(1,271)"), rounded half up to
 * `decimals` places for display only.
 */
export function formatAccounting(value: string | null, options: AccountingOptions = {}): string {
  const shown = special(value, options.nil ?? DEFAULT_NIL);
  if (shown !== undefined) return shown;
  const d = digits(value as string, options.decimals);
  const body = d.negative ? `(${joined(d)})` : joined(d);
  return options.dollar ? `$${body}` : body;
}

/**
 * The inverse of formatAccounting: the plain decimal string (see toPlain) an
 * accounting-formatted text shows, null for a nil marker ("-", "--", "----",
 * "—", "–"), "n/m" for "n/m". Accepts "$" with or without a space, commas
 * only as correct thousands groups, parentheses or a leading minus ("-", "−")
 * for negatives. Throws a TypeError naming any other text.
 */
export function parseAccounting(text: string): string | null {
  const s = text.trim();
  if (NIL_MARKERS.test(s)) return null;
  if (s === NOT_MEANINGFUL) return NOT_MEANINGFUL;
  const m = ACCOUNTING.exec(s);
  if (m === null) throw new TypeError(`Not an accounting figure: "${text}"`);
  const [, minus, , open, body, close] = m;
  if ((open === '(') !== (close === ')') || (minus && open)) {
    throw new TypeError(`Not an accounting figure: "${text}"`);
  }
  const magnitude = parseDecimal((body as string).replaceAll(',', ''));
  return toPlain(minus || open ? magnitude.neg() : magnitude);
}

const NIL_MARKERS = /^(-+|—|–)$/;
// optional minus, optional "$ ", optional "(", grouped or ungrouped digits, optional ")"
const ACCOUNTING = /^([-−])?(\$\s*)?(\()?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\))?$/;

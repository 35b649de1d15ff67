import type { FactStatus } from '../types.ts';

/** A value cell as printed, read. */
export interface ParsedValue {
  /** Exact decimal string, sign applied, separators removed; null unless status is 'reported'. */
  value: string | null;
  status: FactStatus;
  decimals: number;
  /** A unit the printed text itself states. */
  unitHint: 'percent' | 'basis-points' | null;
  dollar: boolean;
  underlined: boolean;
}

const UNDERLINE = /^<u>([\s\S]*)<\/u>$/i;
const DOLLAR = /^\\?\$\s*/;
const NIL = /^(?:-+|—|–)$/;
const NOT_MEANINGFUL = /^n\/?m$/i;
// Grouped with commas (1,227,054) or plain digits, optional fraction, optional % or BPS.
const NUMBER = /^(\()?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%|bps)?\s*(\))?$/i;

/**
 * Reads one printed value: `\$ 31,197`, `(1,271)`, `\$ (0.03)`, `16.4%`, `590 BPS`,
 * `-3%`, `n/m`, the nil markers `-` and `----`, any of them inside `<u>…</u>`.
 * Returns null when the text is not a value of any of these forms.
 */
export function parseValue(text: string): ParsedValue | null {
  let rest = text.trim();
  const under = UNDERLINE.exec(rest);
  if (under) rest = under[1].trim();
  const underlined = under !== null;
  const dollarMatch = DOLLAR.exec(rest);
  if (dollarMatch) rest = rest.slice(dollarMatch[0].length);
  const dollar = dollarMatch !== null;
  const base = { dollar, underlined, unitHint: null, decimals: 0 } as const;

  if (NIL.test(rest)) return { ...base, value: null, status: 'nil' };
  if (NOT_MEANINGFUL.test(rest)) return { ...base, value: null, status: 'not-meaningful' };

  const m = NUMBER.exec(rest);
  if (!m) return null;
  const [, open, minus, whole, fraction = '', suffix, close] = m;
  if (Boolean(open) !== Boolean(close) || (open && minus)) return null;
  const digits = whole.replaceAll(',', '') + (fraction ? `.${fraction}` : '');
  const negative = Boolean(open || minus) && /[1-9]/.test(digits);
  const unitHint = !suffix ? null : suffix === '%' ? 'percent' : 'basis-points';
  return {
    ...base,
    value: normalizeDigits(digits, negative),
    status: 'reported',
    decimals: fraction.length,
    unitHint,
  };
}

/** Drops leading zeros of the whole part ("007" → "7") but keeps printed fraction digits. */
function normalizeDigits(digits: string, negative: boolean): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return negative ? `-${trimmed}` : trimmed;
}

/**
 * A plain number for running text: thousands grouped, a true minus sign
 * ("−7.49", "2,435"), no unit.
 */
import { DEFAULT_NIL, digits, joined, special } from './digits.ts';

export interface NumberOptions {
  /** Places after the point; default: as many as `value` carries. */
  decimals?: number;
  /** "+" before positive figures, for changes. */
  signed?: boolean;
  /** The minus sign; default "−" (U+2212), the typographic one. */
  minus?: string;
  /** Shown for a null value; default "—". */
  nil?: string;
}

/** `value` rounded half up to `decimals` places for display, grouped and signed. */
export function formatNumber(value: string | null, options: NumberOptions = {}): string {
  const shown = special(value, options.nil ?? DEFAULT_NIL);
  if (shown !== undefined) return shown;
  const d = digits(value as string, options.decimals);
  const sign = d.negative ? (options.minus ?? '−') : options.signed && /[1-9]/.test(joined(d)) ? '+' : '';
  return `${sign}${joined(d)}`;
}

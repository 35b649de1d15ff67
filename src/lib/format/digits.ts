/**
 * The digits of a decimal string as a display shows them: rounded half up
 * (ties away from zero) to a fixed number of places, integer part grouped in
 * thousands. Shared by every formatter of this folder; the only rounding any
 * formatter does.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import { Kept } from '../kept.ts';

export interface Digits {
  /** True only if the displayed digits are not all zero: "-0.004" at 2 places shows "0.00", not negative. */
  negative: boolean;
  /** Integer digits grouped with commas: "60,525". */
  integer: string;
  /** Digits after the point, exactly `decimals` of them: "" for 0 places. */
  fraction: string;
}

/** "n/m": a figure the release marks as not meaningful. Every formatter passes it through. */
export const NOT_MEANINGFUL = 'n/m';

/** The nil marker formatters show for a null value unless told otherwise. */
export const DEFAULT_NIL = '—';

/**
 * `value` rounded to `decimals` places (default: as many as the string
 * carries, so "16.40" keeps two) and split for display. Throws a TypeError
 * for anything but a decimal string, and a RangeError for a negative or
 * fractional `decimals`.
 */
export function digits(value: string, decimals?: number): Digits {
  // A release prints the same figures on many pages (a table, the statements page, popovers,
  // notebooks, downloads): each is rounded once, not once per page.
  // (Anything but a string is refused by parseDecimal, never answered from what a string left.)
  if (typeof value !== 'string') return shownDigitsOf(value, decimals);
  return shownDigits.get(decimals === undefined ? value : `${value}|${decimals}`, () => shownDigitsOf(value, decimals));
}

function shownDigitsOf(value: string, decimals: number | undefined): Digits {
  const d = parseDecimal(value);
  const places = decimals ?? printedPlaces(value, d);
  if (!Number.isInteger(places) || places < 0) {
    throw new RangeError(`Cannot display ${places} decimal places`);
  }
  const fixed = d.abs().toFixed(places, Decimal.ROUND_HALF_UP);
  const [integer = '0', fraction = ''] = fixed.split('.');
  const shown: Digits = Object.freeze({
    negative: d.isNeg() && /[1-9]/.test(fixed),
    integer: group(integer),
    fraction,
  });
  return shown;
}

// Bounded: a few releases' figures, not a whole site's.
const shownDigits = new Kept<Digits>(20_000);

/** "60525" → "60,525". */
export function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "60,525" and "25" with a point between, or the integer alone. */
export function joined({ integer, fraction }: Digits): string {
  return fraction === '' ? integer : `${integer}.${fraction}`;
}

/**
 * What to show instead of digits, if anything: the nil marker for null,
 * "n/m" for "n/m", undefined for a figure.
 */
export function special(value: string | null, nil: string): string | undefined {
  if (value === null) return nil;
  if (value === NOT_MEANINGFUL) return NOT_MEANINGFUL;
  return undefined;
}

// Places as written, so a value printed "1.50" keeps its zero; exponent
// notation has no written places, so fall back to the value's own.
function printedPlaces(value: string, d: Decimal): number {
  if (/e/i.test(value)) return d.decimalPlaces();
  return value.split('.')[1]?.length ?? 0;
}

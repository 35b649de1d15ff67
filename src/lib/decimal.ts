/**
 * The one Decimal constructor of tieout. Every module imports Decimal from here,
 * never from 'decimal.js', so that every value in the project is computed under
 * the same pinned configuration: 40 significant digits, ties rounded away from
 * zero, plain notation from 1e-30 to 1e40.
 */
import DecimalJs from 'decimal.js';
import { Kept } from './kept.ts';

// `defaults: true` pins the configuration even if some other code has called
// `Set` on the global decimal.js constructor before this module loads.
export const Decimal = DecimalJs.clone({
  defaults: true,
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

/**
 * Twins of Decimal that round every result towards −∞ (DecimalFloor) or +∞
 * (DecimalCeil), for the endpoints of intervals only: an interval stays a true
 * enclosure even where a quotient needs more than 40 digits. Convert results
 * back with `new Decimal(x)`, which copies digits without rounding.
 */
export const DecimalFloor = Decimal.clone({ rounding: DecimalJs.ROUND_FLOOR });
export const DecimalCeil = Decimal.clone({ rounding: DecimalJs.ROUND_CEIL });

/**
 * A finite Decimal as a plain decimal string: no exponent, no trailing zeros
 * after the point, no trailing point, and "0" for negative zero
 * ("1.50" → "1.5", "1e-35" → "0.00000000000000000000000000000000001").
 * Throws a RangeError for NaN and ±Infinity, which have no plain form.
 */
export function toPlain(d: Decimal): string {
  if (!d.isFinite()) throw new RangeError(`Not a finite decimal: ${d.toString()}`);
  if (d.isZero()) return '0';
  // toFixed() without arguments prints every digit the Decimal holds, and a
  // Decimal holds no trailing zeros, so this is already minimal.
  return d.toFixed();
}

/**
 * A decimal string as a Decimal. The boundary where text becomes a value:
 * accepts only a string holding a finite decimal ("-1271", "0.001", "1e3")
 * without surrounding space, and throws a TypeError for anything else,
 * numbers included, because a JavaScript number has already lost the exact value.
 */
export function parseDecimal(value: string): Decimal {
  if (typeof value !== 'string') {
    throw new TypeError(`Expected a decimal string, got ${typeof value}`);
  }
  // A Decimal never changes, so one parse serves every check, page and download that reads
  // the same figure (a release's checks alone read its figures tens of thousands of times).
  return parsed.get(value, () => {
    // decimal.js also reads hexadecimal, binary, octal and "Infinity"; a
    // printed figure is none of those.
    if (!DECIMAL_STRING.test(value)) throw new TypeError(`Not a decimal string: "${value}"`);
    return new Decimal(value);
  });
}

const DECIMAL_STRING = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// Bounded: a few releases' figures and what is computed from them.
const parsed = new Kept<Decimal>(50_000);

/** 10^exponent, exactly, for any integer exponent. */
export function powerOfTen(exponent: number): Decimal {
  if (!Number.isInteger(exponent)) throw new RangeError(`Not an integer exponent: ${exponent}`);
  // Every figure's scale and precision asks for one of a few powers: each is made once.
  let power = powers.get(exponent);
  if (!power) powers.set(exponent, (power = new Decimal(`1e${exponent}`)));
  return power;
}

const powers = new Map<number, Decimal>();

/**
 * The boundary of the chart functions: loose rows in (an Arquero table or an
 * array of plain objects, values as decimal strings or Decimals), checked and
 * normalized once, so that the charts themselves trust their data.
 *
 * Sums are done here in Decimal; `pixel()` is the one place where a value
 * becomes a JavaScript number, and only to be handed to Plot as a position.
 */
import { Decimal, parseDecimal, toPlain } from '../decimal.ts';

export type Row = Record<string, unknown>;

/** An Arquero table (anything with `objects()`), or an iterable of plain objects. */
export type Rows = Iterable<object> | { objects(): object[] };

/** A value as a chart accepts it: an exact decimal string, a Decimal, or null/undefined for no value. */
export type DecimalInput = string | Decimal | null | undefined;

/** The rows of an Arquero table or an iterable, as an array; throws a TypeError for anything else. */
export function toRows(rows: Rows, chart: string): Row[] {
  if (rows && typeof (rows as { objects?: unknown }).objects === 'function') {
    return (rows as { objects(): Row[] }).objects();
  }
  if (rows && typeof (rows as Iterable<Row>)[Symbol.iterator] === 'function' && typeof rows !== 'string') {
    const array = [...(rows as Iterable<Row>)];
    array.forEach((row, i) => {
      if (typeof row !== 'object' || row === null) throw new TypeError(`${chart}: row ${i + 1} is not an object`);
    });
    return array;
  }
  throw new TypeError(`${chart}: expected rows as an Arquero table or an array of objects`);
}

/** Throws naming the column when some row lacks it (a typo in `x:` fails loudly, not as an empty chart). */
export function requireColumns(rows: Row[], columns: Record<string, string>, chart: string): void {
  for (const [option, column] of Object.entries(columns)) {
    if (typeof column !== 'string' || column === '') {
      throw new TypeError(`${chart}: options.${option} must name a column`);
    }
    const missing = rows.findIndex((row) => !(column in row));
    if (missing >= 0) {
      const known = Object.keys(rows[missing]!).join(', ');
      throw new Error(`${chart}: row ${missing + 1} has no column '${column}' (options.${option}); its columns are ${known}`);
    }
  }
}

/**
 * A row's value as a Decimal, or null for no value. Accepts decimal strings
 * and Decimals; a JavaScript number is refused, because it has already lost
 * the printed value.
 */
export function decimalOf(value: unknown, where: string): Decimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    try {
      return parseDecimal(value);
    } catch {
      throw new TypeError(`${where}: '${value}' is not a decimal string`);
    }
  }
  if (isDecimal(value)) return new Decimal(value.toString());
  throw new TypeError(`${where}: expected a decimal string or a Decimal, got ${typeof value} ${String(value)}`);
}

/** A Decimal as the plain string value labels are formatted from. */
export const plain = toPlain;

/**
 * The edge: an exact value as a JavaScript number, for Plot to place in
 * pixels. Never sum or compare what this returns.
 */
export function pixel(value: Decimal): number {
  return value.toNumber();
}

/** Text of a label cell: strings as given, anything else with String(); null is an empty label. */
export function labelOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Distinct values in order of first appearance (the order charts draw categories in; never sorted). */
export function firstSeen(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function isDecimal(value: unknown): value is { toString(): string } {
  // decimal.js clones each have their own constructor; isDecimal recognises all of them.
  const ctor = (value as { constructor?: { isDecimal?: (v: unknown) => boolean } } | null)?.constructor;
  return typeof ctor?.isDecimal === 'function' && ctor.isDecimal(value);
}

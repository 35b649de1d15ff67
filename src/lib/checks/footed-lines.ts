/**
 * A change of a line its table prints as the sum or difference of two lines above it, in both columns compared: Kelly
 * Services' segment tables (4Q24) print "Business unit profit (loss)" as gross profit less total SG&A expenses (Education,
 * 139.8 − 95.9 = 43.9 and 128.7 − 92.4 = 36.3) and compute their "% Change" before rounding. A line footed from two
 * rounded lines is known to the two lines' rounding, half a unit each, so to a unit of its last digit, not half a unit:
 * its own rounding is not established where the release prints it as its terms' sum. Kelly prints Education's +21.3%,
 * beyond half a unit of each figure (+20.63% to +21.24%) and within a unit (+20.33% to +21.55%): within rounding.
 *
 * Read from the published checks, run last, on growth mismatches only: a growth of two positive amounts, as
 * (current ÷ prior − 1) × 100, whose line is, in both columns, exactly the sum or the difference of the same two lines
 * printed above it in its block (the lines of amounts right above it, back to a caption or a line of another unit:
 * Kelly's "Gross profit rate" closes each segment's block). A change beyond a unit of each figure stays a mismatch (Professional & Industrial's
 * business unit profit excluding restructuring, 261.3 − 226.3 = 35.0 against 277.1 − 254.1 = 23.0, printed +50.9%, is
 * +51.08% at the least). A line its table does not print as such a sum (a segment's gross profit) keeps half a unit.
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { shownBound } from './messages.ts';
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, isMoney } from './context.ts';
import { interval, toJson } from './interval.ts';
import { footedLine } from './relation-messages.ts';
import { rowUnit } from './ratio-terms.ts';
import { judge } from './verdict.ts';

/** Two computations of one quotient agree to far more digits than any figure prints. */
const SAME = new Decimal('1e-20');

export function withFootedLines(ctx: CheckContext, checks: Check[]): Check[] {
  return checks.map((c) => (c.kind === 'growth' && c.verdict === 'mismatch' ? (footed(ctx, c) ?? c) : c));
}

/** The growth judged with its figures known to a unit; null where the check is no such growth or still fails. */
function footed(ctx: CheckContext, c: Check): Check | null {
  if (c.inputs.length !== 2 || c.computed === null || c.reported.value === null || !c.reported.fact) return null;
  const [current, prior] = c.inputs.map((id) => ctx.index.fact(id));
  const reported = ctx.index.fact(c.reported.fact);
  if (!current || !prior || !reported || current.value === null || prior.value === null) return null;
  if (current.table !== prior.table || current.row !== prior.row || !isMoney(current.unit) || !isMoney(prior.unit)) return null;
  if (current.decimals !== prior.decimals || current.scale !== prior.scale) return null;
  const [cur, pri] = [parseDecimal(current.value), parseDecimal(prior.value)];
  const unit = powerOfTen(-current.decimals);
  if (!cur.isPositive() || !pri.isPositive() || pri.lte(unit)) return null;
  const growth = (a: Decimal, b: Decimal) => a.div(b).minus(1).times(100);
  // The check must be this growth of these two figures, as printed: no other reading of the column.
  if (growth(cur, pri).minus(parseDecimal(c.computed)).abs().gt(SAME)) return null;
  const terms = footingOf(ctx, current, prior);
  if (!terms) return null;
  const lo = growth(cur.minus(unit), pri.plus(unit));
  const hi = growth(cur.plus(unit), pri.minus(unit));
  const j = judge({ value: c.reported.value, decimals: reported.decimals }, { value: parseDecimal(c.computed), interval: interval(lo, hi) });
  if (j.verdict !== 'rounding' && j.verdict !== 'exact') return null;
  const [l, h] = [shownBound(lo, reported.decimals + 2, 'lo'), shownBound(hi, reported.decimals + 2, 'hi')];
  return {
    ...c,
    verdict: 'rounding',
    computedInterval: toJson(interval(lo, hi)),
    explanation: `${firstSentence(c.explanation).replace('more than rounding allows', 'more than rounding each figure on its own allows')} ${footedLine(current.label, terms, l, h)}`,
  };
}

/**
 * The two lines of the figures' block whose sum or difference it is, exactly, in both columns, as printed: above it
 * ('Gross profit' 139.8 − 'Total SG&A expenses' 95.9 = 43.9), or around it, a part printed as its total less the
 * other part (J&J's product sales, 4Q22, "US | Intl | WW" under each product, the US line WW − Intl: EDURANT 290 − 281
 * = 9 and 230 − 220 = 10, printed +1.2%, which 9 and 10 rounded on their own cannot give; the percentages are "based on
 * actual, non-rounded figures"); undefined where no such pair is printed. The block: the lines of amounts next to it,
 * back and on to a caption or a line of another unit.
 */
function footingOf(ctx: CheckContext, current: Fact, prior: Fact): string | undefined {
  const table = ctx.release.tables.find((t) => t.id === current.table);
  const at = table?.rows.findIndex((r) => r.id === current.row) ?? -1;
  if (!table || at < 0) return undefined;
  const inBlock = (row: TableRow | undefined) => row !== undefined && row.kind === 'values' && isMoney(rowUnit(ctx, table, row) ?? '');
  const above: TableRow[] = [];
  for (let i = at - 1; inBlock(table.rows[i]); i--) above.push(table.rows[i]!);
  const below: TableRow[] = [];
  for (let i = at + 1; inBlock(table.rows[i]); i++) below.push(table.rows[i]!);
  const figure = (row: TableRow, of: Fact) => cell(ctx, table, row, of);
  const value = (row: TableRow, of: Fact) => parseDecimal(figure(row, of)!.value!);
  // Pairs as printed, the upper first: both above the line (it is their sum or difference), or around it and below
  // it (it is the lower less the other).
  const pairs: [TableRow, TableRow, '+' | '-' | 'total-less'][] = [];
  for (let i = 0; i < above.length; i++) for (let k = i + 1; k < above.length; k++) for (const op of ['+', '-'] as const) pairs.push([above[k]!, above[i]!, op]);
  for (const total of below) for (const other of [...above, ...below]) if (other !== total) pairs.push([total, other, 'total-less']);
  for (const [a, b, op] of pairs) {
    const holds = [current, prior].every((of) => {
      const [x, y] = [figure(a, of), figure(b, of)];
      if (!x || !y || x.decimals !== of.decimals || y.decimals !== of.decimals) return false;
      const result = op === '+' ? value(a, of).plus(value(b, of)) : value(a, of).minus(value(b, of));
      return result.eq(parseDecimal(of.value!));
    });
    if (!holds) continue;
    const sign = op === '+' ? '+' : '−';
    const shown = (of: Fact) => `${figure(a, of)!.raw.trim()} ${sign} ${figure(b, of)!.raw.trim()} = ${of.raw.trim()}`;
    return `'${a.label}' ${op === '+' ? 'plus' : 'less'} '${b.label}' (${shown(current)}; ${shown(prior)})`;
  }
  return undefined;
}

/** The line's figure in the column of `of` (same scale), with a value. */
function cell(ctx: CheckContext, table: Table, row: TableRow, of: Fact): Fact | undefined {
  const key = of.id.slice(`${of.release}/${of.table}/${of.row}/`.length);
  const f = ctx.index.cell(table.id, row.id, key);
  return f && f.value !== null && f.status === 'reported' && f.scale === of.scale ? f : undefined;
}

const firstSentence = (text: string): string => text.split(/(?<=\.)\s+(?=[A-Z])/)[0]!;

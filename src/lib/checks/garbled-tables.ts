/**
 * A table most of whose totals do not foot, in most columns, is far likelier a copy garbled on its
 * way here (a scanned page read by OCR, a converter that shifted columns) than a table a company
 * printed with that many errors. Its footings keep their verdicts (the figures are printed so in
 * the copy), and each of its mismatches says so, so that a reviewer compares the copy with the
 * original before accusing the company.
 */
import { Decimal } from '../decimal.ts';
import type { Check } from '../types.ts';
import type { CheckContext } from './context.ts';
import { garbledTable } from './messages.ts';

/** At least this many footings of a table fail… */
const MOST_FAILED = 3;
/**
 * …over at least this many totals, or each far off (a difference over half the printed figure): one total
 * failing by a digit in every column is one misprint, or one misreading of which rows it covers…
 */
const TOTALS_FAILED = 2;

/** A difference over half the figure printed: no misprint of a digit or two, nor a line left out. */
function farOff(c: Check): boolean {
  if (c.difference === null || c.reported.value === null) return false;
  return new Decimal(c.difference).abs().times(2).gt(new Decimal(c.reported.value).abs());
}

/** The checks, the mismatched footings of a table that does not foot as printed explained as such. */
export function withGarbledTables(ctx: CheckContext, checks: Check[]): Check[] {
  const byTable = new Map<string, Check[]>();
  for (const c of checks) {
    if (c.kind !== 'footing' || c.verdict === 'unverifiable' || c.reported.fact === null) continue;
    const table = ctx.index.fact(c.reported.fact)?.table;
    if (table === undefined) continue;
    const list = byTable.get(table) ?? [];
    list.push(c);
    byTable.set(table, list);
  }
  const garbled = new Map<Check, { failed: number; evaluated: number }>();
  for (const list of byTable.values()) {
    const failed = list.filter((c) => c.verdict === 'mismatch');
    const totals = new Set(failed.map((c) => ctx.index.fact(c.reported.fact!)?.row));
    // …and more than hold: a table whose totals mostly foot has its errors, not a garbled copy.
    if (failed.length < MOST_FAILED || failed.length * 2 <= list.length) continue;
    if (totals.size < TOTALS_FAILED && !failed.every(farOff)) continue;
    for (const c of failed) garbled.set(c, { failed: failed.length, evaluated: list.length });
  }
  if (garbled.size === 0) return checks;
  return checks.map((c) => {
    const g = garbled.get(c);
    return g ? { ...c, explanation: `${c.explanation} ${garbledTable(g.failed, g.evaluated)}` } : c;
  });
}

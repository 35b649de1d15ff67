/**
 * Changes bridged across columns, as ./change-rows.ts reads them down rows. PepsiCo's summary of Q2 2023 prints, by
 * division:
 *
 *                      GAAP Reported   Foreign Exchange   Acquisitions and   Organic
 *                      % Change        Translation        Divestitures       % Change
 *     Latin America    18              (6)                1                  13
 *
 * (the impacts under "Percentage Point Impact"), and Johnson & Johnson's sales "Reported | Operational | Currency"
 * under "% Change" (6.3 = 7.5 + (1.2)). The bridge rests on the headers: a column of percentage changes on no stated
 * basis (the reported change), a column of changes on a basis ("Organic", "Operational", "Core Constant Currency"),
 * and beside that one, between them or right after it, columns of impacts (in points, or naming what moved the change:
 * currency, translation, acquisitions). The qualified change is the reported one with the impacts taken out; a company
 * prints an impact as what it did to the reported change or as the adjustment to it, so both signs are read and the
 * one that holds in more lines is taken: where both hold as often, the sign is not established and every line is
 * unverifiable, saying so. Each printed term brings its own rounding (./ratio-terms.ts `termsCheck`). Judged over the
 * lines: where the reading holds in twice as many lines as it fails, two at least, a line where it fails is a
 * mismatch, corroborated by the others; else the lines where it fails are unverifiable, the columns' meaning not
 * established. A reading that holds in fewer lines than it fails is no bridge, and nothing is published.
 *
 * Ids: `change/<table>/<row>/<qualified column>/bridged`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { bridgedAcross, bridgeNotEstablished, bridgeSignUnsure } from './ratio-messages.ts';
import { bySign, impactNames } from './bridge-sign.ts';
import { cellOf, holds, term, termsCheck, valueRows } from './ratio-terms.ts';
import { namesBridgedBasis } from './qualified-basis.ts';
import { rowWords } from './words.ts';

/** What moved a change, in its header: "Foreign Exchange Translation", "Currency", "Acquisitions and Divestitures", "Impact of …". */
const IMPACT = /\b(?:impacts?|effects?|translation|currency|fx|foreign\s+exchange|acquisitions?|divestitures?|dispositions?|items\s+affecting)\b/i;
/** A header naming a change: "% Change", "Reported", "Growth". */
const CHANGE = /%|\bpercent(?:age)?\b|\bchange\b|\bgrowth\b|\breported\b|\bincrease\b/i;

type Role = 'reported' | 'qualified' | 'impact';

export function changeColumnChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    const rows = valueRows(table);
    const roles = table.columns.map((column) => roleOf(ctx, table, rows, column));
    // Runs of columns that each play a part: a column of amounts between two runs parts them (J&J's quarter and six months).
    for (let start = 0; start < roles.length; ) {
      if (roles[start] === null) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < roles.length && roles[end + 1] !== null) end++;
      checks.push(...runChecks(ctx, table, rows, start, end, roles));
      start = end + 1;
    }
  }
  return checks;
}

/** What a column holds, by its header and the units of its figures; null where it plays no part in a bridge. */
function roleOf(ctx: CheckContext, table: Table, rows: readonly TableRow[], column: TableColumn): Role | null {
  const units = new Set(rows.flatMap((row) => {
    const f = cellOf(ctx, table, row, column);
    return f && f.value !== null ? [f.unit] : [];
  }));
  if (units.size !== 1) return null;
  const unit = [...units][0];
  // Note marks glued to a heading's last word ("Operational1,2") are no part of it.
  const header = column.header.replace(/(?<=[a-z])\d+(?:,\d+)*\b/gi, ' ');
  if (unit === 'percentage-points') return namesBridgedBasis(header) ? null : 'impact';
  if (unit !== 'percent') return null;
  if (namesBridgedBasis(header)) return 'qualified';
  if (IMPACT.test(header)) return 'impact';
  return CHANGE.test(header) ? 'reported' : null;
}

function runChecks(ctx: CheckContext, table: Table, rows: readonly TableRow[], start: number, end: number, roles: readonly (Role | null)[]): Check[] {
  const reported = roles.findIndex((r, k) => k >= start && k <= end && r === 'reported');
  if (reported < 0) return [];
  const checks: Check[] = [];
  // Impacts printed right after a qualified change are its own (J&J's "Reported | Operational | Currency"): no later
  // column bridges from them.
  const claimed = new Set<number>();
  for (let q = reported + 1; q <= end; q++) {
    if (roles[q] !== 'qualified') continue;
    const after: number[] = [];
    for (let k = q + 1; k <= end && roles[k] === 'impact'; k++) after.push(k);
    // Impacts between it and the change before it, reported or qualified (PepsiCo's "Core % Change | Foreign exchange
    // translation | Core Constant Currency % Change"), bridge from that change.
    const before: number[] = [];
    for (let k = q - 1; k > reported && roles[k] === 'impact'; k--) before.unshift(k);
    const base = q - before.length - 1;
    const candidates: { from: number; run: number[] }[] = [];
    if (after.length > 0) candidates.push({ from: reported, run: after });
    if (before.length > 0 && roles[base] !== 'impact' && !before.some((k) => claimed.has(k))) candidates.push({ from: base, run: before });
    const readings = candidates.map(({ from, run }) => ({ run, ...bySign(run.length, '-', (expression, added) => bridge(ctx, table, rows, from, q, run, expression, added)) }));
    const best = readings.reduce<(typeof readings)[number] | null>((x, y) => (x === null || y.held > x.held ? y : x), null);
    // A reading holding in fewer lines than it fails establishes no bridge: nothing is published.
    if (!best || best.held === 0 || best.held < best.failed) continue;
    if (best.run === after) for (const k of after) claimed.add(k);
    checks.push(...judged(best.checks, best.tied ? bridgeSignUnsure() : null));
  }
  return checks;
}

/** The qualified change of each line by `expression`: the reported one with the impacts `added` or taken away, each column's figures in that line. */
function bridge(ctx: CheckContext, table: Table, rows: readonly TableRow[], reported: number, qualified: number, impacts: readonly number[], expression: string, added: boolean): Check[] {
  const [r, q] = [table.columns[reported]!, table.columns[qualified]!];
  const names = impactNames(impacts.length);
  const restsOn = bridgedAcross(q.header, r.header, impacts.map((k) => table.columns[k]!.header), added);
  return rows.flatMap((row) => {
    const printed = cellOf(ctx, table, row, q);
    const facts: Record<string, Fact | undefined> = { reported: cellOf(ctx, table, row, r) };
    impacts.forEach((k, i) => (facts[names[i]!] = cellOf(ctx, table, row, table.columns[k]!)));
    if (!printed || printed.value === null || Object.values(facts).some((f) => !f || (f.value === null && f.status !== 'nil'))) return [];
    return [termsCheck(ctx, {
      kind: 'change',
      id: `change/${table.id}/${row.id}/${columnKey(q)}/bridged`,
      subject: rowWords(row),
      expression,
      terms: Object.entries(facts).map(([name, f]) => term(name, f!)),
      reported: printed,
      column: q,
      restsOn,
    })];
  });
}

/**
 * A bridge judged over its lines: a line where it fails is a mismatch where it holds in twice as many lines, two at
 * least, and its sign is settled; else unverifiable, saying why.
 */
function judged(checks: Check[], unsure: string | null): Check[] {
  const n = checks.filter(holds).length;
  const m = checks.filter((c) => c.verdict === 'mismatch').length;
  if (unsure === null && n >= 2 && n >= 2 * m) return checks;
  const why = unsure ?? bridgeNotEstablished(n, m);
  return checks.map((c) => (c.verdict === 'mismatch' ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${why}` } : c));
}

/**
 * A ratio and its underlying form, reconciled in points in any table: CNA's "Loss ratio 62.8%",
 * "Less: Effect of catastrophe impacts 1.8", "Less: Effect of favorable development-related items
 * (0.1)", "Underlying loss ratio 61.1%". The underlying line is the ratio its own words name after
 * a qualifier ("Underlying", "Adjusted", "Core", "Normalized", "Non-GAAP"), printed above it, with
 * the lines between taken away or added as their labels say ("Less:", "Excluding" take away;
 * "Add:", "Plus" add), each line between saying so: a layout that states the relation. A
 * reconciliation's own percentages are read point by point by its reading (./structure.ts), so its
 * tables are left to it; this reads the ratios of a segment's or a summary's table, where
 * percentages are otherwise never summed.
 *
 * A row's columns are judged together (./ratio-terms.ts `judgedByColumns`): where it holds in as
 * many columns as it fails, a failing column is a mismatch, corroborated; where it holds in none,
 * the release may compute the underlying ratio otherwise (over another base), so those columns are
 * unverifiable, saying so.
 *
 * Ids: `footing/<table>/<row>/<column>`.
 */
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { cellOf, isChange, judgedByColumns, labelWords, rowUnit, type Term, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

/** Words that make a ratio its underlying form: "Underlying loss ratio" beside "Loss ratio". */
const QUALIFIERS = new Set(['underlying', 'adjusted', 'core', 'normalized', 'normalised', 'non', 'gaap']);
/** Words that mark a ratio as printed: "GAAP loss ratio", "Reported combined ratio". */
const AS_PRINTED = new Set(['gaap', 'reported', 'as']);
/** The sign a line between says it is applied with: "Less: Effect of …" taken away, "Add: …" added. */
const TAKEN = /^(less|minus|excluding|exclude|deduct)\b/;
const ADDED = /^(add|plus|including|include)\b/;
const RATIO_UNITS = new Set(['percent', 'percentage-points']);

export function ratioAdjustmentChecks(ctx: CheckContext, given: readonly Check[]): Check[] {
  const reported = new Set(given.map((c) => c.reported.fact));
  return ctx.release.tables
    .filter((t) => ctx.recognition.tables.get(t.id)?.kind !== 'reconciliation')
    .flatMap((table) => tableChecks(ctx, table))
    .filter((c) => !reported.has(c.reported.fact));
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const rows = valueRows(table);
  const checks: Check[] = [];
  const bridges: Bridge[] = [];
  for (const [i, row] of rows.entries()) {
    if (rowUnit(ctx, table, row) !== 'percent') continue;
    const found = startOf(ctx, table, rows, i);
    if (found) {
      bridges.push({ row, at: i, ...found });
      checks.push(...judgedByColumns(rowChecks(ctx, table, row, found.start, found.between), false));
      continue;
    }
    const bridged = sameBridge(ctx, table, rows, i, bridges);
    if (bridged) checks.push(...judgedByColumns(rowChecks(ctx, table, row, bridged.start, bridged.bridge.between, bridged.bridge), true));
  }
  return checks;
}

interface Bridge {
  row: TableRow;
  at: number;
  start: TableRow;
  between: { row: TableRow; sign: 1 | -1 }[];
}

/** A label's qualifiers ("underlying") and the ratio they qualify ("combined ratio"). */
function qualified(label: string): { qualifiers: string; named: string } {
  const own = labelWords(label);
  let q = 0;
  while (q < own.length && QUALIFIERS.has(own[q])) q++;
  return { qualifiers: own.slice(0, q).join(' '), named: own.slice(q).join(' ') };
}

/**
 * An underlying ratio printed right under its own ratio, with no lines between, below a ratio reconciled to its
 * underlying form by the same qualifier (CNA's "Combined ratio 93.1%", "Underlying combined ratio 91.4%" under "Loss
 * ratio", "Less: Effect of catastrophe impacts", "Less: Effect of favorable development-related items", "Underlying
 * loss ratio"): the items the underlying form leaves out are the ones the bridge above takes away, so it is its ratio
 * less the same lines. A reading of the layout, not stated by it: published only where the row's columns bear it
 * out (a release may leave other items out of a ratio that adds the first), never a mismatch where it holds in none.
 */
function sameBridge(ctx: CheckContext, table: Table, rows: TableRow[], i: number, bridges: readonly Bridge[]): { start: TableRow; bridge: Bridge } | null {
  const own = qualified(rows[i].label);
  if (own.qualifiers === '' || own.named === '') return null;
  const bridge = bridges.findLast((b) => b.at < i && qualified(b.row.label).qualifiers === own.qualifiers && sameSections(b.row, rows[i]));
  const above = rows[i - 1];
  if (!bridge || !above || rows.indexOf(above) <= bridge.at || !sameSections(above, rows[i]) || rowUnit(ctx, table, above) !== 'percent') return null;
  const words = labelWords(above.label);
  let p = 0;
  while (p < words.length && AS_PRINTED.has(words[p])) p++;
  return words.slice(p).join(' ') === own.named && own.named !== qualified(bridge.row.label).named ? { start: above, bridge } : null;
}

/**
 * The ratio a row is the underlying form of, and the lines between them: the nearest row above printing
 * the row's words less its qualifiers, every line between in points or percent and saying its sign.
 */
function startOf(ctx: CheckContext, table: Table, rows: TableRow[], i: number): { start: TableRow; between: { row: TableRow; sign: 1 | -1 }[] } | null {
  const own = labelWords(rows[i].label);
  let q = 0;
  while (q < own.length && QUALIFIERS.has(own[q])) q++;
  const named = own.slice(q);
  if (q === 0 || named.length === 0) return null;
  const between: { row: TableRow; sign: 1 | -1 }[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const row = rows[j];
    const words = labelWords(row.label);
    let p = 0;
    while (p < words.length && AS_PRINTED.has(words[p])) p++;
    if (words.slice(p).join(' ') === named.join(' ') && rowUnit(ctx, table, row) === 'percent') {
      return between.length > 0 && sameSections(row, rows[i]) ? { start: row, between: between.toReversed() } : null;
    }
    const label = words.join(' ');
    const sign = TAKEN.test(label) ? -1 : ADDED.test(label) ? 1 : 0;
    if (sign === 0 || !RATIO_UNITS.has(rowUnit(ctx, table, row) ?? '')) return null;
    between.push({ row, sign });
  }
  return null;
}

function sameSections(a: TableRow, b: TableRow): boolean {
  return a.section.join('|') === b.section.join('|');
}

function rowChecks(ctx: CheckContext, table: Table, row: TableRow, start: TableRow, between: { row: TableRow; sign: 1 | -1 }[], bridge?: Bridge): Check[] {
  const checks: Check[] = [];
  for (const column of table.columns) {
    if (isChange(ctx, column)) continue;
    const reported = cellOf(ctx, table, row, column);
    const first = cellOf(ctx, table, start, column);
    if (!reported || reported.status !== 'reported' || !first || first.status !== 'reported') continue;
    const terms: Term[] = [term('start', first)];
    const parts: string[] = ['start'];
    let missing = false;
    for (const [k, b] of between.entries()) {
      const f = cellOf(ctx, table, b.row, column);
      if (!f || (f.status !== 'reported' && f.status !== 'nil')) {
        missing = true;
        break;
      }
      terms.push(term(`p${k}`, f));
      parts.push(`${b.sign < 0 ? '-' : '+'} p${k}`);
    }
    if (missing) continue;
    checks.push(
      termsCheck(ctx, {
        kind: 'footing',
        id: `footing/${table.id}/${row.id}/${columnKey(column)}`,
        subject: rowWords(row),
        expression: parts.join(' '),
        terms,
        reported,
        column,
        restsOn: bridge
          ? `'${rowWords(row)}' is '${rowWords(start)}' less what '${rowWords(bridge.row)}' leaves out of '${rowWords(bridge.start)}', the ${between.length === 1 ? 'line' : `${between.length} lines`} printed between them, in points, taken away or added as ${between.length === 1 ? 'its label says' : 'their labels say'} (${between.map((b) => `'${rowWords(b.row)}'`).join(', ')}); read from the layout, so judged only where the row's columns bear it out.`
          : `'${rowWords(row)}' is '${rowWords(start)}' with the ${between.length === 1 ? 'line' : `${between.length} lines`} printed between them, in points, taken away or added as ${between.length === 1 ? 'its label says' : 'their labels say'} (${between.map((b) => `'${rowWords(b.row)}'`).join(', ')}).`,
      }),
    );
  }
  return checks;
}

/**
 * The lines an average balance table prints under its two totals, interest-earning assets and
 * interest-bearing liabilities, each of one period's columns (./average-balance-columns.ts):
 *
 * - net interest income, in the interest column: the assets' interest less the liabilities'
 *   (Chimera's "Economic net interest income/net interest rate spread" $69,197 = 191,194 − 121,997);
 * - net interest-earning assets, in the balance column: the assets' balance less the liabilities'
 *   ("Net interest-earning assets", HomeTrust's "Net earning assets");
 * - the ratio of the two balances, in the balance column: "Ratio of interest-earning assets to interest
 *   bearing liabilities" 1.18, "Average interest-earning assets to average interest-bearing liabilities"
 *   121.79% (a percentage where printed so).
 *
 * A table may print a line twice, on a tax-equivalent basis and not (HomeTrust's two "Net interest
 * income"), or after a tax-equivalent adjustment (Bridge's), so a line's columns are judged together
 * (./ratio-terms.ts `judgedByColumns`): one that holds in no column is unverifiable, and left out where
 * another line of its name holds.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type Triple, triplesOf } from './average-balance-columns.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { holds, judgedByColumns, labelWords, term, termsCheck, valueRows } from './ratio-terms.ts';
import { netOfTotals, ratioOfTotals } from './ratio-messages.ts';
import { rowWords } from './words.ts';

// "Total earning assets" (First Farmers & Merchants) too; never "Non-interest-earning assets".
const ASSETS = /(?<!\bnon )\b(?:interest )?earning assets\b/;
const LIABILITIES = /(?<!\bnon )\binterest bearing liabilities\b/;

type Kind = 'net interest income' | 'net interest-earning assets' | 'ratio';

export function averageBalanceLineChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const triples = triplesOf(ctx, table);
    if (triples.length === 0) return [];
    const rows = valueRows(table);
    const assets = totalOf(rows, ASSETS);
    const liabilities = totalOf(rows, LIABILITIES);
    if (!assets || !liabilities) return [];
    const lines = rows.flatMap((row) => {
      const kind = kindOf(row);
      if (!kind) return [];
      const checks = triples.flatMap((t) => {
        const c = lineCheck(ctx, table, row, kind, t, assets, liabilities);
        return c ? [c] : [];
      });
      return [{ kind, checks: judgedByColumns(checks, false) }];
    });
    // A line printed twice, on two bases (before and after a tax-equivalent adjustment): the one that holds in no
    // column, beside one that holds, is the other basis, which the table's totals do not give, and is left out.
    return lines.flatMap((l) =>
      !l.checks.some(holds) && lines.some((o) => o !== l && o.kind === l.kind && o.checks.some(holds)) ? [] : l.checks,
    );
  });
}

function words(text: string): string {
  return labelWords(text.replace(/[-/]/g, ' ')).join(' ');
}

/** What a line's label names, if one of the three. */
function kindOf(row: TableRow): Kind | null {
  const w = words(row.label);
  if (ASSETS.test(w) && LIABILITIES.test(w) && /\bto\b/.test(w)) return 'ratio';
  if (/\bnet interest earning assets\b|\bnet earning assets\b/.test(w)) return 'net interest-earning assets';
  if (/\bnet interest income\b/.test(w) && !/\bafter\b|\badjustment\b|\bpercent\b|\bmargin\b/.test(w)) return 'net interest income';
  return null;
}

/** The one total of a side: "Total interest-earning assets", or the "Total" of the section that names it. */
function totalOf(rows: TableRow[], side: RegExp): TableRow | null {
  const found = rows.filter((r) => {
    const w = words(r.label);
    if (side.test(w)) return /^total\b/.test(w) && !/\bto\b|\bnet\b/.test(w);
    return w === 'total' && r.section.some((s) => side.test(words(s)));
  });
  return found.length === 1 ? found[0] : null;
}

function lineCheck(ctx: CheckContext, table: Table, row: TableRow, kind: Kind, t: Triple, assets: TableRow, liabilities: TableRow): Check | null {
  const column = kind === 'net interest income' ? t.interest : t.balance;
  const cell = (r: TableRow) => {
    const f = ctx.index.cell(table.id, r.id, columnKey(column));
    return f && f.origin === 'cell' && f.status === 'reported' ? f : undefined;
  };
  const [reported, a, l] = [cell(row), cell(assets), cell(liabilities)];
  if (!reported || !a || !l || !isMoney(a.unit) || !isMoney(l.unit)) return null;
  const [aw, lw] = [rowWords(a), rowWords(l)];
  if (kind !== 'ratio') {
    if (!isMoney(reported.unit)) return null;
    return termsCheck(ctx, {
      kind: 'definition',
      id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
      subject: rowWords(row),
      expression: 'assets - liabilities',
      terms: [term('assets', a, aw), term('liabilities', l, lw)],
      reported,
      column,
      restsOn: netOfTotals(rowWords(row), aw, lw, kind === 'net interest income' ? 'interest' : 'average balance'),
    });
  }
  // A ratio printed in a column of amounts is read by its label: a plain ratio (1.18), or a percentage (121.79%).
  const percent = reported.unit === 'percent';
  const ratio: Fact = percent ? reported : { ...reported, unit: 'ratio', scale: 0 };
  return termsCheck(ctx, {
    kind: 'definition',
    id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
    subject: rowWords(row),
    expression: percent ? 'assets / liabilities * 100' : 'assets / liabilities',
    terms: [term('assets', a, aw), term('liabilities', l, lw)],
    reported: ratio,
    column: column as TableColumn,
    restsOn: ratioOfTotals(rowWords(row), aw, lw),
  });
}

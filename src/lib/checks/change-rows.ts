/**
 * Changes printed as rows under the two rows they compare. Watts' reconciliation of net sales to organic sales (4Q24)
 * prints, by segment in its columns:
 *
 *     Net sales December 31, 2024           $ 398.0   …
 *     Net sales December 31, 2023             387.0   …
 *     Dollar change                          $ 11.0   …
 *     Net sales % increase (decrease)          2.8%   …
 *     Foreign exchange impact                  0.2%   …
 *     Acquisition impact                      (5.9)%  …
 *     Organic sales (decrease) increase       (2.9)%  …
 *
 * Two rows of one line item at two periods (their labels the same but for the date, each row of one period), then rows
 * of no period: a change of money is the first less the second; a percentage change is the first over the second, less
 * one; and a qualified change ("organic", "constant currency", …) after it is that percentage with the impacts printed
 * between taken out, in points. Companies print an impact as what it did to the reported change or as the adjustment
 * to it, so both signs are read and the one that holds in more columns is taken. Each row is judged over its columns
 * (./ratio-terms.ts `judgedByColumns`): a column that fails where others hold is a mismatch; where none holds, the
 * release may mean the row otherwise, and it is unverifiable.
 *
 * Ids: `change/<table>/<row>/<column>`, `growth/<table>/<row>/<column>`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney, periodLabel } from './context.ts';
import { bridgedChange, changeAgainstPrior, changeOfRows } from './ratio-messages.ts';
import { bySign, impactNames } from './bridge-sign.ts';
import { judgedByColumns, term, termsCheck, valueRows } from './ratio-terms.ts';
import { namesBridgedBasis } from './qualified-basis.ts';
import { rowWords } from './words.ts';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = new RegExp(String.raw`\b${MONTH}\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+${MONTH}\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b`, 'gi');
/** "Dollar change", "$ change", "Change", "Increase (decrease)". */
const AMOUNT_CHANGE = /^(?:(?:dollar|\$|amount)\s+)?(?:change|increase|decrease|variance)\b/i;
/** "Net sales % increase (decrease)", "% change", "Percent change", "Growth". */
const PERCENT_CHANGE = /%|\bpercent(?:age)?\b|\bgrowth\b|\bincrease\b|\bdecrease\b|\bchange\b/i;
/** A row of points an item moved the change by: "Foreign exchange impact", "Acquisition impact", "Currency effect". */
const IMPACT = /\b(?:impacts?|effects?|translation|acquisitions?|divestitures?|dispositions?)\b/i;

export function changeRowChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    const rows = valueRows(table);
    for (let i = 0; i + 2 < rows.length; i++) {
      const [a, b] = [rows[i]!, rows[i + 1]!];
      const periods = [periodOfRow(ctx, table, a), periodOfRow(ctx, table, b)];
      if (!periods[0] || !periods[1] || periods[0] === periods[1] || undated(a.label) !== undated(b.label) || undated(a.label) === '') continue;
      if (!isMoney(rowUnit(ctx, table, a) ?? '') || rowUnit(ctx, table, a) !== rowUnit(ctx, table, b)) continue;
      checks.push(...changesUnder(ctx, table, rows, i + 2, a, b, periods as [string, string]));
    }
    checks.push(...againstPrior(ctx, table, rows));
  }
  return checks;
}

/** "Prior straight-line rent", "Previous escalated rent", "Expiring rent": the line a change compares against. */
const PRIOR = /^(?:prior|previous|expiring)\b/;

/**
 * A percentage change printed right under a line and the line it is compared against, labelled as that line before
 * (Vornado's leasing activity, 4Q24: "Straight-line rent $ 93.44", "Prior straight-line rent $ 75.42", "Percentage
 * increase 23.9%"; "Initial rent", "Prior escalated rent", "Percentage increase (decrease)"): the first over the second,
 * less one, in each column. The second line's label opens with "Prior", "Previous" or "Expiring" and ends with the
 * first's last word (both rents); judged over the row's columns.
 */
function againstPrior(ctx: CheckContext, table: Table, rows: readonly TableRow[]): Check[] {
  const checks: Check[] = [];
  for (let i = 0; i + 2 < rows.length; i++) {
    const [a, b, row] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
    const [wa, wb] = [words(a.label), words(b.label)];
    if (!PRIOR.test(wb.join(' ')) || wa.length === 0 || PRIOR.test(wa.join(' ')) || wa.at(-1) !== wb.at(-1)) continue;
    const unit = rowUnit(ctx, table, a) ?? '';
    if (!isMoney(unit) || rowUnit(ctx, table, b) !== unit || rowUnit(ctx, table, row) !== 'percent') continue;
    if (!PERCENT_CHANGE.test(row.label) || namesBridgedBasis(row.label) || IMPACT.test(row.label)) continue;
    checks.push(...judgedByColumns(eachColumn(table, (column) => {
      const [c, p] = [cellOf(ctx, table, a, column), cellOf(ctx, table, b, column)];
      if (!p || p.value === null || !parseDecimal(p.value).isPositive()) return null;
      return rowCheck(ctx, table, row, column, 'growth', '( current / prior - 1 ) * 100', { current: c, prior: p }, changeAgainstPrior(row.label, rowWords(a), rowWords(b)));
    }), false));
  }
  return checks;
}

/** A label's words, lower case, its notes' marks and parentheses left out. */
function words(label: string): string[] {
  return label.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

/**
 * The figure a row prints in a column, by its place: the facts of a row whose label dates it are keyed by that date
 * and the column's name, not by the column's key.
 */
function cellOf(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn): Fact | undefined {
  const id = row.cells[table.columns.indexOf(column)];
  const f = id ? ctx.index.fact(id) : undefined;
  return f && f.origin === 'cell' ? f : undefined;
}

/** The unit of a row's first figure. */
function rowUnit(ctx: CheckContext, table: Table, row: TableRow): string | undefined {
  for (const column of table.columns) {
    const f = cellOf(ctx, table, row, column);
    if (f) return f.unit;
  }
  return undefined;
}

/** The one period of a row's figures, or null where they have none or several. */
function periodOfRow(ctx: CheckContext, table: Table, row: TableRow): string | null {
  const periods = new Set(row.cells.flatMap((id) => (id === null ? [] : [ctx.index.fact(id)?.period ?? ''])));
  return periods.size === 1 ? ([...periods][0] || null) : null;
}

function undated(label: string): string {
  return label.replace(DATE, ' ').replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The checks of the rows of no period under the pair, to the first row with a period of its own. */
function changesUnder(ctx: CheckContext, table: Table, rows: readonly TableRow[], from: number, a: TableRow, b: TableRow, [current, prior]: [string, string]): Check[] {
  const checks: Check[] = [];
  const when = `${periodLabel(ctx, current)} against ${periodLabel(ctx, prior)}`;
  let growth: TableRow | null = null;
  const impacts: TableRow[] = [];
  for (let k = from; k < rows.length; k++) {
    const row = rows[k]!;
    if (periodOfRow(ctx, table, row) !== null || row.cells.some((id) => id !== null && ctx.index.fact(id)?.period)) break;
    const unit = rowUnit(ctx, table, row) ?? '';
    const label = row.label.trim();
    if (isMoney(unit) && AMOUNT_CHANGE.test(label) && !namesBridgedBasis(label)) {
      checks.push(...judgedByColumns(eachColumn(table, (column) => rowCheck(ctx, table, row, column, 'change', '( current - prior )', { current: cellOf(ctx, table, a, column), prior: cellOf(ctx, table, b, column) }, changeOfRows(label, rowWords(a), rowWords(b), when))), false));
    } else if (unit === 'percent' && namesBridgedBasis(label) && growth && impacts.length > 0) {
      checks.push(...bridged(ctx, table, row, growth, impacts, when));
      break;
    } else if (unit === 'percent' && IMPACT.test(label) && !namesBridgedBasis(label) && growth) {
      impacts.push(row);
    } else if (unit === 'percent' && PERCENT_CHANGE.test(label) && !namesBridgedBasis(label) && !IMPACT.test(label) && growth === null) {
      growth = row;
      checks.push(...judgedByColumns(eachColumn(table, (column) => {
        const [c, p] = [cellOf(ctx, table, a, column), cellOf(ctx, table, b, column)];
        // A growth from nothing or from a loss is no percentage.
        if (!p || p.value === null || !parseDecimal(p.value).isPositive()) return null;
        return rowCheck(ctx, table, row, column, 'growth', '( current / prior - 1 ) * 100', { current: c, prior: p }, changeOfRows(label, rowWords(a), rowWords(b), when));
      }), false));
    } else break;
  }
  return checks;
}

function eachColumn(table: Table, check: (column: TableColumn) => Check | null): Check[] {
  return table.columns.flatMap((column) => check(column) ?? []);
}

function rowCheck(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, kind: 'change' | 'growth', expression: string, facts: Record<string, Fact | undefined>, restsOn: string): Check | null {
  const reported = cellOf(ctx, table, row, column);
  if (!reported || reported.value === null || Object.values(facts).some((f) => !f || (f.value === null && f.status !== 'nil'))) return null;
  return termsCheck(ctx, {
    kind,
    id: `${kind}/${table.id}/${row.id}/${columnKey(column)}`,
    subject: rowWords(row),
    expression,
    terms: Object.entries(facts).map(([name, f]) => term(name, f!)),
    reported,
    column,
    restsOn,
  });
}

/** The qualified change: the percentage change with the impacts taken out, the sign that holds in more columns. */
function bridged(ctx: CheckContext, table: Table, row: TableRow, growth: TableRow, impacts: readonly TableRow[], when: string): Check[] {
  const names = impactNames(impacts.length);
  const { checks } = bySign(impacts.length, '+', (expression, added) => {
    const restsOn = bridgedChange(row.label, growth.label, impacts.map((r) => r.label), added, when);
    return eachColumn(table, (column) => {
      const facts: Record<string, Fact | undefined> = { reported: cellOf(ctx, table, growth, column) };
      impacts.forEach((r, k) => (facts[names[k]!] = cellOf(ctx, table, r, column)));
      return rowCheck(ctx, table, row, column, 'change', expression, facts, restsOn);
    });
  });
  return judgedByColumns(checks, false);
}

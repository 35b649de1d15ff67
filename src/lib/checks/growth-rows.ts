/**
 * Growth printed as a row under the line it names, in the line's own period columns: "GWP
 * change (% year over year)" under "Gross written premiums" (an abbreviation of the line),
 * "Total revenue growth" beside "Total revenue". A figure in a period's column is the line's
 * growth from the same period a year before, printed in the same table under the same column
 * name (a segment's 2024 against its 2023): (current ÷ prior − 1) × 100, over the intervals of
 * both. Where the table does not print the year before (the 2023 column's growth against 2022),
 * or the prior figure is not a positive amount, nothing is checked.
 *
 * A growth its label qualifies ("Organic growth", "Same property revenue growth", "constant
 * currency", "comparable", "like-for-like": ./qualified-basis.ts) compares figures the release does not
 * print, and is never read as the plain growth of a line. A row's columns are judged together
 * (./ratio-terms.ts `judgedByColumns`).
 *
 * A row naming only the comparison with the year before ("Current quarter vs prior year quarter", eBay's operating
 * metrics) is the growth of the line just above it.
 *
 * A row under a heading that names growth ("AS REPORTED REVENUE GROWTH RATES", Oracle's supplemental
 * schedules) is the growth of the line of the same label printed above it in money: the nearest
 * such line, so under "AMERICAS" and then "EUROPE / MIDDLE EAST / AFRICA" each region's growth is
 * its own. A heading's qualifier ("CONSTANT CURRENCY GROWTH RATES") keeps its rows out, as a label's does.
 *
 * Ids: `growth/<table>/<row>/<column>`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney, periodLabel } from './context.ts';
import { growthOfLine, growthUnderHeading } from './ratio-messages.ts';
import { namesBasis } from './qualified-basis.ts';
import { cellOf, isChange, joinInitials, judgedByColumns, labelWords, namesRow, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

// "Y/Y growth" reads "y y growth": the growth a year over, as "year over year" after it says.
const GROWTH_ROW = /^(?<what>.+?)(?: y y| yoy| year over year)? (?:growth|change)(?: percent)?(?: year over year| yoy)?$/;
/**
 * A row that names only the comparison of its line with the year before ("Current quarter vs prior year quarter" under
 * each of eBay's operating metrics, 1Q23; "% Growth over prior year" under Oracle's trailing free cash flow, FY2014): the
 * growth of the line just above it. Never a comparison with the quarter before (sequential), nor one the words qualify.
 */
const YEAR_AGO_ROW = /^(?:(?:current|this) (?:quarter|period|year|month|fiscal year|six months|nine months) |(?:percent )?(?:growth|change) )?(?:vs|versus|compared to|compared with|over|against) (?:the )?(?:prior|previous|last|same) year(?: s)?(?: (?:quarter|period|months|same period))?$/;
/** A heading that names growth: "AS REPORTED GROWTH RATES", "Revenue growth"; never a contribution to it (points). */
const GROWTH_HEADING = /\bgrowth(?: rates?)?$/;
const NOT_GROWTH = /\b(contribution|contributions|points?|impact|effect)\b/;

export function growthRowChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    // Rows printed alike under their lines ("Current quarter vs prior year quarter" under each of eBay's metrics) are
    // one reading, judged together: a quarter whose year-ago quarter is printed once a row still has the others' word.
    const alike = new Map<string, Check[]>();
    for (const { row, line, heading, alikeAs } of growthRows(ctx, table)) {
      const row_checks = table.columns.flatMap((column) => {
        const c = growthCheck(ctx, table, row, line, column, heading);
        return c ? [c] : [];
      });
      if (alikeAs !== undefined) alike.set(alikeAs, [...(alike.get(alikeAs) ?? []), ...row_checks]);
      else checks.push(...judgedByColumns(row_checks, false));
    }
    for (const group of alike.values()) checks.push(...judgedByColumns(group, false, 'column'));
  }
  return checks;
}

/** A row of a table read as the year-over-year growth of a line of it, in percent, the basis as reported. */
export interface GrowthRow {
  row: TableRow;
  line: TableRow;
  /** The heading naming growth it is printed under, where that says it. */
  heading?: string;
  /** The words of a row naming only the comparison, shared by the rows read alike. */
  alikeAs?: string;
}

/** The rows of a table read as the plain growth of a line of it (no basis qualifying it), each with its line. */
export function growthRows(ctx: CheckContext, table: Table): GrowthRow[] {
  const out: GrowthRow[] = [];
  const rows = valueRows(table);
  rows.forEach((row, i) => {
    if (rowUnit(ctx, table, row) !== 'percent') return;
    const s = joinInitials(labelWords(row.label)).join(' ');
    const m = GROWTH_ROW.exec(s);
    if (m && namesBasis(s)) return;
    const under = m ? null : lineUnderHeading(ctx, table, rows, i);
    const above = rows[i - 1];
    const yearAgo = !m && !under && YEAR_AGO_ROW.test(s) && above && amountOrCount(rowUnit(ctx, table, above) ?? '') ? above : null;
    const line = m ? lineOf(ctx, table, rows, i, m.groups!.what.split(' ')) : (under?.line ?? yearAgo);
    if (!line) return;
    out.push({ row, line, ...(under ? { heading: under.heading } : {}), ...(yearAgo ? { alikeAs: s } : {}) });
  });
  return out;
}

/** The line a growth row names: the one just above it, else the one line of the table with its words. */
function lineOf(ctx: CheckContext, table: Table, rows: TableRow[], i: number, what: string[]): TableRow | null {
  // An amount or a count grows in percent ("Employees … -- Y/Y growth" under the employees counted); a ratio grows in points.
  const money = (r: TableRow) => amountOrCount(rowUnit(ctx, table, r) ?? '');
  const name = trailing(what);
  const names = (r: TableRow) => namesRow(name, trailing(labelWords(r.label)));
  const above = rows[i - 1];
  if (above && money(above) && names(above)) return above;
  const found = rows.filter((r) => r !== rows[i] && money(r) && names(r));
  return found.length === 1 ? found[0] : null;
}

/**
 * Words with the trailing twelve months named one way: "Operating cash flow -- TTM Y/Y growth" is the growth of
 * "Operating cash flow -- trailing twelve months (TTM)" (Amazon's 1Q23 metrics), the parenthesized abbreviation dropped
 * with the label's other parentheses.
 */
function trailing(words: string[]): string[] {
  return words.join(' ').replace(/\b(?:trailing|last) (?:twelve|12) months?\b|\bltm\b/g, 'ttm').split(' ');
}

const amountOrCount = (unit: string) => isMoney(unit) || unit === 'count' || unit === 'shares';

/**
 * The line a row under a growth heading is the growth of: the nearest row above it printing money
 * under the same label, where the innermost heading naming growth among the row's sections names
 * no qualifier. None where the row's label itself names a qualifier or the heading a contribution.
 */
function lineUnderHeading(ctx: CheckContext, table: Table, rows: TableRow[], i: number): { line: TableRow; heading: string } | null {
  const row = rows[i];
  const heading = growthHeading(row) ?? continuedHeading(ctx, table, rows, i);
  if (!heading) return null;
  const words_ = joinInitials(labelWords(heading)).join(' ');
  if (namesBasis(words_) || NOT_GROWTH.test(words_)) return null;
  const words = labelWords(row.label);
  if (words.length === 0 || namesBasis(words.join(' '))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const r = rows[j];
    if (labelWords(r.label).join(' ') !== words.join(' ')) continue;
    return isMoney(rowUnit(ctx, table, r) ?? '') ? { line: r, heading } : null;
  }
  return null;
}

/** The innermost of a row's sections that names growth, or undefined. */
function growthHeading(row: TableRow): string | undefined {
  return [...row.section].reverse().find((h) => GROWTH_HEADING.test(joinInitials(labelWords(h)).join(' ')));
}

/**
 * The growth heading a row under none continues: printed flush with the heading, after its indented rows, with no
 * caption between, the row just above it a growth in percent under that heading, this row too (Oracle's "AS REPORTED
 * REVENUE GROWTH RATES" over its indented lines, then "Services Revenues" flush left, 1 of 4 lines of its revenues so
 * printed above). The indentation ended the section; the reader reads the block on to the next caption.
 */
function continuedHeading(ctx: CheckContext, table: Table, rows: TableRow[], i: number): string | undefined {
  let carried = carriedBy.get(table);
  if (!carried) carriedBy.set(table, (carried = carriedHeadings(ctx, table, rows)));
  return carried.get(rows[i]!);
}

/** The heading each row under none carries on from the rows above it (`continuedHeading`), in one pass down the table. */
function carriedHeadings(ctx: CheckContext, table: Table, rows: TableRow[]): Map<TableRow, string> {
  const at = new Map(table.rows.map((r, k) => [r, k]));
  const out = new Map<TableRow, string>();
  rows.forEach((row, i) => {
    const above = rows[i - 1];
    if (!above || row.section.length > 0 || rowUnit(ctx, table, above) !== 'percent') return;
    const over = growthHeading(above) ?? out.get(above);
    if (!over) return;
    const [from, to] = [at.get(above)!, at.get(row)!];
    if (table.rows.slice(from + 1, to).every((r) => r.kind === 'values')) out.set(row, over);
  });
  return out;
}
const carriedBy = new WeakMap<Table, Map<TableRow, string>>();

/** The period a year before a fiscal period ("2025-q3" → "2024-q3", "2024-fy" → "2023-fy"), or null. */
export function yearBefore(period: string): string | null {
  // Spans to a month ("2014-12m-to-08", Oracle's trailing four quarters) a year before end in that month too.
  const m = /^(\d{4})(-(?:q[1-4]|fy|h[12]|\d{1,2}m(?:-to-\d{2})?))$/.exec(period);
  return m ? `${parseDecimal(m[1]).minus(1).toFixed(0)}${m[2]}` : null;
}

function growthCheck(ctx: CheckContext, table: Table, row: TableRow, line: TableRow, column: TableColumn, heading?: string): Check | null {
  return lineGrowthCheck(ctx, table, row, line, column, (prior) => (heading ? growthUnderHeading(heading, row.label, rowWords(line), prior) : growthOfLine(row.label, rowWords(line), prior)));
}

/**
 * A row's growth in one column read as its line's change from the year before (the column of the same dimension a
 * year earlier), `restsOn` naming the reading from that period's label; null where no such column or figure is
 * printed, or the change is no meaningful percentage.
 */
export function lineGrowthCheck(ctx: CheckContext, table: Table, row: TableRow, line: TableRow, column: TableColumn, restsOn: (prior: string) => string): Check | null {
  if (isChange(ctx, column)) return null;
  const prior = yearBefore(column.period);
  const priorColumn = prior ? table.columns.find((c) => c.period === prior && (c.dimension ?? null) === (column.dimension ?? null)) : undefined;
  if (!priorColumn) return null;
  const reported = cellOf(ctx, table, row, column);
  const current = cellOf(ctx, table, line, column);
  const before = cellOf(ctx, table, line, priorColumn);
  if (!reported || reported.value === null || !current || current.value === null || !before || before.value === null) return null;
  // A growth from a loss or from nothing, or into a loss, is not meaningful as a percentage.
  if (!parseDecimal(before.value).isPositive() || parseDecimal(before.value).isZero() || parseDecimal(current.value).isNegative()) return null;
  return termsCheck(ctx, {
    kind: 'growth',
    id: `growth/${table.id}/${row.id}/${columnKey(column)}`,
    subject: rowWords(row),
    expression: '( current / prior - 1 ) * 100',
    terms: [term('current', current, `${rowWords(line)} (${periodLabel(ctx, column.period)})`), term('prior', before, `${rowWords(line)} (${periodLabel(ctx, prior!)})`)],
    reported,
    column,
    restsOn: restsOn(periodLabel(ctx, prior!)),
  });
}

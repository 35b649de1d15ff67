/**
 * Rows under a heading that names a line's growth or mix, each row named by a section of the table that prints the
 * line (Amazon's segment information, 1Q23):
 *
 *     North America / Net sales 69,244 76,881 … International / … AWS / … Consolidated / Net sales 116,444 127,358
 *     Segment Highlights:
 *       Y/Y net sales growth (decline):   North America 8% 11% … Consolidated 7 9
 *       Net sales mix:                    North America 59% 60% …
 *
 * - under "<line> growth" ("Y/Y net sales growth (decline)"), a row is the growth of the line printed under the
 *   section of its name, its column against the column a year before in the same table: 76,881 ÷ 69,244 − 1 = 11.0%;
 *   from a loss or into one, not read (as ./growth-rows.ts);
 * - under "<line> mix", a row is the share of that section's line in the line printed under the one section none of
 *   the heading's rows names (the whole): 69,244 ÷ 116,444 = 59.5%, printed 59%.
 *
 * Each section must print the line once, in money; a row whose own label a line of money bears is left to
 * ./growth-rows.ts. The heading's rows are judged together: a figure that fails is a mismatch only where the reading
 * holds in two figures at least and in as many as it fails, else unverifiable.
 *
 * Ids: `growth/<table>/<row>/<column>`, `definition/<table>/<row>/<column>`.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { lineGrowthCheck } from './growth-rows.ts';
import { namesBasis } from './qualified-basis.ts';
import { corroboratedByLines, growthOfSectionLine, mixOfSectionLine, sectionLinesNotCorroborated, shareMovedToCloseTheWhole } from './ratio-messages.ts';
import { cellOf, isChange, joinInitials, judgedTogether, labelWords, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

const GROWTH = /^(?:y y |yoy |year over year )?(?<line>.+?) (?:growth|change)$/;
const MIX = /^(?<line>.+?) mix$/;

export function sectionLineChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const rows = valueRows(table);
    const byHeading = new Map<string, TableRow[]>();
    for (const row of rows) {
      const heading = row.section.at(-1);
      if (heading === undefined || rowUnit(ctx, table, row) !== 'percent') continue;
      const key = row.section.join('\u0000');
      byHeading.set(key, [...(byHeading.get(key) ?? []), row]);
    }
    return [...byHeading.values()].flatMap((under) => judgedTogether(headingChecks(ctx, table, rows, under), corroboratedByLines, sectionLinesNotCorroborated));
  });
}

function headingChecks(ctx: CheckContext, table: Table, rows: TableRow[], under: TableRow[]): Check[] {
  const heading = under[0].section.at(-1)!;
  const words = joinInitials(labelWords(heading)).join(' ');
  if (namesBasis(words)) return [];
  const growth = GROWTH.exec(words);
  const mix = growth ? null : MIX.exec(words);
  const line = (growth ?? mix)?.groups!.line.split(' ');
  if (!line) return [];
  const money = rows.filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  const lines = money.filter((r) => labelWords(r.label).join(' ') === line.join(' '));
  const names = (r: TableRow, section: string) => r.section.some((s) => labelWords(s).join(' ') === section);
  const sectionLine = (row: TableRow): TableRow | null => {
    const name = labelWords(row.label).join(' ');
    // A row a line of money bears the label of is that line's (./growth-rows.ts reads it under its heading).
    if (name === '' || money.some((r) => labelWords(r.label).join(' ') === name)) return null;
    const found = lines.filter((r) => names(r, name));
    return found.length === 1 ? found[0] : null;
  };
  const parts = under.map((row) => ({ row, line: sectionLine(row) })).filter((p): p is { row: TableRow; line: TableRow } => p.line !== null);
  if (parts.length === 0) return [];
  if (growth) return parts.flatMap(({ row, line: l }) => growthChecks(ctx, table, heading, row, l));
  const wholes = lines.filter((l) => !under.some((row) => names(l, labelWords(row.label).join(' '))));
  if (wholes.length !== 1) return [];
  const checks = parts.flatMap(({ row, line: l }) => mixChecks(ctx, table, heading, row, l, wholes[0]));
  // Every row under the heading read, the column's shares are all of the whole: a release rounds them to add up to 100.
  return parts.length === under.length ? closingTheWhole(checks) : checks;
}

/**
 * Shares of a whole printed to add up to 100 in a column where, rounded each on its own, they do not: the release moved
 * a share by a unit of its last digit to close the whole (Amazon's 2Q22 "Net sales mix": North America 74,430 ÷
 * 121,234 = 61.4%, printed 62%, beside 22% and 16%). A share so off by less than a unit is within rounding; a share
 * printed otherwise wrong leaves the column short of 100 or over it, and stays a mismatch.
 */
function closingTheWhole(checks: Check[]): Check[] {
  const byColumn = new Map<string, Check[]>();
  for (const c of checks) {
    const column = c.id.slice(c.id.lastIndexOf('/') + 1);
    byColumn.set(column, [...(byColumn.get(column) ?? []), c]);
  }
  const moved = new Set<Check>();
  for (const column of byColumn.values()) {
    if (column.some((c) => c.reported.value === null || c.computed === null || c.tolerance === null)) continue;
    const printed = column.reduce((s, c) => s.plus(parseDecimal(c.reported.value!)), parseDecimal('0'));
    const rounded = column.reduce((s, c) => {
      const unit = parseDecimal(c.tolerance!).times(2);
      return s.plus(parseDecimal(c.computed!).div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit));
    }, parseDecimal('0'));
    if (!printed.eq(100) || rounded.eq(100)) continue;
    for (const c of column) {
      if (c.verdict === 'mismatch' && parseDecimal(c.difference!).abs().lt(parseDecimal(c.tolerance!).times(2))) moved.add(c);
    }
  }
  return checks.map((c) => (moved.has(c) ? { ...c, verdict: 'rounding' as const, difference: null, explanation: `${c.explanation} ${shareMovedToCloseTheWhole()}` } : c));
}

function growthChecks(ctx: CheckContext, table: Table, heading: string, row: TableRow, line: TableRow): Check[] {
  return table.columns.flatMap((column) => lineGrowthCheck(ctx, table, row, line, column, (prior) => growthOfSectionLine(heading, row.label, line.label, prior)) ?? []);
}

function mixChecks(ctx: CheckContext, table: Table, heading: string, row: TableRow, line: TableRow, whole: TableRow): Check[] {
  return table.columns.flatMap((column) => {
    if (isChange(ctx, column)) return [];
    const [reported, part, all] = [cellOf(ctx, table, row, column), cellOf(ctx, table, line, column), cellOf(ctx, table, whole, column)];
    if (!reported || reported.value === null || !part || part.value === null || !all || all.value === null || parseDecimal(all.value).isZero()) return [];
    return [
      termsCheck(ctx, {
        kind: 'definition',
        id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
        subject: rowWords(row),
        expression: 'part / whole * 100',
        terms: [term('part', part, rowWords(line)), term('whole', all, rowWords(whole))],
        reported,
        column,
        restsOn: mixOfSectionLine(heading, row.label, line.label),
      }),
    ];
  });
}


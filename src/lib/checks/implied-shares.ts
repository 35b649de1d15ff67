/**
 * Per-share figures of a table that prints no count of shares, checked against one another: in a
 * column, two figures per share naming no basis, each dividing a line of the same table ("Fee-related
 * earnings per share" and "Fee-Related Earnings"; a bare "– Per Brookfield share" under "Distributable
 * earnings"), divide one count of shares, so each line over its figure per share gives the same count
 * within the rounding of the four figures: the later figure per share is its line × the earlier figure
 * ÷ the earlier line. Brookfield Asset Management's and Brookfield Corporation's summaries print their
 * figures per share this way, the shares nowhere in the release.
 *
 * The release does not say the count is the same (a figure may divide the weighted average and
 * another the shares at the period's end, or another basis), so the two are judged over the row's
 * columns: where they meet in every column but one, two at least, that one is a mismatch, corroborated;
 * else a column where they fail is unverifiable, saying why. A figure per share of a distribution
 * (dividends, declared at record dates over the shares then outstanding) or of a table of dates
 * (balances over the shares at each date), and a release with more than one class of common stock,
 * are left out.
 *
 * Ids: `definition/<table>/<row>/<column>`, the later figure per share.
 */
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { impliedSharesDiffer, perShareOfSameShares } from './ratio-messages.ts';
import { shareClasses } from './share-classes.ts';
import { cellOf, corroboratedOrNot, isChange, labelWords, namesRow, nonZero, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

const BASIS = /\b(basic|diluted|dilutive)\b/i;
// Distributions per share divide the shares at their record dates, not the period's average.
const DISTRIBUTION = /\b(dividends?|distributions?|declared|paid|payout)\b/i;

export function impliedShareChecks(ctx: CheckContext): Check[] {
  if (shareClasses(ctx.release)) return [];
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table));
}

/** A figure per share and the line it divides. */
interface PerShare {
  row: TableRow;
  line: TableRow;
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const rows = valueRows(table);
  const unit = (r: TableRow) => rowUnit(ctx, table, r) ?? '';
  if (rows.some((r) => unit(r) === 'shares')) return [];
  const columns = table.columns.filter((c) => !isChange(ctx, c) && ctx.index.period(c.period)?.kind !== 'instant');
  if (columns.length < 3) return [];
  const perShare: PerShare[] = [];
  for (const row of rows) {
    if (!/\/share$/.test(unit(row))) continue;
    const text = `${row.label} ${row.section.join(' ')}`;
    if (BASIS.test(text) || DISTRIBUTION.test(text)) continue;
    const line = lineOf(ctx, table, rows, row);
    if (line && unit(line) === unit(row).replace(/\/share$/, '') && !DISTRIBUTION.test(line.label)) perShare.push({ row, line });
  }
  const checks: Check[] = [];
  for (let i = 1; i < perShare.length; i++) {
    const [first, later] = [perShare[i - 1], perShare[i]];
    const row_checks = columns.flatMap((column) => {
      const f = [later.row, later.line, first.row, first.line].map((r) => cellOf(ctx, table, r, column));
      if (!f.every(nonZero)) return [];
      const [reported, line, otherPerShare, otherLine] = f as Fact[];
      return [
        termsCheck(ctx, {
          kind: 'definition',
          id: `definition/${table.id}/${later.row.id}/${columnKey(column)}`,
          subject: rowWords(later.row),
          expression: 'line * other-per-share / other-line',
          terms: [
            term('line', line, rowWords(later.line)),
            term('other-per-share', otherPerShare, rowWords(first.row)),
            term('other-line', otherLine, rowWords(first.line)),
          ],
          reported,
          column,
          restsOn: perShareOfSameShares(later.row.label, rowWords(later.line), first.row.label, rowWords(first.line)),
        }),
      ];
    });
    checks.push(...corroboratedOrNot(row_checks, impliedSharesDiffer()));
  }
  return checks;
}

/** The line a figure per share divides: the one its words name before "per", or for a bare "Per … share" the line above it. */
function lineOf(ctx: CheckContext, table: Table, rows: TableRow[], row: TableRow): TableRow | null {
  const words = labelWords(row.label);
  const at = words.indexOf('per');
  if (at < 0) return null;
  const money = rows.filter((r) => /^[A-Z]{3}$/.test(rowUnit(ctx, table, r) ?? ''));
  if (at === 0) {
    const above = rows[rows.indexOf(row) - 1];
    return above && money.includes(above) ? above : null;
  }
  const named = money.filter((r) => namesRow(words.slice(0, at), labelWords(r.label)));
  return named.length === 1 ? named[0] : null;
}

/**
 * Net interest spread: the yield on interest-earning assets less the cost of interest-bearing
 * liabilities, in percentage points, as banks and mortgage REITs define it ("Represents the
 * difference between the weighted average yield on average interest-earning assets and the weighted
 * average cost of funds on average interest-bearing liabilities"). A difference of two rates of one
 * period, so no annualizing basis enters it.
 *
 * The two rates are read in the spread's own column where its table prints them (Chimera's average
 * balance table: the "Total" of "Interest-earning assets" and of "Interest-bearing liabilities" in
 * the "Average Yield/Cost" column), else from the lines of another table that name them for the
 * same period, where every printing agrees (Horizon Financial's "Yield on interest-earning assets"
 * and "Cost of interest-bearing liabilities" in its weighted-average rates, the spread in its
 * ratios). A row's columns are judged together (./ratio-terms.ts `judgedByColumns`): a release may
 * define its spread otherwise (over loans and deposits, or a tax-equivalent yield), so where it
 * holds in no column it is unverifiable, saying so.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { cellOf, isChange, judgedByColumns, labelWords, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

const SPREAD = /\binterest (?:rate )?spread\b/;
const ASSETS = /\binterest earning assets\b/;
const LIABILITIES = /\binterest bearing liabilities\b/;

export function spreadChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) =>
    valueRows(table)
      .filter((row) => SPREAD.test(words(row.label)))
      .flatMap((row) => rowChecks(ctx, table, row)),
  );
}

function rowChecks(ctx: CheckContext, table: Table, row: TableRow): Check[] {
  const checks: Check[] = [];
  let guess = false;
  for (const column of table.columns) {
    if (isChange(ctx, column)) continue;
    const reported = cellOf(ctx, table, row, column);
    if (!reported || reported.status !== 'reported' || reported.unit !== 'percent') continue;
    const own = rateIn(ctx, table, column, ASSETS, 'yield', row) && rateIn(ctx, table, column, LIABILITIES, 'cost', row);
    const yieldFact = own ? rateIn(ctx, table, column, ASSETS, 'yield', row)! : rateElsewhere(ctx, table, reported, ASSETS, 'yield');
    const costFact = own ? rateIn(ctx, table, column, LIABILITIES, 'cost', row)! : rateElsewhere(ctx, table, reported, LIABILITIES, 'cost');
    if (!yieldFact || !costFact) continue;
    if (!own) guess = true;
    checks.push(
      termsCheck(ctx, {
        kind: 'definition',
        id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
        subject: rowWords(row),
        expression: 'yield - cost',
        terms: [term('yield', yieldFact), term('cost', costFact)],
        reported,
        column,
        restsOn: `A net interest spread is the yield on interest-earning assets less the cost of interest-bearing liabilities: '${rowWords(yieldFact)}' less '${rowWords(costFact)}'${own ? ', printed in its column' : ', printed for the same period in another table'}.`,
      }),
    );
  }
  return judgedByColumns(checks, guess);
}

/**
 * The rate of a side printed in the spread's own column: a line naming it ("Yield on
 * interest-earning assets"), or the total of the section that names it ("Total" under
 * "Interest-earning assets:").
 */
function rateIn(ctx: CheckContext, table: Table, column: TableColumn, side: RegExp, word: 'yield' | 'cost', spread: TableRow): Fact | null {
  const found = valueRows(table).filter((r) => r !== spread && namesSide(r, side, word)).map((r) => cellOf(ctx, table, r, column)).filter(isRate);
  return found.length === 1 ? found[0] : null;
}

/** The rate of a side printed for the same period in the release's other tables, where every printing agrees. */
function rateElsewhere(ctx: CheckContext, own: Table, reported: Fact, side: RegExp, word: 'yield' | 'cost'): Fact | null {
  const found: Fact[] = [];
  for (const table of ctx.release.tables) {
    if (table.id === own.id) continue;
    for (const row of valueRows(table)) {
      if (!namesSide(row, side, word)) continue;
      for (const column of table.columns) {
        const f = cellOf(ctx, table, row, column);
        if (isRate(f) && f.period === reported.period && !column.dimension) found.push(f);
      }
    }
  }
  return found.length > 0 && found.every((f) => f.value === found[0].value) ? found[0] : null;
}

/** A line that names the rate of a side: its label ("Yield on interest-earning assets"), or a total in a section that names it. */
function namesSide(row: TableRow, side: RegExp, word: 'yield' | 'cost'): boolean {
  const label = words(row.label);
  if (SPREAD.test(label) || /\bmargin\b/.test(label)) return false;
  if (side.test(label)) return new RegExp(`\\b${word}\\b|\\brate\\b`).test(label) || /^total\b/.test(label);
  return /^total$/.test(label) && row.section.some((s) => side.test(words(s)));
}

function isRate(f: Fact | undefined | null): f is Fact {
  return f !== undefined && f !== null && f.status === 'reported' && f.unit === 'percent';
}

function words(text: string): string {
  return labelWords(text.replace(/-\s*/g, ' ')).join(' ');
}

/**
 * Figures per unit of a volume the same table prints: "Adjusted EBITDA per ton" is Adjusted
 * EBITDA ÷ sales volumes (thousands of tons); "Net sales per unit: MasterCraft" is "Net sales:
 * MasterCraft" ÷ "Unit sales volume: MasterCraft". The numerator is the money line the label
 * names before "per" (with its section: "Domestic Coke Adjusted EBITDA" is "Domestic Coke" under
 * "Adjusted EBITDA:"), the denominator the one count line of the table that names the unit
 * (tons, units), a line of sales where several do. A volume printed as a daily rate ("Royalty
 * Production (BOE/d)") is that rate times the days of the column's period: PrairieSky's "Funds
 * from operations per BOE" is funds from operations ÷ (BOE/d × 92) in a quarter. Companies define
 * such figures their own way (net sales of boats only, tons of one product), so a reading that
 * does not hold is not published (`definition/<table>/<row>/<period>`), unless it holds in every
 * other column of the row, two at least: that column is then a mismatch.
 */
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, isMoney, isPerMeasure, periodLabel } from './context.ts';
import { evaluate, type Scope } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { definedAs } from './definition.ts';
import { rowWords } from './words.ts';
import { daysOf } from '../ingest/release-periods.ts';
import { corroboratedOrNot } from './ratio-terms.ts';

const PER = /^(?<what>.+?)\s+per\s+(?<unit>[a-z]+)$/;
/** A count printed as a rate per day: "(BOE/d)", "(bbls/day)", "per day". */
const DAILY = /\/\s*d(?:ay)?\b|\bper\s+day\b/i;

/** A label's words: lower case, less parentheses, footnote marks and punctuation. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

const singular = (w: string) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const sameWords = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

export function perUnitChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table));
}

function tableChecks(ctx: CheckContext, table: Table): Check[] {
  const rows = table.rows.filter((r) => r.kind === 'values');
  const factsOf = (row: TableRow) => row.cells.flatMap((id) => (id ? [ctx.index.fact(id)!] : [])).filter((f) => f.origin === 'cell');
  const unitOf = (row: TableRow) => factsOf(row).find((f) => !f.period.includes('-vs-'))?.unit;
  // A row's words with its innermost section's: "Net sales per unit" + "MasterCraft".
  const named = (row: TableRow) => ({ own: words(row.label), section: words(row.section.at(-1) ?? '') });
  const checks: Check[] = [];
  for (const row of rows) {
    const unit = unitOf(row);
    if (!unit || !(isMoney(unit) || isPerMeasure(unit))) continue;
    const { own, section } = named(row);
    // "Adjusted EBITDA per ton" on its row, or "MasterCraft" under "Net sales per unit:".
    const perOwn = PER.exec(own.join(' '));
    const perSection = perOwn ? null : PER.exec(section.join(' '));
    const per = perOwn ?? perSection;
    if (!per || singular(per.groups!.unit) === 'share') continue;
    const what = per.groups!.what.split(' ');
    const perUnit = singular(per.groups!.unit);
    const numerator = rows.find((r) => {
      if (r === row || !isMoney(unitOf(r) ?? '')) return false;
      const n = named(r);
      return perOwn ? sameWords(n.own, what) || sameWords([...n.section, ...n.own], what) : sameWords(n.section, what) && sameWords(n.own, own);
    });
    const counts = rows.filter((r) => {
      if (unitOf(r) !== 'count') return false;
      const n = named(r);
      // The unit may be named in parentheses: "Sales volumes (thousands of tons)".
      const all = [...words((r.section.at(-1) ?? '').replace(/[()]/g, ' ')), ...words(r.label.replace(/[()]/g, ' '))].map(singular);
      return all.includes(perUnit) && (perOwn || sameWords(n.own, own));
    });
    const sales = counts.filter((r) => /\b(?:sales?|sold)\b/.test([...named(r).section, ...named(r).own].join(' ')));
    const denominator = counts.length === 1 ? counts[0] : sales.length === 1 ? sales[0] : null;
    if (!numerator || !denominator) continue;
    const columns: Check[] = [];
    for (const reported of factsOf(row)) {
      if (reported.period.includes('-vs-') || reported.dimension) continue;
      const check = perUnitCheck(ctx, table, row, reported, numerator, denominator);
      if (check) columns.push(check);
    }
    // Holding in every column of the row but one, two at least, the reading is the company's: that column is a
    // mismatch (corroboratedOrNot). Else a column where it fails may be another definition, and is not published.
    checks.push(...corroboratedOrNot(columns, '').filter((c) => c.verdict !== 'unverifiable'));
  }
  return checks;
}

function perUnitCheck(ctx: CheckContext, table: Table, row: TableRow, reported: Fact, numerator: TableRow, denominator: TableRow): Check | null {
  const rowsByName: Record<string, TableRow> = { numerator, denominator };
  const scope: Scope = {
    lookup: (name) => {
      const fact = ctx.index.cell(table.id, rowsByName[name].id, reported.period);
      return fact ? { fact } : { missing: `${rowWords(rowsByName[name])} is not printed for ${periodLabel(ctx, reported.period)}` };
    },
    label: (name) => rowWords(rowsByName[name]),
    range: () => [],
  };
  // A daily rate counts the period's volume once per day: the days come from the column's period, a duration.
  const daily = DAILY.test(`${denominator.section.at(-1) ?? ''} ${denominator.label}`);
  const period = daily ? ctx.release.periods.find((p) => p.id === reported.period) : undefined;
  const days = period?.kind === 'duration' ? daysOf(period) : 0;
  if (daily && days <= 0) return null;
  const volume: Expression = daily
    ? { type: 'binary', op: '*', left: { type: 'name', name: 'denominator' }, right: { type: 'number', value: String(days) } }
    : { type: 'name', name: 'denominator' };
  const expression: Expression = { type: 'binary', op: '/', left: { type: 'name', name: 'numerator' }, right: volume };
  const e = evaluate(expression, scope);
  if (e.missing.length > 0) return null;
  const subject = rowWords(row);
  return definedAs(ctx, `definition/${table.id}/${row.id}/${reported.period}`, subject, e, reported, [
    daily
      ? `Inferred from the table: a figure per unit of ${rowWords(denominator)}, a daily rate, is ${rowWords(numerator)} divided by the rate times the ${days} days of the period; published where it holds, a mismatch only where it holds in every other column of the row.`
      : `Inferred from the table: a figure per ${rowWords(denominator)} is ${rowWords(numerator)} divided by it; published where it holds, a mismatch only where it holds in every other column of the row.`,
  ]);
}

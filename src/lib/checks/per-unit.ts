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
import { type CheckContext, columnKey, columnLabel, isMoney, isPerMeasure, periodLabel } from './context.ts';
import { evaluate, type Scope } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { definedAs } from './definition.ts';
import { rowWords } from './words.ts';
import { daysOf } from '../ingest/release-periods.ts';
import { corroboratedOrNot, holds } from './ratio-terms.ts';
import { halfUnit } from './interval.ts';
import { offByADigit } from './ratio-messages.ts';
import { Decimal, parseDecimal } from '../decimal.ts';

/**
 * "X per <unit>", the unit maybe closed by what was done with it ("Realized coal revenue per ton sold", "Cash cost per
 * ounce produced"): the participle names the volume, a count line printing it preferred.
 */
const PER = /^(?<what>.+?)\s+per\s+(?<unit>[a-z]+)(?:\s+(?<done>sold|[a-z]{3,}ed))?$/;
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
/** Whether `a` is `b` with words before it: a qualifier of the same line item. */
const endsWith = (a: string[], b: string[]) => a.length > b.length && a.slice(-b.length).join(' ') === b.join(' ');

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
    const money = rows.filter((r) => r !== row && isMoney(unitOf(r) ?? ''));
    // The line the label names, or else the one line naming it with a qualifier before ("Segment Realized Coal
    // Revenue" for "Realized Coal Revenue per Ton Sold", Core Natural Resources' segment tables, 2Q26).
    const qualified = perOwn ? money.filter((r) => endsWith(named(r).own, what)) : [];
    const numerator =
      money.find((r) => {
        const n = named(r);
        return perOwn ? sameWords(n.own, what) || sameWords([...n.section, ...n.own], what) : sameWords(n.section, what) && sameWords(n.own, own);
      }) ?? (qualified.length === 1 ? qualified[0] : undefined);
    const counts = rows.filter((r) => {
      if (unitOf(r) !== 'count') return false;
      const n = named(r);
      // The unit may be named in parentheses: "Sales volumes (thousands of tons)".
      const all = [...words((r.section.at(-1) ?? '').replace(/[()]/g, ' ')), ...words(r.label.replace(/[()]/g, ' '))].map(singular);
      return all.includes(perUnit) && (perOwn || sameWords(n.own, own));
    });
    // "per ton sold" is of the tons the table says were sold; a bare "per ton" of sales where several counts are printed.
    const done = per.groups!.done;
    const volume = done ? counts.filter((r) => [...named(r).section, ...named(r).own].includes(done)) : counts.filter((r) => /\b(?:sales?|sold)\b/.test([...named(r).section, ...named(r).own].join(' ')));
    const denominator = counts.length === 1 && (!done || volume.length === 1) ? counts[0] : volume.length === 1 ? volume[0] : null;
    if (!numerator || !denominator) continue;
    const reading = (power: number): Check[] =>
      factsOf(row).flatMap((reported) => {
        // A column is read with its own key: a period, or a segment naming none (Core Natural Resources' segment
        // tables print "Thermal | Metallurgical | PRB" under a title whose year the copy cut off).
        if (reported.period.includes('-vs-') || (!isMoney(reported.unit) && !isPerMeasure(reported.unit))) return [];
        const check = perUnitCheck(ctx, table, row, reported, numerator, denominator, power);
        return check ? [check] : [];
      });
    // A count printed with no scale of its own beside amounts in thousands may be in thousands too: Core Natural
    // Resources states "(in thousands, except per ton information)" in the sentence before its tables, whose "Tons Sold
    // 8,428" are 8.4 million tons (its summary's "8.4", in millions). Read so where that holds in more columns.
    const printed = reading(0);
    const shift = (factsOf(numerator)[0]?.scale ?? 0) - (factsOf(denominator)[0]?.scale ?? 0);
    const scaled = shift > 0 && factsOf(denominator).every((f) => f.scale === 0) ? reading(shift) : [];
    const columns = scaled.filter(holds).length > printed.filter(holds).length ? scaled : printed;
    // Holding in every column of the row but one, two at least, the reading is the company's: that column is a
    // mismatch (corroboratedOrNot). Else a column where it fails may be another definition, and is not published.
    checks.push(...corroboratedOrNot(columns.map((c) => atTheEdge(ctx, c)), '').filter((c) => c.verdict !== 'unverifiable'));
  }
  return checks;
}

/**
 * A figure per unit missing the bounds its inputs allow by less than a unit of its own last digit is not accused: a
 * volume the table rounds coarsely (thousands of tons, four digits) gives a rate whose bounds are as coarse, and the
 * company's own count may round otherwise (Core Natural Resources' coking coal, 2Q26: $281,670 ÷ 2,319 allows
 * $121.4354 at least, printed $121.43).
 */
function atTheEdge(ctx: CheckContext, c: Check): Check {
  const fact = c.reported.fact ? ctx.index.fact(c.reported.fact) : undefined;
  if (c.verdict !== 'mismatch' || c.computedInterval === null || c.reported.value === null || !fact) return c;
  const unit = halfUnit(fact.decimals).times(2);
  const reported = parseDecimal(c.reported.value);
  const [lo, hi] = [parseDecimal(c.computedInterval.lo), parseDecimal(c.computedInterval.hi)];
  const gap = Decimal.max(lo.minus(reported), reported.minus(hi)).minus(unit.div(2));
  return gap.lt(unit) ? { ...c, verdict: 'unverifiable', difference: null, explanation: `${c.explanation} ${offByADigit()}` } : c;
}

/** `power`: the count taken in 10^power of its printed units (the table's thousands), 0 as printed. */
function perUnitCheck(ctx: CheckContext, table: Table, row: TableRow, reported: Fact, numerator: TableRow, denominator: TableRow, power: number): Check | null {
  const rowsByName: Record<string, TableRow> = { numerator, denominator };
  const key = reported.id.slice(reported.id.lastIndexOf('/') + 1);
  const own = table.columns.find((c) => columnKey(c) === key);
  const column = own ? columnLabel(ctx, own) : periodLabel(ctx, reported.period);
  const scope: Scope = {
    lookup: (name) => {
      const fact = ctx.index.cell(table.id, rowsByName[name].id, key);
      const fits = fact && (name === 'numerator' ? isMoney(fact.unit) : fact.unit === 'count');
      return fits ? { fact } : { missing: `${rowWords(rowsByName[name])} is not printed for ${column}` };
    },
    label: (name) => rowWords(rowsByName[name]),
    range: () => [],
  };
  // A daily rate counts the period's volume once per day: the days come from the column's period, a duration.
  const daily = DAILY.test(`${denominator.section.at(-1) ?? ''} ${denominator.label}`);
  const period = daily && !reported.dimension ? ctx.release.periods.find((p) => p.id === reported.period) : undefined;
  const days = period?.kind === 'duration' ? daysOf(period) : 0;
  if (daily && (days <= 0 || power !== 0)) return null;
  const times = daily ? String(days) : power > 0 ? `1${'0'.repeat(power)}` : null;
  const volume: Expression = times
    ? { type: 'binary', op: '*', left: { type: 'name', name: 'denominator' }, right: { type: 'number', value: times } }
    : { type: 'name', name: 'denominator' };
  const expression: Expression = { type: 'binary', op: '/', left: { type: 'name', name: 'numerator' }, right: volume };
  const e = evaluate(expression, scope);
  if (e.missing.length > 0) return null;
  const subject = rowWords(row);
  return definedAs(ctx, `definition/${table.id}/${row.id}/${key}`, subject, e, reported, [
    daily
      ? `Inferred from the table: a figure per unit of ${rowWords(denominator)}, a daily rate, is ${rowWords(numerator)} divided by the rate times the ${days} days of the period; published where it holds, a mismatch only where it holds in every other column of the row.`
      : power > 0
        ? `Inferred from the table: a figure per ${rowWords(denominator)} is ${rowWords(numerator)} divided by it, the count read in the amounts' scale (×${times}; no scale is printed for it, and so it holds in more columns); published where it holds, a mismatch only where it holds in every other column of the row.`
        : `Inferred from the table: a figure per ${rowWords(denominator)} is ${rowWords(numerator)} divided by it; published where it holds, a mismatch only where it holds in every other column of the row.`,
  ], 0, column);
}

import Decimal from 'decimal.js';
import type { ScannedTable, ScannedText } from './scan-text.ts';
import { isUnitStatement } from './cell-text.ts';
import { quote, type Found } from './evidence.ts';
import { MEASURE } from '../measures.ts';
import { SCALE_NAMES, type ScaleName } from '../format/index.ts';
import { statedScale } from '../units/unit-statements.ts';

export type { ScaleName };

/**
 * The scale a unit statement states: "(In millions, except per share data)" → millions; "($000)" → thousands;
 * "MSEK" → millions. Read by the same reader the ingest reads each table's statement with (units/), so the default
 * drafted here and the scale each table is read in never rest on two readings of one line.
 */
export function scaleOf(statement: string): ScaleName | null {
  const power = statedScale(statement);
  return (Object.keys(SCALE_NAMES) as ScaleName[]).find((name) => SCALE_NAMES[name][0] === power) ?? null;
}

const NAMES_MEASURE = new RegExp(String.raw`(?:^|[\s('’/])${MEASURE}(?=$|[\s).,/])`, 'i');
// A symbol, money named in words, or a code beside a scale ("EUR m", "SEK thousands", "MSEK"); not any word in
// capitals ("PRODUCTION"), nor a currency's name that is a word of the trade too ("Gold", "Real").
const NAMES_MONEY = [
  /[$€£¥]|\b(?:dollars?|euros?|sterling|francs?|pesos?|kron(?:a|or|e|er)|yen|yuan|renminbi|rupees?|reais|rand)\b/i,
  /\b[A-Z]{3}\s*(?:m|mn|bn|k|'?000s?|[Tt]housands?|[Mm]illions?)\b|\b[kKtTmM](?:SEK|NOK|DKK|EUR|USD|CHF|GBP|ISK)\b/,
];

/** "$405 million", "US$1.2 billion", "€522m": an amount of money in the prose with the scale it is written in. */
const PROSE_AMOUNT = /(?:[$€£¥]|\b[A-Z]{1,3}\$)\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(thousand|million|billion)\b/gi;
const SCALE_WORD: Record<string, ScaleName> = { thousand: 'thousands', million: 'millions', billion: 'billions' };

/**
 * Where no table states its scale, the scale the prose writes the tables' own figures in: First Quantum states
 * none, and its prose's "gross profit of $405 million" and "EBITDA of $455 million" are its highlights' 405 and
 * 455. Only amounts of three figures or more count (a "$2 million" is in any table), two of them at least, and the
 * scale they agree on most; null where none is borne out.
 */
export function scaleFromProse(scan: ScannedText): Found<ScaleName> | null {
  const figure = (text: string) => text.replace(/[^\d.]/g, '').replace(/^0+(?=\d)/, '');
  const cells = new Set(scan.tables.flatMap((t) => t.cells.map(figure)));
  const found = new Map<ScaleName, Map<string, string>>();
  for (const { text } of scan.prose) {
    for (const m of text.matchAll(PROSE_AMOUNT)) {
      const digits = figure(m[1]!);
      if (digits.replace('.', '').length < 3 || !cells.has(digits)) continue;
      const scale = SCALE_WORD[m[2]!.toLowerCase()]!;
      const seen = found.get(scale) ?? new Map<string, string>();
      if (!seen.has(digits)) seen.set(digits, m[0]);
      found.set(scale, seen);
    }
  }
  const [best, second] = [...found].sort((a, b) => b[1].size - a[1].size);
  if (!best || best[1].size < 2 || (second && second[1].size >= best[1].size)) return null;
  const [scale, amounts] = best;
  const shown = [...amounts].slice(0, 2);
  return {
    value: scale,
    from: `no table states its unit; the prose writes ${amounts.size} of the tables' figures in ${scale} (${shown.map(([d, said]) => `${quote(said)} is the tables' ${d}`).join(', ')})`,
  };
}

/** A statement of a scale alone: "000’s", "(in thousands)". */
const BARE_SCALE = /^\(?\s*(?:in\s+)?(?:['’]?000['’]?s?|thousands|millions)\s*\)?$/i;

/**
 * A statement of the scale of quantities, not of money: it names a unit of measure itself ("(Square feet in
 * thousands)"), or states a scale alone over a table whose every line with a unit of its own is of a measure, and
 * nothing in the table names money. First Quantum's production guidance prints "000’s" in its corner over copper
 * "(tonnes)", gold "(ounces)" and nickel "(contained tonnes)": its financial tables, which state no scale, are not
 * in thousands. Vornado's "(Amounts in thousands, except square feet)" names money and stays.
 */
function ofMeasures(t: ScannedTable, statement: string): boolean {
  const lines = [...t.title, ...t.labels, ...t.rowUnits, ...t.columns];
  if (lines.some((l) => NAMES_MONEY.some((re) => re.test(l)))) return false;
  // What it excepts is not what it states: "(Amounts in thousands, except square feet)".
  if (NAMES_MEASURE.test(statement.replace(/,?\s*\bexcept\b.*$/i, ''))) return true;
  return BARE_SCALE.test(statement.trim()) && t.rowUnits.length > 0 && t.rowUnits.every((u) => NAMES_MEASURE.test(u));
}

/** A currency's code with a scale, as a table's corner prints it: "SEK m", "(EUR k)", "MSEK". */
const CODE_STATEMENT = /^\(?\s*(?:in\s+)?(?:[A-Z]{3}\s*(?:m|mn|bn|k)|MSEK|TSEK)\s*\)?$/;
/** The same code with its scale's letter before it, in a short row of its own: "All numbers are kSEK" (BrainCool), "(TEUR)". */
const PREFIXED_STATEMENT = /^(?:[A-Za-z]+\s+){0,5}\(?[kKtTmM](?:SEK|NOK|DKK|EUR|USD|CHF|GBP|ISK)\)?$/;

/**
 * The default scale for tables that state none: the scale most tables' unit statements
 * state, in their titles or in a row printing no figure ("SEK m" in a table's corner). Null
 * when no table states one.
 */
export function findScale(scan: ScannedText): Found<ScaleName> | null {
  const stated = scan.tables.flatMap((t) => {
    const statement = t.title.find((l) => (isUnitStatement(l) || PREFIXED_STATEMENT.test(l.trim())) && scaleOf(l)) ?? t.labels.find((l) => (isUnitStatement(l) || CODE_STATEMENT.test(l.trim()) || PREFIXED_STATEMENT.test(l.trim())) && scaleOf(l));
    const scale = statement && !ofMeasures(t, statement) ? scaleOf(statement) : null;
    return scale ? [{ scale, statement: statement! }] : [];
  });
  if (stated.length === 0) return null;
  const counts = new Map<ScaleName, { n: number; example: string }>();
  for (const { scale, statement } of stated) counts.set(scale, { n: (counts.get(scale)?.n ?? 0) + 1, example: counts.get(scale)?.example ?? statement });
  const [scale, { n, example }] = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  return { value: scale, from: `the default for tables that state no unit: ${n} of ${scan.tables.length} tables state ${scale} (${quote(example)})` };
}

const POWER = (scale: ScaleName): number => SCALE_NAMES[scale][0];

/**
 * Where no table states its scale and the prose rounds what the tables print, the scale under which the prose's
 * amounts are the tables' figures rounded: Horizon Financial's 8-K of January 2006 prints "$ 3,983" net income and
 * "$ 11,587" net interest income in tables with no unit statement, and its prose "net income grew 24% to $4.0
 * million", "Net interest income was up 26% to $11.6 million": thousands. Each scale a table may be in is tried;
 * an amount counts for a scale where a figure of the tables, read in it, rounds to the amount at its printed
 * precision (two significant digits at least: "$4 million" fits too many figures). The scale is taken where at
 * least three amounts fit and twice as many as under any other scale, and it is marked assumed, to confirm.
 */
export function scaleFromRoundedProse(scan: ScannedText): (Found<ScaleName> & { assumed: true }) | null {
  const figures: Decimal[] = [];
  for (const t of scan.tables) {
    for (const cell of t.cells) {
      if (/%|\d\s*[x×]\s*$/i.test(cell)) continue;
      const digits = cell.replace(/[^\d.]/g, '');
      if (/^\d+(?:\.\d+)?$/.test(digits)) figures.push(new Decimal(digits));
    }
  }
  figures.sort((a, b) => a.comparedTo(b));
  const found = new Map<ScaleName, Map<string, string>>();
  for (const { text } of scan.prose) {
    for (const m of text.matchAll(PROSE_AMOUNT)) {
      const printed = m[1]!.replace(/,/g, '');
      if (printed.replace('.', '').replace(/^0+/, '').length < 2) continue;
      const decimals = printed.includes('.') ? printed.length - printed.indexOf('.') - 1 : 0;
      const amount = new Decimal(printed).times(Decimal.pow(10, POWER(SCALE_WORD[m[2]!.toLowerCase()]!)));
      const half = Decimal.pow(10, POWER(SCALE_WORD[m[2]!.toLowerCase()]!) - decimals).div(2);
      for (const scale of ['units', 'thousands', 'millions'] as const) {
        const unit = Decimal.pow(10, POWER(scale));
        // A figure in this scale within half a printed unit of the amount: [amount − half, amount + half).
        if (!hasWithin(figures, amount.minus(half).div(unit), amount.plus(half).div(unit))) continue;
        const seen = found.get(scale) ?? new Map<string, string>();
        if (!seen.has(amount.toString())) seen.set(amount.toString(), m[0]);
        found.set(scale, seen);
      }
    }
  }
  const [best, second] = [...found].sort((a, b) => b[1].size - a[1].size);
  if (!best || best[1].size < 3 || (second && second[1].size * 2 > best[1].size)) return null;
  const [scale, amounts] = best;
  const shown = [...amounts.values()].slice(0, 2).map((said) => quote(said));
  return {
    value: scale,
    assumed: true,
    from: `assumed: no table states its unit; ${amounts.size} amounts of the prose (${shown.join(', ')}) are the tables' figures rounded when the tables are read in ${scale}${second ? `, ${second[1].size} in ${second[0]}` : ''}`,
  };
}

/** Whether a figure of `sorted` lies in [low, high). */
function hasWithin(sorted: readonly Decimal[], low: Decimal, high: Decimal): boolean {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.lt(low)) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.lt(high);
}

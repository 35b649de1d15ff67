/**
 * A line whose label names it from other lines of its table, by "and" or "less":
 *
 * - "<A> and <B>": their sum. The words after the second part may be shared by both (never the words before the first,
 *   which name one measure and two of its forms, "Weighted average shares, basic and diluted"):
 *   "Common shares and stock-based awards outstanding" 10,455 = "Common shares outstanding" 10,175 + "Stock-based
 *   awards outstanding" 280 (Amazon's supplemental metrics, 1Q23);
 * - "<A> less <B>", B one line or two joined by "and" as above: A less them. "Free cash flow less principal repayments
 *   of finance leases and financing obligations -- TTM" (20,394) = "Free cash flow -- TTM" (9,069) − "Principal
 *   repayments of finance leases -- TTM" 11,163 − "Principal repayments of financing obligations -- TTM" 162, the
 *   label's last words ("TTM") shared by every line.
 *
 * - "<A> less <B> and <C> and <D>": three lines taken away, the last sharing the words that open the one before it;
 *   there a part may name its line short, its first and last words and the others in order ("equipment finance leases"
 *   for "Equipment acquired under finance leases -- TTM"), where no line bears its very words and one line alone is so
 *   named (never in a sum of two: "Total liabilities and shareholders' equity" is not "Total current liabilities" and
 *   "Total shareholders' equity").
 *
 * Each part must name exactly one line of the table in the line's own unit, and the label exactly one reading, each
 * line a different one; the line is then read in each column that prints all of them. The labels state the relation,
 * but a label can join names that happen to be printed for other reasons: a row's columns are judged together, a
 * column that fails a mismatch only where the relation holds in another column at least and in as many as it fails,
 * else unverifiable.
 *
 * Ids: `footing/<table>/<row>/<column key>/named-parts`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isAdditive } from './context.ts';
import { cellOf, isChange, judgedTogether, labelWords, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { corroboratedByColumns, holdsInNoColumn } from './ratio-messages.ts';
import { namedPartsRestsOn } from './relation-messages.ts';
import { rowWords } from './words.ts';

/** A line read with its sign: added, or taken away. */
interface Part {
  row: TableRow;
  sign: 1 | -1;
}

export function namedPartsChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => valueRows(table).flatMap((row) => rowChecks(ctx, table, row)));
}

function rowChecks(ctx: CheckContext, table: Table, row: TableRow): Check[] {
  const unit = rowUnit(ctx, table, row);
  if (!unit || !isAdditive(unit)) return [];
  const parts = partsOf(ctx, table, row, unit);
  if (!parts) return [];
  const names = parts.map((_, k) => `part${k + 1}`);
  const expression = parts.map((p, k) => (k === 0 ? (p.sign < 0 ? `- ${names[k]}` : names[k]) : `${p.sign < 0 ? '-' : '+'} ${names[k]}`)).join(' ');
  const blank = new Set<Check>();
  const checks = table.columns.flatMap((column) => {
    if (isChange(ctx, column)) return [];
    const reported = cellOf(ctx, table, row, column);
    const facts = parts.map((p) => cellOf(ctx, table, p.row, column));
    if (!reported || reported.value === null || facts.some((f) => !f || f.value === null)) return [];
    const check = termsCheck(ctx, {
        kind: 'footing',
        id: `footing/${table.id}/${row.id}/${columnKey(column)}/named-parts`,
        subject: rowWords(row),
        expression,
        terms: facts.map((f, k) => term(names[k], f!)),
        reported,
        column,
        restsOn: namedPartsRestsOn(row.label, parts.map((p) => `${p.sign < 0 ? 'less ' : ''}${p.row.label}`)),
      });
    if ([reported, ...facts].every((f) => parseDecimal(f!.value!).isZero())) blank.add(check);
    return [check];
  });
  // A column whose lines all print nothing holds by any reading: no evidence for it. The label states the sum whole, so
  // one other column where it holds bears a failing one out (Arkema's "NET DEBT AND HYBRID BONDS" over "NET DEBT" and
  // "+ Hybrid bonds", two dates).
  return judgedTogether(checks, corroboratedByColumns, holdsInNoColumn, blank, 1);
}

/** The lines the label names and their signs, or null where it names none, or more than one reading. */
function partsOf(ctx: CheckContext, table: Table, row: TableRow, unit: string): Part[] | null {
  const words = labelWords(row.label);
  // Only a label joining names by "and" or "less" names parts: the rest are not looked up (a long table's every line
  // scanning every other line made its checks quadratic).
  if (!words.includes('and') && !words.includes('less')) return null;
  const byLabel = labelIndex(ctx, table);
  const candidates = (r: TableRow) => r !== row && rowUnit(ctx, table, r) === unit;
  const named = (w: string[]) => {
    const found = (byLabel.get(w.join(' ')) ?? []).filter(candidates);
    return found.length === 1 ? found[0]! : null;
  };
  // A part named short of its line's words, the same first and last words and the others in order ("equipment finance
  // leases" for "Equipment acquired under finance leases -- TTM", Amazon's metrics): the one line so named. Only among
  // three parts taken away: in two, "Total liabilities and shareholders' equity" would name "Total current liabilities".
  const namedShort = (w: string[]) => {
    const exact = named(w);
    if (exact || (byLabel.get(w.join(' ')) ?? []).some(candidates)) return exact;
    const loose = (byFirst(ctx, table).get(w[0] ?? '') ?? []).filter((r) => candidates(r) && shortFor(w, labelWords(r.label)));
    return loose.length === 1 ? loose[0]! : null;
  };
  const readings: Part[][] = [];
  const less = words.indexOf('less');
  if (less > 0 && words.lastIndexOf('less') === less) {
    const [minuend, rest] = [words.slice(0, less), words.slice(less + 1)];
    for (let t = 0; t < rest.length; t++) {
      const tail = rest.slice(rest.length - t);
      const from = named([...minuend, ...tail]);
      if (!from) continue;
      for (const taken of phrases(rest.slice(0, rest.length - t), tail, named, true, true, namedShort)) {
        readings.push([{ row: from, sign: 1 }, ...taken.map((r) => ({ row: r, sign: -1 as const }))]);
      }
    }
  } else if (less < 0) {
    // Words before the first part shared by both name one measure and two of its forms ("Weighted average shares,
    // basic and diluted"), each the whole, not a part: a sum shares only the words after its second part.
    for (const added of phrases(words, [], named, false, false)) readings.push(added.map((r) => ({ row: r, sign: 1 as const })));
  }
  const distinct = readings.filter((r) => new Set(r.map((p) => p.row)).size === r.length);
  const keys = [...new Set(distinct.map((r) => r.map((p) => `${p.sign}${p.row.id}`).join(' ')))];
  return keys.length === 1 ? distinct.find((r) => r.map((p) => `${p.sign}${p.row.id}`).join(' ') === keys[0])! : null;
}

/**
 * Whether a part's words name a line's in short: the same first and last words, the part's others in the same order
 * among the line's, at most three of the line's left out, and two words at least.
 */
function shortFor(part: string[], line: string[]): boolean {
  if (part.length < 2 || line.length <= part.length || line.length > part.length + 3) return false;
  if (part[0] !== line[0] || part.at(-1) !== line.at(-1)) return false;
  let k = 0;
  for (const w of line) if (w === part[k]) k++;
  return k === part.length;
}

/** A table's lines of figures by their label's words, and by the first of them (where a part named short looks), made once a run. */
const labelIndex = (ctx: CheckContext, table: Table) => rowIndex(ctx, table, 'words');
const byFirst = (ctx: CheckContext, table: Table) => rowIndex(ctx, table, 'first');

const rowIndexes = new WeakMap<CheckContext, WeakMap<Table, Map<string, Map<string, TableRow[]>>>>();

function rowIndex(ctx: CheckContext, table: Table, by: 'words' | 'first'): Map<string, TableRow[]> {
  let byTable = rowIndexes.get(ctx);
  if (!byTable) rowIndexes.set(ctx, (byTable = new WeakMap()));
  let kinds = byTable.get(table);
  if (!kinds) byTable.set(table, (kinds = new Map()));
  let index = kinds.get(by);
  if (!index) {
    index = new Map();
    for (const r of valueRows(table)) {
      const words = labelWords(r.label);
      const key = by === 'words' ? words.join(' ') : (words[0] ?? '');
      const same = index.get(key);
      if (same) same.push(r);
      else index.set(key, [r]);
    }
    kinds.set(by, index);
  }
  return index;
}

/**
 * The lines a phrase names, `tail` after each: the one line it names whole (`whole`), or two it joins by "and", words
 * before the first part and after the second shared by both ("principal repayments of finance leases and financing
 * obligations": "principal repayments of finance leases" and "principal repayments of financing obligations").
 */
function phrases(p: string[], tail: string[], named: (w: string[]) => TableRow | null, whole: boolean, head = true, namedShort = named): TableRow[][] {
  const out: TableRow[][] = [];
  if (whole) {
    const one = named([...p, ...tail]);
    if (one) out.push([one]);
  }
  // Three lines joined by "and" twice, the last sharing the words that open the second ("equipment finance leases and
  // principal repayments of all other finance leases and financing obligations": the last is "principal repayments of
  // financing obligations").
  const ands = p.flatMap((w, k) => (w === 'and' && k > 0 && k < p.length - 1 ? [k] : []));
  if (ands.length === 2 && ands[1]! - ands[0]! > 1) {
    const [a, b, c] = [p.slice(0, ands[0]), p.slice(ands[0]! + 1, ands[1]), p.slice(ands[1]! + 1)];
    const [first, second] = [namedShort([...a, ...tail]), namedShort([...b, ...tail])];
    for (let h = 0; first && second && h < b.length; h++) {
      const third = namedShort([...b.slice(0, h), ...c, ...tail]);
      if (third) {
        out.push([first, second, third]);
        break;
      }
    }
  }
  p.forEach((w, k) => {
    if (w !== 'and' || k === 0 || k === p.length - 1) return;
    const [left, right] = [p.slice(0, k), p.slice(k + 1)];
    for (let h = 0; h < (head ? left.length : 1); h++) {
      for (let t = 0; t < right.length; t++) {
        const a = named([...left, ...right.slice(right.length - t), ...tail]);
        const b = named([...left.slice(0, h), ...right, ...tail]);
        if (a && b) out.push([a, b]);
      }
    }
  });
  return out;
}

/**
 * A block read from the same block of another table: a reconciliation printed once a period, or once for the quarter and
 * once for the guidance, under the same labels (nVent's "Segment income" from "Operating income" over "Restructuring and
 * other", "Acquisition transaction and integration costs" and "Intangible amortization", for the first quarter of 2020
 * in one table and for each quarter of 2019 in the next, 1Q20; PG&E's "Fire Victim Trust tax benefit net of
 * securitization (pre-tax)" from its "Rate neutral securitization charge" for the quarter and for the year's guidance,
 * 1Q23). Where a table's own layout leaves its reading open and no reading fits (one column, one figure wrong), the
 * other table establishes it: its total, named alike, is its first line plus the lines after it in every column (two
 * at least), and this table prints the same lines, by label, in the same order, and no other line between them. The
 * reading is then this table's too, and a column where it fails is a mismatch, corroborated by the other table.
 *
 * Lines the other table prints and this one does not are left out where the other prints nothing on them in some column
 * (an adjustment of some periods only); a line this table prints between them that the other does not is no line the
 * reading knows, and no reading is made.
 */
import type { Table, TableRow } from '../types.ts';
import type { Expression } from './expression.ts';
import { leftChain } from './expression.ts';

/** A footing as the twin reading needs it: its total, its terms in order, and how the figures fit it. */
export interface TwinCandidate {
  table: Table;
  total: TableRow;
  terms: { row: string; sign: 1 | -1 }[];
  holdsIn: number;
  /** The unit its total is printed in: a block is another table's twin only in the same unit. */
  unit: string;
  /** Its lines that print nothing (a nil, a nought) in one column at least: a table may leave such a line out. */
  sometimesNil: ReadonlySet<string>;
}

/** A reading of `total` in `table` taken from a twin: the rows it adds, with their signs, and the twin it came from. */
export interface TwinReading {
  terms: { row: TableRow; sign: 1 | -1 }[];
  twin: TwinCandidate;
}

/** The terms of a flat chain of rows (a + b − c), or null for any other expression. */
export function chainTerms(e: Expression): { row: string; sign: 1 | -1 }[] | null {
  if (e.type === 'name') return [{ row: e.name, sign: 1 }];
  if (e.type === 'negate') return e.arg.type === 'name' ? [{ row: e.arg.name, sign: -1 }] : null;
  if (e.type !== 'binary') return null;
  const { first, ops } = leftChain(e);
  const head = chainTerms(first);
  if (!head || head.length !== 1) return null;
  const out = [...head];
  for (const op of ops) {
    if (op.right.type !== 'name' || (op.op !== '+' && op.op !== '-')) return null;
    out.push({ row: op.right.name, sign: op.op === '-' ? -1 : 1 });
  }
  return out;
}

/** A label as the twin reading compares it: lower case, spaces collapsed, note marks left out. */
export function twinLabel(label: string): string {
  return label
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ')
    .replace(/\(\s*(?:\d{1,2}|[a-z])\s*\)/gi, ' ')
    .toLowerCase()
    .replace(/[\s$]+/g, ' ')
    .trim();
}

/**
 * The reading of `total` in `table` that a twin establishes, or null: the first twin whose total is named alike, whose
 * first line this table prints above the total, and whose lines this table prints (by label, in order) as every line
 * of `unit` between that first line and the total that prints a figure.
 */
export function twinReading(
  table: Table,
  total: TableRow,
  unit: string,
  twins: readonly TwinCandidate[],
  prints: (row: TableRow) => boolean,
): TwinReading | null {
  const name = twinLabel(total.label);
  if (name === '') return null;
  const at = table.rows.indexOf(total);
  for (const twin of twins) {
    if (twin.table === table || twin.holdsIn < 2 || twin.unit !== unit || twinLabel(twin.total.label) !== name) continue;
    const labels = twin.terms.map((t) => twinLabel(twin.table.rows.find((r) => r.id === t.row)?.label ?? ''));
    if (labels.some((l) => l === '') || new Set(labels).size !== labels.length) continue;
    // The twin's first line, the last printed above the total under its label.
    const start = table.rows.slice(0, at).findLastIndex((r) => twinLabel(r.label) === labels[0]);
    if (start < 0) continue;
    const block = table.rows.slice(start, at).filter((r) => r.kind === 'values' && prints(r));
    const terms: TwinReading['terms'] = [];
    let next = 0;
    let known = true;
    for (const row of block) {
      const k = labels.indexOf(twinLabel(row.label), next);
      if (k < 0) {
        known = false;
        break;
      }
      terms.push({ row, sign: twin.terms[k]!.sign });
      next = k + 1;
    }
    // A line of the twin this table does not print may be left out only where the twin prints nothing on it somewhere (an
    // adjustment of some periods: nVent's "Inventory step-up amortization", "—" in three quarters of 2019 and absent from
    // 2020's table); a line printing a figure in every column is one a table of selected lines leaves out (Bank of
    // America's provision for credit losses, absent from its reconciliation between revenue and income before taxes).
    const printed = new Set(terms.map((t) => twinLabel(t.row.label)));
    const missing = twin.terms.filter((t, k) => !printed.has(labels[k]!));
    if (missing.some((t) => !twin.sometimesNil.has(t.row))) continue;
    if (known && terms.length >= 2 && terms[0]!.row === table.rows[start]) return { terms, twin };
  }
  return null;
}

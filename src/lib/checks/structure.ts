/**
 * Footings read from a table's structure, as a reader of the statement would:
 *
 * - "Total X" closes the open section named X: it is the sum of everything printed in
 *   X since X opened, where a subsection closed by its own total counts as that total;
 * - a bare "Total" closes the innermost section;
 * - "Total X" where no open section is named X ("Total liabilities" inside
 *   "Liabilities and stockholders' equity") is a running subtotal: the sum of what its
 *   section printed so far, which it then stands for in the section's own total
 *   (outside any section nothing says where it starts, so nothing is inferred);
 * - a total the structure cannot read (an underlined figure not labelled "Total") is
 *   left to the company model, and counts as one item of its section.
 *
 * Only rows of additive units take part: percentages and per-share figures are never summed.
 */
import type { Table, TableRow } from '../types.ts';

export interface InferredFooting {
  total: TableRow;
  components: TableRow[];
  /** Which reading of the structure produced it. */
  rule: 'closes-section' | 'bare-total' | 'running-subtotal';
}

/** The footings a table's structure states, in printed order. `additive` tells which rows may be summed. */
export function inferFootings(table: Table, additive: (row: TableRow) => boolean): InferredFooting[] {
  // Items printed and not yet summed into a total, each with the section it belongs to.
  let open: { row: TableRow; path: string[] }[] = [];
  const footings: InferredFooting[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'values' || !additive(row)) continue;
    const closes = row.total ? closedSection(row) : null;
    if (!closes) {
      open.push({ row, path: row.section });
      continue;
    }
    const inside = open.filter((item) => startsWith(item.path, closes.path));
    open = open.filter((item) => !startsWith(item.path, closes.path));
    if (inside.length > 0) footings.push({ total: row, components: inside.map((item) => item.row), rule: closes.rule });
    // A closed section's total is an item of the enclosing section; a running subtotal stays in its own.
    open.push({ row, path: closes.rule === 'running-subtotal' ? closes.path : closes.path.slice(0, -1) });
  }
  return footings;
}

/** The section a total row closes, or null when its label does not say. */
export function closedSection(row: Pick<TableRow, 'label' | 'section'>): { path: string[]; rule: InferredFooting['rule'] } | null {
  const label = normalize(row.label);
  if (label === 'total') return row.section.length > 0 ? { path: row.section, rule: 'bare-total' } : null;
  const named = /^total (.+)$/.exec(label);
  if (!named) return null;
  for (let depth = row.section.length - 1; depth >= 0; depth--) {
    if (normalize(row.section[depth]) === named[1]) return { path: row.section.slice(0, depth + 1), rule: 'closes-section' };
  }
  // Outside any section nothing says where a running subtotal starts.
  return row.section.length > 0 ? { path: row.section, rule: 'running-subtotal' } : null;
}

// Case, punctuation and spacing do not distinguish sections: "Stockholders' equity" = "STOCKHOLDERS EQUITY".
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

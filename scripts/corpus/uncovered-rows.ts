/**
 * The table figures of one release that no evaluated check reads, grouped by table and then by row
 * (label and unit), each row naming the columns (period, and the named column within it) of its
 * uncovered figures: where coverage is lost, in a form whose classes can be counted across releases
 * (a change column nothing checks, a table of one period and no total, a share column, a row whose
 * period or unit was left unestablished).
 */
import type { Fact } from '../../src/lib/types.ts';

export interface UncoveredRow {
  label: string;
  unit: string;
  /** `period` or `period.dimension` (a named column), `-` for a column that names no period; in table order. */
  columns: string[];
  /** The figures as printed (value in printed units), in the same order. */
  values: string[];
}

export interface UncoveredTable {
  table: string;
  figures: number;
  uncovered: number;
  rows: UncoveredRow[];
}

const columnOf = (f: Fact) => [f.period || '-', f.dimension].filter(Boolean).join('.');

/** The uncovered figures of `figures` (facts with a value), by table in release order, largest loss first. */
export function uncoveredRows(figures: readonly Fact[], covered: ReadonlySet<string>): UncoveredTable[] {
  const tables = new Map<string, UncoveredTable>();
  for (const f of figures) {
    const t = tables.get(f.table) ?? { table: f.table, figures: 0, uncovered: 0, rows: [] };
    tables.set(f.table, t);
    t.figures++;
    if (covered.has(f.id)) continue;
    t.uncovered++;
    const label = [...f.section, f.label].join(' / ');
    let row = t.rows.find((r) => r.label === label && r.unit === f.unit);
    if (!row) t.rows.push((row = { label, unit: f.unit, columns: [], values: [] }));
    row.columns.push(columnOf(f));
    row.values.push(f.value ?? '');
  }
  return [...tables.values()].filter((t) => t.uncovered > 0).sort((a, b) => b.uncovered - a.uncovered);
}

/** The lines `--uncovered` prints for one release: a line a table, then at most `rowsPerTable` rows. */
export function uncoveredLines(release: string, tables: readonly UncoveredTable[], rowsPerTable: number): string[] {
  const lines: string[] = [];
  for (const t of tables) {
    const units = new Map<string, number>();
    const columns = new Map<string, number>();
    for (const r of t.rows) {
      units.set(r.unit, (units.get(r.unit) ?? 0) + r.columns.length);
      for (const c of r.columns) columns.set(c, (columns.get(c) ?? 0) + 1);
    }
    const counts = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(', ');
    lines.push(`uncovered ${release} ${t.table}: ${t.uncovered} of ${t.figures} figures; units ${counts(units)}; columns ${counts(columns)}`);
    for (const r of t.rows.slice(0, rowsPerTable)) lines.push(`    ${r.label} [${r.unit}] ${r.columns.map((c, i) => `${c}=${r.values[i]}`).join(' ')}`);
    if (t.rows.length > rowsPerTable) lines.push(`    … ${t.rows.length - rowsPerTable} rows more`);
  }
  return lines;
}

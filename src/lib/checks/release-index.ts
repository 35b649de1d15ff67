/**
 * Lookups over one release's facts that every kind of check needs: a fact by table,
 * row and period; the facts of a concept in a period, in the order the release prints
 * them; a table's value rows in printed order; a period by id.
 */
import type { Fact, Period, Release, Table, TableColumn, TableRow } from '../types.ts';

export interface ReleaseIndex {
  release: Release;
  fact(id: string): Fact | undefined;
  /** The fact printed in `table`'s row `row` for `period`, if any. */
  cell(table: string, row: string, period: string): Fact | undefined;
  /**
   * Every fact of `concept` for `period` printed in a table cell, in release order.
   * Change columns ("YoY Growth") and named columns ("Outlook") are left out: their rows
   * carry the concept, their figures measure something else.
   */
  concept(concept: string, period: string): Fact[];
  /** Every fact printed in a table cell, grouped by concept, in release order. */
  byConcept(): Map<string, Fact[]>;
  /** The concept a fact stands for (see indexRelease), or null. */
  conceptOf(fact: Fact): string | null;
  table(id: string): Table | undefined;
  /** A table's value row by id (a number inside a label has none). */
  row(table: string, row: string): TableRow | undefined;
  period(id: string): Period | undefined;
  /** Whether `table` has a row `row` (a value row, or a number inside a label). */
  hasRow(table: string, row: string): boolean;
  /** Whether a column naming no period prints the figures of periods its lines' captions name (see build-table.ts). */
  periodsByCaption(column: TableColumn): boolean;
}

/** `conceptOf` gives a fact's concept (by default the company model's alias, `Fact.concept`). */
export function indexRelease(release: Release, conceptOf: (f: Fact) => string | null = (f) => f.concept): ReleaseIndex {
  return new Index(release, conceptOf);
}

// A class, not an object of closures: every check asks it for facts, and V8 keeps a class's
// optimized methods where it lets go of a dead release's closures at each major collection.
class Index implements ReleaseIndex {
  readonly release: Release;
  readonly conceptOf: (f: Fact) => string | null;
  readonly #byId: Map<string, Fact>;
  readonly #conceptFacts = new Map<string, Fact[]>();
  readonly #rows = new Set<string>();
  readonly #tables: Map<string, Table>;
  readonly #tableRows = new Map<string, TableRow>();
  readonly #periods: Map<string, Period>;
  // cell() by table, row and period, as it was answered: every footing asks for each of its figures in each column.
  readonly #cells = new Map<string, Map<string, Map<string, Fact | undefined>>>();
  readonly #captioned = new Set<TableColumn>();

  constructor(release: Release, conceptOf: (f: Fact) => string | null) {
    this.release = release;
    this.conceptOf = conceptOf;
    this.#byId = new Map(release.facts.map((f) => [f.id, f]));
    const changes = new Set(release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
    for (const f of release.facts) {
      this.#rows.add(`${f.table}/${f.row}`);
      // A named column ("Outlook", "Restated", "% of net sales") is not the period's figure: it ties to nothing.
      const concept = f.origin === 'cell' && !f.dimension ? conceptOf(f) : null;
      if (concept === null || changes.has(f.period)) continue;
      const list = this.#conceptFacts.get(concept) ?? [];
      list.push(f);
      this.#conceptFacts.set(concept, list);
    }
    for (const t of release.tables) {
      for (const r of t.rows) {
        this.#rows.add(`${t.id}/${r.id}`);
        this.#tableRows.set(`${t.id}/${r.id}`, r);
      }
    }
    // The keys of columns naming no period whose facts a caption gives a period (neither a change nor none).
    const captionedKeys = new Set<string>();
    for (const f of release.facts) {
      if (f.origin !== 'cell' || !f.period || changes.has(f.period)) continue;
      const key = f.id.slice(f.id.lastIndexOf('/') + 1);
      if (key !== f.period && !key.startsWith(`${f.period}.`)) captionedKeys.add(`${f.table}/${key}`);
    }
    for (const t of release.tables) for (const c of t.columns) if (!c.period && captionedKeys.has(`${t.id}/${c.key ?? c.period}`)) this.#captioned.add(c);
    this.#tables = new Map(release.tables.map((t) => [t.id, t]));
    this.#periods = new Map(release.periods.map((p) => [p.id, p]));
  }

  fact(id: string): Fact | undefined {
    return this.#byId.get(id);
  }

  cell(table: string, row: string, period: string): Fact | undefined {
    let rows = this.#cells.get(table);
    if (!rows) this.#cells.set(table, (rows = new Map()));
    let periods = rows.get(row);
    if (!periods) rows.set(row, (periods = new Map()));
    if (periods.has(period)) return periods.get(period);
    const fact = this.#byId.get(`${this.release.meta.id}/${table}/${row}/${period}`);
    periods.set(period, fact);
    return fact;
  }

  concept(concept: string, period: string): Fact[] {
    return (this.#conceptFacts.get(concept) ?? []).filter((f) => f.period === period);
  }

  byConcept(): Map<string, Fact[]> {
    return this.#conceptFacts;
  }

  table(id: string): Table | undefined {
    return this.#tables.get(id);
  }

  row(table: string, row: string): TableRow | undefined {
    return this.#tableRows.get(`${table}/${row}`);
  }

  period(id: string): Period | undefined {
    return this.#periods.get(id);
  }

  hasRow(table: string, row: string): boolean {
    return this.#rows.has(`${table}/${row}`);
  }

  periodsByCaption(column: TableColumn): boolean {
    return this.#captioned.has(column);
  }
}

/** Release order: by line, then column. */
export function byPosition(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column;
}

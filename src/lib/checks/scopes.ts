/**
 * How the names in a relation are read, in one period:
 * - in a table's scope (footings), a name is a row of that table;
 * - in the concepts' scope (definitions, measures), a name is a concept of the model,
 *   read from the table that prints the reported figure when it can, else from the
 *   first table that prints it.
 * In both, `table/row` names one row of any table.
 */
import type { Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, periodLabel } from './context.ts';
import type { Lookup, Scope } from './evaluate.ts';
import { notPrinted, notRead } from './relation-messages.ts';
import { conceptWords, rowWords } from './words.ts';

export function tableScope(ctx: CheckContext, table: string, period: string): Scope {
  return new TableScope(ctx, table, period);
}

/** `prefer`: tables to read a concept from first, in order. */
export function conceptScope(ctx: CheckContext, period: string, prefer: string[]): Scope {
  return new ConceptScope(ctx, period, prefer);
}

const unread = new WeakMap<CheckContext, ReadonlySet<number>>();
/** The lines of the release text where a problem was located (a figure that could not be read, one too many). */
function unreadLines(ctx: CheckContext): ReadonlySet<number> {
  let lines = unread.get(ctx);
  if (!lines) unread.set(ctx, (lines = new Set(ctx.release.errors.map((e) => e.line))));
  return lines;
}

// Scopes are classes, not objects of closures: every footing of every column makes one, and V8
// keeps the optimized code of a class's methods, where it lets go of dead closures' at every
// major collection and optimizes them again.

class TableScope implements Scope {
  readonly #ctx: CheckContext;
  readonly #table: string;
  readonly #period: string;

  constructor(ctx: CheckContext, table: string, period: string) {
    this.#ctx = ctx;
    this.#table = table;
    this.#period = period;
  }

  label(name: string): string {
    const slash = name.indexOf('/');
    const r = slash < 0 ? name : name.slice(slash + 1);
    const row = rowOf(this.#ctx, slash < 0 ? this.#table : name.slice(0, slash), r);
    return row ? rowWords(row) : r;
  }

  lookup(name: string): Lookup {
    const slash = name.indexOf('/');
    const t = slash < 0 ? this.#table : name.slice(0, slash);
    const r = slash < 0 ? name : name.slice(slash + 1);
    const fact = this.#ctx.index.cell(t, r, this.#period);
    if (fact) return { fact };
    // A line of the table that prints figures in other columns but nothing in this one prints nothing: zero.
    // Unless a figure of that line could not be read: the empty cell may be it, so its figure is not known.
    const row = rowOf(this.#ctx, t, r);
    if (row && row.kind === 'values' && unreadLines(this.#ctx).has(row.line)) return { missing: notRead(this.label(name), row.line) };
    if (row && row.kind === 'values' && row.cells.some((c) => c !== null)) return { blank: this.label(name) };
    return { missing: notPrinted(this.label(name), periodLabel(this.#ctx, this.#period)) };
  }

  range(from: string, to: string): { label: string; lookup: Lookup }[] {
    const rows = (this.#ctx.index.table(this.#table)?.rows ?? []).filter((r) => r.kind === 'values');
    const first = rows.findIndex((r) => r.id === from);
    const last = rows.findIndex((r) => r.id === to);
    if (first < 0 || last < first) return [];
    return rows.slice(first, last + 1).map((r) => ({ label: rowWords(r), lookup: this.lookup(r.id) }));
  }
}

class ConceptScope implements Scope {
  readonly #ctx: CheckContext;
  readonly #period: string;
  readonly #prefer: string[];

  constructor(ctx: CheckContext, period: string, prefer: string[]) {
    this.#ctx = ctx;
    this.#period = period;
    this.#prefer = prefer;
  }

  label(name: string): string {
    const slash = name.indexOf('/');
    if (slash < 0) return conceptWords(this.#ctx.model, name);
    const row = rowOf(this.#ctx, name.slice(0, slash), name.slice(slash + 1));
    return row ? rowWords(row) : name;
  }

  lookup(name: string): Lookup {
    const slash = name.indexOf('/');
    const fact =
      slash >= 0
        ? this.#ctx.index.cell(name.slice(0, slash), name.slice(slash + 1), this.#period)
        : preferred(this.#ctx.index.concept(name, this.#period), this.#prefer);
    return fact ? { fact } : { missing: notPrinted(this.label(name), periodLabel(this.#ctx, this.#period)) };
  }

  // Ranges are rows of one table; validation keeps them out of concept expressions.
  range(): { label: string; lookup: Lookup }[] {
    return [];
  }
}

/** The fact from the first of `prefer` that prints one, else the first printed. */
export function preferred(facts: Fact[], prefer: string[]): Fact | undefined {
  for (const table of prefer) {
    const f = facts.find((x) => x.table === table);
    if (f) return f;
  }
  return facts[0];
}

export function rowOf(ctx: CheckContext, table: string, row: string): TableRow | undefined {
  const t = ctx.index.table(table);
  if (!t) return undefined;
  // Every name of every relation is labelled by its row, in every column: index a table's rows once.
  let byId = rowIndexes.get(t);
  if (!byId) {
    byId = new Map();
    // The first row of an id, as a search from the top finds it.
    for (const r of t.rows) if (!byId.has(r.id)) byId.set(r.id, r);
    rowIndexes.set(t, byId);
  }
  return byId.get(row);
}

const rowIndexes = new WeakMap<Table, Map<string, TableRow>>();

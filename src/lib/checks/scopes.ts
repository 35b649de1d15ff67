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
import { notPrinted } from './relation-messages.ts';
import { conceptWords, rowWords } from './words.ts';

export function tableScope(ctx: CheckContext, table: string, period: string): Scope {
  const qualified = (name: string): [string, string] => {
    const slash = name.indexOf('/');
    return slash < 0 ? [table, name] : [name.slice(0, slash), name.slice(slash + 1)];
  };
  const label = (name: string) => {
    const [t, r] = qualified(name);
    const row = rowOf(ctx, t, r);
    return row ? rowWords(row) : r;
  };
  const lookup = (name: string): Lookup => {
    const [t, r] = qualified(name);
    const fact = ctx.index.cell(t, r, period);
    if (fact) return { fact };
    // A line of the table that prints figures in other columns but nothing in this one prints nothing: zero.
    const row = rowOf(ctx, t, r);
    if (row && row.kind === 'values' && row.cells.some((c) => c !== null)) return { blank: label(name) };
    return { missing: notPrinted(label(name), periodLabel(ctx, period)) };
  };
  return {
    lookup,
    label,
    range: (from, to) => {
      const rows = (ctx.index.table(table)?.rows ?? []).filter((r) => r.kind === 'values');
      const first = rows.findIndex((r) => r.id === from);
      const last = rows.findIndex((r) => r.id === to);
      if (first < 0 || last < first) return [];
      return rows.slice(first, last + 1).map((r) => ({ label: rowWords(r), lookup: lookup(r.id) }));
    },
  };
}

/** `prefer`: tables to read a concept from first, in order. */
export function conceptScope(ctx: CheckContext, period: string, prefer: string[]): Scope {
  const label = (name: string) => {
    const slash = name.indexOf('/');
    if (slash < 0) return conceptWords(ctx.model, name);
    const row = rowOf(ctx, name.slice(0, slash), name.slice(slash + 1));
    return row ? rowWords(row) : name;
  };
  return {
    label,
    lookup: (name) => {
      const slash = name.indexOf('/');
      const fact =
        slash >= 0
          ? ctx.index.cell(name.slice(0, slash), name.slice(slash + 1), period)
          : preferred(ctx.index.concept(name, period), prefer);
      return found(fact, () => notPrinted(label(name), periodLabel(ctx, period)));
    },
    // Ranges are rows of one table; validation keeps them out of concept expressions.
    range: () => [],
  };
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

function found(fact: Fact | undefined, missing: () => string): Lookup {
  return fact ? { fact } : { missing: missing() };
}

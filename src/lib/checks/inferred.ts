/**
 * What the checks read in a release on their own: each table's kind, the concept of every
 * row the base model recognizes, the relations the structure states (certain, or likely
 * and holding), the likely readings that did not hold, and the rows nothing places. For
 * `tieout model init`, which drafts a company model from it, and for measuring the
 * inference on real releases.
 */
import type { CompanyModel } from '../model/index.ts';
import type { Release } from '../types.ts';
import { checkContext } from './context.ts';
import { show } from './expression.ts';
import { readTable } from './footing.ts';
import { relationChecks } from './run.ts';

export interface InferredRelation {
  table: string;
  total: string;
  /** In the relation language of model.yaml: `revenue - cost-of-revenue`. */
  expression: string;
  reason: string;
  certain: boolean;
}

export interface InferredModel {
  tables: { id: string; title: string; kind: string; reason: string }[];
  /** Concept id → its label and the rows that print it (`table/row`), certain ones first. */
  concepts: Map<string, { label: string; rows: { key: string; certain: boolean; reason: string }[] }>;
  /** Relations published: certain ones, and likely ones that hold in every column. */
  footings: InferredRelation[];
  /** Likely readings that did not hold in every column, and so are not checked. */
  rejected: InferredRelation[];
  /** Rows with figures that no concept names and no relation reads, by table id. */
  unplaced: Map<string, string[]>;
}

export function inferModel(release: Release, company: CompanyModel): InferredModel {
  const ctx = checkContext(release, company);
  const tables = release.tables.map((t) => {
    const r = ctx.recognition.tables.get(t.id)!;
    return { id: t.id, title: t.title, kind: r.kind, reason: r.reason };
  });
  const concepts: InferredModel['concepts'] = new Map();
  for (const [key, c] of ctx.recognition.rows) {
    const entry = concepts.get(c.concept) ?? { label: ctx.recognition.label(c.concept), rows: [] };
    entry.rows.push({ key, certain: c.certain, reason: c.reason });
    concepts.set(c.concept, entry);
  }
  const footings: InferredRelation[] = [];
  const rejected: InferredRelation[] = [];
  for (const table of release.tables) {
    const read = readTable(ctx, table);
    for (const f of read.footings) {
      if (f.source !== 'structure') continue;
      // A relation no reading fits is published as unverifiable, not drafted into a model.
      if (f.fit === 'fails' && !f.certain) {
        rejected.push({ table: table.id, total: f.total.id, expression: show(f.expression), reason: f.reason!, certain: false });
        continue;
      }
      footings.push({ table: table.id, total: f.total.id, expression: show(f.expression), reason: f.reason!, certain: f.certain });
    }
    for (const f of read.rejected) rejected.push({ table: table.id, total: f.total.id, expression: show(f.expression), reason: f.reason!, certain: false });
  }
  // A row is placed when a check reads it, or a concept names it.
  const placed = new Set<string>();
  for (const c of relationChecks(release, company)) {
    for (const id of [c.reported.fact, ...c.inputs]) {
      const f = id ? ctx.index.fact(id) : undefined;
      if (f) placed.add(`${f.table}/${f.row}`);
    }
  }
  const unplaced: InferredModel['unplaced'] = new Map();
  for (const table of release.tables) {
    const rows = table.rows
      .filter((r) => r.kind === 'values' && r.cells.some((c) => c !== null))
      .map((r) => r.id)
      .filter((row) => !placed.has(`${table.id}/${row}`) && !ctx.recognition.rows.has(`${table.id}/${row}`));
    if (rows.length > 0) unplaced.set(table.id, rows);
  }
  return { tables, concepts, footings, rejected, unplaced };
}

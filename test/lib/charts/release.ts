/**
 * The real release and its company model, for chart tests that must not type
 * figures in: steps and rows are read from the facts, named by the model's concepts.
 */
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { loadModel } from '../../../src/lib/model/index.ts';
import type { Fact } from '../../../src/lib/types.ts';
import type { WaterfallStep } from '../../../src/lib/charts/index.ts';

export const release = loadRelease('data/releases/inap-2010-q2');
export const model = loadModel(`data/companies/${release.meta.company}/model.yaml`);

/** The fact printing `concept` for `period` in `table` (a value cell). */
export function factOf(table: string, concept: string, period: string): Fact {
  const fact = release.facts.find((f) => f.table === table && f.concept === concept && f.period === period && f.origin === 'cell');
  if (!fact) throw new Error(`no fact of ${concept} for ${period} in ${table}`);
  return fact;
}

/**
 * A bridge table of the release as waterfall steps, row by row in printed
 * order: the first row is the start, the row printing `totalConcept` the
 * total, every other row a delta; labels are the model's concept labels.
 */
export function bridgeFromTable(table: string, totalConcept: string, period: string): WaterfallStep[] {
  const rows = release.facts.filter((f) => f.table === table && f.period === period && f.origin === 'cell');
  return rows.map((f, i) => {
    if (!f.concept) throw new Error(`row ${f.row} of ${table} maps to no concept in the model`);
    const label = model.concepts[f.concept]!.label;
    const kind = i === 0 ? 'start' : f.concept === totalConcept ? 'total' : 'delta';
    return { label, value: f.value, kind };
  });
}

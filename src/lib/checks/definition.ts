/**
 * Definitions: each non-GAAP measure recomputed from the release's own definition, as
 * the company model writes it, in every period the release prints the measure.
 *
 * Ids: `definition/<concept>/<period>`.
 */
import type { Check, Fact } from '../types.ts';
import { type CheckContext, periodLabel } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { makeCheck, titleOf } from './make-check.ts';
import type { Definition } from './relations.ts';
import { nilCountsAsZero } from './relation-messages.ts';
import { conceptScope, preferred } from './scopes.ts';
import { conceptWords, rowWords } from './words.ts';

export function definitionChecks(ctx: CheckContext): Check[] {
  return Object.entries(ctx.relations.definitions).flatMap(([concept, def]) =>
    reportedFacts(ctx, concept, def).map((reported) => definitionCheck(ctx, concept, def, reported)),
  );
}

/** One printed figure per period: from the definition's table when it prints one, else the first that does. */
function reportedFacts(ctx: CheckContext, concept: string, def: Definition): Fact[] {
  const all = ctx.index.byConcept().get(concept) ?? [];
  const periods = [...new Set(all.map((f) => f.period))];
  return periods.map((p) => preferred(all.filter((f) => f.period === p), def.in ? [def.in] : [])!);
}

function definitionCheck(ctx: CheckContext, concept: string, def: Definition, reported: Fact): Check {
  // Inputs are read from the reported figure's own table first: a reconciliation foots on its own lines.
  const e = evaluate(parseExpression(def.equals), conceptScope(ctx, reported.period, [reported.table]));
  const subject = def.label ?? conceptWords(ctx.model, concept);
  return makeCheck({
    release: ctx.release,
    kind: 'definition',
    id: `definition/${concept}/${reported.period}`,
    title: titleOf(subject, periodLabel(ctx, reported.period)),
    formula: `${subject} = ${e.words}`,
    period: reported.period,
    inputs: e.inputs,
    reported,
    computed: inUnitsOf(e, reported.scale),
    notes: e.nils.length > 0 ? [nilCountsAsZero(e.nils.map(rowWords))] : [],
  });
}

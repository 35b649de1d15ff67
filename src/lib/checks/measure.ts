/**
 * Figures no table prints but a release states in its prose ("Total debt was $40.4
 * million"), evaluated from the figures the tables do print: the model's named
 * `measures`, or any expression over concepts. For the claims layer, which judges the
 * prose figure against the result with ./verdict.ts.
 */
import type { CompanyModel } from '../model/index.ts';
import type { Fact, Release } from '../types.ts';
import { type CheckContext, checkContext } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { unknownMeasure } from './relation-messages.ts';
import { RelationsError } from './relations.ts';
import { conceptScope } from './scopes.ts';
import type { Computed } from './verdict.ts';

export interface MeasureValue {
  /** Value, interval and derivation, in units of 10^scale (the scale asked for). */
  computed: Computed;
  /** The printed figures it reads, in order. */
  inputs: Fact[];
  /** Inputs printed as nil, counted as zero. */
  nils: Fact[];
  /** The expression in words: "Revolving credit facility + Capital lease obligations, current portion + …". */
  formula: string;
}

/**
 * An expression over concepts (and `table/row` keys) for one period, in units of
 * 10^scale: `evaluateConcepts(release, model, 'revolving-credit-facility + capital-leases-current + capital-leases-non-current', '2010-06-30', 3)`
 * gives 40,412 thousand, ± 1.5 for its three rounded inputs.
 */
export function evaluateConcepts(
  release: Release,
  model: CompanyModel,
  expression: string,
  period: string,
  scale: number,
  context: CheckContext = checkContext(release, model),
): MeasureValue {
  const e = evaluate(parseExpression(expression), conceptScope(context, period, []));
  return { computed: inUnitsOf(e, scale), inputs: e.inputs, nils: e.nils, formula: e.words };
}

/** One of the model's named `measures` (e.g. `total-debt`) for one period, in units of 10^scale. */
export function evaluateMeasure(release: Release, model: CompanyModel, name: string, period: string, scale: number): MeasureValue {
  const context = checkContext(release, model);
  const measure = context.relations.measures[name];
  if (!measure) throw new RelationsError([{ path: ['measures', name], message: unknownMeasure(name) }]);
  return evaluateConcepts(release, model, measure.equals, period, scale, context);
}

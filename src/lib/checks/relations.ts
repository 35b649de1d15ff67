/**
 * The `relations:` section of a company model: what an analyst states once, for every
 * release of the company, about how its figures relate. Everything the table structure
 * already says (a "Total X" row closes section X) is inferred and need not be written;
 * the model states the rest, or corrects the inference.
 *
 *     relations:
 *       footings:            # per table: total row → the rows that add up to it
 *         statement-of-operations:
 *           loss-from-operations: total-revenues - total-operating-costs-and-expenses
 *         cash-flows:
 *           net-cash-flows-used-in-investing-activities: purchases-of-property-and-equipment .. maturities-of-investments-in-marketable-securities
 *       definitions:         # per concept: the release's own definition of a measure
 *         adjusted-ebitda-margin:
 *           equals: adjusted-ebitda / revenue * 100
 *           source: Adjusted EBITDA margin is adjusted EBITDA as a percentage of revenues.
 *       ties:
 *         balances:          # concepts printed by a statement of a period, as balances at one of its edges
 *           cash: { at: end }
 *           cash-beginning: { at: start, as: cash }
 *       measures:            # named expressions no table prints, for claims in the prose
 *         total-debt: { label: Total debt, equals: revolving-credit-facility + capital-leases-current + capital-leases-non-current }
 *
 * Expressions are written in the language of ./expression.ts. A footing set to `false`
 * switches off a total the structure would otherwise infer.
 */
import { z } from 'zod';
import { ExpressionError, parseExpression } from './expression.ts';
import { deepFreeze } from '../kept.ts';

const slug = /^[a-z0-9][a-z0-9-]*$/;
const rowId = /^[a-z0-9][a-z0-9.-]*$/;

const expression = z.string({ error: 'expected an expression such as "a + b"' }).superRefine((text, ctx) => {
  try {
    parseExpression(text);
  } catch (e) {
    if (!(e instanceof ExpressionError)) throw e;
    ctx.addIssue({ code: 'custom', message: `${e.message} (at character ${e.offset + 1} of "${text}")` });
  }
});

const tableKey = z.string().regex(slug, 'expected a table id such as cash-flows');
const conceptKey = z.string().regex(slug, 'expected a concept id such as adjusted-ebitda');

export const relationsSchema = z.strictObject(
  {
    /** table id → total row id → expression of the table's rows, or false for "not a sum". */
    footings: z
      .record(
        tableKey,
        z.record(
          z.string().regex(rowId, 'expected a row id as `tieout facts` prints it'),
          z.union([expression, z.literal(false)], { error: 'expected an expression, or false for "not a sum"' }),
        ),
      )
      .default({}),
    /** concept id → its definition in terms of other concepts (or `table/row` keys). */
    definitions: z
      .record(
        conceptKey,
        z.strictObject({
          /** Title of the measure; the concept's label by default. */
          label: z.string().optional(),
          equals: expression,
          /** Where to read the printed figure when several tables print it; otherwise the first table that does. */
          in: tableKey.optional(),
          /** The release's own words for the definition, for a reader. */
          source: z.string().optional(),
        }),
      )
      .default({}),
    ties: z
      .strictObject({
        /**
         * Concepts printed in a statement of a period that are balances at one of its edges:
         * `end` is the balance on the period's last day, `start` the balance on the day
         * before its first. `as` ties them to another concept (the balance sheet's).
         */
        balances: z
          .record(conceptKey, z.strictObject({ at: z.enum(['start', 'end'], { error: 'expected start or end' }), as: conceptKey.optional() }))
          .default({}),
        /** Tie a period to the sum of the shorter periods that make it up (H1 = Q1 + Q2), for money flows. */
        periods: z.boolean().default(true),
      })
      .default({ balances: {}, periods: true }),
    /** Named expressions over concepts that no table prints (total debt), for claims in the prose. */
    measures: z.record(conceptKey, z.strictObject({ label: z.string(), equals: expression })).default({}),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((k) => `'${k}'`).join(', ')}: expected footings, definitions, ties or measures`
        : 'expected a map of footings, definitions, ties and measures',
  },
);

export type Relations = z.infer<typeof relationsSchema>;
export type Definition = Relations['definitions'][string];
export type Measure = Relations['measures'][string];

/** A problem in the model's relations, by its key path under `relations`. */
export interface RelationIssue {
  path: string[];
  message: string;
}

/** The model's relations are wrong; the CLI locates each issue in model.yaml. */
export class RelationsError extends Error {
  readonly issues: RelationIssue[];
  constructor(issues: RelationIssue[]) {
    super(issues.map((i) => `relations.${i.path.join('.')}: ${i.message}`).join('\n'));
    this.name = 'RelationsError';
    this.issues = issues;
  }
}

/**
 * Validates `model.relations` (absent means none); throws RelationsError. The relations of a
 * kept model (frozen: it never changes, see loadCompanyModel) are read once, and the reading
 * is frozen too: the checks and the claims of every release of the company read them.
 */
export function readRelations(relations: unknown): Relations {
  const frozen = typeof relations === 'object' && relations !== null && Object.isFrozen(relations);
  const kept = frozen ? readings.get(relations) : undefined;
  if (kept) return kept;
  const result = relationsSchema.safeParse(relations ?? {});
  if (!result.success) throw new RelationsError(result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })));
  if (frozen) readings.set(relations, deepFreeze(result.data));
  return result.data;
}

const readings = new WeakMap<object, Relations>();

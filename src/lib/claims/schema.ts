import { z } from 'zod';
import { CLASS_KINDS } from './extract.ts';

/**
 * data/releases/<release>/claims.yaml: what each number in the prose asserts.
 *
 * ```yaml
 * period: 2010-q2                 # default period of a concept written without @ (default: release.yaml's)
 * claims:
 *   - { line: 7, text: "$60.5 million", is: revenue }
 *   - { line: 9, text: "46.5 percent", is: "growth(adjusted-ebitda, 2009-q2)" }
 *   - { line: 52, text: "$40.4 million", name: total-debt, period: 2010-06-30,
 *       is: revolving-credit-facility + capital-leases-current + capital-leases-non-current }
 * not-derivable:
 *   - { kind: date, reason: a calendar date, not an amount }
 *   - { line: 61, text: "2,807", reason: customer count; the tables report no customers }
 *   - { pattern: '[\d,]+ net sellable square feet', reason: floor space; not in the tables }
 * ```
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as total-debt');
const period = z.string().regex(/^\d{4}(?:-[a-z0-9]+)+$/, 'expected a period id such as 2010-q2 or 2010-06-30');
const line = z.number({ error: 'expected a line number of release.txt' }).int().positive();

export const claimSchema = z.strictObject({
  /** Line of release.txt the number is on. */
  line,
  /** The number as printed, or a fragment of the sentence holding exactly one number; `$` may be written for `\$`. */
  text: z.string({ error: 'expected the number as printed, e.g. "$60.5 million"' }).min(1),
  /** Which occurrence of `text` on the line, when it occurs more than once. */
  nth: z.number().int().positive().optional(),
  /** The expression the number asserts, over concepts and periods. */
  is: z.string({ error: 'expected an expression such as revenue@2010-q2 or growth(adjusted-ebitda, 2009-q2)' }).min(1),
  /** Default period of this claim's concepts. */
  period: period.optional(),
  /** Subject of the check id (`claim/<name>/<period>`) where the expression is more than one concept. */
  name: slug.optional(),
  /** Short human title; default: made from the expression. */
  title: z.string().min(1).optional(),
  /** Overrides the direction read from the sentence ("up", "declined"), for changes. */
  direction: z.enum(['up', 'down', 'none']).optional(),
  /** Overrides the qualifier read from the sentence ("almost", "approximately"). */
  qualifier: z.enum(['almost', 'approximately', 'more-than', 'less-than', 'none']).optional(),
  /** An analyst's remark, shown with the check. */
  note: z.string().optional(),
});

export const notDerivableSchema = z
  .strictObject({
    /** A whole class of numbers that name or locate something. */
    kind: z.enum(CLASS_KINDS).optional(),
    /** Only numbers on this line. */
    line: line.optional(),
    /** Numbers inside this literal text. */
    text: z.string().min(1).optional(),
    /** Numbers inside matches of this regular expression (case-insensitive). */
    pattern: z.string().min(1).optional(),
    reason: z.string({ error: 'expected the reason the tables cannot confirm these numbers' }).min(1),
  })
  .refine((e) => [e.kind, e.text, e.pattern].filter((x) => x !== undefined).length === 1, {
    message: 'expected exactly one of kind, text or pattern',
  });

export const claimsFileSchema = z.strictObject({
  period: period.optional(),
  claims: z.array(claimSchema).default([]),
  'not-derivable': z.array(notDerivableSchema).default([]),
});

export type ClaimEntry = z.infer<typeof claimSchema>;
export type NotDerivableEntry = z.infer<typeof notDerivableSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;

import { z } from 'zod';
import { CLASS_KINDS } from './extract.ts';

/**
 * data/releases/<release>/claims.yaml: refinements of what the numbers of the
 * prose assert. Every number is linked automatically; an entry here confirms or
 * corrects a link, adds one the linker cannot make, or says why a number is
 * not derivable from the tables. A number is found by quoting it, with as much
 * of its sentence as it takes to tell it apart — never by line number alone,
 * so that editing release.txt above a claim does not detach it.
 *
 * ```yaml
 * period: 2010-q2                 # default period of a concept written without @ (default: release.yaml's)
 * claims:
 *   - { text: "$60.5 million", context: "Revenue of $60.5 million", is: revenue }
 *   - { text: "46.5 percent", context: "up 46.5 percent year-over-year", is: "growth(adjusted-ebitda, 2009-q2)" }
 *   - { text: "$28.5 million", name: capital-expenditures, is: -capital-expenditures@2010-h1 }
 *   - { text: "$1.2 million" }    # no is: confirms the automatic link
 * not-derivable:
 *   - { kind: date, reason: a calendar date, not an amount }
 *   - { text: "2,807", context: "2,807 customers", reason: customer count; the tables report no customers }
 *   - { pattern: "capacity by * percent", reason: floor space; not in the tables }
 * ```
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as total-debt');
const period = z.string().regex(/^\d{4}(?:-[a-z0-9]+)+$/, 'expected a period id such as 2010-q2 or 2010-06-30');
const line = z.number({ error: 'expected a line number of release.txt' }).int().positive();

/** How an entry finds its number: quoted text, with context and hints to tell occurrences apart. */
const quote = {
  /** The number as printed, or a fragment of its sentence holding exactly one number; `$` may be written for `\$`. */
  text: z.string({ error: 'expected the number as printed, e.g. "$60.5 million"' }).min(1),
  /** More of the sentence around `text`, quoted as printed, where `text` alone occurs more than once. */
  context: z.string().min(1).optional(),
  /** Which occurrence of `text` inside `context` (or the prose), when it occurs more than once there. */
  nth: z.number().int().positive().optional(),
  /** A hint only: the line the quote was on, to tell occurrences apart; a quote found elsewhere still holds. */
  line: line.optional(),
};

export const claimSchema = z.strictObject({
  ...quote,
  /** The expression the number asserts, over concepts and periods; omitted, the entry confirms the automatic link. */
  is: z.string({ error: 'expected an expression such as revenue@2010-q2 or growth(adjusted-ebitda, 2009-q2)' }).min(1).optional(),
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
    text: quote.text.optional(),
    context: quote.context,
    nth: quote.nth,
    line: quote.line,
    /** Numbers inside matches of this text, where `*` stands for any run of characters (case-insensitive). */
    pattern: z.string().min(1).optional(),
    reason: z.string({ error: 'expected the reason the tables cannot confirm these numbers' }).min(1),
  })
  .refine((e) => [e.kind, e.text, e.pattern].filter((x) => x !== undefined).length === 1, {
    message: 'expected exactly one of kind, text or pattern',
  });

/** The file's shape; its entries are validated one by one, so that one bad entry loses no other. */
export const claimsFileShape = z.strictObject({
  period: period.optional(),
  claims: z.array(z.unknown(), { error: 'expected a list of claims' }).default([]),
  'not-derivable': z.array(z.unknown(), { error: 'expected a list of not-derivable entries' }).default([]),
});

export type ClaimEntry = z.infer<typeof claimSchema>;
export type NotDerivableEntry = z.infer<typeof notDerivableSchema>;

/** A validated claims.yaml; entries that failed validation are left out (and reported). */
export interface ClaimsFile {
  period?: string;
  /** Each valid entry with its index in the file, for locating problems found later. */
  claims: { index: number; entry: ClaimEntry }[];
  'not-derivable': { index: number; entry: NotDerivableEntry }[];
}

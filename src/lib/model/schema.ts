import { z } from 'zod';

/**
 * The company model (data/companies/<company>/model.yaml): what an analyst states once
 * for every release of a company. Ingest uses the table names and concept aliases;
 * checks use the relations.
 */
export const modelSchema = z.object({
  name: z.string({ error: 'expected the company name as text' }),
  /** Table ids, matched against printed titles (case-insensitive substring). */
  tables: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'expected a slug such as statement-of-operations'),
        match: z.string({ error: 'expected a piece of the printed title to match' }),
      }),
    )
    .default([]),
  /** Concepts: one id for a line item that appears in several tables. */
  concepts: z
    .record(
      z.string().regex(/^[a-z0-9-]+$/, 'expected a slug such as revenue-data-center'),
      z.object({
        label: z.string(),
        /** `table/row` keys of the rows that print this concept. */
        aliases: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'expected an alias of the form table/row')),
      }),
    )
    .default({}),
  /** Relations for the checks layer; validated there. */
  relations: z.unknown().optional(),
});

export type CompanyModel = z.infer<typeof modelSchema>;

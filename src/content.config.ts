import { defineCollection } from 'astro:content';
import { notebookLoader } from './lib/notebook/loader.ts';
import { z } from 'astro/zod';

/**
 * Notebooks: `src/notebooks/<release-id>/<name>.mdx`, rendered with src/lib/notebook/Notebook.astro.
 * Entries hold front matter only: a page compiles its notebook's MDX when it renders (see loader.ts).
 * A site built from another data folder (TIEOUT_DATA) takes its notebooks from TIEOUT_NOTEBOOKS,
 * since every notebook must name a release of the data folder.
 */
const notebooks = defineCollection({
  loader: notebookLoader(process.env.TIEOUT_NOTEBOOKS ?? './src/notebooks'),
  schema: z.object({
    title: z.string(),
    /** Release id (folder under data/releases/), or `_example` for the example notebook. */
    release: z.string(),
    summary: z.string(),
    /** Position among the release's notebooks. */
    order: z.number().int(),
  }),
});

export const collections = { notebooks };

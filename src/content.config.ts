import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Notebooks: `src/notebooks/<release-id>/<name>.mdx`, rendered with src/lib/notebook/Notebook.astro. */
const notebooks = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/notebooks' }),
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

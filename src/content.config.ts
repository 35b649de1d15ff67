import { defineCollection } from 'astro:content';
import { notebookLoader } from './lib/notebook/loader.ts';
import { z } from 'astro/zod';

/**
 * Notebooks: `src/notebooks/<release-id>/<name>.mdx`, rendered with src/lib/notebook/Notebook.astro;
 * a company notebook (`company:` in its front matter, src/lib/site/company-notebooks.ts) at
 * `src/notebooks/<company>/<name>.mdx`.
 * Entries hold front matter only: a page compiles its notebook's MDX when it renders (see loader.ts).
 * A site built from another data folder (TIEOUT_DATA) takes its notebooks from TIEOUT_NOTEBOOKS,
 * since every notebook must name a release of the data folder.
 */
const notebooks = defineCollection({
  loader: notebookLoader(process.env.TIEOUT_NOTEBOOKS ?? './src/notebooks'),
  schema: z
    .object({
      title: z.string(),
      /** Release id (folder under data/releases/), or `_example` for the example notebook; '' for a company notebook. */
      release: z.string().default(''),
      /** A company notebook names its company (release.yaml's `company`) instead: it sees the company's releases together. */
      company: z.string().optional(),
      /** The releases a company notebook reads by id (`release=` on a <Fig>): it is published only when the data folder holds every one. */
      releases: z.array(z.string()).optional(),
      summary: z.string(),
      /** Position among the release's (or company's) notebooks. */
      order: z.number().int(),
    })
    .refine((d) => Boolean(d.release) !== Boolean(d.company), { message: 'a notebook names a release (release:) or a company (company:), one of the two' }),
});

export const collections = { notebooks };

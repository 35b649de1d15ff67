/**
 * Full-text search with Pagefind, built after the pages: every page that marks its content
 * (`data-pagefind-body`: releases' pages and notebooks; not the 404 or the search page), and a
 * record per check and per printed figure with its permalink (src/lib/site/search-records.ts).
 * The index lands in `<outDir>/pagefind/`; only the search page loads its script.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseIds, siteRelease } from '../lib/site/releases.ts';
import { searchRecords } from '../lib/site/search-records.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'tieout:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Popovers repeat what their tables say, code is not prose, and a chart's narrow drawing repeats its wide one.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.pv', 'pre.code', '.chart-narrow', '.anchor', '.visually-hidden'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const pages = await index.addDirectory({ path: out });
          if (pages.errors.length > 0) throw new Error(`Pagefind could not index ${out}: ${pages.errors.join('; ')}`);
          let records = 0;
          for (const id of releaseIds()) {
            for (const record of searchRecords(siteRelease(id), base)) {
              const added = await index.addCustomRecord(record);
              if (added.errors.length > 0) throw new Error(`Pagefind refused the record ${record.url}: ${added.errors.join('; ')}`);
              records++;
            }
          }
          const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${pages.page_count} pages and ${records} checks and figures`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

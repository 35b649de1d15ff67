// What keeps pages light, asserted as structure (weights themselves are measured by `npm run bench`,
// never by a test): no Astro scoped-style attributes, whose data-astro-cid-* on every element of a
// component once made a third of the checks page's bytes (checks-pages.test.ts holds the checks page to one row per check).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { pages } from '../../scripts/permalinks.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

test('no page carries scoped-style attributes (components style through site.css or is:global)', () => {
  requireBuiltSite();
  const scoped = pages(distDir).filter((p) => /\sdata-astro-cid-/.test(readFileSync(p.file, 'utf8'))).map((p) => p.url);
  expect(scoped).toEqual([]);
});

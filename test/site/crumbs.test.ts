// Every page of a release but its overview says where it sits: breadcrumbs from the release's
// overview to the page itself (the claims page had none).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { pages } from '../../scripts/permalinks.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

test('every page of a release but its overview has breadcrumbs leading back to the overview, ending at the page itself', () => {
  requireBuiltSite();
  const missing: string[] = [];
  let seen = 0;
  for (const page of pages(distDir)) {
    const m = /^\/(inap-2010-q2)\/(.+)$/.exec(page.url);
    if (!m) continue;
    seen++;
    const { document } = parseHTML(readFileSync(page.file, 'utf8'));
    const crumbs = document.querySelector('nav.crumbs');
    const first = crumbs?.querySelector('a')?.getAttribute('href');
    const last = crumbs?.querySelector('li:last-child [aria-current="page"]');
    if (!crumbs || first !== `/${m[1]}/` || !last) missing.push(page.url);
  }
  expect(seen).toBeGreaterThan(12);
  expect(missing).toEqual([]);
});

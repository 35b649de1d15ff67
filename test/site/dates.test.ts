// A release's date reads the same on every page that states it: written out ("July 29, 2010"), as the overview
// writes it, never stored form ("2010-07-29") on the home, original and source pages (issue 31).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { formatReleaseDate } from '../../src/lib/format/index.ts';
import { distDir, projectRoot, requireBuiltSite } from '../support/site.ts';

test('the bundled release\'s date is written out on its overview, original and source pages and the home page', () => {
  requireBuiltSite();
  const stored = String((parse(readFileSync(join(projectRoot, 'data/releases/inap-2010-q2/release.yaml'), 'utf8')) as { release_date: string }).release_date);
  const shown = formatReleaseDate(stored);
  expect(shown).not.toBe(stored);
  for (const page of ['index.html', 'inap-2010-q2/index.html', 'inap-2010-q2/original/index.html', 'inap-2010-q2/source/index.html']) {
    const html = readFileSync(join(distDir, page), 'utf8');
    expect(html, page).toContain(shown);
    expect(html, page).not.toContain(stored);
  }
});

// A release's overview leads to each of its pages in words that say what each is: the release as its
// company published it (the original), and the source page, which is tieout's reading of it (release.txt),
// never called "as published" (issue 31).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { distDir, requireBuiltSite } from '../support/site.ts';

test('the overview\'s cards lead to the release as published and to the source as tieout reads it', () => {
  requireBuiltSite();
  const { document } = parseHTML(readFileSync(join(distDir, 'inap-2010-q2', 'index.html'), 'utf8'));
  const cards = [...document.querySelectorAll('ul.cards li')].map((li) => [li.querySelector('a')!.getAttribute('href'), li.textContent!.replace(/\s+/g, ' ').trim()]);
  expect(cards).toContainEqual(['/inap-2010-q2/original/', 'As published The release as its company published it, every figure marked by whether it ties out']);
  expect(cards).toContainEqual(['/inap-2010-q2/source/', 'Source The release text as tieout reads it, line by line']);
  expect(cards.filter(([href]) => href === '/inap-2010-q2/source/').every(([, words]) => !words!.includes('as published'))).toBe(true);
});

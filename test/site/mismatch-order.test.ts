// What does not tie out is told in one order everywhere a reader meets it: the overview's story,
// the checks page's list and the home page's tally agree, furthest off first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { distDir, requireBuiltSite } from '../support/site.ts';

const R = 'inap-2010-q2';
const page = (path: string) => parseHTML(readFileSync(join(distDir, path, 'index.html'), 'utf8')).document;
const checkId = (href: string) => decodeURIComponent(href.slice(href.indexOf('#') + 1));

test('the checks page lists the mismatches in the overview’s order, furthest off first', () => {
  requireBuiltSite();
  const story = [...page(`${R}/`).querySelectorAll('#does-not-tie ~ ol.story > li h3 a')].map((a) => checkId(a.getAttribute('href')!));
  const listed = [...page(`${R}/checks/`).querySelectorAll('#mismatches li > a')].map((a) => checkId(a.getAttribute('href')!));
  expect(story.length).toBeGreaterThanOrEqual(4);
  expect(listed).toEqual(story);
  // The bundled release's worst: Adjusted EBITDA growth printed 32% against 46.46% recomputed.
  expect(listed[0]).toBe('growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2');
});

test('the home page tallies verdicts with their marks, "4 mismatches" in words, and shows a printed growth that does not tie out', () => {
  requireBuiltSite();
  const home = page('');
  const tally = [...home.querySelectorAll('section.release .summary a')].map((a) => ({ text: a.textContent!.replace(/\s+/g, ' ').trim(), mark: a.querySelector('.vm')?.className }));
  expect(tally[0]).toEqual({ text: '✗ 4 mismatches', mark: 'vm mismatch' });
  expect(tally.map((t) => t.text)).toContain('≈ 64 within rounding');
  const printed = home.querySelector('section.release .printed-growth .fv.mismatch');
  expect(printed?.textContent).toMatch(/^32%/);
});

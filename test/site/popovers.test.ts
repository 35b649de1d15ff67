// A figure's popover names each check it feeds so that a reader can tell them apart: checks of one
// quantity share a title (a tie to another table, claims in the prose), so repeated titles say
// what each check is and where its figure is printed.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { pages } from '../../scripts/permalinks.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

test('no popover on any page lists two checks under the same name', () => {
  requireBuiltSite();
  const repeated: string[] = [];
  let lists = 0;
  for (const page of pages(distDir)) {
    const { document } = parseHTML(readFileSync(page.file, 'utf8'));
    for (const pv of document.querySelectorAll('.pv')) {
      if (!pv.querySelector('.pv-f')) continue;
      lists++;
      // The checks that report the figure and those it feeds, together: a name is never listed twice.
      const own = [...pv.querySelectorAll('.pv-c')].map((c) => c.textContent!.slice(c.querySelector('a')?.textContent?.length ?? 0).split(': recomputed')[0]!);
      const fed = [...pv.querySelectorAll('.pv-f a')].map((a) => a.textContent!);
      const names = [...own, ...fed].map((n) => n.replace(/^[✓≈✗?]\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase());
      const twice = names.filter((n, i) => names.indexOf(n) !== i);
      if (twice.length > 0) repeated.push(`${page.url}: ${twice.join('; ')}`);
    }
  }
  expect(lists).toBeGreaterThan(100);
  expect(repeated).toEqual([]);
});

test('total revenues of Q2 2010 in the financial summary: its tie to the statement reports it, and its two claims in the prose are told apart', () => {
  requireBuiltSite();
  const { document } = parseHTML(readFileSync(`${distDir}/inap-2010-q2/statements/financial-summary/index.html`, 'utf8'));
  const button = document.querySelector('[id="total-revenues/2010-q2"] button.fv')!;
  const popover = document.getElementById(button.getAttribute('popovertarget')!)!;
  const text = (a: Element) => a.textContent!.replace(/\s+/g, ' ').trim();
  // The summary's copy is the figure the tie checks against the statement's total, so it carries the tie's mark.
  expect([...popover.querySelectorAll('.pv-c a')].map((a) => a.getAttribute('href'))).toEqual(
    expect.arrayContaining([expect.stringMatching(/tie\/revenue\/2010-q2$/)]),
  );
  const feeds = [...popover.querySelectorAll('.pv-f a')].map(text);
  expect(feeds).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/Total revenues, Q2 2010 \(in the prose, line 7\)$/),
      expect.stringMatching(/Total revenues, Q2 2010 \(in the prose, line 35\)$/),
    ]),
  );
});

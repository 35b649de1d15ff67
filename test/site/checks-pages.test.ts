// The checks page stays one short row per check (issue 12: it must stay light as releases get
// more checks); each check's explanation is on its kind's page, where its permalink lands, and
// the row on the checks page keeps the check's id so older links still land on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { paths } from '../../src/lib/site/paths.ts';
import { distDir, requireBuiltSite } from '../support/site.ts';

const R = 'inap-2010-q2';
const page = (path: string) => parseHTML(readFileSync(join(distDir, path, 'index.html'), 'utf8')).document;
const checks = () =>
  readFileSync(join(distDir, R, 'checks.json'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line.replace(/,$/, '')) as { id: string; kind: string; explanation: string });

test('every check has a row on the checks page, and its explanation only on its kind’s page, at its permalink', () => {
  requireBuiltSite();
  const all = checks();
  expect(all.length).toBe(210);
  const index = page(`${R}/checks`);
  expect(index.querySelectorAll('tr.detail')).toHaveLength(0);
  const kinds = new Map<string, Document>();
  for (const c of all) {
    const row = index.getElementById(c.id);
    expect(row?.tagName, c.id).toBe('TR');
    // The row's title leads to the explanation.
    expect(row!.querySelector('th a')?.getAttribute('href')).toBe(paths.check(R, c.id));
    expect(paths.check(R, c.id)).toBe(`/${R}/checks/${c.kind}/#${c.id}`);
    if (!kinds.has(c.kind)) kinds.set(c.kind, page(`${R}/checks/${c.kind}`));
    const there = kinds.get(c.kind)!.getElementById(c.id);
    expect(there?.tagName, c.id).toBe('TR');
    const detail = there!.nextElementSibling;
    expect(detail?.classList.contains('detail')).toBe(true);
    expect(detail?.textContent).toContain(c.explanation);
  }
  // A kind's page holds that kind only.
  for (const [kind, document] of kinds) {
    const ids = [...document.querySelectorAll('tr.c')].map((tr) => tr.id);
    expect(ids.sort()).toEqual(all.filter((c) => c.kind === kind).map((c) => c.id).sort());
  }
});

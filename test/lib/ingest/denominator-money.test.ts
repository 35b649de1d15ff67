// "Denominator" heads counts of shares in a computation of earnings per share, but only there: the denominator
// of a ratio is whatever the ratio divides by. Ally Financial's adjusted efficiency ratio (unseen EDGAR set s7,
// test/fixtures/ingest/forms/ally-2021-q4-efficiency-ratio.txt) prints "Denominator" over "Total net revenue
// $ 2,199" and its adjustments: amounts in millions, which the "Denominator" caption made counts of shares, so its
// "Repositioning" 131 was tied as shares. Imperial Petroleum's EPS "Denominator" (column-groups.test.ts) still
// heads shares.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/ally-2021-q4-efficiency-ratio.txt';
const text = readFileSync(file, 'utf8');
const meta: ReleaseMeta = {
  id: 'ally-2021-q4', title: 'x', company: 'Ally Financial', name: 'Ally', ticker: 'ALLY', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2021-q4', releaseDate: '2022-01-21', currency: 'USD', scale: 6,
};
const release = (t: string) => parseRelease(t, meta, emptyModel, file);

describe('rows under a "Denominator" whose first row prints a currency sign are amounts', () => {
  const { facts } = release(text);
  test.each([
    // section, row label, figure as printed (FY 2021), unit
    ['Denominator', 'Total net revenue', '$ 8,206', 'USD'],
    ['Denominator', 'Core OID', '38', 'USD'],
    ['Denominator', 'Insurance revenue', '(1,404)', 'USD'],
    ['Denominator', 'Repositioning', '131', 'USD'],
    ['Numerator', 'Repositioning', '(50)', 'USD'],
  ] as const)('%s: %s %s is %s in millions', (section, label, raw, unit) => {
    const f = facts.filter((x) => x.label === label && x.raw === raw && x.section.includes(section));
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x).toMatchObject({ unit, scale: 6 });
  });
});

describe("the denominator's Repositioning is checked, and printed wrong is a mismatch", () => {
  // The change column of FY 2021 against FY 2020 ("131 — 131"): the one check its figures take part in here.
  const change = (t: string) => runChecks(release(t), emptyModel).find((c) => c.id.endsWith('/denominator--repositioning/2021-fy-vs-2020-fy'));
  test.each([
    // FY 2021 "Repositioning" of the denominator as printed, and raised by 100 (a planted error's size)
    ['131', 'exact'],
    ['231', 'mismatch'],
  ] as const)('Repositioning %s', (raw, verdict) => {
    const t = text.split('\n').map((l) => (l.startsWith('  Repositioning\t9\t') ? l.replace('\t131\t', `\t${raw}\t`) : l)).join('\n');
    const c = change(t);
    expect(c, 'the FY 2021 change of the denominator\'s Repositioning').toBeDefined();
    expect(c!.verdict).toBe(verdict);
    expect(c!.unit).toBe('USD');
  });
});

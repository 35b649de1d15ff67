// A change column naming no pair beside an amount column whose periods the captions over its lines name
// (src/lib/checks/caption-changes.ts), on Caterpillar's sales and revenues by region, 1Q22
// (test/fixtures/checks/readings/cat-2022-q1-sales-by-region.txt): each region's "$ | % Chg" under "First Quarter 2022",
// then "$" alone under "First Quarter 2021", the same lines in each block.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';

const text = `Caterpillar Reports First-Quarter 2022 Results\n\n${readFileSync('test/fixtures/checks/readings/cat-2022-q1-sales-by-region.txt', 'utf8')}`;
const META = { id: 'cat-2022-q1', fiscalPeriod: '2022-q1', fiscalYearEnd: '12-31', scale: 6 };
const T = 'growth/sales-and-revenues-by-geographic-region';
const growths = (t: string) => checksOfText(t, META).filter((c) => c.id.startsWith(`${T}/`));
const RESOURCE = 'Resource Industries\t1,018\t55%\t399\t(1%)';

describe("each block's change is its amount against the same line's in the block of the year before", () => {
  test('every change of the 2022 block follows from the 2021 block: Resource Industries 1,018 ÷ 657 − 1 = 54.9%, printed 55%', () => {
    const checks = growths(text);
    expect(checks.length).toBeGreaterThanOrEqual(48);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const c = checks.find((x) => x.id === `${T}/resource-industries/percent-chg`)!;
    expect(c.computed!.startsWith('54.9')).toBe(true);
    expect(c.restsOn).toContain('the change of the Q1 2022 amount from the Q1 2021 one');
  });

  test('a change altered is a mismatch, the table\'s other changes bearing the reading out', () => {
    expect(text).toContain(RESOURCE);
    const altered = growths(text.replace(RESOURCE, 'Resource Industries\t1,018\t45%\t399\t(1%)'));
    expect(altered.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`${T}/resource-industries/percent-chg`]);
  });

  test('the amounts take their periods from the captions though the table prints change columns', () => {
    const release = parseRelease(text, { id: 'cat-2022-q1', title: 'x', company: 'cat', name: 'Caterpillar', ticker: 'CAT', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q1', releaseDate: '2022-04-28', currency: 'USD', scale: 6 }, emptyModel, 'cat/release.txt');
    const period = (row: string, key: string) => release.facts.find((f) => f.id === `cat-2022-q1/sales-and-revenues-by-geographic-region/${row}/${key}`)?.period;
    expect([period('resource-industries', 'north-america'), period('resource-industries-2', 'north-america'), period('resource-industries', 'percent-chg')]).toEqual(['2022-q1', '2021-q1', 'percent-chg']);
  });
});

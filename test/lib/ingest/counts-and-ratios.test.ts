// What a line counts or divides, read as its reader does (issue 29): people and places counted among a table's
// dollars, the scale a line states for its count, a caption naming the things its lines count, and a line worked out
// as a quotient of lines the table letters. Each was read as money in the table's scale, and so published in
// facts.csv as dollars (Bank of America's 41,365 thousand digital banking users as $41.4 million; Sears' 871
// full-line stores as $871 million; Wells Fargo's 12.9% tier 1 ratio as $12.9 billion).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const fixture = (name: string) => `test/fixtures/ingest/forms/${name}.txt`;
const meta = (id: string, fiscalPeriod: string, releaseDate: string, scale: number, fiscalYearEnd = '12-31'): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd, fiscalPeriod, releaseDate, currency: 'USD', scale,
});
const releases = {
  bac: { file: fixture('bac-2021-q4-ratios'), meta: meta('bac-2021-q4', '2021-q4', '2022-01-19', 6) },
  wfc: { file: fixture('wfcs-2021-q4-capital-ratios'), meta: meta('wfcs-2021-q4', '2021-q4', '2022-01-14', 6) },
  sears: { file: fixture('s-2004-q2-store-count'), meta: meta('s-2004-q2', '2004-q2', '2004-07-22', 6, '01-01') },
} as const;
type Name = keyof typeof releases;
const textOf = (name: Name) => readFileSync(releases[name].file, 'utf8');
const release = (name: Name, text = textOf(name)) => parseRelease(text, releases[name].meta, emptyModel, releases[name].file);

describe('a line\'s unit and scale, by what it counts or divides', () => {
  test.each([
    // release, row id (table/row), unit, scale, periods read
    ['bac', 'consumer-banking-key-indicators/active-digital-banking-users-in-thousands', 'count', 3, ['2021-fy', '2020-fy', '2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4']],
    ['bac', 'consumer-banking-key-indicators/total-average-deposit-balances', 'USD', 6, ['2021-fy', '2020-fy', '2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4']],
    ['wfc', 'risk-based-capital-ratios-under-basel-iii/tier-1-capital-to-total-rwas-bd', 'percent', 0, ['2021-12-31', '2021-09-30', '2021-06-30', '2021-03-31', '2020-12-31']],
    ['wfc', 'risk-based-capital-ratios-under-basel-iii/total-capital-to-total-rwas-cd', 'percent', 0, ['2021-12-31', '2021-09-30', '2021-06-30', '2021-03-31', '2020-12-31']],
    ['wfc', 'risk-based-capital-ratios-under-basel-iii/total-tier-1-capital', 'USD', 9, ['2021-12-31', '2021-09-30', '2021-06-30', '2021-03-31', '2020-12-31']],
    ['sears', 'domestic-retail-stores/full-line', 'count', 0, ['2004-07-03', '2003-06-28', '2004-01-03']],
    ['sears', 'domestic-retail-stores/total-domestic-retail-stores', 'count', 0, ['2004-07-03', '2003-06-28', '2004-01-03']],
    ['sears', 'domestic-inventories/lifo', 'USD', 6, ['2004-07-03', '2003-06-28', '2004-01-03']],
  ] as const)('%s %s: %s, scale %i', (name, row, unit, scale, periods) => {
    const facts = release(name).facts.filter((f) => `${f.table}/${f.row}` === row && f.origin === 'cell' && f.status === 'reported' && !f.period.includes('-vs-'));
    expect(facts.map((f) => f.period)).toEqual(periods);
    expect(facts.every((f) => f.unit === unit && f.scale === scale)).toBe(true);
  });
});

describe('counts foot as counts, and one printed wrong is still a mismatch', () => {
  const check = 'footing/domestic-retail-stores/total-domestic-retail-stores/2003-06-28';
  test('Sears\' domestic stores: 869 + 1,307 + 15 = 2,191', () => {
    const c = runChecks(release('sears'), emptyModel).find((x) => x.id === check);
    expect(c?.verdict).toBe('exact');
  });
  test('Specialty printed 1,370 for 1,307', () => {
    const text = textOf('sears').replace('  Specialty\t1,109\t1,307\t1,105', '  Specialty\t1,109\t1,370\t1,105');
    expect(runChecks(release('sears', text), emptyModel).find((x) => x.id === check)?.verdict).toBe('mismatch');
  });
});

// Units, scales and periods of figures a reader reads from the table around them (src/lib/ingest/build-table.ts and
// the modules it reads with; issue 29), each case a table excerpted from a real release as `tieout import` wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const fixture = (name: string) => `test/fixtures/ingest/forms/${name}.txt`;
const meta = (id: string, fiscalPeriod: string, releaseDate: string, scale: number, fiscalYearEnd = '12-31', currency = 'USD'): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd, fiscalPeriod, releaseDate, currency, scale,
});
const releases = {
  hig: { file: fixture('hig-2020-q1-margin-reconciliation'), meta: meta('hig-2020-q1', '2020-q1', '2020-04-29', 6) },
  hbi: { file: fixture('hbi-2024-q4-leverage-ratio'), meta: meta('hbi-2024-q4', '2024-q4', '2025-02-13', 3, '12-28') },
  cpa: { file: fixture('cpa-2024-q4-cents'), meta: meta('cpa-2024-q4', '2024-q4', '2025-02-12', 3) },
} as const;
type Name = keyof typeof releases;
const textOf = (name: Name) => readFileSync(releases[name].file, 'utf8');
const release = (name: Name, text = textOf(name)) => parseRelease(text, releases[name].meta, emptyModel, releases[name].file);

describe('each figure read in the unit and scale its reader reads it in', () => {
  test.each<[Name, string, string, number]>([
    // release, fact id less the release, unit, scale
    // A bare change beside percentages, under a "Change" printing "%" nowhere: a difference in points, not $0.8 million.
    ['hig', 'margin/net-income-margin/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/net-realized-capital-losses-gains-excluded-from-core-earnings-before-tax/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/core-earnings-margin/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/core-earnings-margin/2020-q1', 'percent', 0],
    // A multiple of EBITDA named with a qualifier after a comma, and debt over income: quotients, not $3.4 thousand.
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/net-debtebitda-as-adjusted/2024-fy', 'ratio', 0],
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/debtincome-loss-from-continuing-operations/2023-fy', 'ratio', 0],
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/net-debt--net-debt/2024-fy', 'USD', 3],
    // Cents of the currency named: per passenger or seat mile, in hundredths of a dollar, not US$12.5 thousand.
    ['cpa', 'consolidated-financial-operating-highlights/yield-us-cents/2024-q4', 'USD/unit', -2],
    ['cpa', 'consolidated-financial-operating-highlights/casm-excl-fuel-us-cents/2024-fy', 'USD/unit', -2],
    ['cpa', 'consolidated-financial-operating-highlights/yield-us-cents/2024-q4-vs-2023-q4', 'percent', 0],
    ['cpa', 'non-ifrs-financial-measure-reconciliation/aircraft-fuel-cost-per-asm-in-us-cents/2024-q3', 'USD/unit', -2],
  ])('%s %s: %s, scale %d', (name, id, unit, scale) => {
    const fact = release(name).facts.find((f) => f.id === `${releases[name].meta.id}/${id}`);
    expect(fact && { unit: fact.unit, scale: fact.scale }).toEqual({ unit, scale });
  });
});

describe('a reading that establishes a check still catches an error printed', () => {
  const verdict = (name: Name, id: string, text?: string) => runChecks(release(name, text), emptyModel).find((c) => c.id === id)?.verdict;
  test('The Hartford: net income margin 6.9% - 7.7% = (0.8) points', () => {
    expect(verdict('hig', 'change/margin/net-income-margin/2020-q1-vs-2019-q1')).toBe('exact');
    expect(verdict('hig', 'change/margin/net-income-margin/2020-q1-vs-2019-q1', textOf('hig').replace('<u>(0.8)</u>', '<u>(1.8)</u>'))).toBe('mismatch');
  });
});

// A "%" that heads a change column, printed on the line of the spans over it, is no unit of the dated columns beside the
// change. Nike's 4Q FY26 EX-99.1 as text (../shared/unseen-s33/nke-fy2026-q4.txt; excerpt
// test/fixtures/ingest/forms/nke-fy2026-q4-income-statement.txt, lines 92-118 of the imported release) heads its income
// statement "THREE MONTHS ENDED% | TWELVE MONTHS ENDED%" over "5/31/2026 | 5/31/2025 | Change" twice: the "% Change"
// of the HTML written on two lines, its "%" joined to the span. Every column took the "%", so "Cost of sales 5,579" was
// read as 5,579 percent and "Interest (income) expense, net (8)" as (8) percent, in columns named "2026-q4.percent".
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const FILE = 'test/fixtures/ingest/forms/nke-fy2026-q4-income-statement.txt';
const meta: ReleaseMeta = {
  id: 'nke-fy2026-q4', title: 'x', company: 'nke', name: 'NIKE, Inc.', ticker: 'NKE', exchange: 'NYSE', fiscalYearEnd: '05-31', fiscalPeriod: '2026-q4',
  releaseDate: '2026-06-30', currency: 'USD', scale: 6,
};
const text = readFileSync(FILE, 'utf8');
const facts = (t = text) => parseRelease(t, meta, emptyModel, FILE).facts;

describe('a "%" joined to a span over a change column heads the change, not the dated columns (Nike, 4Q FY26)', () => {
  test.each([
    // row label, period, figure as printed, unit
    ['Revenues', '2026-q4', '$10,972', 'USD'],
    ['Cost of sales', '2026-q4', '5,579', 'USD'],
    ['Cost of sales', '2025-fy', '26,519', 'USD'],
    ['Interest (income) expense, net', '2026-q4', '(8)', 'USD'],
    ['Income tax expense', '2026-fy', '792', 'USD'],
    ['Basic', '2026-q4', '1,482.6', 'shares'],
    ['Cost of sales', '2026-q4-vs-2025-q4', '-16%', 'percent'],
    ['Income before income taxes', '2026-fy-vs-2025-fy', '0%', 'percent'],
  ] as const)('%s (%s) %s is %s', (label, period, raw, unit) => {
    const f = facts().filter((x) => x.label === label && x.period === period && x.raw === raw);
    expect(f.length).toBe(1);
    expect(f[0].unit).toBe(unit);
  });

  // The change columns keep the sign, and a "%" that stands over the dated columns alone still heads them.
  test('a span printing "%" over no change still heads its columns', () => {
    const alone = text.replaceAll('\tChange', '\tTotal');
    const f = facts(alone).filter((x) => x.label === 'Cost of sales' && x.raw === '5,579');
    expect(f.length).toBe(1);
    expect(f[0].unit).toBe('percent');
  });
});

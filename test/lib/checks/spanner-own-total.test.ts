// A spanner's columns one of which is the others' sum, no header naming it their total (src/lib/checks/column-footing.ts,
// `figuredTotals`), and the periods of columns whose header names a span with no date, dated by the sentence
// introducing the table (src/lib/ingest/columns.ts). Choice Properties' 4Q24 reconciliations of net income to its
// proportionate share basis (test/fixtures/checks/corpus/chp-2024-q4-proportionate, README there): "The following table
// reconciles net income … for the three months and year ended December 31, 2024:" over "Three Months | Year Ended",
// each over "GAAP Basis | Adjustment to Proportionate Share Basis(2) | Proportionate Share Basis(2)", the spanner's words
// "Adjustment to Proportionate" written into every column by the PDF's layout.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';
import { spanEndOfIntro } from '../../../src/lib/ingest/periods.ts';

const CHP = 'chp-2024-q4-proportionate';
const SHARE = 'adjustment-proportionate-proportionate-share-basis';

describe('three columns of one period, one the sum of the other two', () => {
  test('each column is the span its header names, ending on the day the sentence above the table dates', () => {
    const periods = excerpt(CHP).release.tables.map((t) => [...new Set(t.columns.map((c) => c.period))]);
    expect(periods).toEqual([['2024-q4', '2024-fy'], ['2023-q4', '2023-fy']]);
  });

  test.each([
    // 344,861 + 23,515 = 368,376; (381,568) + (31,319) = (412,887); 10,247 + (2,298) = 7,949
    ['rental-revenue', '2024-q4', '$ 368,376'],
    ['property-operating-costs', '2024-fy', '(412,887)'],
    ['interest-income', '2024-q4', '7,949'],
  ])('%s, %s: GAAP basis + adjustment = proportionate share (%s)', (row, period, printed) => {
    const c = excerpt(CHP).check(`footing/net-operating/${row}/${period}.${SHARE}/spanner`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.restsOn).toContain('add up to the third');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(CHP).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("an adjustment altered is its line's mismatch: 23,515 printed 23,815", () => {
    alteredIsMismatch(CHP, '$ 344,861\t$ 23,515\t$ 368,376', '$ 344,861\t$ 23,815\t$ 368,376', `footing/net-operating/rental-revenue/2024-q4.${SHARE}/spanner`);
  });
});

describe('the day a sentence introducing a table says its spans end', () => {
  test.each<[string, string | null]>([
    ['The following table reconciles net income, as determined in accordance with GAAP, to net income on a proportionate share basis(2) for the three months and year ended December 31, 2024:', '2024-12-31'],
    ['The following table presents a reconciliation for the quarter ended March 31, 2020:', '2020-03-31'],
    ['The following table presents a reconciliation for the quarters ended March 31, 2020 and 2019:', null], // two years: no one day
    ['Net income for the year ended December 31, 2024 was $784 million.', null], // no colon: no introduction
    ['The following table details the portfolio at March 31, 2020:', null], // a day, no span's end
  ])('spanEndOfIntro(%j) → %j', (sentence, iso) => {
    expect(spanEndOfIntro(sentence)?.iso ?? null).toBe(iso);
  });
});

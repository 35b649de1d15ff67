// A line whose own words name trailing twelve months is of the twelve months ending where its column's period ends,
// never of the column's quarter (issue 29: "trailing-four-quarter columns read as quarters"). Amazon, 1Q23
// (../shared/series/amzn/amzn-2023-q1.txt; excerpt test/fixtures/ingest/amzn-2023-q1-ttm): "Supplemental Financial
// Information and Business Metrics" heads its columns "Q4 2021 … Q1 2023", and prints beside each quarter's lines
// "Operating cash flow -- trailing twelve months (TTM)", "Free cash flow -- TTM (3)", "WW net sales -- TTM". Read
// under the quarters, $54,330 million of operating cash flow was the first quarter of 2023's (the statement of cash
// flows prints 4,788 for that quarter and 54,330 for the twelve months).
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';

const release = loadRelease('test/fixtures/ingest/amzn-2023-q1-ttm');
const fact = (row: string, key: string) => {
  const f = release.facts.find((x) => x.id.endsWith(`/${row}/${key}`));
  expect(f, `${row}/${key}`).toBeDefined();
  return f!;
};

describe('lines naming trailing twelve months under quarter columns', () => {
  test.each([
    ['operating-cash-flow-trailing-twelve-months-ttm', '2023-q1', '2023-12m-to-03', '54330'],
    ['operating-cash-flow-trailing-twelve-months-ttm', '2022-q4', '2022-fy', '46752'],
    ['free-cash-flow-ttm', '2021-q4', '2021-fy', '-9069'],
    ['ww-net-sales-ttm', '2022-q2', '2022-12m-to-06', '485902'],
    // A percentage of trailing figures is of the same twelve months.
    ['operating-cash-flow-ttm-yy-growth-decline', '2023-q1', '2023-12m-to-03', '38'],
  ])('%s under %s: period %s', (row, key, period, value) => {
    const f = fact(row, key);
    expect(f.period).toBe(period);
    expect(f.value).toBe(value);
    expect(release.periods.find((p) => p.id === period)).toMatchObject({ kind: 'duration' });
  });

  test.each([
    ['worldwide-ww-net-sales', '2023-q1', '2023-q1'],
    ['operating-income', '2022-q3', '2022-q3'],
    ['common-shares-outstanding', '2022-q4', '2022-q4'],
  ])('a line naming no span keeps its column\'s: %s under %s is %s', (row, key, period) => {
    expect(fact(row, key).period).toBe(period);
  });

  test('the twelve months run from the day after the same date a year before', () => {
    expect(release.periods.find((p) => p.id === '2023-12m-to-03')).toMatchObject({ start: '2022-04-01', end: '2023-03-31' });
  });
});

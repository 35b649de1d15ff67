// Where a column's "%" stops: PC Connection, 1Q20 (unseen set s14, cnxn-2020-q1.htm; excerpt
// test/fixtures/ingest/forms/cnxn-2020-q1-product-mix.txt, release.txt lines 61–105 as `tieout import` wrote them at
// main e57cd32): "% of Net Sales" heads "Product Mix:" down to "Total Net Sales 100%"; the lines of "Stock Performance
// Indicators:" under it, in the same columns, were read as percentages ("$ 23.09", "$ 1,075,622").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { shareReach, type ReachRow } from '../../../src/lib/ingest/share-reach.ts';
import { parseValue } from '../../../src/lib/ingest/parse-value.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/** Rows of one column: a string is a caption, an array the row's figures as printed. */
const rows = (...lines: (string | string[])[]): ReachRow[] =>
  lines.map((l) => ({ values: typeof l === 'string' ? [] : l.map((text, index) => ({ index, parsed: parseValue(text)! })) }));

describe('shareReach(rows, columns): the first row a "%" header no longer heads', () => {
  test.each<[string, ReachRow[], [number, number][]]>([
    ['a caption after the whole, over figures printed with "$" or beyond 100, ends it',
      rows('Product Mix', ['28%'], ['72'], ['<u>100%</u>'], 'Stock Performance Indicators', ['26,101'], ['$ 23.09'], ['13.0']), [[0, 4]]],
    ['figures beyond 100 alone end it', rows(['40'], ['60'], ['100'], 'Other data', ['1,250'], ['3']), [[0, 3]]],
    ['a second breakdown summing to 100 stays under the header', rows(['40'], ['60'], ['100%'], 'By region', ['30'], ['70'], ['100%']), []],
    ['so does a block of shares printing "%", some beyond 100 (a loss among shares)', rows(['40'], ['60'], ['100%'], 'Of pretax income', ['120%'], ['(20)%'], ['100%']), []],
    ['a whole with no caption after it closes nothing', rows(['40'], ['60'], ['100'], ['$ 5']), []],
    ['nor does a column with no whole', rows(['40'], ['60'], 'Other', ['$ 5']), []],
    ['the search goes past a breakdown of shares to the block that is none', rows(['40'], ['60'], ['100'], 'By region', ['30'], ['70'], ['100'], 'Stock', ['$ 41.21']), [[0, 7]]],
  ])('%s', (_, given, expected) => {
    expect([...shareReach(given, [0])]).toEqual(expected);
  });
});

describe('a figure is read in its own unit past the block its column\'s "%" heads', () => {
  const meta: ReleaseMeta = {
    id: 'cnxn-2020-q1', title: 'x', company: 'cnxn', name: 'PC Connection, Inc.', ticker: 'CNXN', exchange: 'NASDAQ', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3,
  };
  const file = 'test/fixtures/ingest/forms/cnxn-2020-q1-product-mix.txt';
  const facts = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file).facts;
  test.each<[string, string, number, string | null]>([
    // fact id (table/row/column), unit, scale, dimension
    ['product-mix/accessories/2020-q1.percent-of-total', 'percent', 0, 'percent-of-total'],
    ['product-mix/total-net-sales/2019-q1.percent-of-total', 'percent', 0, 'percent-of-total'],
    ['product-mix/actual-shares-outstanding/2020-q1.percent-of-total', 'shares', 3, null],
    ['product-mix/total-book-value-per-share/2020-q1.percent-of-total', 'USD/share', 0, null],
    ['product-mix/closing-price/2019-q1.percent-of-total', 'USD/share', 0, null],
    ['product-mix/market-capitalization/2020-q1.percent-of-total', 'USD', 3, null],
    ['product-mix/trailing-priceearnings-ratio/2020-q1.percent-of-total', 'ratio', 0, null],
    ['product-mix/ltm-adjusted-ebitda/2019-q1.percent-of-total', 'USD', 3, null],
    ['product-mix/adjusted-market-capitalizationltm-adjusted-ebitda/2020-q1.percent-of-total', 'ratio', 0, null],
  ])('%s: %s at scale %i', (id, unit, scale, dimension) => {
    const f = facts.find((x) => x.id === `cnxn-2020-q1/${id}`);
    expect([f?.unit, f?.scale, f?.dimension ?? null]).toEqual([unit, scale, dimension]);
  });
});

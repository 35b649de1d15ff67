// Column periods and cell units of tables in the EDGAR exhibits 99.1 of April 2020 (unseen set s12, ../shared/unseen-edgar-s12; review
// test/fixtures/corpus-review/unseen/edgar-s12.md, "Import, figures not read, facts misread"), each excerpt cut from the
// release.txt that `tieout import` wrote from the exhibit (main d3f5c2b), as a reader dates each column:
// - SiteOne (site-2020-q1.htm, lines 212–225): "2020 2019 2019 2019 2019 2018 2018 2018" over "Qtr 1 Qtr 4 Qtr 3 …":
//   each column a quarter; read as fiscal years before (2019's four quarters all 2019-fy).
// - Aflac (afl-2020-q1.htm, lines 88–100): "2020 | 2019 | % Change" over a first row "MARCH 31," with no figure, the
//   day of every column; read as December 31 of each year (the fiscal year's end) before.
// - Timberland (tsbk-fy2020-q2.htm, lines 134–157): "Amount | Percent" under a title that dates nothing, introduced by
//   "The following table details … by collateral type at March 31, 2020:"; no period before.
// - Timberland (lines 99–120): its loan table's "Percent" columns print "%" on their first figure only, and "--" for
//   shares under half a point; those dashes were read as dollars (USD, scale 3) before.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { dayOfIntro, dayUnderHeader } from '../../../src/lib/ingest/periods.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const META: Record<string, ReleaseMeta> = {
  'afl-2020-q1': { id: 'afl-2020-q1', title: 'x', company: 'afl', name: 'Aflac Incorporated', ticker: 'AFL', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-28', currency: 'USD', scale: 6 },
  'tsbk-fy2020-q2': { id: 'tsbk-fy2020-q2', title: 'x', company: 'tsbk', name: 'Timberland Bancorp, Inc.', ticker: 'TSBK', exchange: 'NASDAQ', fiscalYearEnd: '09-30', fiscalPeriod: '2020-q2', releaseDate: '2020-04-28', currency: 'USD', scale: 3 },
  'site-2020-q1': { id: 'site-2020-q1', title: 'x', company: 'site', name: 'SiteOne Landscape Supply, Inc.', ticker: 'SITE', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-05-06', currency: 'USD', scale: 6 },
};

function read(fixture: string, release: string) {
  const file = `test/fixtures/ingest/forms/${fixture}`;
  return parseRelease(readFileSync(file, 'utf8'), META[release]!, emptyModel, file);
}

describe('each column of the table is dated as its reader dates it', () => {
  test.each<[string, string, string, string[]]>([
    // fixture, release, row, the periods of its facts in column order
    ['site-2020-q1-adjusted-ebitda.txt', 'site-2020-q1', 'reported-net-income-loss', ['2020-q1', '2019-q4', '2019-q3', '2019-q2', '2019-q1', '2018-q4', '2018-q3', '2018-q2']],
    ['afl-2020-q1-balance-sheet.txt', 'afl-2020-q1', 'total-assets', ['2020-03-31', '2019-03-31', '2020-03-31-vs-2019-03-31']],
    ['tsbk-fy2020-q2-cre-collateral.txt', 'tsbk-fy2020-q2', 'office-buildings', ['2020-03-31', '2020-03-31']],
  ])('%s: %s', (fixture, release, row, periods) => {
    const r = read(fixture, release);
    expect(r.errors).toEqual([]);
    expect(r.facts.filter((f) => f.row === row).map((f) => f.period)).toEqual(periods);
  });
});

describe('a day is taken from a row or a sentence only as printed', () => {
  test.each<[string, string | null]>([
    ['MARCH 31,', 'as of MARCH 31'],
    ['As of December 31', 'as of December 31'],
    ['March 31, 2020', null], // a full date heads by itself
    ['Assets:', null],
    ['Three months ended March 31,', null], // a span: read with the title's own words, not as a day
  ])('dayUnderHeader(%j) → %j', (label, day) => {
    expect(dayUnderHeader(label)).toBe(day);
  });

  test.each<[string, string | null]>([
    ['The following table details Timberland’s commercial real estate mortgage loan portfolio by collateral type at March 31, 2020:', 'as of March 31, 2020'],
    ['The following table details the portfolio at March 31, 2020 and December 31, 2019:', null], // two days: not one period
    ['The following table details Timberland’s portfolio at March 31, 2020.', null], // no colon: no introduction
    ['The following table presents a reconciliation for the quarter ended March 31, 2020:', null], // a span, not a day
  ])('dayOfIntro(%j) → %j', (sentence, day) => {
    expect(dayOfIntro(sentence)).toBe(day);
  });
});

describe('a nil mark takes its column\'s unit', () => {
  const r = read('tsbk-fy2020-q2-loans.txt', 'tsbk-fy2020-q2');
  test.each<[string, string, string]>([
    // fact (row/column), unit, scale
    ['construction-land-development/2019-12-31.percent', 'percent', '0'],
    ['other/2020-03-31.percent', 'percent', '0'],
    ['other/2020-03-31.amount', 'USD', '3'],
    ['multi-family/2020-03-31.percent', 'percent', '0'],
  ])('%s: %s at scale %s', (id, unit, scale) => {
    const f = r.facts.find((x) => x.id.endsWith(`/${id}`));
    expect(`${f?.unit} ${f?.scale}`).toBe(`${unit} ${scale}`);
  });
});

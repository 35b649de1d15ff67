// Growth printed as a row under the line it names (src/lib/checks/growth-rows.ts). Amazon's business metrics (1Q22)
// print five quarters side by side and, under a measure, its "-- Y/Y growth" in the same columns: the growth of the
// quarter over the same quarter a year before, where the table prints that quarter (Q4 2021 over Q4 2020, Q1 2022 over
// Q1 2021). "Y/Y" read as two words hid the row's growth; employees, a count, grow as amounts do.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { importRelease } from '../../../src/lib/import/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import { checksOfText, excerpt } from './no-model.ts';
import { alteredIsMismatch } from './fixture.ts';

const text = readFileSync('test/fixtures/checks/readings/amzn-2022-q1-business-metrics.txt', 'utf8');
const META: ReleaseMeta = {
  id: 'amzn-2022-q1', title: 'Results', company: 'amzn', name: 'Amazon.com, Inc.', ticker: 'AMZN', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2022-q1', releaseDate: '2022-04-28', currency: 'USD', scale: 6,
};
const checksOf = (t: string) => runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel);
const TABLE = 'supplemental-financial-information-and-business-metrics';

describe('a "-- Y/Y growth" row is the growth of the line above it over the quarter a year before', () => {
  const checks = checksOf(text);
  test.each<[string, string, string]>([
    // row, column, verdict as printed: 23,656 over 21,465 is 10.2%, printed 10%; 1,608,000 over 1,298,000 is 23.9%, printed 24%
    ['ww-shipping-costs-yy-growth', '2021-q4', 'rounding'],
    ['ww-shipping-costs-yy-growth', '2022-q1', 'rounding'],
    ['employees-full-time-and-part-time-excludes-contractors-temporary-personnel-yy-growth', '2021-q4', 'rounding'],
    ['employees-full-time-and-part-time-excludes-contractors-temporary-personnel-yy-growth', '2022-q1', 'rounding'],
  ])('%s in %s: %s', (row, column, verdict) => {
    const check = checks.find((c) => c.id === `growth/${TABLE}/${row}/${column}`);
    expect(check?.verdict, checks.filter((c) => c.id.startsWith('growth/')).map((c) => c.id).join('\n')).toBe(verdict);
  });

  test('a quarter whose year before is not printed, and a growth "excluding F/X", are not judged', () => {
    expect(checks.find((c) => c.id === `growth/${TABLE}/ww-shipping-costs-yy-growth/2021-q3`)).toBeUndefined();
    expect(checks.filter((c) => /excluding-fx\/20\d\d-q\d$/.test(c.id))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a growth printed wrong is a mismatch', () => {
    // Q4 2021's 10% printed 40%.
    const line = 'WW shipping costs -- Y/Y growth\t67%\t57%\t30%\t20%\t10%\t14%\tN/A';
    expect(text).toContain(line);
    const altered = checksOf(text.replace(line, line.replace('\t10%', '\t40%')));
    expect(altered.find((c) => c.id === `growth/${TABLE}/ww-shipping-costs-yy-growth/2021-q4`)?.verdict).toBe('mismatch');
  });
});

describe('a "-- TTM Y/Y growth" row is the growth of the line named "trailing twelve months (TTM)" above it', () => {
  // Amazon 1Q23: "Operating cash flow -- TTM Y/Y growth (decline)" under "Operating cash flow -- trailing twelve months (TTM)".
  const ttm = readFileSync('test/fixtures/checks/readings/amzn-2023-q1-results-and-segments.txt', 'utf8');
  const run = (t: string) => checksOfText(t, { ...META, id: 'amzn-2023-q1', fiscalPeriod: '2023-q1', releaseDate: '2023-04-27' });
  const row = 'operating-cash-flow-ttm-yy-growth-decline';
  test.each<[string, string]>([
    // 46,752 over 46,327 is 0.9%, printed 1%; 54,330 over 39,324 is 38.2%, printed 38%
    ['2022-q4', 'rounding'],
    ['2023-q1', 'rounding'],
  ])('in %s: %s', (column, verdict) => {
    const checks = run(ttm);
    expect(checks.find((c) => c.id === `growth/${TABLE}/${row}/${column}`)?.verdict, checks.filter((c) => c.id.startsWith('growth/')).map((c) => c.id).join('\n')).toBe(verdict);
  });

  test('printed wrong, a mismatch', () => {
    const line = 'Operating cash flow -- TTM Y/Y growth (decline)\t(30)%\t(41)%\t(40)%\t(27)%\t1%\t38%\tN/A';
    expect(ttm).toContain(line);
    expect(run(ttm.replace(line, line.replace('\t38%', '\t48%'))).find((c) => c.id === `growth/${TABLE}/${row}/2023-q1`)?.verdict).toBe('mismatch');
  });
});

// eBay's supplemental operating data (1Q23, unseen set s29; excerpt test/fixtures/import/text/ebay-2023-q1-operating-data.txt):
// "Three Months Ended" over two of five dates made the first and last columns days (March 31, 2023 and 2022), so no
// quarter had its year-ago quarter beside it; "Active Buyers" were USD millions; the rows "Current quarter vs prior
// year quarter" under each line name no growth and were not read.
describe('"Current quarter vs prior year quarter" under a line is its growth over the quarter a year before (eBay 1Q23)', () => {
  const path = 'test/fixtures/import/text/ebay-2023-q1-operating-data.txt';
  const ebay: ReleaseMeta = { ...META, id: 'ebay-2023-q1', company: 'ebay', name: 'eBay Inc.', ticker: 'EBAY', fiscalPeriod: '2023-q1', releaseDate: '2023-04-26' };
  const read = (edit?: [string, string]) => {
    let source = readFileSync(path, 'utf8');
    if (edit) {
      expect(source).toContain(edit[0]);
      source = source.replace(edit[0], edit[1]);
    }
    const release = parseRelease(importRelease({ text: source, file: path, kind: 'text' }, { ticker: 'EBAY' }).releaseText, ebay, emptyModel, path);
    return { release, checks: runChecks(release, emptyModel) };
  };
  const { release, checks } = read();
  const T = 'growth/supplemental-operating-data';

  test('every column is a quarter, the buyers counted in millions', () => {
    expect([...new Set(release.facts.map((f) => f.period))]).toEqual(['2023-q1', '2022-q4', '2022-q3', '2022-q2', '2022-q1']);
    expect(release.facts.filter((f) => f.row === 'active-buyers').map((f) => [f.unit, f.scale])).toEqual(Array(5).fill(['count', 6]));
  });

  test.each<[string, string]>([
    // row, printed: 133 over 142 is -6.3% (the rounded millions allow -7.0), 18,410 over 19,409 is -5.1%
    // (the caption "Gross Merchandise Volume (3)", closed by its note mark, heads "U.S." and "International": their
    // rows are named in its section, and the total's is the third of the rows under no caption)
    ['current-quarter-vs-prior-year-quarter', '-7'],
    ['gross-merchandise-volume--current-quarter-vs-prior-year-quarter', '-3'],
    ['current-quarter-vs-prior-year-quarter-3', '-5'],
  ])('%s in 2023-q1, printed %s, holds', (row, printed) => {
    const c = checks.find((x) => x.id === `${T}/${row}/2023-q1`);
    expect(c?.reported?.value).toBe(printed);
    expect(c?.verdict).toBe('rounding');
  });

  test('the quarters whose year-ago quarter the table does not print are not read as growth over it', () => {
    expect(checks.filter((c) => c.id.startsWith(T) && !c.id.endsWith('/2023-q1') && !c.id.endsWith('/parts'))).toEqual([]);
  });

  test("there, the total's growth is read from its two lines' (src/lib/checks/growth-parts.ts), and holds", () => {
    // Total GMV of 2Q22 to 1Q23 from U.S. and International: (9,010 + 9,400) ÷ (9,010 ÷ 0.97 + 9,400 ÷ 0.93) = 0.9492, printed (5)%
    const parts = checks.filter((c) => c.id.startsWith(T) && c.id.endsWith('/parts'));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.filter((c) => c.verdict !== 'rounding' && c.verdict !== 'exact')).toEqual([]);
  });

  // Each row is read in one column only; the rows printed alike bear each other out (four hold where one fails).
  test('a growth altered is a mismatch, corroborated by the rows printed alike', () => {
    const altered = read(['(5) %                   (12) %', '(9) %                   (12) %']).checks;
    expect(altered.find((c) => c.id === `${T}/current-quarter-vs-prior-year-quarter-3/2023-q1`)?.verdict).toBe('mismatch');
  });
});

// Oracle's FY2014 supplemental analysis (test/fixtures/checks/corpus/orcl-fy2014-q4-supplemental): "AS REPORTED REVENUE
// GROWTH RATES" over its lines indented, then "Services Revenues" and "Total Revenues" flush left, as its revenues print
// them above. The indentation ended the heading's section there, so their growths were read as no growth: the block runs
// on to the next caption, "CONSTANT CURRENCY GROWTH RATES", whose rows stay unread as plain growth.
describe('a growth heading continued by rows printed flush with it', () => {
  const ORCL = 'orcl-fy2014-q4-supplemental';
  const T = 'growth/fiscal-2014-financial-results-supplemental-analysis';
  test.each([
    // 918 ÷ 995 − 1 = (7.7)%, printed (8%); 11,320 ÷ 10,947 − 1 = 3.4%, printed 3%
    [`${T}/services-revenues/2014-q1`, '(8%)'],
    [`${T}/total-revenues/2014-q4`, '3%'],
  ])('%s (%s) is read as the growth of its line above', (id, printed) => {
    const c = excerpt(ORCL).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
  });

  test('the constant-currency block after it is not read as plain growth', () => {
    expect(excerpt(ORCL).checks.filter((c) => /\/(services-revenues-2|total-revenues-2|hardware-systems-[a-z-]+)\//.test(c.id) && c.id.startsWith(T))).toEqual([]);
  });

  test("Services Revenues' (4%) for Q4 printed (9%) is a mismatch", () => {
    alteredIsMismatch(ORCL, 'Services Revenues\t(7%)\t(6%)\t(9%)\t(10%)\t(8%)\t(8%)\t(5%)\t(5%)\t(4%)', 'Services Revenues\t(7%)\t(6%)\t(9%)\t(10%)\t(8%)\t(8%)\t(5%)\t(5%)\t(9%)', `${T}/services-revenues/2014-q4`);
  });
});


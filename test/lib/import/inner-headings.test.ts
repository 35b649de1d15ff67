// A heading inside one HTML table that names no period names what the next block measures; the block's columns stay the
// periods the table's header dates. MarketAxess's "Commission Revenue Details" (unseen EDGAR set s12; excerpt
// test/fixtures/import/real/mktx-2020-q1-commissions.html, the table whole) prints "Three Months Ended | March 31, |
// 2020 2019" over "Total Commissions Revenue", then, after "Total commissions", "Average Variable Transaction Fee Per
// Million" over the fee per million of each line: written as a table of its own with that heading alone, its 12 figures
// had no period (34 such facts in the release).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const table = readFileSync('test/fixtures/import/real/mktx-2020-q1-commissions.html', 'utf8').replace(/^<!--.*-->\n/, '');
const page = `<!doctype html><html><body><p>MarketAxess Reports First Quarter 2020 Results</p>\n${table}\n</body></html>\n`;
const imported = importRelease({ text: page, file: 'mktx.htm', kind: 'html' }, { id: 'mktx-2020-q1', ticker: 'MKTX', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', scale: 'thousands' });
const meta: ReleaseMeta = { id: 'mktx-2020-q1', title: 'x', company: 'mktx', name: 'MarketAxess Holdings Inc.', ticker: 'MKTX', exchange: 'NASDAQ', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3 };
const read = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');

describe("MarketAxess's fee per million under the commissions, in one table", () => {
  test('the inner heading is written under the periods of the header above it', () => {
    const at = imported.releaseText.indexOf('Average Variable Transaction Fee Per Million');
    const header = imported.releaseText.slice(0, at).split('\n').slice(-4, -1);
    expect(header).toEqual(['\tThree Months Ended\tThree Months Ended', '\tMarch 31,\tMarch 31,', '\t2020\t2019']);
  });

  test.each<[string, string[]]>([
    // row, the periods of its figures: both blocks are of the quarters
    ['total-commissions', ['2020-q1', '2019-q1']],
    ['us-high-grade-fixed-rate', ['2020-q1', '2019-q1']],
    ['total-us-high-grade', ['2020-q1', '2019-q1']],
  ])('%s: %j', (row, periods) => {
    expect(read.facts.filter((f) => f.row === row).map((f) => f.period)).toEqual(periods);
  });

  test('no figure is left without a period', () => {
    expect(read.facts.filter((f) => !/^\d{4}-q1$/.test(f.period)).map((f) => f.id)).toEqual([]);
  });
});

// A header printed again over the table that goes on from the one above, its periods left blank, is read with the
// periods above (src/lib/ingest/left-out-periods.ts): Apple's 3Q FY2004 summary data (unseen EDGAR s19; fixture
// test/fixtures/ingest/forms/aapl-fy2004-q3-summary-data.txt) prints its product summary under " | | | | | | |
// Sequential Change | … | Year/Year Change" after its segments under "Q2’04 Actual | … | Year/Year Change". Anything
// that leaves the reading open leaves the table's columns with no period, as before.
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = { id: 'acme-2004-q3', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '09-25', fiscalPeriod: '2004-q3', releaseDate: '2004-07-14', currency: 'USD', scale: 6 };
const HEAD = "\tQ2’04 Actual\tQ3’04 Actual\tYear/Year Change";
const FIRST = ['Segments', HEAD, 'Americas\t361\t472\t31%', 'Europe\t187\t191\t2%', 'Total\t548\t663\t21%'];
const periodsOfImac = (after: readonly string[]) =>
  parseRelease(`${[...FIRST, ...after].join('\n')}\n`, meta, emptyModel, 'release.txt').facts.filter((f) => f.id.includes('/imac/')).map((f) => f.period);

describe('a header printed again with its periods left blank', () => {
  test.each([
    // case, the lines after the first table, the periods of its row
    ['the quarters above, the change heading printed again', ['', '\t\t\tYear/Year Change', 'iMac\t217\t243\t12%'], ['2004-q2', '2004-q3', '2004-q3-vs-2003-q3']],
    // Left with no period:
    ['a heading printed otherwise than above', ['', '\t\t\tSequential Change', 'iMac\t217\t243\t12%'], []],
    ['prose between', ['', 'Products sold in the quarter.', '', '\t\t\tYear/Year Change', 'iMac\t217\t243\t12%'], []],
    ['a title of its own', ['', 'Products', '\t\t\tYear/Year Change', 'iMac\t217\t243\t12%'], []],
  ] as const)('%s', (_, after, periods) => {
    const read = periodsOfImac(after);
    for (const p of ['2004-q2', '2004-q3']) expect(read.includes(p)).toBe(periods.includes(p as never));
    if (periods.length > 0) expect(read).toEqual(periods);
  });
});

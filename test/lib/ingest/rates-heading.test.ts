// A caption with no lines of its own heads the blocks after it. Under one naming rates or yields, a block of bare
// figures is percentages once a block under the same heading is read so: JPMorgan's 2Q21 supplement (unseen EDGAR
// set s9, test/fixtures/ingest/forms/jpm-2021-q2-average-rates.txt) prints "AVERAGE RATES (f)" over
// "INTEREST-EARNING ASSETS", whose first line alone prints "0.06%", and "INTEREST-BEARING LIABILITIES", which
// prints none: its rates were read as millions and "Total interest-bearing liabilities 0.22" footed as their sum
// (7 false mismatches a supplement). A total rate is an average weighted by balances, never a sum.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/jpm-2021-q2-average-rates.txt';
const text = readFileSync(file, 'utf8');
const meta: ReleaseMeta = {
  id: 'jpm-2021-q2', title: 'x', company: 'JPMorgan Chase & Co.', name: 'JPMorgan', ticker: 'JPM', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2021-q2', releaseDate: '2021-07-13', currency: 'USD', scale: 6,
};
const release = (t: string) => parseRelease(t, meta, emptyModel, file);
/** The fixture with its heading replaced. */
const headed = (heading: string) => text.replace('AVERAGE RATES (f)\t', `${heading}\t`);

describe('under a heading naming rates, the bare block is percentages as the block above it', () => {
  test.each([
    // heading, row label, figure as printed (2Q21), unit
    ['AVERAGE RATES (f)', 'Deposits with banks', '0.06%', 'percent'],
    ['AVERAGE RATES (f)', 'Loans', '3.98', 'percent'],
    ['AVERAGE RATES (f)', 'Interest-bearing deposits', '0.03', 'percent'],
    ['AVERAGE RATES (f)', 'Long-term debt', '1.70', 'percent'],
    ['AVERAGE RATES (f)', 'Total interest-bearing liabilities', '0.22', 'percent'],
    ['ANNUALIZED YIELDS', 'Total interest-bearing liabilities', '0.22', 'percent'],
    // A heading that names no rate says nothing of the second block: its bare lines stay as read before.
    ['AVERAGE BALANCES', 'Loans', '3.98', 'percent'],
    ['AVERAGE BALANCES', 'Total interest-bearing liabilities', '0.22', 'USD'],
  ] as const)('%s: %s %s is %s', (heading, label, raw, unit) => {
    const f = release(headed(heading)).facts.filter((x) => x.label === label && x.raw === raw && x.period === '2021-q2');
    expect(f).toHaveLength(1);
    expect(f[0].unit).toBe(unit);
  });
});

describe('the rates are not footed as a sum; the balances are, and a balance printed wrong is still a mismatch', () => {
  const footing = (t: string) => runChecks(release(t), emptyModel).filter((c) => c.kind === 'footing' && c.id.includes('total-interest-bearing-liabilities'));
  test.each([
    // heading, 2Q21 balance of long-term debt (printed 248,552), the footings of "Total interest-bearing liabilities" judged a mismatch
    ['AVERAGE RATES (f)', '248,552', []],
    ['AVERAGE RATES (f)', '258,552', ['2021-q2']],
    // Read as amounts (no heading naming rates), the rates are summed and every column is accused: the reading this fixes.
    ['AVERAGE BALANCES', '248,552', ['2021-q2', '2021-q1', '2020-q4', '2020-q3', '2020-q2', '2021-h1', '2020-h1']],
  ] as const)('%s, long-term debt %s: mismatches in %j', (heading, debt, columns) => {
    const t = headed(heading).replace('Long-term debt\t248,552\t', `Long-term debt\t${debt}\t`);
    const accused = footing(t).filter((c) => c.verdict === 'mismatch');
    expect(accused).toHaveLength(columns.length);
    for (const col of columns) expect(accused.some((c) => c.id.includes(`/${col}`))).toBe(true);
  });
});

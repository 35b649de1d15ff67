// A mark printing no figure ("N/A", "—") on a line whose every figure is a percentage is read in percent, the line's
// unit, not in the table's money (src/lib/ingest/build-table.ts). Amazon's segments, 1Q22
// (test/fixtures/checks/readings/amzn-2022-q1-segments.txt): International's "Operating income (loss) -- Y/Y growth
// (decline), excluding F/X | N/A | 347% | (53)% | …" had its first cell in dollars, so the row read as money.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const FILE = 'test/fixtures/checks/readings/amzn-2022-q1-segments.txt';
const META: ReleaseMeta = {
  id: 'amzn-2022-q1', title: 'x', company: 'amzn', name: 'Amazon.com, Inc.', ticker: 'AMZN', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2022-q1', releaseDate: '2022-04-28', currency: 'USD', scale: 6,
};
const facts = () => parseRelease(readFileSync(FILE, 'utf8'), META, emptyModel, FILE).facts;
const ROW = 'supplemental-financial-information-and-business-metrics/international-segment--operating-income-loss-yy-growth-decline-excluding-fx';

describe('a mark with no figure on a line of percentages', () => {
  test.each([
    ['2020-q4', null, 'percent'],
    ['2021-q1', '347', 'percent'],
    ['2021-q3', '-330', 'percent'],
  ])('%s: %s in %s', (period, value, unit) => {
    const f = facts().find((x) => x.id === `amzn-2022-q1/${ROW}/${period}`)!;
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  test('a mark on a line of amounts keeps the amounts\' unit', () => {
    // "Operating income (loss) | $ 363 | …" and its "Y/Y % Change" "(202)%": no mark; the line's figures stay dollars.
    const money = facts().filter((x) => x.id.startsWith('amzn-2022-q1/supplemental-financial-information-and-business-metrics/international-segment--operating-income-loss/20') && !x.id.includes('-vs-'));
    expect(money.length).toBe(6);
    expect(new Set(money.map((f) => f.unit))).toEqual(new Set(['USD']));
  });
});

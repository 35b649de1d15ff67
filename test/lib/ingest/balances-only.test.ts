// A table whose every line names a balance, a stock at a date, reads a bare year over its columns as the year's last
// day, as a balance sheet does (src/lib/ingest/build-table.ts, balancesOnly; issue 29, the reading key's last open
// cells): Legrand's "Calculation of net financial debt" (../shared/corpus/lr-2024-fy.md) prints short-term and
// long-term borrowings, cash and net financial debt under "2023 | 2024": balances at December 31, not the years. A
// line of a flow, or a caption naming averages, keeps the years.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = {
  id: 'lr-2024-fy', title: 'x', company: 'x', name: 'Legrand', ticker: 'LR', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-fy', releaseDate: '2025-02-13', currency: 'EUR', scale: 6,
};
const text = readFileSync('test/fixtures/ingest/forms/lr-2024-fy-net-financial-debt.txt', 'utf8');
const periods = (t: string) => [...new Set(parseRelease(t, meta, emptyModel, 'lr/release.txt').facts.map((f) => `${f.row} ${f.period}`))];

describe('a table of balances only: a bare year is its last day', () => {
  test('borrowings, cash and net debt under "2023 | 2024" are balances at December 31', () => {
    expect(periods(text)).toEqual([
      'short-term-borrowings 2023-12-31', 'short-term-borrowings 2024-12-31', 'long-term-borrowings 2023-12-31', 'long-term-borrowings 2024-12-31',
      'cash-and-cash-equivalents 2023-12-31', 'cash-and-cash-equivalents 2024-12-31', 'net-financial-debt 2023-12-31', 'net-financial-debt 2024-12-31',
    ]);
  });

  test.each([
    ['a line of a flow among them', text.replace('Short-term borrowings', 'Repayments of borrowings')],
    ['averages', text.replace('Short-term borrowings', 'Average short-term borrowings')],
    ['a caption naming averages', text.replace('\t2023\t2024\n', '\t2023\t2024\nAverage balances\n')],
  ])('%s: the years', (_what, t) => {
    expect(periods(t).filter((p) => p.startsWith('net-financial-debt'))).toEqual(['net-financial-debt 2023-fy', 'net-financial-debt 2024-fy']);
  });
});

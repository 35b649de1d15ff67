// Lines under a caption naming the balance sheet or its part are balances at the period's end, whatever period the
// columns span (src/lib/ingest/build-table.ts POSITION_CAPTION; the caption closing a header-less block's title block,
// src/lib/ingest/layout.ts; issue 29). PennantPark Investment's highlights, 1Q FY2025 (set s28; excerpt of its imported
// release.txt: test/fixtures/ingest/forms/pnnt-fy2025-q1-highlights.txt) print under "Quarter ended December 31, 2024"
// the captions "Assets and Liabilities:" (the debt outstanding: "Credit Facility $ 460.0", "2026 Notes $ 148.8"; the
// statement of assets and liabilities prints 460,033 and 148,796 at December 31, 2024) and "Operating Results:".
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/pnnt-fy2025-q1-highlights.txt';
const meta: ReleaseMeta = {
  id: 'pnnt-fy2025-q1', title: 'x', company: 'pnnt', name: 'PennantPark Investment Corporation', ticker: '', exchange: '', fiscalYearEnd: '09-30', fiscalPeriod: '2025-q1', releaseDate: '2025-02-10', currency: 'USD', scale: 3,
};
const text = readFileSync(file, 'utf8');
const periodOf = (label: string, t = text) => parseRelease(t, meta, emptyModel, file).facts.find((f) => f.label === label)?.period;

describe('lines under a caption naming the balance sheet\'s part', () => {
  test.each([
    // The debt outstanding and the portfolio held, at the quarter's end.
    ['Credit Facility', '2024-12-31'],
    ['2026 Notes', '2024-12-31'],
    ['2026-2 Notes', '2024-12-31'],
    ['Investment portfolio', '2024-12-31'],
    // A change over the quarter, in percent, under the same caption: still the quarter's.
    ['Quarterly increase in GAAP net asset value per share', '2025-q1'],
    // Flows under "Operating Results:" and "Portfolio Activity:": the quarter's.
    ['Net investment income', '2025-q1'],
    ['Purchases of investments', '2025-q1'],
  ])('%s: %s', (label, period) => {
    expect(periodOf(label)).toBe(period);
  });

  test.each([
    ['a caption naming no balance', 'Other Data:'],
    ['a sentence introducing the lines', 'The following table summarizes our assets and liabilities:'],
  ])('%s: the debt is read over the quarter, as its column says', (_name, caption) => {
    expect(periodOf('Credit Facility', text.replace('Assets and Liabilities:', caption))).toBe('2025-q1');
  });

  test('a caption dating the rows ("As of December 31, 2024:") stays the title\'s, which gives the column its day', () => {
    const dated = text.replace('Quarter ended December 31, 2024 (unaudited)\n', '').replace('Assets and Liabilities:', 'As of December 31, 2024:');
    expect(periodOf('Credit Facility', dated)).toBe('2024-12-31');
  });
});

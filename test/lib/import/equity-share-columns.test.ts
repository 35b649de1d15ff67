// OpenText's statements of shareholders' equity, third quarter of fiscal 2024 (an IR PDF through `pdftotext -layout`,
// unseen set s37; excerpt test/fixtures/import/text/otex-fy2024-q3-equity.txt): "Shares | Amount" under "Common Shares
// and Additional Paid in Capital" and under "Treasury Stock", beside "Retained Earnings … | Total". Three readings were
// wrong:
// - the lines under "Issuance of Common Shares" ("Under employee stock option plans 517 | 17,315 | … | 17,315") read as
//   shares in every column, the amounts and the total too (the section's words made them counts);
// - "($0.24299 per Common Share)" alone on the line under the figures of "Dividends declared" read as a section heading,
//   the next line's figures ("Other comprehensive income (loss) - net") then money per share;
// - the "Total" column read as the sum of every other column, the shares among them: every line printing shares failed
//   and was left unread.
// The year before's statement, under those misreadings, was not rolled forward at all.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const path = 'test/fixtures/import/text/otex-fy2024-q3-equity.txt';
const meta: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'Open Text Corporation', ticker: 'OTEX', exchange: 'NASDAQ', fiscalYearEnd: '06-30',
  fiscalPeriod: '2024-q3', releaseDate: '2024-05-02', currency: 'USD', scale: 3,
};
const text = readFileSync(path, 'utf8');
const read = (source: string) => parseRelease(importRelease({ text: source, file: path, kind: 'text' }, { ticker: 'OTEX' }).releaseText, meta, emptyModel, path);
const release = read(text);
const checks = runChecks(release, emptyModel);
// The two statements: the quarter's (titled) and the year before's (its title is its first line).
const [current, prior] = release.tables.map((t) => t.id);
const unitOf = (table: string, row: string, column: string) => release.facts.find((f) => f.table === table && f.row === row && f.period === column.split('.')[0] && f.dimension === column.split('.')[1])?.unit;

describe('a statement of changes in equity with shares and amounts in columns of their own (OpenText 3Q FY24)', () => {
  test.each([
    // [table, row, column, unit]
    [current, 'under-employee-stock-option-plans', '2024-q3.common-shares-additional-paid-capital-shares', 'shares'],
    [current, 'under-employee-stock-option-plans', '2024-q3.common-shares-additional-paid-capital-amount', 'USD'],
    [current, 'under-employee-stock-option-plans', '2024-q3.total', 'USD'],
    [prior, 'under-employee-stock-purchase-plans', '2023-q3.common-shares-additional-paid-capital-shares', 'shares'],
    [prior, 'under-employee-stock-purchase-plans', '2023-q3.common-shares-additional-paid-capital-amount', 'USD'],
    [prior, 'other-comprehensive-income-loss-net', '2023-q3.accumulated-o-ther-comprehensive-income', 'USD'],
    [prior, 'other-comprehensive-income-loss-net', '2023-q3.total', 'USD'],
  ])('%s / %s in %s is %s', (table, row, column, unit) => {
    expect(unitOf(table!, row, column)).toBe(unit);
  });

  test('the rate under "Dividends declared" is that line\'s label, no heading of the next', () => {
    expect(release.tables[1]!.rows.map((r) => r.label)).toContain('Dividends declared ($0.24299 per Common Share)');
  });

  test.each([current, prior])('%s rolls forward in every column, and its total sums the amounts, the shares left out', (table) => {
    const period = table === current ? '2024-q3' : '2023-q3';
    const roll = checks.filter((c) => c.id.startsWith(`footing/${table}/balance-as-of-march-31/${period}.`) && !c.id.endsWith("/columns"));
    expect(roll.map((c) => c.verdict)).toEqual(Array(8).fill('exact'));
    const across = checks.filter((c) => c.id.startsWith(`footing/${table}/`) && c.id.endsWith(`/${period}.total/columns`));
    expect(across.length).toBeGreaterThanOrEqual(6);
    expect(across.every((c) => c.verdict === 'exact')).toBe(true);
    expect(across.every((c) => !c.inputs.some((i) => i.endsWith('-shares')))).toBe(true);
  });

  test('a wrong total of a line with shares in it is a mismatch: (1,070) printed (1,170)', () => {
    const altered = text.replace('79         3,426           —                 —              —         (1,070)', '79         3,426           —                 —              —         (1,170)');
    expect(altered).not.toBe(text);
    const again = runChecks(read(altered), emptyModel);
    expect(again.find((c) => c.id === `footing/${prior}/issuance-of-treasury-stock/2023-q3.total/columns`)?.verdict).toBe('mismatch');
  });
});

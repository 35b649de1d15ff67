// Chesapeake Utilities, 2Q26 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/cpk-2026-q2-income.txt, cpk-2026-q2.txt lines 318-359): the statement of income states
// "(in millions, except shares (thousands) and per share data)". Its inner "(thousands)" was read as the table's
// statement, so every amount was a thousandth of itself (net income 25.4 read as $25,400). The statement is the outer
// parenthesis, millions (src/lib/units/unit-statements.ts, NOTE), and the share counts the exception's scale, thousands
// (src/lib/ingest/build-table.ts, exceptedSharesScale). Once "Weighted Average Common Shares Outstanding:" and "Earnings
// Per Share of Common Stock:" head their "Basic" and "Diluted" (src/lib/import/text-table.ts, headsSiblings), the
// diluted EPS is checked against net income and the shares, 25.4 ÷ 24,174 thousand = 1.05.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';
import { exceptedSharesScale } from '../../../src/lib/ingest/build-table.ts';
import { readUnitStatement } from '../../../src/lib/units/unit-statements.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/cpk-2026-q2-income.txt', 'utf8');
const meta = { id: 'cpk-2026-q2', headline: 'Chesapeake Utilities Corporation Reports Second Quarter 2026 Results', name: 'Chesapeake Utilities Corporation', ticker: 'CPK', fiscalPeriod: '2026-q2', releaseDate: '2026-08-05', fiscalYearEnd: '12-31' };

describe('a unit statement holding parentheses of its own (Chesapeake Utilities, 2Q26)', () => {
  const facts = readExcerpt(EXCERPT, meta).facts.filter((f) => f.status === 'reported');
  test.each([
    ['net-income', '25.4', 'USD', 6],
    ['total-operating-revenues', '201.9', 'USD', 6],
    ['weighted-average-common-shares-outstanding--diluted', '24174', 'shares', 3],
    ['earnings-per-share-of-common-stock--diluted', '1.05', 'USD/share', 0],
  ])('%s %s is %s, scale %s', (row, value, unit, scale) => {
    expect(facts.find((f) => f.row === row && f.value === value)).toMatchObject({ unit, scale });
  });

  test('diluted EPS is checked against net income and the shares; no mismatch', () => {
    const checks = checkExcerpt(EXCERPT, meta);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(checks.some((c) => c.kind === 'definition' && c.id === 'definition/eps-diluted/2026-q2' && c.verdict === 'rounding')).toBe(true);
  });

  test.each([
    ['(in millions, except shares (thousands) and per share data)', '(in millions, except shares (thousands) and per share data)', 6],
    ['(in thousands, except per share data)', '(in thousands, except per share data)', 3],
    ['Revenue (Unaudited) (in millions)', '(in millions)', 6],
  ])('readUnitStatement(%j) → %j, scale %s', (text, note, scale) => {
    expect(readUnitStatement(text, 'USD')).toMatchObject({ note, scale });
  });

  test.each([
    ['(in millions, except shares (thousands) and per share data)', 3],
    ['(in thousands, except shares in millions)', 6],
    ['(in thousands, except share and per share data)', null],
    ['(in millions)', null],
  ])('exceptedSharesScale(%j) → %s', (note, scale) => expect(exceptedSharesScale(note)).toBe(scale));
});

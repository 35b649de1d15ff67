// A reconciliation whose title names only its result ("Reconciliation of Free cash flows", OpenText's, fiscal 2024;
// test/fixtures/checks/readings/), printed in one column: no other column can bear a failing reading out, so only the
// title can make the relation certain. It does where the table is nothing but that reconciliation: the result is the
// table's last line of its unit and the measure it reconciles from its first.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { footingsOfText } from './no-model.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const OTEX: Partial<ReleaseMeta> = { fiscalPeriod: '2024-q4', fiscalYearEnd: '06-30', releaseDate: '2024-08-01', scale: 3 };
const text = `Results\n\n${readFileSync('test/fixtures/checks/readings/otex-fy2024-q4-free-cash-flows.txt', 'utf8')}\n`;
const fcf = (t: string) => footingsOfText(t, OTEX).filter((c) => c.id.includes('/free-cash-flows/'));

describe('"Reconciliation of Free cash flows": the title names the result of the whole table', () => {
  test('as printed: the result ties, read from the first line as the title says', () => {
    const [check, ...rest] = fcf(text);
    expect(rest).toEqual([]);
    expect(check).toMatchObject({ verdict: 'exact' });
    expect(check.explanation).toMatch(/as the title says/);
  });

  test.each([
    ['Free cash flows', '$ 145,241', '$ 143,241'],
    ['Capital expenditures (1)', '(39,979)', '(30,979)'],
    ['GAAP-based cash flows provided by operating activities', '$ 185,220', '$ 185,820'],
  ])('"%s" %s → %s: a mismatch, under every reading of the adjustment\'s sign', (label, before, after) => {
    const planted = text.split('\n').map((l) => (l.startsWith(label) ? l.replace(before, after) : l)).join('\n');
    expect(planted).not.toBe(text);
    const checks = fcf(planted);
    expect(checks.map((c) => c.verdict)).toEqual(['mismatch']);
  });

  test('a line after the result (the table goes on): the title no longer makes a failing reading certain', () => {
    const longer = text.replace('Free cash flows\t$ 145,241', 'Free cash flows\t$ 143,241\nNet cash used in investing activities\t(50,000)');
    expect(longer).not.toBe(text);
    expect(fcf(longer).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

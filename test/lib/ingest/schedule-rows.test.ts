// A schedule printed with no header, its lines naming the periods (src/lib/ingest/schedule-rows.ts; issue 29): Oracle's
// estimated amortization by future fiscal year was dropped whole ("expected a header row naming the periods").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { scheduleHeader } from '../../../src/lib/ingest/schedule-rows.ts';
import { splitCells } from '../../../src/lib/ingest/cells.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/orcl-fy2022-q4-amortization-schedule.txt';
const meta: ReleaseMeta = {
  id: 'orcl-fy2022-q4', title: 'x', company: 'orcl', name: 'Oracle', ticker: 'ORCL', exchange: 'NYSE', fiscalYearEnd: '05-31', fiscalPeriod: '2022-q4', releaseDate: '2022-06-13', currency: 'USD', scale: 6,
};
const text = readFileSync(file, 'utf8');
const release = (t = text) => parseRelease(t, meta, emptyModel, file);

describe('a schedule with no header is read by its rows', () => {
  test.each([
    // line label, period, value, unit, scale
    ['Fiscal 2023', '2023-fy', '750', 'USD', 6],
    ['Fiscal 2027', '2027-fy', '6', 'USD', 6],
    // A line naming no period has none: "Thereafter" is no fiscal year, the total none either.
    ['Thereafter', '', '4', 'USD', 6],
    ['Total intangible assets, net', '', '1440', 'USD', 6],
  ] as const)('%s: period %j, %s %s at scale %d', (label, period, value, unit, scale) => {
    const fact = release().facts.find((f) => f.label === label);
    expect(fact && { period: fact.period, value: fact.value, unit: fact.unit, scale: fact.scale }).toEqual({ period, value, unit, scale });
  });

  test('no problem is reported for it', () => {
    expect(release().errors).toEqual([]);
  });

  test('its total foots, and with a figure printed wrong it does not pass', () => {
    const verdict = (t?: string) => runChecks(release(t), emptyModel).find((c) => c.kind === 'footing' && c.id.includes('total-intangible-assets-net'))?.verdict;
    expect(verdict()).toBe('exact');
    // A column of one figure a line corroborates no failing total: the footing is not established, never passed.
    expect(['exact', 'rounding']).not.toContain(verdict(text.replace('Fiscal 2024\t508', 'Fiscal 2024\t518')));
  });
});

describe('scheduleHeader', () => {
  const block = (lines: string[]) => ({
    cells: new Map(lines.map((l, n) => [n, splitCells(l)])),
    block: { caption: [], header: [], body: lines.map((_, n) => n), rules: new Set<number>(), spaced: new Set<number>() },
  });
  const namesPeriod = (label: string) => /^Fiscal \d{4}$/.test(label);
  test.each([
    ['one figure a line, two lines naming periods', ['Fiscal 2023\t$ 750', 'Fiscal 2024\t508', 'Thereafter\t4'], true],
    ['one line naming a period', ['Fiscal 2023\t$ 750', 'Thereafter\t4'], false],
    ['two figures a line', ['Fiscal 2023\t750\t700', 'Fiscal 2024\t508\t500'], false],
    ['lines naming no period', ['Revenues\t1,000', 'Costs\t400'], false],
  ] as const)('%s: %s', (_, lines, read) => {
    const { block: b, cells } = block([...lines]);
    expect(scheduleHeader(b, cells, namesPeriod) !== null).toBe(read);
  });
});

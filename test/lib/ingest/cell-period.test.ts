// The period of a cell's figure and the reading that set it (src/lib/ingest/cell-period.ts): the first reading that
// applies sets it, and the evidence names that reading, as build-table.ts printed it before the readings were named.
import { describe, expect, test } from 'vitest';
import { cellPeriod, periodEvidence, type PeriodReadings } from '../../../src/lib/ingest/cell-period.ts';

const none: PeriodReadings = {
  column: { period: '2024-q4', header: 'Three Months Ended December 31, 2024', reference: false },
  span: null, year: null, label: null, caption: null, atEnd: undefined, balance: null, since: undefined,
  endOf: (p) => (p === '2024-q4' ? '2024-12-31' : p),
  changeSince: (label, p) => (/December 31, 2023/.test(label) && p === '2024-12-31' ? '2024-12-31-vs-2023-12-31' : null),
};

describe('cellPeriod(readings): the first reading that applies, and its evidence', () => {
  test.each<[string, Partial<PeriodReadings>, string, string]>([
    ['the column\'s own', {}, '2024-q4', ''],
    ['a span its section names', { span: { period: '2024-fy', section: 'Twelve Months Ended' }, year: '2024-q4' }, '2024-fy',
      '; period 2024-fy: the span its section "Twelve Months Ended" names, ending where its column\'s ends'],
    ['the trailing twelve months its label names, before a span its section names', { trailing: { period: '2024-fy', label: 'Free cash flow -- TTM' }, span: { period: '2024-h2', section: 'Six Months Ended' } }, '2024-fy',
      '; period 2024-fy: the twelve months ending where its column\'s period ends, as its label "Free cash flow -- TTM" says'],
    ['its column\'s header in its label\'s year', { column: { period: '', header: 'For the Three Months Ended March 31', reference: false }, year: '2019-q1' }, '2019-q1',
      '; period 2019-q1: its column\'s header "For the Three Months Ended March 31" in the year its label names'],
    ['its label', { column: { period: '', header: 'Americas', reference: false }, label: { period: '2024-q4', spanDated: false } }, '2024-q4',
      '; period 2024-q4: its label (the columns name none)'],
    ['a date its label prints, ending the columns\' span', { column: { period: '', header: 'Americas', reference: false }, label: { period: '2024-q4', spanDated: true } }, '2024-q4',
      '; period 2024-q4: the span its columns\' header names, ending on the date its label prints (the columns name none)'],
    ['a caption over its lines', { column: { period: '', header: 'GAAP', reference: false }, caption: { period: '2022-q1', label: 'Q1 Fiscal 2022' } }, '2022-q1',
      '; period 2022-q1: the caption "Q1 Fiscal 2022" over its lines (the columns name none)'],
    ['a caption, under a column of its own period', { caption: { period: '2022-q1', label: 'Q1 Fiscal 2022' } }, '2024-q4', ''],
    ['the end its section says', { atEnd: 'At period end:' }, '2024-12-31', '; period 2024-12-31: the end of its column\'s, as its section "At period end:" says'],
    ['a balance held', { balance: { section: undefined } }, '2024-12-31', '; period 2024-12-31: the end of its column\'s, as a balance is held'],
    ['a balance its section names', { balance: { section: 'Assets and Liabilities:' } }, '2024-12-31',
      '; period 2024-12-31: the end of its column\'s, as a balance is held (its section "Assets and Liabilities:" says it is one)'],
    ['a balance at an instant already', { column: { period: '2024-12-31', header: 'December 31, 2024', reference: false }, balance: { section: undefined } }, '2024-12-31', ''],
    ['a change since a date', { column: { period: '2024-12-31', header: 'As of December 31, 2024', reference: false }, since: 'Change since December 31, 2023' }, '2024-12-31-vs-2023-12-31',
      '; period 2024-12-31-vs-2023-12-31: the change to its column\'s since the date its section "Change since December 31, 2023" names'],
    ['a change since a date it cannot follow', { since: 'Change since December 31, 2023' }, '2024-q4', ''],
    ['references to notes keep their column\'s', { column: { period: '', header: 'Note', reference: true }, label: { period: '2024-q4', spanDated: false } }, '', ''],
  ])('%s', (_, readings, period, evidence) => {
    const reading = cellPeriod({ ...none, ...readings });
    expect(reading.period).toBe(period);
    expect(periodEvidence(reading)).toBe(evidence);
  });
});

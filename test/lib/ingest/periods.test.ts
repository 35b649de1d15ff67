import { describe, expect, test } from 'vitest';
import { parseHeaderPeriod, priorPeriod } from '../../../src/lib/ingest/periods.ts';

const calendar = { yearEndMonth: 12 };
const period = (text: string, cal = calendar) => {
  const p = parseHeaderPeriod(text, cal);
  return p?.kind === 'period' ? p.period : p;
};

describe('parseHeaderPeriod', () => {
  // Header styles printed in the Internap release, joined across header lines.
  test.each([
    ['2Q 2010', '2010-q2', '2010-04-01', '2010-06-30'],
    ['1Q 2010', '2010-q1', '2010-01-01', '2010-03-31'],
    ['Three Months Ended June 30, 2010', '2010-q2', '2010-04-01', '2010-06-30'],
    ['Three Months Ended March 31, 2010', '2010-q1', '2010-01-01', '2010-03-31'],
    ['Six Months Ended June 30, 2010', '2010-h1', '2010-01-01', '2010-06-30'],
    ['Twelve Months Ended December 31, 2009', '2009-fy', '2009-01-01', '2009-12-31'],
  ])('%s is the duration %s', (text, id, start, end) => {
    expect(period(text)).toMatchObject({ id, kind: 'duration', start, end });
  });

  test.each([
    ['June 30, 2010', '2010-06-30', 'June 30, 2010'],
    ['June 30, 2010 Unaudited', '2010-06-30', 'June 30, 2010'],
    ['December 31, 2009', '2009-12-31', 'December 31, 2009'],
  ])('%s is the instant %s', (text, id, label) => {
    expect(period(text)).toMatchObject({ id, kind: 'instant', end: id, label });
  });

  test('YoY Growth and QoQ Growth are change columns', () => {
    expect(parseHeaderPeriod('YoY Growth', calendar)).toEqual({ kind: 'change', basis: 'yoy' });
    expect(parseHeaderPeriod('QoQ Growth', calendar)).toEqual({ kind: 'change', basis: 'qoq' });
  });

  test('a fiscal year ending in September names quarters by the fiscal year', () => {
    // Three months ended December 31, 2009 is Q1 of the fiscal year ending September 30, 2010.
    expect(period('Three Months Ended December 31, 2009', { yearEndMonth: 9 })).toMatchObject({ id: '2010-q1' });
  });

  test('text that names no period reads as nothing', () => {
    expect(parseHeaderPeriod('Unaudited', calendar)).toBeNull();
    expect(parseHeaderPeriod('Amount', calendar)).toBeNull();
  });
});

describe('priorPeriod', () => {
  const q2 = period('Three Months Ended June 30, 2010') as never;
  test('year-over-year of 2010-q2 is 2009-q2', () => expect(priorPeriod(q2, 'yoy', calendar).id).toBe('2009-q2'));
  test('quarter-over-quarter of 2010-q2 is 2010-q1', () => expect(priorPeriod(q2, 'qoq', calendar).id).toBe('2010-q1'));
});

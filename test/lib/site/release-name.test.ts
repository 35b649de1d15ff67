import { describe, expect, test } from 'vitest';
import { releaseName } from '../../../src/lib/site/index.ts';
import type { ReleaseHead } from '../../../src/lib/types.ts';

// Every page of a release names it in its breadcrumbs, title and print header. Martin Marietta's 4Q24 wire copy
// (../shared/corpus/mlm-2024-q4.md) prints no ticker, so `tieout import` leaves it empty and its pages said "Q4 2024".
const head = (ticker: string, name: string): ReleaseHead =>
  ({ meta: { id: 'x-2024-q4', company: 'x', ticker, name, fiscalPeriod: '2024-q4' }, periods: [{ id: '2024-q4', label: 'Q4 2024' }], tables: [] }) as unknown as ReleaseHead;

describe('releaseName', () => {
  test.each([
    ['INAP', 'Internap Network Services Corporation', 'INAP Q4 2024'],
    ['', 'Martin Marietta Materials, Inc.', 'Martin Marietta Materials, Inc. Q4 2024'],
    ['  ', 'Martin Marietta Materials, Inc.', 'Martin Marietta Materials, Inc. Q4 2024'],
    ['', '', 'x Q4 2024'],
  ])('ticker %j, name %j → %j', (ticker, name, shown) => expect(releaseName(head(ticker, name))).toBe(shown));
});

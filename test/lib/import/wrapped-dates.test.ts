// Danaos' balance-sheet summary as its 4Q24 release prints it in a fixed-width block (corpus-extra dac-2024-q4.md;
// excerpt test/fixtures/import/real/dac-2024-q4-balance-corner.txt): each column's date is wrapped over two lines,
// "As of December" over "31,2024", the day and year run together and set left of the figures, where the heading's own
// start is. Read before, "31,2024" was a figure, so the line was a row: the header lost its dates (no column had a
// period) and the other column's "2023" became a fact of $2,023 thousand (src/lib/import/cell-text.ts isDayAndYear,
// text-blocks.ts isRow, text-table.ts headingAbove).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isDayAndYear } from '../../../src/lib/import/cell-text.ts';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/dac-2024-q4-balance-corner.txt', 'utf8');
const release = () => readExcerpt(EXCERPT, { id: 'dac-2024-q4', headline: 'Danaos Corporation Reports Fourth Quarter and Year Ended December 31, 2024 Results', name: 'Danaos', ticker: 'DAC', fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', fiscalYearEnd: '12-31' });

describe('a day and year wrapped under their heading are the heading, never a figure (Danaos, 4Q24)', () => {
  test.each([
    ['cash-and-cash-equivalents', '453384', '2024-12-31'],
    ['cash-and-cash-equivalents', '271809', '2023-12-31'],
    ['net-debt', '291162', '2024-12-31'],
    ['net-debt', '138707', '2023-12-31'],
  ])('%s %s stands at %s', (row, value, period) => {
    const fact = release().facts.find((f) => f.row === row && f.value === value);
    expect(fact?.period).toBe(period);
  });

  test.each([['2023'], ['2024'], ['312024']])('no fact holds the header\'s %s', (value) => {
    expect(release().facts.filter((f) => f.value === value)).toEqual([]);
  });

  test.each([
    ['31,2024', true],
    ['31, 2024', true],
    ['1,2025', true],
    ['31,202', false],
    ['1,234', false],
    ['32,2024', false],
    ['2024', false],
  ])('%s is a day and year: %s', (text, expected) => {
    expect(isDayAndYear(text)).toBe(expected);
  });
});

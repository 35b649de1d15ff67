import { describe, expect, test } from 'vitest';
import { formatReleaseDate } from '../../../src/lib/format/index.ts';

describe('formatReleaseDate', () => {
  test.each([
    ['2025-02-12', 'February 12, 2025'],
    ['2010-08-05', 'August 5, 2010'],
    ['2024-12-31', 'December 31, 2024'],
    ['2024-02-29', 'February 29, 2024'],
    // Not a day of the calendar, or not a date: shown as stored, never "Invalid Date" nor another day.
    ['2025-02-30', '2025-02-30'],
    ['2025-13-01', '2025-13-01'],
    ['unknown', 'unknown'],
  ])('%s → %s', (iso, shown) => expect(formatReleaseDate(iso)).toBe(shown));
});

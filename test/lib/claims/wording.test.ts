import { describe, expect, test } from 'vitest';
import { toPlain } from '../../../src/lib/decimal.ts';
import { boundFor } from '../../../src/lib/claims/bounded.ts';
import { readWording } from '../../../src/lib/claims/wording.ts';

/** The wording of the number `figure` in `line`, as "qualifier/direction". */
const wordingOf = (line: string, figure: string) => {
  const start = line.indexOf(figure);
  const w = readWording(line, start, start + figure.length);
  return `${w.qualifier?.kind ?? '-'}/${w.direction?.kind ?? '-'}`;
};

describe('readWording reads the qualifier before a number and the direction of its clause', () => {
  const t = (line: string, figure: string, expected: string) =>
    test(`${JSON.stringify(line)} @ '${figure}' → ${expected}`, () => expect(wordingOf(line, figure)).toBe(expected));

  t('margin of 48.3 percent, up 510 basis points', '510 basis points', '-/up');
  t('margin of 48.3 percent, up 510 basis points', '48.3 percent', '-/-');
  t('revenue declined 3 percent year-over-year and 7 percent sequentially to $31.2 million', '7 percent', '-/down');
  t('a decrease of 9 percent compared with 2009 and 1 percent sequentially.', '1 percent', '-/down');
  t('totaled $9.9 million, 46.5 percent higher than the second quarter', '46.5 percent', '-/up');
  t('costs were 3 percent lower than a year ago', '3 percent', '-/down');
  t('helped improve segment profit by almost 7 percent sequentially', '7 percent', 'almost/up');
  t('with approximately 19,000 net sellable square feet', '19,000', 'approximately/-');
  t('in more than two years', 'two', 'more-than/-');
  t('Revenue declined. Margin rose 2 percent', '2 percent', '-/up');
  t('Revenue declined; margin was 5 percent', '5 percent', '-/-');
});

describe('boundFor: the range a one-sided wording gives a printed figure', () => {
  const t = (kind: 'almost' | 'more-than' | 'less-than', x: string, decimals: number, negative: boolean, expected: string) =>
    test(`${kind} ${negative ? '−' : ''}${x} (${decimals} decimals) → ${expected}`, () => {
      const b = boundFor(kind, x, decimals, negative);
      expect(`[${b.lo ? toPlain(b.lo) : '-∞'}, ${b.hi ? toPlain(b.hi) : '∞'}]`).toBe(expected);
    });

  t('almost', '7', 0, false, '[6.5, 7]');
  t('almost', '7', 0, true, '[-7, -6.5]');
  t('almost', '60.5', 1, false, '[60.45, 60.5]');
  t('more-than', '40', 0, false, '[40, ∞]');
  t('more-than', '40', 0, true, '[-∞, -40]');
  t('less-than', '2', 0, false, '[0, 2]');
});

// A line of percentages its label names as the rate of the change printed right above it
// (src/lib/checks/change-rates.ts), on Vornado's same store NOI reconciliation, 4Q24
// (test/fixtures/checks/readings/vno-2024-q4-same-store.txt): "% decrease in same store NOI at share" under "Decrease
// in same store NOI at share", itself under the lines "Same store NOI at share for the three months ended December 31,
// 2024" and "… 2023"; its columns are segments, of no period.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';

const text = readFileSync('test/fixtures/checks/readings/vno-2024-q4-same-store.txt', 'utf8');
const LINE = '% decrease in same store NOI at share\t(4.5)%\t(0.7)%\t(57.5)%\t(13.2)%\t0.0%';
const rates = (t: string) => checksOfText(t, { id: 'vno-2024-q4' }).filter((c) => c.id.endsWith('/rate')).map((c) => `${c.id.split('/').at(-2)} ${c.verdict}`);

describe('"% decrease in X" is the change in X printed above it over the earlier period\'s X', () => {
  test.each([
    ['as printed', LINE, ['total rounding', 'new-york rounding', 'mart rounding', '555-california-street rounding']],
    // −1,748 ÷ 242,560 = −0.72%: 1.7% fits no rounding; the other segments bear the reading out.
    ['New York printed (1.7)%', LINE.replace('(0.7)%', '(1.7)%'), ['total rounding', 'new-york mismatch', 'mart rounding', '555-california-street rounding']],
    // A decrease's rate printed as its size.
    ['printed as sizes', '% decrease in same store NOI at share\t4.5%\t0.7%\t57.5%\t13.2%\t0.0%', ['total rounding', 'new-york rounding', 'mart rounding', '555-california-street rounding']],
  ])('%s', (_, line, verdicts) => {
    expect(text).toContain(LINE);
    expect(rates(text.replace(LINE, line))).toEqual(verdicts);
  });

  test('the rate rests on the labels, the earlier quarter\'s line named by its year', () => {
    const c = checksOfText(text, { id: 'vno-2024-q4' }).find((x) => x.id.endsWith('/total/rate'))!;
    expect(c.formula).toContain('÷');
    expect(c.restsOn).toBe("Read from the labels: '% decrease in same store NOI at share' is the rate of 'Decrease in same store NOI at share', printed right above it, over 'Same store NOI at share for the three months ended December 31, 2023', the line its words name for the earlier year.");
  });
});

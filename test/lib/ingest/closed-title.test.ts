// A title line past 100 characters closed by its unit statement or audit note on a line below (src/lib/ingest/closed-title.ts).
import { describe, expect, test } from 'vitest';
import { isClosedLongTitle } from '../../../src/lib/ingest/closed-title.ts';

const DEBT = 'RECONCILIATION OF LONG-TERM DEBT (INCLUDING CURRENT PORTION) TO NET DEBT AND NET DEBT TO CAPITALIZATION RATIO';

describe('isClosedLongTitle', () => {
  test.each<[string, string, string[], boolean]>([
    // Watts Water, 4Q24 (set s28, wts-2024-q4.md:424, :443).
    ['closed by its unit statement', DEBT, ['(Amounts in millions)', '(Unaudited)'], true],
    ['closed by its audit note', '2025 FULL YEAR OUTLOOK – RECONCILIATION OF NET SALES GROWTH TO ORGANIC SALES GROWTH AND OPERATING MARGIN', ['(Unaudited)'], true],
    ['closed by nothing', DEBT, ['CONSOLIDATED RESULTS'], false],
    ['last of its block', DEBT, [], false],
    ['a sentence', 'The following table reconciles long-term debt, including its current portion, to net debt and net debt to capitalization.', ['(Amounts in millions)'], false],
    ['an introduction', 'The following table reconciles long-term debt, including its current portion, to net debt and to the capitalization ratio:', ['(Amounts in millions)'], false],
    ['past 160 characters', `${DEBT} ${DEBT}`, ['(Amounts in millions)'], false],
  ])('%s', (_name, line, below, expected) => {
    expect(isClosedLongTitle(line, below)).toBe(expected);
  });
});

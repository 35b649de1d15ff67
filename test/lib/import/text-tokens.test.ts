// How a line of a fixed-width layout parts into tokens where one space, not two, stands between two figures.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/lib/import/text-tokens.ts';

describe('tokenize: figures one space apart', () => {
  test.each([
    // [line as printed, its tokens]
    // OpenText 3Q FY24 (../shared/unseen-s37/otex-fy2024-q3.txt, pdftotext): its year to date in constant currency and
    // the change, one space apart; the percent sign is the second figure's.
    ['     License       662.6     113.6 %           654.3 110.9 %', ['License', '662.6', '113.6 %', '654.3', '110.9 %']],
    ['   Total   10.0 % 9.5 %', ['Total', '10.0 %', '9.5 %']],
    // One figure with its sign or points stays one token.
    ['   Margin   10.0 %', ['Margin', '10.0 %']],
    ['   Margin   (2.7) pts', ['Margin', '(2.7) pts']],
    ['   Revenue   1,234 5,678', ['Revenue', '1,234', '5,678']],
  ])('%j', (line, tokens) => {
    expect(tokenize(line).map((t) => t.text)).toEqual(tokens);
  });
});

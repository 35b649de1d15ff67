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
    // Dave & Buster's Q4 fiscal 2017 (../shared/unseen-s38/play-fy2017-q4.txt, pdftotext): the percent sign set wide of
    // its figure, one space before the next column's "$": the figure's, not the next one's (a sign set wide and alone,
    // "10.1   %", is a token of its own, joined to its figure as the row's cells are read).
    ['Net income            $ 35,640            11.7   % $ 27,367             10.1   %', ['Net income', '$', '35,640', '11.7 %', '$', '27,367', '10.1', '%']],
    ['Net income            $ 120,949           10.6   % $ 90,795             9.0    %', ['Net income', '$', '120,949', '10.6 %', '$', '90,795', '9.0', '%']],
    // A negative's closing parenthesis set so (Q2 fiscal 2020): the negative's.
    ['Operating income (loss)       (81,115   ) -159.6 %     46,214', ['Operating income (loss)', '(81,115)', '-159.6 %', '46,214']],
    // A percent sign alone, no figure before it, stays where it is.
    ['   Change   % $ 1,234', ['Change', '% $ 1,234']],
  ])('%j', (line, tokens) => {
    expect(tokenize(line).map((t) => t.text)).toEqual(tokens);
  });
});

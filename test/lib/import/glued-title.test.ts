// Title lines a wire converter glued into one (src/lib/import/glued-title.ts), parted where the glue shows; names
// printed in camel case and titles with spaces stay whole.
import { describe, expect, test } from 'vitest';
import { ungluedTitle } from '../../../src/lib/import/glued-title.ts';

describe('ungluedTitle', () => {
  test.each([
    // Byrna, 4Q24 (../shared/unseen-edgar-s11/byrn-fy2024-q4.md:123, :154).
    ['BYRNA TECHNOLOGIES INC.Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)(Amounts in thousands except share and per share data)(Unaudited)',
      ['BYRNA TECHNOLOGIES INC.', 'Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)', '(Amounts in thousands except share and per share data)', '(Unaudited)']],
    ['BYRNA TECHNOLOGIES INC.Condensed Consolidated Balance Sheets(Amounts in thousands, except share and per share data)',
      ['BYRNA TECHNOLOGIES INC.', 'Condensed Consolidated Balance Sheets', '(Amounts in thousands, except share and per share data)']],
    // Brookfield, 2024 (../shared/corpus/bn-2024-fy.md:42).
    ['UnauditedFor the periods ended December 31(US$ millions, except per share amounts)', ['Unaudited', 'For the periods ended December 31', '(US$ millions, except per share amounts)']],
    ['Condensed Consolidated Statements of Cash FlowsUnaudited', ['Condensed Consolidated Statements of Cash Flows', 'Unaudited']],
    // Whole: spaces where the lines meet, a parenthesis that is part of the title, names in camel case, initials.
    ['Revenue (in millions)', ['Revenue (in millions)']],
    ['Income (Loss)', ['Income (Loss)']],
    ['PayPal Holdings, Inc.', ['PayPal Holdings, Inc.']],
    ['BlackRock Inc.', ['BlackRock Inc.']],
    ['U.S.Bancorp', ['U.S.Bancorp']],
    // Legrand, 2024: a note mark after the unit statement is the title's.
    ['Consolidated data (€ millions)(1)', ['Consolidated data (€ millions)(1)']],
  ])('%s', (line, expected) => {
    expect(ungluedTitle(line)).toEqual(expected);
  });
});

// Ferguson, Q4 and fiscal 2024 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/ferg-fy2024-q4-guidance.txt, ferg-fy2024-q4.txt lines 38-48): the FY2025 guidance prints
// "Net sales*   Low single digit growth" as its first line, words in place of a figure under "2025 Guidance". Read as
// the header, "growth" made a column of changes, and the guidance's operating margin (9.0% - 9.5%) and tax rate (~26%)
// were read as changes compared with periods not printed. The line is a row whose value is printed in words
// (src/lib/import/text-table.ts, wordedRow); with no header left, the table is said to have none and nothing of it is read.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { readExcerpt } from '../excerpt-release.ts';
import { wordedRow } from '../../../src/lib/import/text-table.ts';
import { tokenize } from '../../../src/lib/import/text-tokens.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ferg-fy2024-q4-guidance.txt', 'utf8');
const meta = { id: 'ferg-fy2024-q4', headline: 'Ferguson Reports Fourth Quarter and Year End Results; Issues FY2025 Guidance', name: 'Ferguson', ticker: 'FERG', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', fiscalYearEnd: '07-31' };

describe('a line of words in place of a figure is a row, not a header (Ferguson, FY2025 guidance)', () => {
  test('"Low single digit growth" is the net sales line\'s; no figure is read as a change', () => {
    const text = importRelease({ text: `${meta.headline}\n\n${EXCERPT}`, file: 'ferg.txt', kind: 'text' }, { ticker: 'FERG' }).releaseText;
    expect(text).toContain('Net sales*\tLow single digit growth');
    const facts = readExcerpt(EXCERPT, meta).facts;
    expect(facts.filter((f) => f.status === 'reported' && (f.period === '' || /-vs-|growth/.test(f.id))).map((f) => f.id)).toEqual([]);
  });

  const headed = [{ start: 75, end: 97, edgeFrom: 97, edgeTo: 97 }];
  test.each([
    ['Net sales*                                                                 Low single digit growth', true],
    // A heading naming a period or a unit, or a label printed elsewhere than where the rows' start: not a row.
    ['Net sales*                                                                 Three months ended', false],
    ['Net sales*                                                                 (In millions)', false],
    ['                 Guidance                                                  Low single digit growth', false],
    ['Net sales*                                                                 Low Single Digit Growth', false],
    ['Net sales*                                                                 Growth 5 percent', false],
  ])('%j → %s', (line, expected) => {
    expect(wordedRow(tokenize(line), 0, headed) !== null).toBe(expected);
  });
});

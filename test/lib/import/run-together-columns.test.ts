// A text drawn from a PDF without its layout: Mitsubishi Gas Chemical's kessan tanshin for the year to March 31, 2026
// (unseen set s31, mgc-fy2026-q4.txt lines 1-60 and 211-240, English translation as a research repository keeps it;
// excerpt test/fixtures/import/real/mgc-fy2026-q4-run-together.txt). Its columns and headings run together one space
// apart ("Fiscal year ended Millions of yen % Millions of yen % …" over "March 31, 2026 738,243 (4.6) 45,293 (10.9) …"):
// read, its net sales were a percentage and its columns were named by runs of headings and figures. No column can be
// told, so each table is said and none is read (src/lib/import/text-blocks.ts, drawnWithoutLayout).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/mgc-fy2026-q4-run-together.txt', 'utf8');

describe('a text whose columns run together one space apart is said, not read', () => {
  const result = importRelease({ text: EXCERPT, file: 'mgc-fy2026-q4.txt', kind: 'text' }, { releaseDate: '2026-05-13' });
  test('each of its tables is said at its first row', () => {
    const said = result.issues.filter((i) => /columns set apart by two spaces/.test(i.message)).map((i) => i.line);
    expect(said).toEqual([30, 52, 68]);
  });
  test('no line of it is written as a table', () => {
    expect(result.releaseText.split('\n').filter((l) => l.includes('\t'))).toEqual([]);
  });
  test('a laid-out table is read as before', () => {
    const laid = ['ACME Reports Second Quarter 2026 Results', '', '                       2026        2025'];
    for (let k = 0; k < 25; k++) laid.push(`Line ${k}              ${1000 + k}        ${2000 + k}`);
    const read = importRelease({ text: `${laid.join('\n')}\n`, file: 'acme.txt', kind: 'text' }, { releaseDate: '2026-07-30' });
    expect(read.releaseText).toContain('Line 0\t1000\t2000');
  });
});

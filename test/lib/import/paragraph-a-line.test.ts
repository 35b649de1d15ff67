// Amkor Technology, Q2 2026 (EX-99.1 as text, a paragraph a line, unseen set s32; excerpt
// test/fixtures/import/real/amkr-2026-q2-dateline.txt, source lines 15-21): the headline ("… for the Second Quarter
// 2026", 70 characters) right over the dateline's paragraph (300), no blank line between. The headline was long enough
// to be taken for a wrapped line, the paragraph joined to it, and the dateline no longer opened a line: "cannot infer
// release_date", and a highlight taken for the headline. A line more than twice as long as the line before it is no
// wrap of that line's width: it starts a paragraph (src/lib/import/text-blocks.ts, proseBlocks).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/amkr-2026-q2-dateline.txt', 'utf8');
const TABLE = 'Revenue (in millions)          2026          2025\nNet sales                      1,898         1,511\n';

/** The prose lines of a text release as the import writes them. */
const proseOf = (text: string) =>
  importRelease({ text: `Acme Reports Results\n\n${text}`, file: 'acme.txt', kind: 'text' }, { ticker: 'ACME', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' })
    .releaseText.split('\n')
    .filter((l) => l.trim() !== '')
    .slice(1);

describe('a line more than twice as long as the line before it starts a paragraph', () => {
  const dateline = 'TEMPE, Ariz. -- July 27, 2026 -- Amkor Technology, Inc. (Nasdaq: AMKR), a leading provider of semiconductor packaging and test services, today announced financial results for the second quarter ended June 30, 2026.';
  const wrapped = ['Net sales for the quarter were $1.90 billion, up 26% from the second quarter of', '2025, and gross margin rose to 16.8% on a richer mix of advanced packaging and test.'];
  test.each([
    // Amkor's form: a headline over a paragraph on one line.
    [['Amkor Technology Reports Financial Results for the Second Quarter 2026', dateline], 2],
    // Wrapped lines of about one width stay one paragraph, the last one short or not.
    [wrapped, 1],
    [[...wrapped, 'and more.'], 1],
    // A continuation up to twice its line's length (a proportional font's line of narrow letters) is still a wrap.
    [['Net sales for the quarter were $1.90 billion, up 26% year on year', 'and it was illustrated in all its lines in full: still, still, still, still, still, still, ill.'], 1],
  ])('%j: %i lines', (lines, count) => {
    expect(proseOf(lines.join('\n'))).toHaveLength(count);
  });

  test('Amkor: the headline and the date from the dateline', () => {
    const result = importRelease({ text: `${EXCERPT}\n${TABLE}`, file: 'amkr-2026-q2.txt', kind: 'text' }, {});
    expect(result.meta.release_date?.value).toBe('2026-07-27');
    expect(result.meta.title?.value).toBe('Amkor Technology Reports Financial Results for the Second Quarter 2026');
  });
});

// Dave & Buster's third quarter of fiscal 2021 (unseen-s38 play-fy2021-q3.txt, source lines 18–25, pdftotext): its
// highlights are list items whose bullets the text lost, set eight characters in, each wrapped at the page's width. Read
// a line at a time, "15.5% of" was a share of Adjusted EBITDA of the quarter named before it, its base ("revenue") and
// its period ("in the third quarter of 2019") on the next line (src/lib/import/text-blocks.ts, goesOnIndented).
describe('indented lines that stop mid-sentence go on on the next line set at their indentation', () => {
  const source = [
    '        Net income totaled $10.6 million, or $0.21 per diluted share, compared with net loss of $48.0 million, or $1.01 per share in',
    '        the third quarter of 2020 and net income of $0.5 million, or $0.02 per diluted share in the third quarter of 2019.',
    '        Adjusted EBITDA increased 47.4% from the third quarter of 2019 to $68.2 million, or 21.5% of revenue, compared with',
    '        Adjusted EBITDA loss of $16.0 million in the third quarter of 2020 and Adjusted EBITDA of $46.3 million, or 15.5% of',
    '        revenue in the third quarter of 2019.',
    '        Ended the quarter with $27 million in cash and approximately $340 million of liquidity available under the Company’s $500',
    '        million revolving credit facility, net of a $150 million minimum liquidity covenant and $10 million in letters of credit.',
  ].join('\n');
  test('three items, each one paragraph', () => {
    const prose = proseOf(source);
    expect(prose).toHaveLength(3);
    expect(prose[1]).toMatch(/^Adjusted EBITDA increased 47\.4% .* or 15\.5% of revenue in the third quarter of 2019\.$/);
  });

  // Lines set eight characters in that each end a sentence, or print columns, keep their lines.
  test('indented lines ending sentences stay apart', () => {
    expect(proseOf(['        Revenue grew in every region of the company this quarter.', '        Margins improved on a richer mix of products this quarter.'].join('\n'))).toHaveLength(2);
  });
});

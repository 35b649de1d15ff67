// PNC, 4Q20 (../shared/series/pnc/pnc-2020-q4.htm; excerpt test/fixtures/import/real/pnc-2020-q4-page-break.html): a
// paragraph cut by a page break mid-sentence, "… and $410.3 billion at December", the page's foot "- more -", the break,
// the next page's running head "PNC Reports Full Year 2020 … – Page 6", then "31, 2019. Balance sheet growth …". The
// import wrote the halves as two paragraphs with the furniture between, and the claims read "$410.3 billion at
// December" with no day: a month taken for the September date before it (a mismatch once that line was addressed). The
// halves are one paragraph, the furniture left out as page numbers are, and counted (src/lib/import/blocks.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/pnc-2020-q4-page-break.html', 'utf8').replace(/^<!--.*-->\n/, '');
const TABLE = '<table><tr><td></td><td>2020</td><td>2019</td></tr><tr><td>Total assets</td><td>466.7</td><td>410.3</td></tr></table>';

function imported(body: string) {
  const page = `<!doctype html><html><body><p>Acme Reports Fourth Quarter 2020 Results</p>\n${body}\n${TABLE}</body></html>\n`;
  const result = importRelease({ text: page, file: 'x.htm', kind: 'html' }, { id: 'x-2020-q4', fiscalPeriod: '2020-q4', releaseDate: '2021-01-15', scale: 'billions' });
  return { lines: result.releaseText.split('\n').filter((l) => l.trim() !== ''), pageNumbers: result.summary.leftOut.pageNumbers };
}

const FIRST = 'Total assets were $466.7 billion at December 31, 2020 and $410.3 billion at December';
const SECOND = '31, 2019. Balance sheet growth resulted from higher balances.';
const div = (text: string) => `<div>${text}</div>`;
const BREAK = '<hr style="page-break-after:always">';

describe('a paragraph cut by a page break is one paragraph', () => {
  test("PNC's: the halves joined, the foot and the running head left out and counted", () => {
    const { lines, pageNumbers } = imported(EXCERPT.replace(/<\/?(?:html|body)>/g, ''));
    const joined = lines.find((l) => l.startsWith('Average total assets'));
    expect(joined).toContain('$461.8 billion at September 30, 2020 and $410.3 billion at December 31, 2019. Balance sheet growth in the fourth quarter');
    expect(lines.some((l) => /- more -|– Page 6/.test(l))).toBe(false);
    expect(pageNumbers).toBe(2);
  });

  test.each<[string, string, boolean]>([
    ['the foot and a running head naming its page, across the break', [div(FIRST), div('- more -'), BREAK, div('Acme Reports Fourth Quarter 2020 Results – Page 6'), div(SECOND)].join(''), true],
    ['a page number alone, across the break', [div(FIRST), BREAK, div('6'), div(SECOND)].join(''), true],
    ['no page break between: two paragraphs as printed', [div(FIRST), div('- more -'), div(SECOND)].join(''), false],
    ['a heading, not furniture, between', [div(FIRST), BREAK, div('CONSOLIDATED BALANCE SHEET REVIEW'), div(SECOND)].join(''), false],
    ['the first ends its sentence', [div(`${FIRST} 31, 2019.`), div('- more -'), BREAK, div('6'), div('and so on.')].join(''), false],
    ['the second starts a sentence of its own', [div(FIRST), div('- more -'), BREAK, div('6'), div('Balance sheet growth resulted from higher balances.')].join(''), false],
  ])('%s', (_, body, one) => {
    const { lines } = imported(body);
    expect(lines.some((l) => l.includes(`at December ${one ? '31, 2019' : ''}`.trim()) && l.startsWith('Total assets') && l.includes('Balance sheet growth'))).toBe(one);
  });
});

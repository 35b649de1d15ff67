// What the import writes, the ingest reads (issue 30): a figure printed in other characters
// (grouped by no-break or thin spaces, with directional marks, in full-width or Arabic-Indic
// digits, a nil in parentheses) is written in the ones the release text uses, so `tieout facts`
// reads it; the table is a real one (NVIDIA's outlook reconciliation, first quarter fiscal 2023)
// with its 2,460 printed each way.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { figureForm } from '../../../src/lib/import/figure-forms.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const source = readFileSync('test/fixtures/import/real/nvda-fy2023-q1-outlook.html', 'utf8').replace(/^<!--.*-->\n/, '');
const page = (figure: string) =>
  `<!doctype html><html><body><h1>NVIDIA Announces Financial Results for First Quarter Fiscal 2023</h1>\n${source.replace('style="text-align: right;">2,460</td>', `style="text-align: right;">${figure}</td>`)}\n</body></html>\n`;
const meta: ReleaseMeta = {
  id: 'nvda-2023-q1', title: 'NVIDIA', company: 'nvda', name: 'NVIDIA', ticker: 'NVDA', exchange: 'NASDAQ',
  fiscalYearEnd: '01-30', fiscalPeriod: '2023-q1', releaseDate: '2022-05-25', currency: 'USD', scale: 6,
};

describe('a figure in other characters is written as the release text prints figures, and read', () => {
  test.each([
    ['as printed', '2,460', '2,460'],
    ['thousands by a no-break space', '2\u00a0460', '2,460'],
    ['thousands by a thin space', '2\u2009460', '2,460'],
    ['thousands by a narrow no-break space', '2\u202f460', '2,460'],
    ['thousands by an apostrophe', "2'460", '2,460'],
    ['a left-to-right mark inside', '2,\u200e460', '2,460'],
    ['a right-to-left mark before', '\u200f2,460', '2,460'],
    ['an isolate around it', '\u20682,460\u2069', '2,460'],
    ['full-width digits', '２，４６０', '2,460'],
    ['Arabic-Indic digits and separator', '٢٬٤٦٠', '2,460'],
    ['Extended Arabic-Indic digits', '۲,۴۶۰', '2,460'],
    ['Devanagari digits', '२,४६०', '2,460'],
    ['Bengali digits', '২,৪৬০', '2,460'],
    ['Thai digits', '๒,๔๖๐', '2,460'],
    ['Myanmar digits', '၂,၄၆၀', '2,460'],
    ['mathematical bold digits', '𝟐,𝟒𝟔𝟎', '2,460'],
    ['Devanagari digits grouped by a thin space', '२\u2009४६०', '2,460'],
  ])('%s', (_, printed, written) => {
    const result = importRelease({ text: page(printed), file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(result.releaseText.split('\n')).toContain(`GAAP operating expenses\t$ ${written}`);
    const release = parseRelease(result.releaseText, meta, emptyModel, 'release.txt');
    expect(release.errors).toEqual([]);
    expect(release.facts.some((f) => f.value === '2460')).toBe(true);
  });
});

// A figure is read as shown (issue 30, probed): characters that print nothing are dropped in a
// plain-text release as in a page (a byte-order mark inside '1,100' split it into two cells), and
// text printed right to left by override is read in the order it is shown ('\u202e064,2\u202c'
// shows 2,460; its marks dropped, it read 064,2, and '\u202e006\u202c' read 6 where 600 shows).
describe('a figure is read as the reader sees it: invisible characters and right-to-left overrides', () => {
  test.each([
    ['a right-to-left override (RLO ... PDF)', '\u202e064,2\u202c', '2,460'],
    ['an override to the end of the cell', '\u202e064,2', '2,460'],
    ['an override of part of it', '2,\u202e064\u202c', '2,460'],
    ['a <bdo dir="rtl">', '<bdo dir="rtl">064,2</bdo>', '2,460'],
    ['a style overriding direction', '<span style="unicode-bidi: bidi-override; direction: rtl">064</span>,2'.replace('064</span>,2', '064,2</span>'), '2,460'],
    ['a <bdo dir="ltr"> (no change)', '<bdo dir="ltr">2,460</bdo>', '2,460'],
    ['a right-to-left embedding (digits keep their order)', '\u202b2,460\u202c', '2,460'],
  ])('in a page: %s', (_, printed, written) => {
    const result = importRelease({ text: page(printed), file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(result.releaseText.split('\n')).toContain(`GAAP operating expenses\t$ ${written}`);
  });

  // In prose too (the claims read it): a paragraph's or list item's inline elements are walked apart from a cell's.
  test.each([
    ['a <bdo dir="rtl"> in a paragraph', '<p>Revenue was a record $<bdo dir="rtl">999,8</bdo> million.</p>', 'Revenue was a record $8,999 million.'],
    ['a <bdo dir="rtl"> in a list item', '<ul><li>Revenue was a record $<bdo dir="rtl">999,8</bdo> million.</li></ul>', '- Revenue was a record $8,999 million.'],
    ['a style overriding direction in a paragraph', '<p>Revenue rose <span style="direction: rtl; unicode-bidi: bidi-override">%52</span>.</p>', 'Revenue rose 25%.'],
    ['an RLO in a paragraph', '<p>Revenue was a record $\u202e999,8\u202c million.</p>', 'Revenue was a record $8,999 million.'],
  ])('in prose: %s', (_, html, written) => {
    const result = importRelease({ text: page('2,460').replace('</body>', `${html}</body>`), file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(result.releaseText.split('\n')).toContain(written);
  });

  const text = (figure: string) =>
    `Acme Corp Reports First Quarter 2024 Results\n\nSPRINGFIELD, May 1, 2024 -- Acme Corp today reported results for the first quarter ended March 31, 2024.\n\n` +
    `                                   Three Months Ended March 31,\n(in millions)                         2024          2023\n` +
    `Revenue                            $ ${figure}       $ 1,000\nCost of revenue                        600           550\nGross profit                           500           450\n`;
  test.each([
    ['a byte-order mark inside', '1,\ufeff100', '$ 1,100'],
    ['a zero-width space inside', '1,1\u200b00', '$ 1,100'],
    ['a word joiner inside', '1\u2060,100', '$ 1,100'],
    ['a soft hyphen inside', '1,10\u00ad0', '$ 1,100'],
    ['a zero-width joiner between digits', '1,1\u200d00', '$ 1,100'],
    ['a right-to-left override', '\u202e001,1\u202c', '$ 1,100'],
    ['a left-to-right mark', '1,\u200e100', '$ 1,100'],
  ])('in plain text: %s', (_, printed, written) => {
    const result = importRelease({ text: text(printed), file: 'release.txt', kind: 'text' }, { ticker: 'TST', releaseDate: '2024-05-01' });
    expect(result.releaseText.split('\n')).toContain(`Revenue\t${written}\t$ 1,000`);
    expect(result.issues).toEqual([]);
  });
});

// A triangle before a figure is a sign as the release establishes it (issue 30): Japanese and
// Taiwanese filers print a minus as '△' or '▲'; Korean releases print '▲' for a rise; an English
// page's '▲' and '▼' are arrows. Read as the page's <html lang> alone said, a Korean release with
// no lang, with lang on an inner element, or copied as Markdown or text read its rises as minuses.
// The reading rests on what the release prints (a legend, its script, the lang of any element,
// ▲ and ▼ printed as a pair); where nothing settles it, the figure is left as printed and said.
describe('a triangle before a figure is the sign the release establishes, and is said where it establishes none', () => {
  const unsettled = /^expected the sign a triangle before a figure prints to be one the release establishes; '▲' prints a minus in Japanese releases and a rise in Korean ones, and (.+), so the figures printed after it are left as printed/;
  const kana = '<p>売上高は前年同期比で増加しましたが、営業利益はマイナスとなりました。</p>';
  const hangul = '<p>매출액은 전년 동기 대비 증가했으며 영업이익은 감소했습니다.</p>';
  test.each([
    // Settled: a minus.
    ['△ (white), on any page', page('△2,460'), '$ (2,460)', '-2460', null],
    ['△ and a space', page('△ 2,460'), '$ (2,460)', '-2460', null],
    ['▼, on any page', page('▼2,460'), '$ (2,460)', '-2460', null],
    ['△ in full-width digits', page('△２，４６０'), '$ (2,460)', '-2460', null],
    ['▲ on a page whose <html lang> is Japanese', page('▲2,460').replace('<html>', '<html lang="ja">'), '$ (2,460)', '-2460', null],
    ['▲ on a page with lang="ja-JP" on an inner element only', page('▲2,460').replace('<body>', '<body><div lang="ja-JP">決算短信</div>'), '$ (2,460)', '-2460', null],
    ['▲ on a page in Japanese script, with no lang', page('▲2,460').replace('<body>', `<body>${kana}`), '$ (2,460)', '-2460', null],
    ['▲ under a legend "▲ indicates negative figures"', page('▲2,460').replace('<body>', '<body><p>▲ indicates negative figures.</p>'), '$ (2,460)', '-2460', null],
    ['▲ under a legend "Negative figures are shown with ▲"', page('▲2,460').replace('<body>', '<body><p>Negative figures are shown with ▲.</p>'), '$ (2,460)', '-2460', null],
    ['▲ under a Japanese legend "（▲は減少）" on a Korean page', page('▲2,460').replace('<html>', '<html lang="ko">').replace('<body>', '<body><p>（▲は減少）</p>'), '$ (2,460)', '-2460', null],
    // Settled: a rise.
    ['▲ under a Korean legend "(▲: 증가, ▼: 감소)", with no lang', page('▲2,460').replace('<body>', `<body>${hangul}<p>(▲: 증가, ▼: 감소)</p>`), '$ 2,460', '2460', null],
    ['▲ and ▼ both before figures, a pair of arrows', page('▲2,460').replace('right;">2.0<', 'right;">▼2.0<'), '$ 2,460', '2460', null],
    // Not settled: left as printed, and said.
    ['▲ on a page whose <html lang> is Korean', page('▲2,460').replace('<html>', '<html lang="ko">'), '$\t▲2,460', null, 'the release is in Korean'],
    ['▲ on a page in Korean script, with no lang', page('▲2,460').replace('<body>', `<body>${hangul}`), '$\t▲2,460', null, 'the release is in Korean'],
    ['▲ on a page with lang="ko" on an inner element only', page('▲2,460').replace('<body>', '<body><div lang="ko">실적</div>'), '$\t▲2,460', null, 'the release is in Korean'],
    ['▲ on a page that says nothing of it', page('▲2,460'), '$\t▲2,460', null, 'the release does not say which it prints'],
    ['▲ on a page in both Japanese and Korean', page('▲2,460').replace('<body>', `<body>${kana}${hangul}`), '$\t▲2,460', null, 'the release is in Japanese, where it prints a minus, and in Korean'],
    ['▲ under a legend that says both', page('▲2,460').replace('<body>', '<body><p>▲ = negative</p><p>▲ = increase</p>'), '$\t▲2,460', null, 'the release says it prints both'],
  ])('%s', (_, html, written, value, said) => {
    const result = importRelease({ text: html, file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(result.releaseText.split('\n')).toContain(`GAAP operating expenses\t${written.replace('\\t', '\t')}`);
    const notes = result.issues.map((i) => unsettled.exec(i.message)?.[1]).filter(Boolean);
    if (said === null) expect(notes).toEqual([]);
    else expect(notes).toEqual([expect.stringContaining(said)]);
    if (value !== null) {
      const release = parseRelease(result.releaseText, meta, emptyModel, 'release.txt');
      expect(release.errors).toEqual([]);
      expect(release.facts.some((f) => f.value === value)).toBe(true);
    }
  });

  // The same evidence in a wire copy (.txt) and in Markdown, which have no lang: their script and legends.
  const text = (change: string, extra = '') => `Acme Corp Reports Second Quarter 2010 Results
${extra}
ACME CORP
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands of dollars)

                              Three Months Ended June 30,
                              2010          2009       Change
Revenues                     $1,500        $1,200      ${change}
`;
  const markdown = (change: string, extra = '') => `# Acme Corp Reports Second Quarter 2010 Results
${extra}
| | 2010 | 2009 | Change |
|---|---:|---:|---:|
| Revenues | $1,500 | $1,200 | ${change} |
`;
  const hangulLine = '매출액은 전년 동기 대비 증가했으며 영업이익은 감소했습니다.';
  const kanaLine = '売上高は前年同期比で増加しましたが、営業利益はマイナスとなりました。';
  test.each([
    ['a wire copy (.txt) in Korean: ▲ not settled', 'release.txt', text('▲300', hangulLine), '▲300', 'the release is in Korean'],
    ['a wire copy (.txt) in Japanese: ▲ a minus', 'release.txt', text('▲300', kanaLine), '(300)', null],
    ['a wire copy (.txt) with a legend "▲ = negative"', 'release.txt', text('▲300', '(▲ = negative)'), '(300)', null],
    ['a wire copy (.txt) saying nothing: ▲ not settled', 'release.txt', text('▲300'), '▲300', 'the release does not say which it prints'],
    ['a wire copy (.txt): △ a minus', 'release.txt', text('△300'), '(300)', null],
    ['Markdown in Korean: ▲ not settled', 'release.md', markdown('▲300', hangulLine), '▲300', 'the release is in Korean'],
    ['Markdown with a Korean legend "▲ 증가": a rise', 'release.md', markdown('▲300', `${hangulLine} (▲ 증가)`), '300', null],
    ['Markdown in Japanese: ▲ a minus', 'release.md', markdown('▲300', kanaLine), '(300)', null],
  ])('%s', (_, file, source, written, said) => {
    const result = importRelease({ text: source, file, kind: 'text' }, { ticker: 'ACME', fiscalPeriod: '2010-q2', scale: 'thousands' });
    expect(result.releaseText.split('\n').find((l) => l.startsWith('Revenues'))?.split('\t').at(-1)).toBe(written);
    const notes = result.issues.filter((i) => unsettled.test(i.message));
    if (said === null) expect(notes).toEqual([]);
    else {
      expect(notes.map((i) => unsettled.exec(i.message)![1])).toEqual([expect.stringContaining(said)]);
      // Located where the source prints it.
      expect(source.split('\n')[notes[0]!.line - 1]).toContain('▲300');
    }
  });
});

describe('figureForm changes a cell only into a figure', () => {
  test.each([
    ['$ (—)', '$ —'],
    ['(—)', '—'],
    ['（１２）', '(12)'],
    ['٣٫٥%', '3.5%'],
    ['5 931 000', '5,931,000'],
    ['△12.5%', '(12.5%)'],
    ['$ ▼1,234', '$ (1,234)'],
    // ▲ is a sign only where the release settles it (above): with nothing said, as printed.
    ['$ ▲1,234', '$ ▲1,234'],
    ['१२३', '123'],
    // Not figures once changed, or figures already: as printed.
    ['売上高', '売上高'],
    ['（注１）', '（注１）'],
    ['2023 2022', '2023 2022'],
    ['12 34', '12 34'],
    ['5.931.000', '5.931.000'],
    ['1,234', '1,234'],
    ['△', '△'],
    ['△ Decrease', '△ Decrease'],
    ['2,460 △', '2,460 △'],
  ])('figureForm(%s) is %s', (cell, form) => {
    expect(figureForm(cell)).toBe(form);
  });
});

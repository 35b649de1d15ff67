// The declared encoding is the encoding read (issue 30): a page is decoded as its byte-order
// mark, its NUL bytes, its <meta charset> or XML declaration say, by the platform's WHATWG
// decoder, and what cannot be decoded is reported at its place. The page is a real table (NVIDIA's
// outlook reconciliation, first quarter fiscal 2023) with a label in the declared encoding.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';

const table = readFileSync('test/fixtures/import/real/nvda-fy2023-q1-outlook.html', 'utf8').replace(/^<!--.*-->\n/, '');
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
/** A page: its head (the declaration), a headline in `label` bytes, the real table. */
const page = (head: string, label: number[]) =>
  Uint8Array.from([...ascii(`${head}<html><head><title>Results</title></head><body>\n<h1>NVIDIA Announces Financial Results for First Quarter Fiscal 2023</h1>\n<p>`), ...label, ...ascii(`</p>\n${table}\n</body></html>\n`)]);
const utf16 = (bytes: Uint8Array, be: boolean) => {
  const text = new TextDecoder().decode(bytes);
  const out = Buffer.from(text, 'utf16le');
  if (be) out.swap16();
  return Uint8Array.from(out);
};
const utf8 = (s: string) => [...Buffer.from(s, 'utf8')];
// The labels' bytes in their encodings (as iconv writes them).
const SJIS_REVENUE = [0x94, 0x84, 0x8f, 0xe3, 0x8d, 0x82]; // 売上高
const CP1251_REVENUE = [0xc2, 0xfb, 0xf0, 0xf3, 0xf7, 0xea, 0xe0]; // Выручка
const EUCKR_REVENUE = [0xb8, 0xc5, 0xc3, 0xe2, 0xbe, 0xd7]; // 매출액

describe('decodeSource reads the encoding the file declares', () => {
  test.each([
    ['UTF-8, undeclared', page('', utf8('Revenue — €1')), 'utf-8', 'Revenue — €1'],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...page('', utf8('Revenue — €1'))]), 'utf-8', 'Revenue — €1'],
    ['UTF-16LE with a byte-order mark', Uint8Array.from([0xff, 0xfe, ...utf16(page('', utf8('Revenue — €1')), false)]), 'utf-16le', 'Revenue — €1'],
    ['UTF-16BE with a byte-order mark', Uint8Array.from([0xfe, 0xff, ...utf16(page('', utf8('Revenue — €1')), true)]), 'utf-16be', 'Revenue — €1'],
    ['UTF-16LE without a byte-order mark', utf16(page('', utf8('Revenue — €1')), false), 'utf-16le', 'Revenue — €1'],
    ['UTF-16BE without a byte-order mark', utf16(page('', utf8('Revenue — €1')), true), 'utf-16be', 'Revenue — €1'],
    ['<meta charset="shift_jis">', page('<meta charset="shift_jis">', SJIS_REVENUE), 'shift_jis', '売上高'],
    ['<meta http-equiv content="…; charset=windows-1251">', page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', CP1251_REVENUE), 'windows-1251', 'Выручка'],
    ['<meta charset=EUC-KR> unquoted, in capitals', page('<META CHARSET=EUC-KR>', EUCKR_REVENUE), 'euc-kr', '매출액'],
    ['an XML declaration of ISO-8859-1', page('<?xml version="1.0" encoding="ISO-8859-1"?>\n', [0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9]), 'windows-1252', 'Société'],
    ['undeclared Windows-1252 (an older EDGAR filing): curly quotes', page('', [0x93, 0x4e, 0x6f, 0x6e, 0x2d, 0x47, 0x41, 0x41, 0x50, 0x94]), 'windows-1252', '“Non-GAAP”'],
    // Windows-1252 punctuation in a page labelled Latin-1 is Windows-1252's (the standard maps the label latin1 to it).
    ['ISO-8859-1 declared, Windows-1252 dashes and quotes', page('<meta charset="iso-8859-1">', [0x93, 0x4e, 0x65, 0x74, 0x94, 0x20, 0x97, 0x20, 0x80, 0x31]), 'windows-1252', '“Net” — €1'],
    ['ISO-8859-1 declared over UTF-8 bytes (a copy re-saved as UTF-8)', page('<meta charset="iso-8859-1">', utf8('Revenue — €1')), 'utf-8', 'Revenue — €1'],
    ['a declaration of UTF-16 in a file read as ASCII is UTF-8', page('<meta charset="utf-16">', utf8('Revenue — €1')), 'utf-8', 'Revenue — €1'],
  ])('%s', (_, bytes, encoding, label) => {
    const decoded = decodeSource(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.problems).toEqual([]);
    expect(decoded.text).toContain(`<p>${label}</p>`);
    expect(decoded.text).toContain('Q2 FY2023');
  });

  test.each([
    [
      'a stray Latin-1 byte in UTF-8: the UTF-8 stays UTF-8, the byte read as Windows-1252 and reported',
      page('', [...utf8('Revenue — Soci'), 0xe9, ...utf8('té — €1')]),
      'utf-8',
      'Revenue — Société — €1',
      { line: 3, column: 18, message: /^expected UTF-8 throughout; byte 0xE9 here is not .*read as Windows-1252 'é': check the text around it$/ },
    ],
    [
      'a label no encoding has: reported at the declaration, the bytes read as UTF-8',
      page('<meta charset="x-unknown-8">', utf8('Revenue — €1')),
      'utf-8',
      'Revenue — €1',
      { line: 1, column: 1, message: /^expected an encoding the document can be read in; it declares 'x-unknown-8', which names none/ },
    ],
    [
      'a C1 control Windows-1252 names no character for (0x81): U+FFFD in its place, reported there',
      page('', utf8('Revenue \u0093gross\u0094 \u0081 €1')),
      'utf-8',
      'Revenue “gross” \ufffd €1',
      { line: 3, column: 20, message: /^expected text; U\+0081 here is a control character, which Windows-1252 .* names no character for/ },
    ],
    [
      'bytes the declared encoding cannot decode: U+FFFD in their place, reported there',
      page('<meta charset="shift_jis">', [...SJIS_REVENUE, 0x85, 0x40]),
      'shift_jis',
      '売上高\ufffd',
      { line: 3, column: 7, message: /^expected text in shift_jis, as the file is read; a byte here is not/ },
    ],
  ])('%s', (_, bytes, encoding, label, problem) => {
    const decoded = decodeSource(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(`<p>${label}@`.replace('@', ''));
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatchObject({ line: problem.line, column: problem.column });
    expect(decoded.problems[0]!.message).toMatch(problem.message);
  });

  test('an import reports what decoding found at its place, with the rest of the problems, and reads the table', () => {
    const bytes = page('', [...utf8('Revenue — Soci'), 0xe9, ...utf8('té')]);
    const { text, encoding, problems } = decodeSource(bytes);
    const result = importRelease({ text, file: 'page.html', kind: 'html', encoding, decodeProblems: problems }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(result.issues[0]).toMatchObject({ file: 'page.html', line: 3, column: 18 });
    expect(result.releaseText).toContain('Revenue — Société');
    expect(result.releaseText).toContain('Q2 FY2023');
  });
});

// Microsoft's EX-99.1 of April 2020 (unseen EDGAR set s15) is UTF-8 whose punctuation is C1 controls: Windows-1252 bytes a
// converter read as ISO-8859-1. Dropped before, so the dateline lost its dashes and the name after it was not drafted
// (release.yaml `name: ''`), nor the ticker of "(Nasdaq “MSFT” @microsoft)".
describe('C1 controls are the Windows-1252 punctuation they were (Microsoft, EX-99.1 of April 2020)', () => {
  const bytes = readFileSync('test/fixtures/import/real/msft-fy2020-q3-c1.html');
  const decoded = decodeSource(bytes);
  test.each([
    ['the dateline\'s dashes', 'REDMOND, Wash. — April</b><b></b><b>\u00a029, 2020\n— </b>Microsoft Corp.'],
    ['bullets', '>•</font>'],
    ['apostrophes and quotes', '“We’ve seen two years’ worth of digital transformation in two months.'],
    ['an en dash', 'cloud infrastructure and security – we are working'],
    ['closing quotes', 'remote everything,” said Satya Nadella'],
    ['the listing\'s quoted ticker', 'Microsoft (Nasdaq “MSFT” @microsoft)'],
  ])('%s', (_, text) => {
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.problems).toEqual([]);
    expect(decoded.text).toContain(text);
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
  });

  test('the import drafts the name after the dateline and the listing', () => {
    const result = importRelease({ text: decoded.text, file: 'msft.htm', kind: 'html', encoding: decoded.encoding, decodeProblems: decoded.problems });
    expect(result.releaseText).toContain('REDMOND, Wash. — April 29, 2020 — Microsoft Corp. today announced');
    const values = Object.fromEntries(Object.entries(result.meta).map(([k, v]) => [k, (v as { value?: unknown })?.value ?? v]));
    expect(values).toMatchObject({ name: 'Microsoft Corp.', ticker: 'MSFT', exchange: 'NASDAQ', release_date: '2020-04-29' });
  });
});

// A few control characters in a text file (issue 30, probed): a NUL inside '600' was written into
// release.txt as printed, and tieout facts then refused the whole release ('expected text, found
// a NUL byte'), though the import had exited 0. They print nothing: left out, and said at the first.
describe('control characters that print nothing are left out and said', () => {
  const text = (figure: string) =>
    `Acme Corp Reports First Quarter 2024 Results\n\nSPRINGFIELD, May 1, 2024 -- Acme Corp today reported results for the first quarter ended March 31, 2024.\n\n` +
    `                                   Three Months Ended March 31,\n(in millions)                         2024          2023\n` +
    `Revenue                            $ 1,100       $ 1,000\nCost of revenue                      ${figure}           550\nGross profit                           500           450\n`;
  test.each([
    ['a NUL inside a figure', '6\u000000', 'U+0000', 1],
    ['a bell and a backspace', '6\u00070\u00080', 'U+0007', 2],
    ['a delete', '60\u007f0', 'U+007F', 1],
    ['a NUL before it', '\u0000600', 'U+0000', 1],
  ])('%s', (_, figure, code, count) => {
    const decoded = decodeSource(Uint8Array.from(Buffer.from(text(figure), 'utf8')));
    expect(decoded.text).toBe(text(figure.replace(/[\u0000-\u0008\u007f]/g, '')));
    expect(decoded.problems).toEqual([{ line: 8, column: 38 + figure.search(/[\u0000-\u0008\u007f]/), message: expect.stringContaining(`${code} here is a control character, which prints nothing, so it is left out${count > 1 ? `, as are ${count - 1} more` : ''}`) }]);
    const result = importRelease({ text: decoded.text, file: 'release.txt', kind: 'text' }, { ticker: 'TST', releaseDate: '2024-05-01' });
    expect(result.releaseText).toContain('Cost of revenue\t600\t550');
  });

  test('tab, line ends, form feed and escape are kept', () => {
    expect(decodeSource(Uint8Array.from(Buffer.from('a\tb\fc\u001bd\ne\r\nf', 'utf8')))).toMatchObject({ text: 'a\tb\fc\u001bd\ne\nf', problems: [] });
  });
});

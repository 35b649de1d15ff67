import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { hasPipeTable } from '../../../src/lib/import/markdown.ts';
import { messages } from '../../../src/lib/import/messages.ts';
import { parseRelease, loadReleaseMeta } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

const imported = (md: string) => importRelease({ text: md, file: 'release.md', kind: 'text' }, { ticker: 'X', fiscalPeriod: '2023-q3', scale: 'thousands' });
const text = (md: string) => imported(md).releaseText;
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('hasPipeTable', () => {
  test.each([
    ['| | 2023 | 2022 |\n|---|---:|---:|\n| Revenue | 5 | 4 |'],
    ['Metric | 2023 | 2022\n--- | --- | ---\nRevenue | 5 | 4'], // no outer pipes
    ['|   | Q3 |\n| :-- | :--: |'],
    ['| **SUNLINK HEALTH SYSTEMS, INC. ANNOUNCES** |\n| --- |\n| **FISCAL 2025 SECOND QUARTER RESULTS** |'], // one title cell over one column (SunLink, 2Q FY25)
  ])('%j holds one', (md) => expect(hasPipeTable(md)).toBe(true));

  test.each([
    ['Revenue rose | fell.\n\n---\n\nNext section'], // a thematic break under prose with a pipe
    ['| a lone row |'],
    ['\tQ3 2023\tQ3 2022\nRevenue\t5\t4'],
    ['-----\n-----'],
    ['A heading\n---\n\nText'], // a setext heading's underline, no pipes
    ['| a lone row |\n---'], // a thematic break under a row: one column needs its outer pipes
  ])('%j holds none', (md) => expect(hasPipeTable(md)).toBe(false));
});

/** Table-driven: Markdown tables as converters of filings write them, and the release text each imports to. */
describe('Markdown tables become release-text tables', () => {
  const cases: [string, string, string][] = [
    [
      'a header row of periods; "$" and "(…)" inside cells',
      lines('| | Q3 2023 | Q3 2022 |', '|---|---:|---:|', '| Revenue | $ 5,931 | $ 7,103 |', '| Interest expense | (65) | (62) |'),
      lines('\tQ3 2023\tQ3 2022', 'Revenue\t$ 5,931\t$ 7,103', 'Interest expense\t(65)\t(62)'),
    ],
    [
      '"$" in a column of its own, as filings converted cell by cell print it, and a span over the years',
      lines(
        '| | | Three Months Ended | | |',
        '|---|---|---|---|---|',
        '| | | 2023 | | 2022 |',
        '| Net revenues | $ | 180,556 | $ | 120,129 |',
        '| GAAP net income | $ | 49,222 | $ | 15,874 |',
      ),
      // The span sits in the one cell Markdown gives it; the ingest spreads it over the empty cell to its right.
      lines('\tThree Months Ended\t', '\t2023\t2022', 'Net revenues\t$ 180,556\t$ 120,129', 'GAAP net income\t$ 49,222\t$ 15,874'),
    ],
    [
      'a caption of title lines above the table, nils, bold totals, no outer pipes',
      lines(
        'ACME CORP',
        'STATEMENTS OF OPERATIONS',
        '(In thousands)',
        '',
        'Item | 2023 | 2022',
        ':-- | --: | --:',
        'Product revenue | 100 | —',
        'Service revenue | 50 | 40',
        '**Total revenue** | **150** | **40**',
      ),
      // A word in the header row's corner is a label beside the header, as in an HTML table.
      lines('ACME CORP', 'STATEMENTS OF OPERATIONS', '(In thousands)', '\t2023\t2022', 'Item\t\t', 'Product revenue\t100\t—', 'Service revenue\t50\t40', 'Total revenue\t150\t40'),
    ],
    [
      'indentation written as no-break spaces, and a pipe escaped in a label',
      lines('| | 2023 |', '|---|---|', '| Operating expenses: | |', '| &nbsp;&nbsp;Research \\| development | 10 |', '| &nbsp;&nbsp;Sales | 5 |', '| Total operating expenses | 15 |'),
      lines('\t2023', 'Operating expenses:\t', '  Research | development\t10', '  Sales\t5', 'Total operating expenses\t15'),
    ],
    [
      // GlobeNewswire's tables as a converter wrote them (United Fire, 4Q24): the header written once over its lost span.
      'a header over the "$" cell, its span lost: a figure printed without "$" is in the same column as those with one',
      lines(
        '|  | December 31, 2024 | | |  | December 31, 2023 | | |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Invested assets | $ | 2,093,094 |  |  | $ | 1,886,494 |  |',
        '| Cash |  | 200,949 |  |  |  | 102,046 |  |',
        '| Net unrealized investment gains (losses), after-tax |  | (72,241 | ) |  |  | (66,967 | ) |',
      ),
      lines('\tDecember 31, 2024\tDecember 31, 2023', 'Invested assets\t$ 2,093,094\t$ 1,886,494', 'Cash\t200,949\t102,046', 'Net unrealized investment gains (losses), after-tax\t(72,241)\t(66,967)'),
    ],
    [
      'a span written once over the "$" cells and a row of years over the figures: one column per year, "$" or not',
      lines(
        '| Investment Results | | | | | | | | |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| (In thousands) | Three Months Ended December 31, | | | | | | | |',
        '|  |  | 2024 |  |  |  | 2023 |  |  |',
        '| Interest on fixed maturities | $ | 19,877 |  |  | $ | 15,051 |  |  |',
        '| Dividends on equity securities |  | — |  |  |  | 481 |  |  |',
        '| Total investment income | $ | 25,719 |  |  | $ | 21,448 |  |  |',
      ),
      lines(
        'Investment Results',
        '(In thousands)',
        // The span sits in the one cell Markdown gives it; the ingest spreads it over the empty cell to its right.
        '\tThree Months Ended December 31,\t',
        '\t2024\t2023',
        'Interest on fixed maturities\t$ 19,877\t$ 15,051',
        'Dividends on equity securities\t—\t481',
        'Total investment income\t$ 25,719\t$ 21,448',
      ),
    ],
    [
      // GFM drops a row's cells past the header row's: the nine-month figures would vanish.
      'rows wider than the header row, whose spanning headings a converter packed to the left: every figure kept, each heading over its group',
      lines('| | Three Months Ended | Nine Months Ended |', '|---|---|---|', '| | 2024 | 2023 | 2024 | 2023 |', '| Revenue | 100 | 90 | 300 | 270 |'),
      lines('\tThree Months Ended\t\tNine Months Ended\t', '\t2024\t2023\t2024\t2023', 'Revenue\t100\t90\t300\t270'),
    ],
    [
      // GFM reads a table whose delimiter row counts other cells than its header row as a paragraph.
      'a delimiter row wider than the header row (Bank of America, 4Q24), and a title with its unit statement in the corner',
      lines(
        '| Capital Highlights ($ in billions except per share data) | Three months ended |',
        '|---|---|---|',
        '| | 12/31/2024 | 9/30/2024 |',
        '| Total assets | $3,261.8 | $3,324.3 |',
        '| Book value per common share | $35.79 | $35.37 |',
      ),
      lines(
        'Capital Highlights',
        '($ in billions except per share data)',
        '\tThree months ended\t',
        '\t12/31/2024\t9/30/2024',
        'Total assets\t$3,261.8\t$3,324.3',
        'Book value per common share\t$35.79\t$35.37',
      ),
    ],
  ];
  test.each(cases)('%s', (_, md, expected) => {
    expect(text(md)).toBe(expected);
  });

  test('prose stays one paragraph a line, headings and list items as in any release', () => {
    const md = lines(
      '# Acme Reports Third Quarter 2023 Results',
      '',
      'NEW YORK, Nov. 8, 2023 -- Acme Corp (NASDAQ: ACME) today reported',
      'results for the quarter ended September 30, 2023.',
      '',
      '- Revenue of **$5.9 million**',
      '- Net income of $0.7 million',
      '',
      '| | Q3 2023 |',
      '|---|---|',
      '| Revenue | 5,931 |',
    );
    expect(text(md)).toBe(
      lines(
        'Acme Reports Third Quarter 2023 Results',
        '',
        'NEW YORK, Nov. 8, 2023 -- Acme Corp (NASDAQ: ACME) today reported results for the quarter ended September 30, 2023.',
        '',
        '- Revenue of $5.9 million',
        '- Net income of $0.7 million',
        '',
        '\tQ3 2023',
        'Revenue\t5,931',
      ),
    );
  });

  test('headings over more columns than they fill, one alone naming a span of periods: the span covers the columns the others leave', () => {
    const md = lines(
      '| Summary Income Statement | Year Ended December 31 | Fourth Quarter | Third Quarter | Fourth Quarter |',
      '|---|---|---|---|---|',
      '| | 2024 | 2023 | 2024 | 2024 | 2023 |',
      '| Net interest income | $56,060 | $56,931 | $14,359 | $13,967 | $13,946 |',
    );
    const result = imported(md);
    expect(result.releaseText).toContain('\tYear Ended December 31\t\tFourth Quarter\tThird Quarter\tFourth Quarter\n\t2024\t2023\t2024\t2024\t2023\n');
    expect(result.releaseText).toContain('Net interest income\t$56,060\t$56,931\t$14,359\t$13,967\t$13,946\n');
    expect(result.issues).toEqual([]);
  });

  test('headings over more columns than they fill, with no way to tell which one spans two, are reported where they are printed', () => {
    const md = lines(
      '| Summary Income Statement | Fourth Quarter | Third Quarter | Fourth Quarter | Full Year |',
      '|---|---|---|---|---|',
      '| | 2024 | 2024 | 2023 | 2024 | 2023 |',
      '| Net interest income | $14,359 | $13,967 | $13,946 | $56,060 | $56,931 |',
    );
    const result = imported(md);
    expect(result.releaseText).toContain('Net interest income\t$14,359\t$13,967\t$13,946\t$56,060\t$56,931\n');
    expect(result.issues.map((i) => `${i.line}:${i.column}: ${i.message}`)).toEqual([
      '1:28: expected each heading of this header row over the columns it spans; found 4 headings side by side over 5 columns, with no span saying which columns each covers (a span lost in conversion), so the columns\' periods are not certain: in release.txt, follow each heading with an empty cell for every further column it covers',
    ]);
  });

  test('YAML front matter is no text of the release; its title is the headline, at its line of source.txt', () => {
    const md = lines('---', 'date: "2025-02-12 05:01:00"', 'title: "Acme Corp Reports Third Quarter 2023 Results"', 'tags:', '  - "Reuters"', '---', '', 'NEW YORK, Nov. 8, 2023 -- Acme Corp (NASDAQ: ACME) today reported results.', '', '| | Q3 2023 |', '|---|---|', '| Revenue | $ 5,931 |');
    const result = importRelease({ text: md, file: 'release.md', kind: 'text' }, { fiscalPeriod: '2023-q3', scale: 'thousands' });
    expect(result.releaseText.split('\n')[0]).toBe('Acme Corp Reports Third Quarter 2023 Results');
    expect(result.releaseText).not.toContain('Reuters');
    expect(result.meta.title?.value).toBe('Acme Corp Reports Third Quarter 2023 Results');
    expect(result.meta.title?.from).toBe("the page's headline, <h1> at source.txt:3");
  });

  test('a problem is reported at the line and column the Markdown prints it', () => {
    const md = lines('Results', '', '| | Q3 2023 |', '|---|---|', '| Revenue | 5,931 |', '', '| Costs | 12 |', '|---|---|', '| Rent | 3 |');
    expect(imported(md).issues.map((i) => `${i.line}:${i.column}: ${i.message}`)).toEqual([
      "7:1: expected a header row naming the columns (periods, changes) above this table's figures; found none (the table starts with 'Costs')",
    ]);
  });
});

/**
 * Real releases written as Markdown: each table of the release text as a pipe table (its first
 * header line the Markdown header row, the rest rows of their own; indentation as no-break
 * spaces, `<u>` kept as inline HTML), each prose line a paragraph. Imported, they read as the
 * same facts as the release text they were written from.
 */
const REAL: [string, ReleaseMeta][] = [
  ['data/releases/inap-2010-q2/release.txt', loadReleaseMeta('data/releases/inap-2010-q2/release.yaml')],
  ...(['q1', 'q2', 'q3', 'q4'] as const).map((q): [string, ReleaseMeta] => [
    `test/fixtures/import/nvda-fy2023-${q}.release.txt`,
    loadReleaseMeta(`test/fixtures/import/nvda-fy2023-${q}.release.yaml`, `nvda-2023-${q}`),
  ]),
];

function asMarkdown(releaseText: string): string {
  const src = releaseText.replace(/\n$/, '').split('\n');
  const isRow = (k: number) => src[k]?.includes('\t') ?? false;
  const out: string[] = [];
  for (let i = 0; i < src.length; i++) {
    // Prose and title lines as they are: a title block stays one paragraph of lines, which the import keeps as lines.
    if (!isRow(i)) {
      out.push(src[i]!.replace(/\|/g, '\\|'));
      continue;
    }
    // A blank line before a table, else Markdown reads the line above as its header.
    if (out.length > 0 && out.at(-1) !== '') out.push('');
    // The table runs on over captions between its rows ("Stockholders' equity:"), which become rows of their own.
    let end = i;
    for (;;) {
      if (isRow(end + 1)) end++;
      else {
        let k = end + 1;
        while (k < src.length && !isRow(k) && k - end <= 10) k++;
        if (!isRow(k) || src[k]!.startsWith('\t')) break;
        end = k;
      }
    }
    const rows = src
      .slice(i, end + 1)
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line.split('\t').map((c, k) => {
          const cell = c.replace(/\|/g, '\\|');
          return k > 0 ? cell.trim() : '&nbsp;'.repeat(/^ */.exec(cell)![0].length) + cell.trim();
        }),
      );
    // Markdown drops cells past the header row's: every row as wide as the widest.
    const width = Math.max(...rows.map((r) => r.length));
    rows.forEach((r, k) => {
      out.push(`| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`);
      if (k === 0) out.push(`|${Array(width).fill('---').join('|')}|`);
    });
    out.push('');
    i = end;
  }
  return `${out.join('\n')}\n`;
}

const comparable = (f: Fact) => [f.id, f.value, f.status, f.period, f.unit, f.scale, f.decimals, f.total, f.underlined].join(' ');

describe.each(REAL)('%s written as Markdown', (file, meta) => {
  const original = readFileSync(file, 'utf8');
  const md = asMarkdown(original);
  const result = importRelease({ text: md, file: 'release.md', kind: 'text' }, { ticker: meta.ticker, fiscalPeriod: meta.fiscalPeriod, scale: 'thousands' });
  const fromMd = parseRelease(result.releaseText, meta, emptyModel, 'release.txt');
  const fromText = parseRelease(original, meta, emptyModel, file);

  test('imports with the problems the release text has, and no more', () => {
    expect(result.issues).toEqual([]);
    expect(fromMd.errors.length).toBeLessThanOrEqual(fromText.errors.length);
  });

  test('reads as the same facts', () => {
    expect(fromMd.facts.filter((f) => f.origin === 'cell').map(comparable)).toEqual(fromText.facts.filter((f) => f.origin === 'cell').map(comparable));
  });
});

/**
 * The figures of a Markdown file's pipe tables (rows under a delimiter row, past the label cell),
 * in order, as digit strings; a table of years alone lays headings out and holds no figures.
 */
function pipeTableFigures(md: string): string[] {
  const tables: string[][] = [];
  const lines = md.split('\n');
  let table: string[] | null = null;
  lines.forEach((line, i) => {
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/.test(line)) tables.push((table = printed(lines[i - 1]!.split('|').slice(2).join(' '))));
    else if (!table || line.trim() === '' || !line.includes('|')) table = null;
    else table.push(...printed(line.split('|').slice(2).join(' ')));
  });
  return tables
    .filter((t) => !t.every((f) => /^(?:19|20)\d\d$/.test(f)))
    .flat()
    .map((f) => f.replace(/,/g, ''));
}
const printed = (text: string) => text.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
const figures = (text: string) => printed(text).map((f) => f.replace(/,/g, ''));

describe('Bank of America 4Q24, as a converter of its PDF wrote it in Markdown', () => {
  const file = 'test/fixtures/import/real/bac-2024-q4.md';
  const md = readFileSync(file, 'utf8');
  const result = importRelease({ text: md, file, kind: 'text' }, { ticker: 'BAC', name: 'Bank of America Corporation', exchange: 'NYSE', releaseDate: '2025-01-16' });
  const tableLines = result.releaseText.split('\n').filter((l) => l.includes('\t'));

  test('every figure of every pipe table is in release.txt, in order: none dropped past a short header row', () => {
    const source = pipeTableFigures(md);
    expect(source.length).toBeGreaterThan(1000);
    expect(tableLines.flatMap((l) => figures(l.split('\t').slice(1).join(' ')))).toEqual(source);
  });

  test('the five header rows of four headings over five columns are read with the one span over the two years: nothing to report', () => {
    expect(result.issues).toEqual([]);
    expect(result.releaseText.split('\n').filter((l) => l === '\tYear Ended December 31\t\tFourth Quarter\tThird Quarter\tFourth Quarter')).toHaveLength(5);
  });

  test('the highlights table whose delimiter row is wider than its header row is a table, titled, with its unit statement', () => {
    expect(result.releaseText).toContain(
      'Balance Sheet, Liquidity, and Capital Highlights\n($ in billions except per share data, end of period, unless otherwise noted)\n\tThree months ended\t\t\n\t12/31/2024\t9/30/2024\t12/31/2023\nEnding Balance Sheet\t\t\t\nTotal assets\t$3,261.8\t$3,324.3\t$3,180.2\n',
    );
  });
});

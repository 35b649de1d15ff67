// Releases saved as text with each table's HTML grid kept cell by cell: every <td> its text and a "|", the empty ones
// included, each row a paragraph of its own, a line break inside a cell kept (Reddit's EX-99.1, 1Q26 and 2Q26, unseen
// set s26). Each fixture is an excerpt of the real release (test/fixtures/import/grid/README.md), and each expected
// table is what a person reads from it: every figure under the heading it stands under, with its unit and scale.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { gridAsJoined, hasGridRows } from '../../../src/lib/import/grid-rows.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const fixture = (file: string) => readFileSync(`test/fixtures/import/grid/${file}`, 'utf8');
const imported = (file: string) => importRelease({ text: fixture(file), file, kind: 'text' }, { ticker: 'RDDT', fiscalPeriod: '2026-q2', scale: 'thousands' });
const lines = (...l: string[]) => l.join('\n');
/** The release text's lines, blank lines left out. */
const tables = (text: string) => text.split('\n').filter((l) => l.trim() !== '').join('\n');

describe('gridAsJoined: each row on its first line, its empty cells dropped, where each cell stood kept', () => {
  test.each([
    // $ and % joined to their figures by the joined form's reader; three columns of ten grid cells.
    ['Revenue | $ | 663 | | | $ | 392 | | | 69% |', 'Revenue | $ | 663 | $ | 392 | 69%', [0.05, 0.2, 0.6, 0.95]],
    // Two figures under three columns: the grid's empty cells say they stand left, the change column empty.
    ['GAAP gross margin | 91.5 | % | | 90.5 | % | | |', 'GAAP gross margin | 91.5 | % | 90.5 | %', [0.0625, 0.25, 0.625]],
    // A line break inside the label's cell: the row is the paragraph, written on its first line.
    ['Net income\n| $ | 204 | | | $ | 26 | | | 680% |', 'Net income | $ | 204 | $ | 26 | 680%\n', [0.05, 0.2, 0.6, 0.95]],
    // A heading whose cells hold line breaks; its first cell, over the labels, empty.
    ['| June 30,\n2026 | | December 31,\n2025 |', 'June 30, 2026 | December 31, 2025\n\n', [0.375, 0.875]],
    // A spacing row prints nothing; a caption row prints its one cell.
    ['| | | | | |', '', null],
    ['Costs and expenses: | | | |', 'Costs and expenses:', [0.125]],
    // The end of a cell holding paragraphs ("(unaudited)" then "|") prints nothing; prose is left as it is.
    ['(unaudited)\n|', '(unaudited)\n', [0.5]],
    ['Reddit, Inc.', 'Reddit, Inc.', null],
  ] as [string, string, number[] | null][])('%j', (text, joined, at) => {
    const read = gridAsJoined(text);
    expect(read.text).toBe(joined);
    expect(read.positions.get(1) ?? null).toEqual(at);
  });
});

describe('hasGridRows', () => {
  test.each([
    [fixture('rddt-2026-q1-highlights.txt'), true],
    [lines('Revenue | $ | 5 | | |', '', 'Cost | 3 | | |'), false], // two rows may be prose quoting a pipe
    // The joined form (no empty cells, no closing pipe) and Markdown pipe rows (each row opening with a pipe) are not it.
    [lines('Net revenue | $ | 22,187 | $ | 15,004 | +48 | %', 'Cost | 3 | 2', 'Profit | 2 | 2'), false],
    [lines('| Revenue | $ | 40,111 |   | $ | 32,165 |', '| Cost |   | 3 |   | 2 |', '| Profit |   | 2 |   | 2 |'), false],
    [lines('Investor Relations | | Media Relations |', '', 'ir@example.com | | press@example.com |', '', 'a | | b |'), false], // no figures
  ])('%#: %s', (text, holds) => expect(hasGridRows(text)).toBe(holds));
});

describe('tables of the HTML grid kept cell by cell read as their reader reads them (Reddit, 1Q26 and 2Q26)', () => {
  const cases: [string, string, string][] = [
    [
      // "Three months ended March 31," spans the three columns, the unit statement in the corner of the years' row;
      // rows of two figures (the margins) stand under the two years, the change column empty; the cash balance under
      // the first year only.
      'the highlights: the margins and the cash balance print fewer figures than the columns, placed where they stand',
      'rddt-2026-q1-highlights.txt',
      lines(
        'First Quarter 2026 Financial Highlights',
        'Three months ended March 31,',
        '(in millions, except percentages and per share amounts; unaudited)',
        '\t2026\t2025\t% Change',
        'Revenue\t$ 663\t$ 392\t69%',
        'U.S.\t$ 526\t$ 314\t67%',
        'International\t$ 138\t$ 79\t76%',
        'GAAP gross margin\t91.5%\t90.5%\t',
        'Net income\t$ 204\t$ 26\t680%',
        'Net margin\t30.7%\t6.7%\t',
        'Net income per share\t\t\t',
        'Basic\t$ 1.07\t$ 0.14\t664%',
        'Diluted\t$ 1.01\t$ 0.13\t677%',
        'Adjusted EBITDA*\t$ 266\t$ 115\t131%',
        'Adjusted EBITDA margin*\t40.1%\t29.4%\t',
        'Net cash provided by (used in) operating activities\t$ 312\t$ 128\t145%',
        'Free Cash Flow*\t$ 311\t$ 127\t146%',
        'Cash, cash equivalents, and marketable securities\t$ 2,771\t\t',
      ),
    ],
    [
      // Two spans of three columns; then, after a spacing row, the three months' heading printed again over three.
      'the metrics: two periods over six columns, then the first period alone over the users',
      'rddt-2026-q2-metrics.txt',
      lines(
        'Reddit, Inc.',
        'Key Operating Metrics by Geography',
        '(in millions, except percentages and ARPU)',
        '(unaudited)',
        '\tThree months ended June 30,\tThree months ended June 30,\tThree months ended June 30,\tSix months ended June 30,\tSix months ended June 30,\tSix months ended June 30,',
        '\t2026\t2025\t% Change\t2026\t2025\t% Change',
        'Revenue: Global\t$ 804.9\t$ 499.6\t61%\t$ 1,468.3\t$ 892.0\t65%',
        'Revenue: U.S.\t$ 638.1\t$ 408.8\t56%\t$ 1,163.7\t$ 722.7\t61%',
        'Revenue: International\t$ 166.8\t$ 90.8\t84%\t$ 304.6\t$ 169.3\t80%',
        '\tThree months ended June 30,\tThree months ended June 30,\tThree months ended June 30,',
        '\t2026\t2025\t% Change',
        'DAUq: Global\t130.3\t110.4\t18%',
        'DAUq: U.S.\t53.2\t50.3\t6%',
        'DAUq: International\t77.1\t60.1\t28%',
      ),
    ],
    [
      'the balance sheet: dates broken over two lines in their cells',
      'rddt-2026-q2-balance.txt',
      lines(
        'Reddit, Inc.',
        'Consolidated Balance Sheets',
        '(in thousands)',
        '(unaudited)',
        '\tJune 30, 2026\tDecember 31, 2025',
        'Assets\t\t',
        'Current assets\t\t',
        'Cash and cash equivalents\t$ 1,486,838\t$ 953,569',
        'Marketable securities\t1,299,519\t1,523,242',
        'Accounts receivable, net\t650,098\t590,162',
        'Prepaid expenses and other current assets\t105,210\t69,012',
        'Total current assets\t3,541,665\t3,135,985',
      ),
    ],
  ];
  test.each(cases)('%s', (_, file, expected) => {
    const result = imported(file);
    expect(tables(result.releaseText)).toBe(expected);
    expect(result.issues).toEqual([]);
  });
});

describe('their figures read with the period, unit and scale a person reads', () => {
  const facts = (file: string, period: string) => {
    const text = imported(file).releaseText;
    const meta = { id: 'rddt', title: 'x', company: 'x', name: 'x', ticker: 'RDDT', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: period, releaseDate: '2026-07-30', currency: 'USD', scale: 3 };
    const release = parseRelease(text, meta, emptyModel, 'release.txt');
    return new Map(release.facts.map((f) => [`${f.row}/${f.period}`, `${f.value} ${f.unit} ${f.scale}`]));
  };
  test.each([
    // Under "Net income per share", "Basic" and "Diluted" are per share; the lines after them ("Adjusted EBITDA* $ 266")
    // are amounts in the table's millions, not per share.
    ['rddt-2026-q1-highlights.txt', '2026-q1', 'basic/2026-q1', '1.07 USD/share 0'],
    ['rddt-2026-q1-highlights.txt', '2026-q1', 'adjusted-ebitda/2025-q1', '115 USD 6'],
    ['rddt-2026-q1-highlights.txt', '2026-q1', 'free-cash-flow/2026-q1', '311 USD 6'],
    ['rddt-2026-q1-highlights.txt', '2026-q1', 'gaap-gross-margin/2025-q1', '90.5 percent 0'],
    ['rddt-2026-q1-highlights.txt', '2026-q1', 'revenue/2026-q1-vs-2025-q1', '69 percent 0'],
    // The six months' revenue, and the users under the three months' heading printed again: in the table's millions.
    ['rddt-2026-q2-metrics.txt', '2026-q2', 'revenue-global/2026-h1', '1468.3 USD 6'],
    ['rddt-2026-q2-metrics.txt', '2026-q2', 'dauq-global/2025-q2', expect.stringMatching(/^110\.4 \S+ 6$/)],
    ['rddt-2026-q2-balance.txt', '2026-q2', 'total-current-assets/2026-06-30', '3541665 USD 3'],
  ])('%s %s: %s is %s', (file, period, key, reading) => expect(facts(file, period).get(key)).toEqual(reading));
});

import { describe, expect, test } from 'vitest';
import { headerParts, readableTitle, rowName, sameTitle, sentenceTitle, tableTitle } from '../../../src/lib/site/labels.ts';
import { load } from '../checks/fixture.ts';
import { fromFiles } from '../checks/no-model.ts';

describe('readableTitle: titles printed in capitals read in title case', () => {
  test.each([
    ['UNAUDITED CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS', 'Unaudited Condensed Consolidated Statement of Operations'],
    ['RECONCILIATION OF LOSS FROM OPERATIONS TO ADJUSTED EBITDA', 'Reconciliation of Loss from Operations to Adjusted EBITDA'],
    ['RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES', 'Reconciliation of GAAP to Non-GAAP Financial Measures'],
    ['NET INCOME (LOSS) PER SHARE', 'Net Income (Loss) per Share'],
    ['Q3 FISCAL 2023 SUMMARY', 'Q3 Fiscal 2023 Summary'],
    ['CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS', 'Condensed Consolidated Statements of Cash Flows'],
    ['OF THE YEAR', 'Of the Year'],
    ['Second Quarter 2010 Financial Summary', 'Second Quarter 2010 Financial Summary'],
    // NVIDIA's titles: capitals, with a parenthesis in lower case.
    ['CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)', 'Condensed Consolidated Statements of Income (Unaudited)'],
    ['(in millions)', '(in millions)'],
  ])('%s → %s', (printed, readable) => expect(readableTitle(printed)).toBe(readable));
});

describe('sentenceTitle: titles composed from printed labels read in one case', () => {
  const inap = load('inap-2010-q2', '.');
  const REAL = 'test/fixtures/checks/real';
  const tsla = fromFiles('tsla-2011-fy', `${REAL}/tsla-2011-fy/release.txt`, `${REAL}/tsla-2011-fy/release.yaml`);
  const titled = (loaded: typeof inap, id: string) => sentenceTitle(loaded.check(id).title, loaded.release);

  test('Internap: the summary table\'s "Total Revenues" and "GAAP Net Loss" read like "Data center services"; acronyms, periods and parts keep their capitals', () => {
    expect(titled(inap, 'growth/financial-summary/total-revenues/2010-q2-vs-2010-q1')).toBe('Total revenues growth, Q2 2010 vs Q1 2010');
    expect(titled(inap, 'growth/financial-summary/data-center-services/2010-q2-vs-2010-q1')).toBe('Data center services growth, Q2 2010 vs Q1 2010');
    expect(titled(inap, 'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2')).toBe('Adjusted EBITDA growth, Q2 2010 vs Q2 2009');
    const loss = inap.checks.find((c) => c.id.startsWith('growth/financial-summary/gaap-net-loss/'))!;
    expect(sentenceTitle(loss.title, inap.release)).toMatch(/^GAAP net loss growth, Q2 2010 vs Q\d 20\d\d$/);
    const segmentTotal = inap.checks.find((c) => c.title.startsWith('Segment Profit — Total'))!;
    expect(sentenceTitle(segmentTotal.title, inap.release)).toMatch(/^Segment profit — Total, /);
    expect(sentenceTitle('Cash and cash equivalents, June 30, 2010', inap.release)).toBe('Cash and cash equivalents, June 30, 2010');
    expect(sentenceTitle('Net loss (GAAP), H1 2010 = Q1 2010 + Q2 2010', inap.release)).toBe('Net loss (GAAP), H1 2010 = Q1 2010 + Q2 2010');
  });

  test('Tesla 2011 (statements only, labels in title case): every title in sentence case, "(Loss)" and "Stockholders\' Equity" too', () => {
    expect(titled(tsla, tsla.checks.find((c) => c.title.startsWith('Income Before Tax'))!.id)).toMatch(/^Income before tax from continuing operations, FY 20\d\d$/);
    expect(sentenceTitle("Total Liabilities and Stockholders' Equity, December 31, 2011", tsla.release)).toBe("Total liabilities and stockholders' equity, December 31, 2011");
    expect(sentenceTitle('Net Income (Loss) per Share, FY 2011', tsla.release)).toBe('Net income (loss) per share, FY 2011');
  });

  test('every title of five real releases: acronyms, digits and inner capitals kept, nothing else changed but a capital lowered, and a second pass changes nothing', () => {
    const nvda = fromFiles('nvda-fy2023-q2', 'test/fixtures/import/nvda-fy2023-q2.release.txt', 'test/fixtures/import/nvda-fy2023-q2.release.yaml');
    const mcft = fromFiles('mcft-2026-q3', `${REAL}/mcft-2026-q3/release.txt`, `${REAL}/mcft-2026-q3/release.yaml`);
    const aapl = fromFiles('aapl-2024-fy', `${REAL}/aapl-2024-fy/release.txt`, `${REAL}/aapl-2024-fy/release.yaml`);
    let count = 0;
    for (const { release, checks } of [inap, tsla, nvda, mcft, aapl]) {
      for (const { title } of checks) {
        const out = sentenceTitle(title, release);
        expect(out.toLowerCase()).toBe(title.toLowerCase());
        expect(sentenceTitle(out, release)).toBe(out);
        for (const kept of title.match(/\b(?:[A-Z]{2,}|\w*\d\w*|[a-z]+[A-Z]\w*)\b/g) ?? []) expect(out).toContain(kept);
        expect(out.charAt(0)).toBe(title.charAt(0));
        count++;
      }
    }
    expect(count).toBeGreaterThan(500);
  });

  test("names stay capitalised: the company's, months, places, and a name the prose capitalises mid-sentence", () => {
    const nvda = fromFiles('nvda-fy2023-q1', 'test/fixtures/import/nvda-fy2023-q1.release.txt', 'test/fixtures/import/nvda-fy2023-q1.release.yaml');
    // NVIDIA's prose writes "record revenue in Data Center", far more often than the generic "for data center".
    expect(nvda.release.prose.some((p) => /[a-z] Data Center/.test(p.text))).toBe(true);
    expect(sentenceTitle('Revenue by Data Center, Q1 FY2023', nvda.release)).toBe('Revenue by Data Center, Q1 FY2023');
    expect(sentenceTitle('Revenue From Greater China, Q1 FY2023', nvda.release)).toBe('Revenue from Greater China, Q1 FY2023');
    expect(sentenceTitle('Internap Revenues, Q2 2010', inap.release)).toBe('Internap revenues, Q2 2010');
    expect(sentenceTitle('Total Revenues Of Internap, Q2 2010', inap.release)).toBe('Total revenues of Internap, Q2 2010');
  });
});

describe('headerParts: a column header wraps between periods, never inside one', () => {
  const kept = (h: string) => headerParts(h).filter((p) => p.keep).map((p) => p.text);
  test.each([
    ['Q2 2010 vs Q2 2009', ['Q2 2010', 'Q2 2009']],
    ['December 31, 2009', ['December 31,']],
    ['June 30, 2010', ['June 30,']],
    ['Q2 FY2023 Outlook', ['Q2 FY2023']],
    ['2Q24 vs 2Q23', []],
    ['Three Months Ended Jan. 29, 2023', ['Jan. 29,']],
    ['FY 2011', ['FY 2011']],
    ['% Change', []],
  ])('%s', (header, phrases) => {
    expect(kept(header)).toEqual(phrases);
    expect(headerParts(header).map((p) => p.text).join('')).toBe(header);
  });
});

describe('tableTitle: a table that prints no title', () => {
  const head = (id: string, title: string) => ({ id, title, release: 'r', unitNote: null, scale: 6, currency: 'USD', columns: [], line: 1, column: 1, endLine: 2 });
  test.each([
    ['marketing-services-revenue', 'Marketing services revenue'],
    ['table', 'Table'],
    ['outlook-2', 'Outlook'],
  ])('%s is named by its id: %s', (id, name) => {
    expect(tableTitle(head(id, ''))).toBe(name);
    expect(tableTitle(head(id, '  '))).toBe(name);
  });

  test('two untitled tables of one release keep their own names', () => {
    const release = { meta: { name: 'Thryv Holdings, Inc.', ticker: 'THRY' } } as never;
    expect([tableTitle(head('saas-revenue', ''), release), tableTitle(head('marketing-services-revenue', ''), release)]).toEqual(['Saas revenue', 'Marketing services revenue']);
    expect(tableTitle(head('outlook', 'OUTLOOK'), release)).toBe('Outlook');
    // HanesBrands' net sales table, whose only title line is its qualifier
    expect(tableTitle(head('net-sales', '(Unaudited)'), release)).toBe('Net sales');
  });
});

describe('tableTitle and sameTitle: a printed title read once, without what does not name the table', () => {
  const head = (title: string) => ({ id: 't', title, release: 'r', unitNote: null, scale: 6, currency: 'USD', columns: [], line: 1, column: 1, endLine: 2 });
  test.each([
    // NVIDIA Q2 FY2023, as imported
    ['CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)', 'Statements of Income', true],
    // HanesBrands Q4 2024 (../shared/corpus/hbi-2024-q4.md), its table's number and a note's mark on its last word
    ['TABLE 5 Condensed Consolidated Statements of Cash Flows(1) (Unaudited)', 'Statements of Cash Flows', true],
    // Colliers' (cmg-fy2025-q3): the qualifier closing the title in capitals, no parentheses
    ['Statements of Financial Position UNAUDITED', 'Statements of Financial Position', true],
    ['TABLE 6-B Supplemental Financial Information Reconciliation', 'Supplemental Financial Information Reconciliation', true],
    // Coherent Q3 FY2026 (../shared/unseen-s20/cohr-fy2026-q3.txt, line 44): the continued table's number
    ['Table 1, continued Non-GAAP Financial Results (unaudited) (1)(2)', 'Non-GAAP Financial Results', true],
    // Internap: words the short title leaves out are said once, beside it
    ['Second Quarter 2010 Financial Summary', 'Second Quarter 2010 Financial Summary', true],
    ['RECONCILIATION OF LOSS FROM OPERATIONS TO ADJUSTED EBITDA', 'Reconciliation of Loss from Operations to Adjusted EBITDA', true],
  ])('%s → %s', (printed, short, same) => {
    const title = tableTitle(head(printed));
    expect(title).toBe(short);
    expect(sameTitle(readableTitle(printed), title)).toBe(same);
  });
  test('a title that says more than its short form is printed beside it', () => {
    expect(sameTitle('Data Center Revenue by Region', 'Data Center Revenue')).toBe(false);
  });
});

test('rowName: a line of figures printed with no label is named for what it is', () => {
  expect(rowName('Total assets', true)).toBe('Total assets');
  expect(rowName('', true)).toBe('Subtotal');
  expect(rowName('  ', false)).toBe('No label printed');
});

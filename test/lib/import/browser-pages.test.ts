// Releases printed to PDF from a web page, through `pdftotext -layout` (unseen set s31, 2Q26). Dauch's PR Newswire page
// (dch-2026-q2.txt lines 257-388 and 450-488; excerpt test/fixtures/import/real/dch-2026-q2-statements.txt, its
// headline added) sets each statement's unit statement over the values, two blank lines between the headings and the
// rows, and ends a page with an icon font's glyph (U+F045); Centene's investor page (cnc-2026-q2.txt lines 81-107 and
// 495-663; excerpt test/fixtures/import/real/cnc-2026-q2-pages.txt) prints the browser's running head ("8/14/26,
// 10:15 AM   CENTENE CORPORATION REPORTS …") and foot (the page's address, "9/13") at every page break, inside its
// statements, a footnote's mark alone under its membership table, and a caption at a page's foot. Read before, Dauch's
// statements had no header (9% of its figures read) and Centene's running head headed columns
// (src/lib/import/text-blocks.ts, running-lines.ts, figure-forms.ts shownLine).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const read = (file: string, date: string) => {
  const result = importRelease({ text: readFileSync(`test/fixtures/import/real/${file}`, 'utf8'), file, kind: 'text' }, { releaseDate: date });
  return { lines: result.releaseText.split('\n'), issues: result.issues.map((i) => i.message) };
};
const dch = read('dch-2026-q2-statements.txt', '2026-08-07');
const cnc = read('cnc-2026-q2-pages.txt', '2026-07-28');

/** The header lines of the table a row is in: the tabbed lines opening its block whose first cell is empty. */
function headerOf(lines: string[], row: RegExp): string[] {
  let i = lines.findIndex((l) => row.test(l));
  expect(i, `no row ${row}`).toBeGreaterThan(0);
  while (i > 0 && lines[i - 1]!.includes('\t')) i--;
  const header: string[] = [];
  while (lines[i]!.startsWith('\t')) header.push(lines[i++]!);
  return header;
}

describe('a statement printed to PDF from a web page is read under its headings', () => {
  test.each([
    ['Dauch: a unit statement between the headings and the rows, blank lines round it', dch.lines, /^Net sales\t\$ 2,955\.6\t/, ['\tThree Months Ended\tThree Months Ended\tSix Months Ended\tSix Months Ended', '\t2026\t2025\t2026\t2025']],
    ['Dauch: the same with the years marked "2025(1)"', dch.lines, /^Adjusted EBITDA\t\$ 389\.6\t/, ['\t2026\t2025(1)\t2026\t2025(1)']],
    ['Dauch: a balance sheet\'s total after an icon\'s glyph', dch.lines, /^Total liabilities and stockholders' equity\t\$ 11,050\.0\t\$ 6,670\.2$/, ['\tJune 30, 2026\tDecember 31, 2025']],
    ['Centene: a membership table over a footnote\'s mark', cnc.lines, /^\s*Traditional Medicaid \(1\)\t10,745,800\t11,227,400$/, ['\t2026\t2025']],
    ['Centene: the rows after a page break, a caption at the foot of the page before', cnc.lines, /^\s*Investment and other income\t435\t371\t842\t753$/, ['\t2026\t2025\t2026\t2025']],
  ])('%s', (_what, lines, row, headings) => {
    const header = headerOf(lines, row);
    for (const h of headings) expect(header).toContain(h);
  });

  test('the browser\'s running head and foot are no line of the release', () => {
    expect(cnc.lines.filter((l) => /8\/14\/26|investors\.centene\.com/.test(l))).toEqual([]);
  });

  test('the caption left at the foot of a page heads the rows of the next', () => {
    const at = cnc.lines.findIndex((l) => /^\s*Investment and other income\t/.test(l));
    expect(cnc.lines[at - 1]).toBe('Other income (expense):\t\t\t\t');
  });

  test('a caption over rows set one character further in heads them, no label of theirs (Dauch\'s balance sheet)', () => {
    const at = dch.lines.findIndex((l) => /^\s*Cash and cash equivalents\t\$ 880\.8\t\$ 708\.9$/.test(l));
    expect(dch.lines[at - 1]).toMatch(/^\s*Current assets\t\t$/);
    expect(dch.lines.filter((l) => /^\s*Current liabilities\t\t$/.test(l))).toHaveLength(1);
  });

  test('no statement of Dauch\'s is said to have no header', () => {
    expect(dch.issues.filter((m) => /header/.test(m))).toEqual([]);
  });
});

// Centene's reconciliation of adjusted net earnings (cnc-2026-q2.txt lines 274-287; excerpt
// test/fixtures/import/real/cnc-2026-q2-clipped.txt): wider than the page, its last column cut at the page's edge,
// "346" printed "34" beside "1,05" and "(100". Read, "34" was a false mismatch against the statement's 346.
describe('a column a page cut at its edge reads no figure', () => {
  const clipped = read('cnc-2026-q2-clipped.txt', '2026-07-28');
  test('the cut column heads nothing, the others keep their headings', () => {
    expect(headerOf(clipped.lines, /^\s*Amortization of acquired intangible assets\t161\t173\t327\t34$/)).toContain('\t2026\t2025\t2026\t');
  });
});

// Krispy Kreme's cash-flow statement on a Business Wire page printed to PDF (dnut-2026-q2.txt: the running head of page
// 13 (line 561), then lines 571-714, the balance sheet's last rows left out; excerpt
// test/fixtures/import/real/dnut-2026-q2-cash-flows.txt, its headline added). A page break cuts the caption "Change in
// operating assets / and liabilities, excluding" | "business acquisitions and / … / adjustments:", another the label
// "Repayment of long-term debt" | "and lease obligations   (74,494) …", the browser's running head and foot between.
// Read before, the two pages after the first had no header (their 75 figures under no period), their label lines a title.
const parsed = (file: string, date: string, yearEnd: string, edit: (text: string) => string = (t) => t) => {
  const imported = importRelease({ text: edit(readFileSync(`test/fixtures/import/real/${file}`, 'utf8')), file, kind: 'text' }, { releaseDate: date });
  const meta: ReleaseMeta = { id: 'x-2026-q2', title: 'x', company: 'x', name: 'Acme', ticker: 'ACME', exchange: 'NASDAQ', fiscalYearEnd: yearEnd, fiscalPeriod: '2026-q2', releaseDate: date, currency: 'USD', scale: 3 };
  return { imported, release: parseRelease(imported.releaseText, meta, emptyModel, 'release.txt') };
};
const NO_HEADER = /expected a header row naming the columns/;

describe('a statement a page break cuts in a caption goes on under the header of the page it started on', () => {
  const dnut = parsed('dnut-2026-q2-cash-flows.txt', '2026-08-06', '12-28');
  test.each<[string, string, string[]]>([
    // a row of the continued pages, its figures' values, in the columns' order
    ['accounts-receivable', '2026-q2 2025-q2 2026-h1 2025-h1', ['-27643', '11782', '-27741', '10503']],
    ['repayment-of-long-term-debt-and-lease-obligations', '2026-q2 2025-q2 2026-h1 2025-h1', ['-74494', '-370272', '-234173', '-485894']],
    ['free-cash-flow', '2026-q2 2025-q2 2026-h1 2025-h1', ['-17518', '-60752', '-6136', '-107483']],
  ])('%s: %s', (row, periods, values) => {
    const facts = dnut.release.facts.filter((f) => f.row === row);
    expect(facts.map((f) => f.period).join(' ')).toBe(periods);
    expect(facts.map((f) => String(f.value))).toEqual(values);
  });

  test('the cut caption and label are joined, no page says it has no header', () => {
    const text = dnut.imported.releaseText.split('\n');
    expect(text).toContain('  Change in operating assets and liabilities, excluding business acquisitions and divestitures, and foreign currency translation adjustments:\t\t\t\t');
    expect(text.filter((l) => /^\s*Repayment of long-term debt/.test(l))).toEqual(['  Repayment of long-term debt and lease obligations\t(74,494)\t(370,272)\t(234,173)\t(485,894)']);
    expect(dnut.imported.issues.map((i) => i.message).filter((m) => NO_HEADER.test(m))).toEqual([]);
    expect(dnut.release.tables).toHaveLength(1);
  });

  test('columns standing elsewhere on the next page are not established as the same: said as having no header', () => {
    // The second page's lines moved twelve characters right: its figures stand under no column of the first page (and
    // the third page's go on from the second's, which has no header).
    let page = 0;
    const moved = parsed('dnut-2026-q2-cash-flows.txt', '2026-08-06', '12-28', (t) =>
      t.split('\n').map((l) => (l.startsWith('\f') && page++, page === 2 && !l.startsWith('\f') ? ' '.repeat(12) + l : l)).join('\n'),
    );
    expect(moved.imported.issues.map((i) => i.message).filter((m) => NO_HEADER.test(m))).toHaveLength(2);
    expect(moved.release.facts.filter((f) => f.row === 'accounts-receivable')).toEqual([]);
  });
});

// Krispy Kreme's reconciliation to adjusted EBITDA, its segments' table under it on the same page (dnut-2026-q2.txt
// lines 714-823; excerpt test/fixtures/import/real/dnut-2026-q2-reconciliation.txt, its headline added): the page
// break cuts "Restructuring and severance" | "expenses(6)   33 …". Joined, the segments' table, printed under the same
// header with no page break between, is still a table of its own (it prints adjusted EBITDA again, 28,807 against
// the reconciliation's 28,806: the real mismatch of s31).
describe('a table continued past a cut label ends there: the next table on its page is its own', () => {
  const { release, imported } = parsed('dnut-2026-q2-reconciliation.txt', '2026-08-06', '12-28');
  const tableOf = (row: string) => [...new Set(release.facts.filter((f) => f.row === row).map((f) => f.table))];
  // Its "Interest expense, net" is the reconciliation's own line ("Net loss" opens the adjusted net loss reconciliation
  // under it too, once that table's note mark wrapped under a label is read as one).
  test.each<[string, string]>([
    ['restructuring-and-severance-expenses', 'interest-expense-net'],
    ['amortization-of-acquisition-related-intangibles', 'interest-expense-net'],
    ['us', 'ebitda--ebitda'],
  ])('%s is in the table of %s', (row, beside) => {
    expect(tableOf(row)).toHaveLength(1);
    expect(tableOf(row)).toEqual(tableOf(beside));
  });
  test('the segments are not the reconciliation\'s rows; no page is said to have no header', () => {
    expect(tableOf('us')).not.toEqual(tableOf('interest-expense-net'));
    expect(imported.issues.map((i) => i.message).filter((m) => NO_HEADER.test(m))).toEqual([]);
  });
});

// Dauch's statements (the excerpt above) each open a page with their title, two blank lines over their headings: the
// title was left out of the table (the income statement named "(Unaudited)").
describe('a title atop its page, two blank lines over the headings, is the table\'s', () => {
  const titles = parsed('dch-2026-q2-statements.txt', '2026-08-07', '12-31').release.tables.map((t) => t.title);
  test.each([
    ['CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)'],
    ['CONDENSED CONSOLIDATED BALANCE SHEETS'],
  ])('%s', (title) => {
    expect(titles).toContain(title);
  });
});

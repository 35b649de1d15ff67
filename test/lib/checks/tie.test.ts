// Ties on the widget fixture: one figure printed in two places, balances at the edges of
// a period, and a half year against its quarters.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Check } from '../../../src/lib/types.ts';
import { fromText, load, type Loaded } from './fixture.ts';
import { excerpt, fromFiles, withoutModel } from './no-model.ts';

const widget = load('widget-2010-q2');

describe('the same figure printed twice', () => {
  test('tie: net income Q2 2010 printed 10 in the summary and 11 in the statement → mismatch: one figure rounded once cannot print two ways', () => {
    const c = widget.check('tie/net-income/2010-q2');
    // Intervals of 10 ± 0.5 and 11 ± 0.5 touch at 10.5, but a duplicate must be equal at equal precision.
    // The statement is the source of the figure, so the summary's copy is the figure the tie checks (and marks).
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '11', difference: '-1' });
    expect(c.reported.fact).toBe('widget-2010-q2/financial-summary/net-income-loss/2010-q2');
    expect(c.inputs).toEqual(['widget-2010-q2/statement-of-operations/net-income-loss/2010-q2']);
    expect(c.explanation).toContain('Printed in 2 places');
  });

  test('tie: revenue Q2 2009 printed 1,201 in both tables → exact', () => {
    expect(widget.check('tie/revenue/2009-q2').verdict).toBe('exact');
  });
});

describe('balances at the edges of a period', () => {
  test('tie: cash at end of H1 2010 printed 124 vs 123 on the balance sheet at June 30, 2010 → mismatch', () => {
    const c = widget.check('tie/cash/2010-06-30');
    expect(c).toMatchObject({ verdict: 'mismatch', period: '2010-06-30', title: 'Cash, June 30, 2010' });
    expect(c.formula).toBe('Cash (balance sheet) = Cash at end of period (cash flows)');
  });

  test('tie: cash at beginning of H1 2010 (100) is the balance at December 31, 2009, the day before the period starts → exact', () => {
    expect(widget.check('tie/cash/2009-12-31').verdict).toBe('exact');
  });
});

describe('a period against the periods that make it up', () => {
  test('tie: net income H1 2010 printed 21 vs Q1 8 + Q2 10 = 18 → mismatch: the quarters allow 17 to 19', () => {
    expect(widget.check('tie/net-income/2010-h1/sum-of-quarters')).toMatchObject({
      verdict: 'mismatch',
      computed: '18',
      computedInterval: { lo: '17', hi: '19' },
    });
  });

  test('no sum-of-quarters tie where a quarter is not printed (H1 2009 has no Q1 2009)', () => {
    expect(widget.checks.map((c) => c.id)).not.toContain('tie/net-income/2009-h1/sum-of-quarters');
  });

  test('balances never sum over periods: no sum-of-quarters tie for cash', () => {
    expect(widget.checks.filter((c) => c.id.startsWith('tie/cash/') && c.id.endsWith('sum-of-quarters'))).toEqual([]);
  });
});

// Which place of a tie is its reported figure, on real releases with no model: the place with the
// least authority (a table of selected figures before a reconciliation before a statement), so
// that a summary's copy of a statement's total or of a reconciliation's result is the figure the
// tie checks and marks, while the total keeps the footing that checks it.
describe('the reported place of a tie, on real releases with no model', () => {
  const releases = [
    withoutModel('inap-2010-q2'),
    ...[1, 2, 3, 4].map((q) => fromFiles(`nvda-fy2023-q${q}`, `test/fixtures/import/nvda-fy2023-q${q}.release.txt`, `test/fixtures/import/nvda-fy2023-q${q}.release.yaml`)),
  ];
  const rank = (loaded: Loaded, factId: string) => {
    const table = loaded.release.facts.find((f) => f.id === factId)!.table;
    const kind = loaded.release.tables.find((t) => t.id === table)!;
    const title = kind.title.toLowerCase();
    // Independent of the code under test: statements are named so by their titles in these releases.
    return /statements? of|balance sheets?|results of operations/.test(title) ? 0 : /reconciliation/.test(title) ? 1 : 2;
  };

  test.each(releases.map((r) => [r.release.meta.id, r] as const))('%s: no tie reports a place with more authority than its reference', (_id, loaded) => {
    const ties = loaded.checks.filter((c) => c.kind === 'tie' && !/\/(sum-of-quarters|sum-of-periods|basic-under-a-loss)$/.test(c.id) && !c.id.startsWith('tie/balance/'));
    expect(ties.length).toBeGreaterThan(3);
    const wrong = ties.filter((c) => c.verdict === 'exact' && rank(loaded, c.reported.fact!) < rank(loaded, c.inputs[0]));
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  test("Internap's summary prints Adjusted EBITDA $9,924: the tie to the reconciliation's result reports it", () => {
    const c = releases[0].check('tie/adjusted-ebitda/2010-q2');
    expect(c).toMatchObject({ verdict: 'exact', reported: { fact: 'inap-2010-q2/second-quarter-2010-financial-summary/adjusted-ebitda/2010-q2', line: 26 } });
    expect(c.inputs).toEqual(['inap-2010-q2/reconciliation-of-loss-from-operations-to/adjusted-ebitda-non-gaap/2010-q2']);
  });

  test("NVIDIA Q2's summary operating income ($499) is the tie's reported figure, the statement's the reference", () => {
    const c = releases[2].check('tie/operating-income/2023-q2');
    expect(c.reported.fact).toBe('nvda-fy2023-q2/q2-fiscal-2023-summary-gaap/operating-income/2023-q2');
    expect(c.inputs[0]).toBe('nvda-fy2023-q2/statements-of-income/income-from-operations/2023-q2');
  });
});

// A line no concept covers, printed under the same label and sections in a statement and in another table.
describe('ties of lines no concept covers, by their printed label and sections', () => {
  const inap = withoutModel('inap-2010-q2');

  test("Internap with no model: the summary's \"Data center services\" under \"Revenues:\" is the statement's line of that name, and the segment table's", () => {
    const c = inap.check('tie/revenues--data-center-services/2010-q2');
    expect(c).toMatchObject({ verdict: 'exact', reported: { fact: 'inap-2010-q2/second-quarter-2010-financial-summary/data-center-services/2010-q2' } });
    expect(c.inputs[0]).toBe('inap-2010-q2/statement-of-operations/revenues--data-center-services/2010-q2');
    expect(c.explanation).toContain('Printed in 3 places');
    // "IP services" in the summary is not "Internet protocol (IP) services": only the segment table prints that label.
    expect(inap.check('tie/internet-protocol-ip-services/2010-q2').inputs).toEqual(['inap-2010-q2/statement-of-operations/internet-protocol-ip-services/2010-q2']);
  });

  const statement = (summaryLine: string, summaryTitle: string, section: string) => `WIDGET CORP REPORTS

${summaryTitle}

\t2Q 2010\t2Q 2009
${section}\t\t
${summaryLine}

WIDGET CORP
 STATEMENT OF OPERATIONS
 (In thousands)

\tThree Months Ended June 30,\t
\t2010\t2009
Revenues:\t\t
Data center services\t\\$ 1,000\t\\$ 900
IP services\t500\t300
Total revenues\t1,500\t1,200
Cost of sales\t400\t300
Net income\t\\$ 1,100\t\\$ 900
`;
  test.each([
    ['a summary that copies the line', 'Data center services\t\\$ 1,000\t\\$ 900', 'Second Quarter 2010 Financial Summary', ['exact', 'exact']],
    ['a summary that misprints it: certain, so a mismatch', 'Data center services\t\\$ 1,001\t\\$ 900', 'Second Quarter 2010 Financial Summary', ['mismatch', 'exact']],
    ["a segment's table of the same label that differs: not published", 'Data center services\t\\$ 700\t\\$ 600', 'Hosting segment results', []],
    ['a table of unknown kind that differs: not published', 'Data center services\t\\$ 700\t\\$ 600', 'Hosting', []],
    ["a segment's table under a heading, a summary only by its change columns, that differs: not published", 'Data center services\t\\$ 700\t\\$ 600', 'Hosting', [], 'Revenues:', true],
    ['another section: no tie', 'Data center services\t\\$ 1,000\t\\$ 900', 'Second Quarter 2010 Financial Summary', [], 'Costs:'],
  ])('%s', (_name, line, title, verdicts, section = 'Revenues:', change = false) => {
    const text = change ? statement(line, title, section).replace('\t2Q 2010\t2Q 2009\n', '\t2Q 2010\t2Q 2009\tChange\n').replace(line, `${line}\t100`) : statement(line, title, section);
    const { checks } = fromText(text, emptyModel);
    expect(checks.filter((c) => c.id.startsWith('tie/revenues--data-center-services/') || c.id.startsWith('tie/data-center-services/')).map((c) => c.verdict)).toEqual(verdicts);
  });
});

describe('two reconciliations print an adjustment under one label: lines that agree only as nil are not one line', () => {
  // Hanesbrands, 4Q24 (hbi-2024-q4): "Corporate asset impairment charges" is nil in the quarter in the reconciliations of
  // operating profit and of SG&A, and 20,107 and (9,712) in the year: two measures' parts, not one figure printed twice.
  const text = (sga: string) => `Reconciliation of operating profit
(In thousands)

\t2Q 2010\t2Q 2009
Operating profit, as reported under GAAP\t119,700\t94,439
Corporate asset impairment charges\t—\t20,107
Operating profit, as adjusted\t119,700\t114,546

Reconciliation of selling, general and administrative expenses
(In thousands)

\t2Q 2010\t2Q 2009
Selling, general and administrative expenses, as reported under GAAP\t270,571\t247,154
Corporate asset impairment charges\t—\t${sga}
Selling, general and administrative expenses, as adjusted\t270,571\t237,442
`;
  test.each([
    ['printed apart in the year: no mismatch', '(9,712)', []],
    ['printed alike: a tie that holds', '20,107', ['exact']],
  ])('%s', (_name, sga, verdicts) => {
    const { checks } = fromText(text(sga), emptyModel);
    expect(checks.filter((c) => c.id.startsWith('tie/corporate-asset-impairment-charges/') && c.period === '2009-q2').map((c) => c.verdict)).toEqual(verdicts);
  });
});

// SunCoke's Q2 2026 release prints "Revenues" and "Adjusted EBITDA" in its consolidated table and again
// in each segment's table under a heading of the prose (test/fixtures/checks/real/sxc-2026-q2). Its
// statements were not quoted; here a statement of income printing the consolidated figures is added
// after them, as the release prints its statements after its results tables.
describe("a segment's table under a prose heading beside a statement: its lines are parts, not ties", () => {
  const real = readFileSync('test/fixtures/checks/real/sxc-2026-q2/release.txt', 'utf8');
  const meta = loadReleaseMeta('test/fixtures/checks/real/sxc-2026-q2/release.yaml', 'sxc-2026-q2');
  const withStatement = (revenue: string) => `${real}
SUNCOKE ENERGY, INC.
CONSOLIDATED STATEMENTS OF INCOME
(Dollars in millions)

\tThree Months Ended June 30,\t
\t2026\t2025
Total revenues\t${revenue}\t434.1
Net income attributable to SunCoke Energy, Inc.\t13.1\t1.9
`;
  const checksOf = (text: string) => runChecks(parseRelease(text, meta, emptyModel, 'sxc/release.txt'), emptyModel);

  test('the consolidated results tie to the statement; the segments\' "Revenues" (367.5, 98.4) are left out, never a mismatch', () => {
    const c = checksOf(withStatement('475.3')).find((x) => x.id === 'tie/revenue/2026-q2')!;
    expect(c).toMatchObject({ verdict: 'exact' });
    expect([c.reported.fact, ...c.inputs].sort()).toEqual([
      'sxc-2026-q2/second-quarter-results/revenues/2026-q2',
      'sxc-2026-q2/statements-of-income/total-revenues/2026-q2',
    ]);
  });

  test('where the statement differs from the consolidated results in one period and agrees in the other, the difference is a mismatch; the segments are still left out', () => {
    // "SECOND QUARTER CONSOLIDATED RESULTS" reads as a summary only by its change columns, as the segments' tables do;
    // its revenue agrees with the statement's in Q2 2025 (434.1): it copies the statement's line, corroborated.
    const checks = checksOf(withStatement('475.8'));
    const c = checks.find((x) => x.id === 'tie/revenue/2026-q2')!;
    expect(c).toMatchObject({ verdict: 'mismatch' });
    expect([c.reported.fact, ...c.inputs].sort()).toEqual([
      'sxc-2026-q2/second-quarter-results/revenues/2026-q2',
      'sxc-2026-q2/statements-of-income/total-revenues/2026-q2',
    ]);
    expect(c.explanation).toContain('The same lines agree in Q2 2025');
  });
});

test("a segment table's line that differs in every period is left out of a label tie, which still holds between the summary and the statement", () => {
  const text = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');
  // Internap's segment table prints "Data center services" under "Revenues" too; make it a part in every period.
  const edited = text.replace(/(SEGMENT PROFIT AND SEGMENT MARGIN[\s\S]*?Data center services\t)\\\$ 31,197\t\\\$ 33,722\t\\\$ 32,273/, '$1\\$ 29,000\t\\$ 30,100\t\\$ 29,900');
  expect(edited).not.toBe(text);
  const meta = loadReleaseMeta('data/releases/inap-2010-q2/release.yaml', 'inap-2010-q2');
  const checks = runChecks(parseRelease(edited, meta, emptyModel, 'inap/release.txt'), emptyModel);
  const c = checks.find((x) => x.id === 'tie/revenues--data-center-services/2010-q2')!;
  expect(c).toMatchObject({ verdict: 'exact' });
  expect(c.explanation).toContain('Printed in 2 places');
  expect(checks.filter((x) => x.kind === 'tie' && x.verdict === 'mismatch')).toEqual([]);
});

test("a segment table's line that agrees with the statement's in the other periods and differs in one is its copy misprinted: a mismatch", () => {
  const text = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');
  const edited = text.replace(/(SEGMENT PROFIT AND SEGMENT MARGIN[\s\S]*?Data center services\t\\\$ )31,197/, '$129,000');
  expect(edited).not.toBe(text);
  const meta = loadReleaseMeta('data/releases/inap-2010-q2/release.yaml', 'inap-2010-q2');
  const checks = runChecks(parseRelease(edited, meta, emptyModel, 'inap/release.txt'), emptyModel);
  const c = checks.find((x) => x.id === 'tie/revenues--data-center-services/2010-q2')!;
  expect(c).toMatchObject({ verdict: 'mismatch', reported: { value: '29000' } });
  // Q2 2009 against the statement; Q1 2010 against the summary, which prints the quarter before too.
  expect(c.explanation).toContain('The same lines agree in Q2 2009 and Q1 2010, so the places print one line item and the difference is in this period alone.');
});

// Excerpts of real releases of the corpus (/work/shared/corpus, imported by `tieout import`; the tables as
// release.txt prints them, see test/fixtures/checks/corpus/README.md), checked with no company model.

const mismatches = (l: Loaded, kind = 'tie') => l.checks.filter((c) => c.kind === kind && c.verdict === 'mismatch').map((c) => c.id);

describe('a tie rests on two places that print one line in one period', () => {
  test.each([
    // Lattice 4Q24: "Non-GAAP* Financial Results" prints non-GAAP net income (20,181), the statement GAAP (16,514).
    ['lscc-2024-q4'],
    // Pericom FY2005: the "Pro Forma" statement beside the GAAP one (cost of revenues 49,720 against 50,764 for FY2005).
    ['psem-fy2005-q4'],
    // ASE 4Q24: the consolidated, ATM and EMS statements, each "Total net revenues"; two year columns read as one period.
    ['asx-2024-q4'],
    // Nabors 4Q24: a header of three dates over five columns, two read as one period.
    ['nbr-2024-q4'],
    // Graphite 2Q25: "Q1-2025" read over its variation column; H1 ≠ "Q1" + Q2 in every line.
    ['gra-fy2025-q2'],
    // Brookfield FY2024: two entities' statements of operating results; diluted EPS 0.42 in both for Q4 2024 alone.
    ['bam-2024-fy'],
  ])('%s: no tie is a mismatch', (id) => {
    expect(mismatches(excerpt(id))).toEqual([]);
  });

  test('pega-2024-q4-statements: two reconciliations\' "Impact of changes in foreign exchange rates" (ACV 23, backlog 39), both "—" in the base year, are not corroborated as one line by printing nothing alike', () => {
    const l = excerpt('pega-2024-q4-statements');
    expect(mismatches(l)).toEqual([]);
    expect(l.checks.filter((c) => c.id === 'tie/impact-of-changes-in-foreign-exchange-rates/2024-12-31')).toEqual([]);
  });

  test('lscc-2024-q4: the non-GAAP table\'s net income ties to no GAAP line; the GAAP table\'s ties to the statement in every period', () => {
    const l = excerpt('lscc-2024-q4');
    const c = l.check('tie/net-income/2024-q4');
    expect(c.verdict).toBe('exact');
    expect([...c.inputs, c.reported.fact].some((id) => id?.includes('/non-gaap-financial-results/'))).toBe(false);
  });

  test('asx-2024-q4: two columns of one table read as one period → tie unverifiable, saying so', () => {
    const c = excerpt('asx-2024-q4').check('tie/net-income-attributable/2024-12m-to-12');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('2 columns of its table read as 12 months to December FY2024');
    expect(c.explanation).toContain('a table prints a period once, so the period of their figures is not established');
  });

  // HanesBrands 4Q24 (a 52/53-week year): the balance sheet's cash (185,217 at December 30, 2023) leaves out the 20,284
  // held for sale that the cash-flow statement's includes (205,501, "at end of period" and, for fiscal 2024, "at
  // beginning of period", both struck that day). Against "end of period" the balance sheet differs at the other
  // year-end too (214,854 against 215,354 at December 28, 2024): another line, and so against the beginning balance.
  test('hbi-2024-q4-cash: cash without what is held for sale, another line than the cash-flow statement\'s at either edge of a period', () => {
    const l = excerpt('hbi-2024-q4-cash');
    expect(mismatches(l)).toEqual([]);
    const c = l.check('tie/cash/2023-12-30');
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toMatch(/beginning of period/);
    expect(c.explanation).toMatch(/Left out: Cash and cash equivalents in the .*balance sheets, December 30, 2023 .*differs from Cash and cash equivalents at end of (period|year) .* in every other period both print \(December 28, 2024\)/);
    // Planted: the cash-flow statement's 2023 year-end printed 205,511 at the end of the year: a mismatch still.
    const planted = excerpt('hbi-2024-q4-cash', [['Cash and cash equivalents at end of period\t<u>$ 215,354</u>\t<u>$ 205,501</u>\t<u>$ 215,354</u>\t<u>$ 205,501</u>', 'Cash and cash equivalents at end of period\t<u>$ 215,354</u>\t<u>$ 205,501</u>\t<u>$ 215,354</u>\t<u>$ 205,511</u>']]);
    expect(planted.check('tie/cash/2023-12-30').verdict).toBe('mismatch');
  });

  test('asx-2024-q4: the ATM statement\'s revenue, which differs from the consolidated one in every period, is another line, never its copy', () => {
    const l = excerpt('asx-2024-q4');
    const touches = (c: Check) => [...c.inputs, c.reported.fact ?? ''].some((id) => id.includes('/net-revenues-2/total-net-revenues/'));
    expect(l.checks.filter((c) => c.kind === 'tie' && touches(c)).map((c) => c.verdict)).not.toContain('mismatch');
    // "Testing", the same figures in both, still ties.
    expect(l.check('tie/testing/2025-q1').verdict).toBe('exact');
  });

  // Danaos 4Q24 (a Dow Jones text copy, ../shared/corpus-extra/dac-2024-q4.md): each period's four columns print "Three
  // Months Ended" (or "Year Ended") over two of them only, so each "December 31, 2023 Total" reads as the day alone, in
  // the quarter's table and the year's: net income 149,921 and 576,299 "at" one day were a false mismatch.
  test.each([
    ['tie/net-income/2023-12-31'],
    ['tie/non-gaap-net-income/2023-12-31'],
    ['tie/eps-diluted/2023-12-31'],
    ['tie/shares-diluted/2023-12-31'],
  ])('dac-2024-q4-segments: %s, a column read as a day its table\'s other columns end a span on → unverifiable, saying so', (id) => {
    const c = excerpt('dac-2024-q4-segments').check(id);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('its column is headed "December 31, 2023 Total", a day alone, while the table\'s other columns head "Three Months Ended December 31, 2023": the day ends that span');
  });

  test('dac-2024-q4-segments: the reconciliations still foot in those columns, and a figure altered there is still a mismatch', () => {
    expect(excerpt('dac-2024-q4-segments').checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const planted = excerpt('dac-2024-q4-segments', [['$(2,937)</u>\t<u>$567,588</u>', '$(2,937)</u>\t<u>$577,588</u>']]);
    expect(mismatches(planted, 'footing')).toEqual(['footing/reconciliation-of-net-income-to-adjusted-2/adjusted-net-incomeloss/2023-12-31.total']);
  });

  test('gra-fy2025-q2: a half year against its quarters failing in every line printed in those columns → unverifiable, saying why', () => {
    const c = excerpt('gra-fy2025-q2').check('tie/revenue/2025-h1/sum-of-quarters');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('fails for every one of the 2 lines printed in these columns, so the columns\' periods are in doubt');
  });
});

describe('a place whose line, in its column, is the sum of a breakdown printed under it is another line item there', () => {
  // ASE 4Q24's cash flow summary: "Cash and cash equivalents at the end of period" over "… in the consolidated balance
  // sheet" and "… included in disposal groups held for sale", which add up to it in every column; in 4Q23 the second
  // prints (261), so the 4Q23 ending cash (67,023) is not the balance-sheet cash that FY2023's (67,284) is.
  test.each([
    ['the 4Q23 ending cash is left out, saying why; the FY2023 and FY2024 places tie', [], 'exact', '67284'],
    ['FY2024\'s beginning cash altered 67,284 → 61,284 is a mismatch against FY2023\'s ending cash, still the line item', [['62,812\t67,284\t58,040', '62,812\t61,284\t58,040']], 'mismatch', '67284'],
  ] as [string, [string, string][], string, string][])('asx-2024-q4-cash: %s', (_, edits, verdict, reported) => {
    const c = excerpt('asx-2024-q4-cash', edits).check('tie/cash/2023-12-31');
    expect(c).toMatchObject({ verdict, reported: { value: reported } });
    expect([c.reported.fact, ...c.inputs]).not.toContain('asx-2024-q4-cash/summary-of-statement-of-cash-flow/cash-and-cash-equivalents-at-the-end-of-period/2023-q4');
    expect(c.explanation).toContain(
      'Left out: Cash and cash equivalents at the end of period in the summary of statement of cash flow, Q4 2023 (line 26), as its line is the sum of the 2 lines printed under it ("Cash and cash equivalents in the consolidated balance sheet" and "Cash and cash equivalents included in disposal groups held for sale", lines 27–28, which add up to it in every column), and in this period both print a figure: here it is not the line item alone.',
    );
  });
});

describe('planted errors in real releases are still caught', () => {
  test('lscc-2024-q4: the GAAP table\'s Q4 2024 net income altered 16,514 → 16,914 → tie mismatch, corroborated by the other four periods', () => {
    const l = excerpt('lscc-2024-q4', [['Net Income\t$ 16,514', 'Net Income\t$ 16,914']]);
    expect(mismatches(l)).toEqual(['tie/net-income/2024-q4']);
    expect(l.check('tie/net-income/2024-q4').explanation).toContain('The same lines agree in Q3 2024, Q4 2023, FY 2024 and FY 2023');
  });

  test('asx-2024-q4: the ATM statement\'s Q4 testing revenue altered 15,713 → 15,913 → tie mismatch, corroborated by the other periods', () => {
    const l = excerpt('asx-2024-q4', [['Testing\t15,713\t14,124\t13,363\t54,562\t49,881\nDirect', 'Testing\t15,913\t14,124\t13,363\t54,562\t49,881\nDirect']]);
    expect(mismatches(l)).toEqual(['tie/testing/2025-q1']);
  });
});

describe('one concept printed for several lines (a company and its segments) ties line by line', () => {
  // ASE 4Q24 as today's import reads it: "ATM Operations" and "EMS Operations" print each segment's "Net Revenues"
  // beside the consolidated, ATM and EMS statements of income data.
  test('asx-2024-q4-segments: the ATM operations\' revenue ties to the ATM statement, the EMS operations\' to the EMS statement; none is a mismatch', () => {
    const l = excerpt('asx-2024-q4-segments');
    expect(mismatches(l)).toEqual([]);
    const ems = l.check('tie/revenue/2024-q4/summary-of-ems-statement-of-income');
    expect(ems).toMatchObject({ verdict: 'exact', reported: { value: '74895' } });
    expect([ems.reported.fact, ...ems.inputs].sort()).toEqual([
      'asx-2024-q4-segments/ems-operations/net-revenues-nt-million/2024-q4',
      'asx-2024-q4-segments/summary-of-ems-statement-of-income/total-net-revenues/2024-q4',
    ]);
    expect(l.check('tie/revenue/2024-q4').inputs.concat(l.check('tie/revenue/2024-q4').reported.fact!).sort()).toEqual([
      'asx-2024-q4-segments/atm-operations/net-revenues-nt-million/2024-q4',
      'asx-2024-q4-segments/net-revenues-2/total-net-revenues/2024-q4',
    ]);
  });

  test('asx-2024-q4-segments: the EMS statement\'s Q4 2024 revenue altered 74,895 → 14,895 → mismatch of the EMS line, corroborated by Q3 2024 and Q4 2023', () => {
    const l = excerpt('asx-2024-q4-segments', [['Total net revenues\t74,895', 'Total net revenues\t14,895']]);
    expect(mismatches(l)).toEqual(['tie/revenue/2024-q4/summary-of-ems-statement-of-income']);
    expect(l.check('tie/revenue/2024-q4/summary-of-ems-statement-of-income').explanation).toContain('The same lines agree in Q3 2024 and Q4 2023');
  });
});

describe('a real inconsistency of a release stays a mismatch', () => {
  // Since a column's own unit statement is read as its unit (82cd4bc), not as part of its key ("2025-h1.except-share-
  // data"), the statement of operations' six months' net loss (17) is H1 FY2025's too: two places print (17), and the
  // cash flow statement's (18) is the one that differs.
  test('luvu-fy2025-q2: six months\' net income (18) in the cash flow statement against (17) in the statement of operations and the reconciliation, all in thousands → mismatch, corroborated by H1 FY2024 (97) in both', () => {
    const c = excerpt('luvu-fy2025-q2').check('tie/net-income/2025-h1');
    expect(c).toMatchObject({ verdict: 'mismatch', difference: '-1', reported: { value: '-18' }, computed: '-17' });
    expect(c.explanation).toContain('Printed in 3 places');
    expect(c.explanation).toContain('The same lines agree in H1 FY2024');
  });
});

describe('diluted = basic under a loss, where the loss is the control number', () => {
  test('hbi-2024-q4-operations: a net loss (12,880) from discontinued operations beside income from continuing operations of 45,668 binds no diluted figure; the year\'s continuing loss (97,995) does', () => {
    const l = excerpt('hbi-2024-q4-operations');
    const ids = l.checks.filter((c) => c.id.endsWith('/basic-under-a-loss')).map((c) => [c.id, c.verdict]);
    expect(ids).toEqual([
      ['tie/eps-diluted/2024-fy/basic-under-a-loss', 'exact'],
      ['tie/shares-diluted/2024-fy/basic-under-a-loss', 'exact'],
    ]);
  });

  test('hbi-2024-q4-operations: the year\'s diluted shares altered 352,139 → 356,139 → mismatch, the continuing loss binding them', () => {
    const l = excerpt('hbi-2024-q4-operations', [['356,851\t351,566\t\t352,139', '356,851\t351,566\t\t356,139']]);
    expect(mismatches(l)).toEqual(['tie/shares-diluted/2024-fy/basic-under-a-loss']);
  });
});

// Issue 28, coverage: selected figures, highlights and summaries print again lines of the statements and of each
// other, under wordings, sections and column spanners of their own. A tie reads them as one line where the labels
// allow it and the figures of the other periods show it; it accuses only where they do.
describe('a line printed again in a table of selected figures ties to its statement', () => {
  test.each([
    // Farmers and Merchants FY2024: "Interest income" under "OPERATING DATA" is the statement's "Total interest income".
    ['fmbs-2024-fy', 'tie/total-interest-income/2024-fy', 'selected-financial-data/interest-income/2024-fy', 'and-subsidiariesconsolidated-statements-of-income/total-interest-income/2024-fy'],
    ['fmbs-2024-fy', 'tie/net-interest-income/2023-fy', 'selected-financial-data/net-interest-income/2023-fy', 'and-subsidiariesconsolidated-statements-of-income/net-interest-income/2023-fy'],
    ['fmbs-2024-fy', 'tie/total-noninterest-expense/2024-fy', 'selected-financial-data/noninterest-expense/2024-fy', 'and-subsidiariesconsolidated-statements-of-income/total-noninterest-expense/2024-fy'],
    // Computer Modelling 3Q FY2025: the summary's "Consolidated" columns beside each segment's are the company's figures.
    ['cmg-fy2025-q3', 'tie/net-income/2025-q3', 'summary-of-financial-performance-three-months/net-income-loss/2025-q3.consolidated', 'statements-of-cash-flows/net-income/2025-q3'],
    // First Quantum 4Q24: "QUARTERLY" over the quarters is no part of the line; "EBITDA1,2" is "EBITDA".
    ['fm-2024-q4', 'tie/ebitda/2024-q4', 'financial-highlights/ebitda/2024-q4.quarterly', 'ebitda-adjusted-earnings-loss-and-adjusted/ebitda/2024-q4.quarterly'],
    // Named after the reconciliation that prints it, the place with more authority than the highlights.
    ['fm-2024-q4', 'tie/total-adjustments-to-ebitda-excluding-depreciation/2023-q4', 'financial-highlights/total-adjustments-to-ebitda1-excluding-depreciation/2023-q4.quarterly', 'net-earnings-attributable-to-shareholders-of/total-adjustments-to-ebitda-excluding-depreciation/2023-q4.quarterly'],
  ])('%s: %s is exact, %s = %s', (id, check, a, b) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe('exact');
    expect([c.reported.fact, ...c.inputs].sort()).toEqual([`${id}/${a}`, `${id}/${b}`].sort());
  });

  test.each([
    ['fmbs-2024-fy', []],
    ['cmg-fy2025-q3', []],
    // First Quantum's adjusted earnings reconciled twice from the same net earnings, 31 and 34, (259) and (419): real
    // (test/lib/checks/measure-blocks.test.ts, test/fixtures/corpus-review/fm-2024-q4.yaml).
    ['fm-2024-q4', ['tie/financial-highlights/adjustments-attributable-to-shareholders--adjusted-earnings-loss/2024-q4.quarterly/block', 'tie/financial-highlights/adjustments-attributable-to-shareholders--adjusted-earnings-loss/2023-q4.quarterly/block']],
    ['tap-2024-q4', []],
    ['hbi-2024-q4-charges', []],
    // Slate Grocery's Adjusted EBITDA printed twice in its reconciliation, 36,951 and 37,168 (test/lib/checks/tie-twice.test.ts).
    ['sgr-2024-q4', ['tie/interest-coverage-ratio/2023-q4', 'tie/adjusted-ebitda/2024-q4']],
  ])('%s: tie mismatches %j and no other', (id, expected) => {
    expect(mismatches(excerpt(id))).toEqual(expected);
  });

  test('fmbs-2024-fy: the selected data\'s FY2024 net interest income altered 20,836,085 → 20,863,085 → mismatch, corroborated by FY2023', () => {
    const l = excerpt('fmbs-2024-fy', [['Net interest income\t20,836,085\t21,416,013\t24,123,495', 'Net interest income\t20,863,085\t21,416,013\t24,123,495']]);
    expect(mismatches(l)).toEqual(['tie/net-interest-income/2024-fy']);
    expect(l.check('tie/net-interest-income/2024-fy').explanation).toContain('The same lines agree in FY 2023');
  });

  test('cmg-fy2025-q3: the summary\'s consolidated Q3 net income altered 9,606 → 9,666 → mismatch, corroborated by Q3 FY2024; a segment\'s column ties to nothing', () => {
    const l = excerpt('cmg-fy2025-q3', [['Net income (loss)\t5,496\t3,918\t4,110\t1,692\t9,606\t5,610', 'Net income (loss)\t5,496\t3,918\t4,110\t1,692\t9,666\t5,610']]);
    expect(mismatches(l)).toEqual(['tie/net-income/2025-q3']);
    const ties = l.checks.filter((c) => c.kind === 'tie').flatMap((c) => [c.reported.fact, ...c.inputs]);
    expect(ties.some((f) => f?.includes('.seismic-solutions') || f?.includes('.reservoir-production-solutions'))).toBe(false);
  });

  test('fm-2024-q4: the highlights\' Q4 2024 EBITDA altered 455 → 465 → mismatch, corroborated by Q3 2024 and Q4 2023', () => {
    const l = excerpt('fm-2024-q4', [['EBITDA1,2\t455', 'EBITDA1,2\t465']]);
    expect(mismatches(l)).toEqual(['tie/ebitda/2024-q4', 'tie/financial-highlights/adjustments-attributable-to-shareholders--adjusted-earnings-loss/2024-q4.quarterly/block', 'tie/financial-highlights/adjustments-attributable-to-shareholders--adjusted-earnings-loss/2023-q4.quarterly/block']);
  });

  test('sgr-2024-q4: Q4 2023\'s interest coverage ratio printed 2.87x in the highlights and 2.72x where it is computed → mismatch, corroborated by Q4 2024 (2.61x in both)', () => {
    const c = excerpt('sgr-2024-q4').check('tie/interest-coverage-ratio/2023-q4');
    expect(c.explanation).toContain('The same lines agree in Q4 2024');
  });

  test('hbi-2024-q4-charges: a charge printed "--" in three periods in two reconciliations and 10,395 and 20,107 in the fourth (a part and its whole) is not shown to be one line by the dashes', () => {
    const l = excerpt('hbi-2024-q4-charges');
    expect(l.checks.map((c) => c.id)).not.toContain('tie/corporate-asset-impairment-charges/2024-fy');
  });

  test('tap-2024-q4: "--" beside 0.147 (million hectoliters, three decimals) is no rounding of it: the two lines (a quarter\'s consolidated, a year\'s segment) do not tie', () => {
    const l = excerpt('tap-2024-q4');
    expect(l.checks.filter((c) => c.id.startsWith('tie/sales-to-wholesaler')).map((c) => c.verdict)).toEqual([]);
  });
});

describe('a tie across scales compares at the coarser printed precision', () => {
  // Farmers and Merchants' FY2024 net interest income, 20,836,085 in units in its selected data, here printed by a
  // statement in millions: the statement is the reference, and 20.8 millions stands for 20,750,000 to 20,850,000.
  const text = (units: string) => `FARMERS AND MERCHANTS REPORTS

Selected Financial Data
\tYear Ended December 31,\t
\t2024\t2023
Net interest income\t$ ${units}\t$ 21,416,013

CONSOLIDATED STATEMENTS OF INCOME
(In millions)
\tYear Ended December 31,\t
\t2024\t2023
Total interest income\t$ 38.4\t$ 31.3
Total interest expense\t17.5\t9.9
Net interest income\t20.8\t21.4
`;
  test.each([
    ['20,836,085', 'rounding'],
    ['20,849,999', 'rounding'],
    ['20,850,001', 'mismatch'],
    ['20,936,085', 'mismatch'],
  ])('20.8 millions in the statement against %s in units → %s', (units, verdict) => {
    const { checks } = fromText(text(units), emptyModel, 'fmbs-2024-fy', { fiscalPeriod: '2024-fy', scale: 0 });
    expect(checks.find((c) => c.id === 'tie/net-interest-income/2024-fy')?.verdict).toBe(verdict);
  });
});

describe('tables of selected figures tie among themselves only as one line', () => {
  test('cna-2024-q4: columns under "Results for the Three Months Ended December 31" are the line\'s own: net income and core income tie to the reconciliation in every period', () => {
    const l = excerpt('cna-2024-q4');
    for (const period of ['2024-q4', '2023-q4', '2024-fy', '2023-fy']) {
      expect(l.check(`tie/net-income/${period}`).verdict).toBe('exact');
      expect(l.check(`tie/core-income/${period}`).verdict).toBe('exact');
    }
  });

  test('cna-2024-q4: Specialty\'s and Property & Casualty\'s underlying combined ratios, both 91.4% in Q4 2023 alone, are two lines: no tie is shown to hold', () => {
    const l = excerpt('cna-2024-q4');
    expect(l.checks.filter((c) => c.id.startsWith('tie/underlying-combined-ratio/'))).toEqual([]);
  });

  test('cna-2024-q4: the highlights\' Q4 2024 core income altered 342 → 352 → mismatch, corroborated by the other three periods; the P&C segment\'s core income (451) is left out', () => {
    const l = excerpt('cna-2024-q4', [['Core income (a)\t342', 'Core income (a)\t352']]);
    expect(mismatches(l)).toEqual(['tie/core-income/2024-q4']);
    const c = l.check('tie/core-income/2024-q4');
    expect([c.reported.fact, ...c.inputs].some((f) => f?.includes('property-casualty'))).toBe(false);
  });
});

describe('a concept printed by two entities is no tie where their lines differ in the other periods', () => {
  test('bam-2024-fy-operating: Brookfield Asset Management Ltd.\'s and the asset management business\'s diluted EPS, both $0.42 in Q4 2024 alone (0.24 against 0.23, 1.28 against 1.33, 1.13 against 1.12), are not shown as one line holding', () => {
    const l = excerpt('bam-2024-fy-operating');
    expect(l.checks.filter((c) => c.kind === 'tie').map((c) => c.id)).toEqual([]);
  });
});

// Plains All American computes its net income per common unit twice (unseen set s21, ../shared/unseen-s21/paa-2024-q4.md;
// excerpt test/fixtures/checks/corpus/paa-2024-q4-per-unit): from net income, "Amounts allocated to participating
// securities" (10) for 2024, and from adjusted net income, (11); each computation foots with its own (772 − 175 − 78 − 10
// + 5 = 514; 1,318 − 175 − 78 − 11 + 5 = 1,059). What a line of the computation takes depends on the figure it starts
// from: while each computation holds with its own figure, the two printings are no mismatch (it was one, corroborated by
// the quarters); a figure altered in either breaks its computation, and the ties accuse again.
describe('a line of one computation run on two bases', () => {
  test('the 2024 allocation, (10) and (11), is no mismatch; the lines that agree still tie; the adjusted computation still foots', () => {
    const l = excerpt('paa-2024-q4-per-unit');
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(l.check('tie/distributions-to-series-a-preferred-unitholders/2024-fy').verdict).toBe('exact');
    expect(l.check('footing/and-subsidiariesfinancial-summary-non-gaap/adjusted-net-income-allocated-to-common-unitholders/2024-fy').verdict).toBe('exact');
  });

  test.each([
    // A figure altered in either computation breaks it, and the line is accused again (the first computation, which
    // no footing reads, through its ties).
    ['Amounts allocated to participating securities\t(1)\t(1)\t(11)\t(10)', 'Amounts allocated to participating securities\t(1)\t(1)\t(21)\t(10)', 'tie/amounts-allocated-to-participating-securities/2024-fy'],
    ['Amounts allocated to participating securities\t(1)\t(1)\t(10)\t(10)', 'Amounts allocated to participating securities\t(1)\t(1)\t(20)\t(10)', 'tie/amounts-allocated-to-participating-securities/2024-fy'],
    ['Distributions to Series A preferred unitholders\t(44)\t(44)\t(175)\t(173)\nDistributions to Series B', 'Distributions to Series A preferred unitholders\t(44)\t(44)\t(185)\t(173)\nDistributions to Series B', 'tie/distributions-to-series-a-preferred-unitholders/2024-fy'],
  ])('altered %s → %s: %s a mismatch', (from, to, check) => {
    expect(excerpt('paa-2024-q4-per-unit', [[from, to]]).check(check).verdict).toBe('mismatch');
  });
});

// An unmarked reconciliation line of the basic shares is the statement's count under either basis: a tie that holds in
// one period and fails in another is corroborated, so the failing period is a mismatch (Warrior Met Coal, 1Q20: the
// statement's "Weighted average number of shares outstanding—basic" 51,106 and 51,511, the reconciliation of adjusted
// net income's "Weighted average number of basic shares outstanding", the same). The diluted count, which a non-GAAP
// measure may count otherwise, is not so read: failing, it is left out as before.
describe('basic shares printed again, unmarked, in a reconciliation', () => {
  const HCC = 'hcc-2020-q1-shares';
  test('as printed: exact in both periods', () => {
    const l = excerpt(HCC);
    expect(['2020-q1', '2019-q1'].map((p) => l.check(`tie/shares-basic/${p}`).verdict)).toEqual(['exact', 'exact']);
  });

  test("the reconciliation's 51,106 altered to 51,306: a mismatch, corroborated by Q1 2019", () => {
    const c = excerpt(HCC, [['Weighted average number of basic shares outstanding\t51,106', 'Weighted average number of basic shares outstanding\t51,306']]).check('tie/shares-basic/2020-q1');
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('Q1 2019');
  });

  test("the reconciliation's diluted 51,273 altered to 51,473: not accused", () => {
    const l = excerpt(HCC, [['Weighted average number of diluted shares outstanding\t51,273', 'Weighted average number of diluted shares outstanding\t51,473']]);
    expect(l.checks.filter((c) => c.id.startsWith('tie/shares-diluted/') && c.verdict === 'mismatch')).toEqual([]);
  });
});

// An unmarked diluted count in a reconciliation that prints the GAAP diluted EPS computed from it is the statement's
// count: a tie that holds in one period and fails in another is corroborated (Chipotle, Q4 2025, unseen set s20: the
// statements of income's "Diluted" 1,319,988 and 1,368,923, the reconciliation of adjusted net income's "Diluted
// weighted-average number of common shares outstanding" the same, over its "Diluted earnings per share" $0.25 and $0.24).
// Warrior Met Coal's reconciliation above prints only the adjusted EPS beside its diluted count: not accused there.
describe('diluted shares printed again, unmarked, over the GAAP diluted EPS of a reconciliation', () => {
  const CMG = 'cmg-2025-q4-shares';
  const RECONCILED = 'Diluted weighted-average number of common shares outstanding\t1,319,988\t1,368,923';
  test('as printed: exact in both quarters, no mismatch', () => {
    const l = excerpt(CMG);
    expect(['2025-q4', '2024-q4'].map((p) => l.check(`tie/shares-diluted/${p}`).verdict)).toEqual(['exact', 'exact']);
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // Within the rounding of the EPS it divides (0.2424 against $0.24): only the tie sees it.
    [`${RECONCILED.replace('1,368,923', '1,360,923')}`, 'tie/shares-diluted/2024-q4', 'Q4 2025'],
    [`${RECONCILED.replace('1,319,988', '1,329,988')}`, 'tie/shares-diluted/2025-q4', 'Q4 2024'],
  ])('altered to %s: %s a mismatch, corroborated by %s', (to, id, by) => {
    const c = excerpt(CMG, [[RECONCILED, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain(by);
  });

  test('with the GAAP diluted EPS line taken out of the reconciliation, the altered count is not accused', () => {
    const l = excerpt(CMG, [
      ['Diluted earnings per share\t$ 0.25\t$ 0.24\t$ 1.14\t$ 1.11\n', ''],
      [RECONCILED, RECONCILED.replace('1,368,923', '1,360,923')],
    ]);
    expect(l.checks.filter((c) => c.id.startsWith('tie/shares-diluted/') && c.verdict === 'mismatch')).toEqual([]);
  });
});

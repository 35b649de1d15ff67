// Ties on the widget fixture: one figure printed in two places, balances at the edges of
// a period, and a half year against its quarters.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText, load, type Loaded } from './fixture.ts';
import { fromFiles, withoutModel } from './no-model.ts';

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

  test('where the statement differs from every table of selected figures, no tie is published: no title says which of them is the whole company\'s', () => {
    // "SECOND QUARTER CONSOLIDATED RESULTS" reads as a summary only by its change columns, as the segments' tables do:
    // the cost of never reporting a segment's line as a mismatch of the consolidated one.
    const checks = checksOf(withStatement('475.8'));
    expect(checks.find((x) => x.id === 'tie/revenue/2026-q2')).toBeUndefined();
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

test("a segment table's line that differs is left out of a label tie, which still holds between the summary and the statement", () => {
  const text = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');
  // Internap's segment table prints "Data center services" under "Revenues" too; make its Q2 2010 figure a part.
  const edited = text.replace(/(SEGMENT PROFIT AND SEGMENT MARGIN[\s\S]*?Data center services\t\\\$ )31,197/, '$129,000');
  expect(edited).not.toBe(text);
  const meta = loadReleaseMeta('data/releases/inap-2010-q2/release.yaml', 'inap-2010-q2');
  const checks = runChecks(parseRelease(edited, meta, emptyModel, 'inap/release.txt'), emptyModel);
  const c = checks.find((x) => x.id === 'tie/revenues--data-center-services/2010-q2')!;
  expect(c).toMatchObject({ verdict: 'exact' });
  expect(c.explanation).toContain('Printed in 2 places');
  expect(checks.filter((x) => x.kind === 'tie' && x.verdict === 'mismatch')).toEqual([]);
});

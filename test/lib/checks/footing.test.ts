// Footings on the fixture release (test/fixtures/checks/data/releases/widget-2010-q2) and
// on tables written in the test; the arithmetic of each planted error is beside it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Verdict } from '../../../src/lib/types.ts';
import { fromText, load } from './fixture.ts';
import { relationChecks } from '../../../src/lib/checks/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const widget = load('widget-2010-q2');

describe('footings of the widget fixture', () => {
  test('Total revenues Q2 2010 printed 1,502 vs 1,000 + 500 = 1,500 → mismatch: two inputs allow 1,499 to 1,501, the total stands for 1,501.5 to 1,502.5', () => {
    const c = widget.check('footing/statement-of-operations/total-revenues/2010-q2');
    expect(c).toMatchObject({
      verdict: 'mismatch',
      computed: '1500',
      computedInterval: { lo: '1499', hi: '1501' },
      tolerance: '0.5',
      difference: '2',
    });
  });

  test('Total revenues Q2 2009 printed 1,201 vs 900 + 300 = 1,200 → rounding: off by one unit, which two rounded inputs explain', () => {
    const c = widget.check('footing/statement-of-operations/total-revenues/2009-q2');
    expect(c).toMatchObject({ verdict: 'rounding', computed: '1200', difference: '1' });
    expect(c.explanation).toContain('1,199 to 1,201');
  });

  test('a nil component "-" counts as zero and the explanation says so: 0 + 200 = 200 → exact', () => {
    const c = widget.check('footing/statement-of-operations/total-operating-costs-and-expenses/2009-q2');
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toContain('Cost of sales is printed as nil and counts as zero.');
  });

  test('the model states what the structure cannot: Operating income = Total revenues − Total operating costs (1,502 − 650 = 852)', () => {
    expect(widget.check('footing/statement-of-operations/operating-income/2010-q2')).toMatchObject({
      verdict: 'exact',
      formula: 'Operating income = Total revenues − Total operating costs and expenses',
    });
  });

  test('a range a .. b sums every row printed from a to b: −9 + 2 = −7', () => {
    const c = widget.check('footing/cash-flows/net-cash-provided-by-operating-activities/2009-h1');
    expect(c).toMatchObject({ verdict: 'exact', computed: '-7', formula: 'Net cash provided by operating activities = Net income (loss) + Stock-based compensation' });
  });
});

const statement = (rows: [string, string][], total: string) => `Widget Corp Reports Results

WIDGET CORP
 STATEMENT OF OPERATIONS
 (In thousands)

\tThree Months Ended June 30,\t
\t2010\t2009
Revenues:\t\t
${rows.map(([label, v]) => `${label}\t${v}\t${v}`).join('\n')}
Total revenues\t${total}\t${total}
`;

const printedInteger = (n: number) => (n < 0 ? `(${(-n).toLocaleString('en-US')})` : n.toLocaleString('en-US'));

describe('the model can correct the structure', () => {
  // Returns are printed as a positive deduction: the structure reads 1,000 + 504 + 2 = 1,506.
  const text = statement([['Products', '1,000'], ['Services', '504'], ['Returns', '2']], '1,502');
  const footing = (relations: unknown) =>
    fromText(text, { ...emptyModel, relations }).checks.filter((c) => c.id === 'footing/statement-of-operations/total-revenues/2010-q2');

  test('inferred from the structure: 1,000 + 504 + 2 = 1,506 vs 1,502 → mismatch', () => {
    expect(footing(undefined).map((c) => c.verdict)).toEqual(['mismatch']);
  });

  test('an expression replaces it: Products + Services − Returns = 1,502 → exact', () => {
    const [c] = footing({ footings: { 'statement-of-operations': { 'total-revenues': 'products + services - returns' } } });
    expect(c).toMatchObject({ verdict: 'exact', formula: 'Total revenues = Products + Services − Returns' });
  });

  test('`false` switches it off', () => {
    expect(footing({ footings: { 'statement-of-operations': { 'total-revenues': false } } })).toEqual([]);
  });
});

describe('property: permuting a footing’s components never changes its verdict', () => {
  test('for any components, any total near their sum, and any order of the rows', () => {
    const seen = new Set<Verdict>();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -99_999, max: 99_999 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: -4, max: 4 }),
        fc.context(),
        (values, offset, ctx) => {
          const rows = values.map((v, i): [string, string] => [`Line ${String.fromCharCode(97 + i)}`, printedInteger(v)]);
          const total = printedInteger(values.reduce((a, b) => a + b, 0) + offset);
          const verdict = (order: [string, string][]) =>
            fromText(statement(order, total), emptyModel).check('footing/statement-of-operations/total-revenues/2010-q2').verdict;
          const original = verdict(rows);
          seen.add(original);
          // Every rotation and the reversal: all orders of two and three rows, a fair sample beyond.
          const orders = [...rows.map((_, k) => [...rows.slice(k), ...rows.slice(0, k)]), [...rows].reverse()];
          for (const order of orders) {
            ctx.log(order.map(([l]) => l).join(' '));
            expect(verdict(order)).toBe(original);
          }
        },
      ),
      { numRuns: 60, seed: 20100804 },
    );
    // The property was tested across verdicts, not on exact sums alone.
    expect([...seen].sort()).toEqual(['exact', 'mismatch', 'rounding']);
  });
});

describe('the permutation property’s cases beyond its fixed seed, pinned', () => {
  // Found by running the property above with seeds 1 to 400 (fast-check's seeds 12, 34, 65 and 115 failed; 20100804 draws none).
  const verdicts = (values: number[], total: number) => {
    const rows = values.map((v, i): [string, string] => [`Line ${String.fromCharCode(97 + i)}`, printedInteger(v)]);
    const orders = [...rows.map((_, k) => [...rows.slice(k), ...rows.slice(0, k)]), [...rows].reverse()];
    return new Set(orders.map((order) => fromText(statement(order, printedInteger(total)), emptyModel).check('footing/statement-of-operations/total-revenues/2010-q2').verdict));
  };
  test.each([
    // Seed 12: 'Line a' (−1) read as an unlabelled subtotal of −5 + 3 at the edge of rounding (−3 to −1), then the
    // total 0 as 'Line a' alone at the edge (−1.5 to −0.5 against −0.5 to 0.5): one line printed twice is the same figure.
    [[-1, -5, 3], 0, 'mismatch'],
    // 'Line a' 4 as a subtotal of 3 + 0 at the edge of rounding (2 to 4), and the total 4 as 'Line a': no exact sum says it is one.
    [[4, 3, 0], 4, 'mismatch'],
    // Seeds 34, 65, 115: lines rising down the page (2, then 3) under a total equal to the last read as levels that hold
    // one another (capital tiers), in two columns that print the same figures: one piece of evidence, not two.
    [[3, 2], 3, 'mismatch'],
    [[8, 2], 8, 'mismatch'],
    [[4, 2], 4, 'mismatch'],
    // Seed 65 (once restatements were read): a line printing the figures of the line two above it, a nil line between,
    // restated it when adjacent and was summed when not. Nil lines print nothing a restatement could differ by.
    [[2, 0, 2], 2, 'exact'],
    [[3, 0, 3], 3, 'exact'],
    [[3, 0, 3], 6, 'exact'],
    // ... and a total that neither reading explains stays a mismatch in every order.
    [[3, 0, 3], 9, 'mismatch'],
    [[3, 0, 3], 1, 'mismatch'],
    // The same lines printed right are exact, in every order.
    [[-1, -5, 3], -3, 'exact'],
    [[3, 2], 5, 'exact'],
  ])('%j under a total printed %i: %s in every order of its lines', (values, total, verdict) => {
    expect([...verdicts(values, total)]).toEqual([verdict]);
  });
});

describe('a footing of a long table', () => {
  // Speed is the bench's to measure, not these tests': the limit only stops a hang, so it allows for a loaded machine
  // (10,000 rows took 9 s at a load of 5 and ran past the default minute at 25).
  const LARGE_INPUT_MS = 300_000;
  // A footing is a chain of one operation a row: evaluated, named and written in a loop, so a long
  // table is checked like a short one, not refused with "Maximum call stack size exceeded"; and a
  // total that does not tie is searched for a subtotal among its rows in the square of their number.
  test.each([2_000, 10_000])('%i rows add up exactly; a total further off than their rounding allows is a mismatch', (n) => {
    // Labels in letters that spell no word the model reads (a number in a label is read as one, "eps" as per share).
    const letters = (i: number): string => [...String(i)].map((d) => 'bcdfghklmn'[Number(d)]).join('');
    const rows = Array.from({ length: n }, (_, i): [string, string] => [`Line ${letters(i)}`, printedInteger(1_000 + (i % 97))]);
    const sum = rows.reduce((s, [, v]) => s + Number(v.replace(/,/g, '')), 0);
    const id = 'footing/statement-of-operations/total-revenues/2010-q2';
    const exact = fromText(statement(rows, printedInteger(sum)), emptyModel).check(id);
    expect(exact).toMatchObject({ verdict: 'exact', computed: String(sum) });
    expect(exact.inputs).toHaveLength(n);
    expect(exact.formula.split(' + ')).toHaveLength(n);
    // n rows rounded to units stand for ± n/2 together: 3 off is within rounding, n + 1 off is not.
    expect(fromText(statement(rows, printedInteger(sum + 3)), emptyModel).check(id)).toMatchObject({ verdict: 'rounding', difference: '3' });
    expect(fromText(statement(rows, printedInteger(sum + n + 1)), emptyModel).check(id)).toMatchObject({ verdict: 'mismatch', difference: String(n + 1) });
  }, LARGE_INPUT_MS);

  test('a long block outside any section under a total that does not tie: every run is screened before it is evaluated, and the total is left unchecked', () => {
    const letters = (i: number): string => [...String(i)].map((d) => 'bcdfghklmn'[Number(d)]).join('');
    const lines = Array.from({ length: 2_000 }, (_, i) => `Line ${letters(i)}\t${1_000 + (i % 97)}\t${1_000 + (i % 97)}`);
    const text = `Widget Corp Reports Results\n\nWIDGET CORP\n STATEMENT OF OPERATIONS\n (In thousands)\n\n\tThree Months Ended June 30,\t\n\t2010\t2009\n${lines.join('\n')}\n\t-------\t-------\n\t1\t1\n`;
    const loaded = fromText(text, emptyModel);
    // The rule line is a rule (ingest/rule-lines.ts), not a row: it marks the unlabelled total under it.
    expect(loaded.release.facts.filter((f) => f.period === '2010-q2')).toHaveLength(2_001);
    expect(loaded.release.facts.filter((f) => f.underlined).map((f) => f.value)).toEqual(['1', '1']);
    expect(loaded.checks.filter((c) => c.kind === 'footing')).toEqual([]);
  });

  // Issue 30: `tieout check` of one long table nothing names ran past six minutes at 10,000 lines, and of one whose
  // every line is labelled a total for minutes at 3,000: each line searched every line above it for a run it sums (the
  // bench measures the time). Such lines now search the runs just above them, and a line labelled a total the lines
  // since the last such line, so a total under thousands of lines is still checked.
  test.each([
    ['a table nothing names', 'OPERATING DATA', 'Line', 1],
    ['a table whose every line is labelled a total', 'SEGMENT DATA', 'Total line', 0],
  ])('%s, of 3,000 lines: the total under them is checked as printed (exact, a mismatch beyond rounding) where its lines are no totals', (_, title, line, checked) => {
    const letters = (i: number): string => [...String(i)].map((d) => 'bcdfghklmn'[Number(d)]).join('');
    const rows = Array.from({ length: 3_000 }, (_, i) => [`${line} ${letters(i)}`, 1_000 + (i % 97), 900 + (i % 89)] as const);
    const [a, b] = [rows.reduce((s, r) => s + r[1], 0), rows.reduce((s, r) => s + r[2], 0)];
    const text = (total: number) =>
      `Widget Corp Reports Results\n\nWIDGET CORP\n${title}\n(In thousands)\n\tJune 30, 2010\tDecember 31, 2009\n${rows.map((r) => r.join('\t')).join('\n')}\nTotal revenue\t${total}\t${b}\n`;
    const footings = (total: number) => fromText(text(total), emptyModel).checks.filter((c) => c.kind === 'footing' && c.id.includes('/total-revenue/'));
    expect(footings(a).map((c) => c.verdict)).toEqual(checked ? ['exact', 'exact'] : []);
    expect(footings(a + 3_001).map((c) => c.verdict)).toEqual(checked ? ['mismatch', 'exact'] : []);
  }, LARGE_INPUT_MS);

  // The model's relations are walked, keyed and evaluated in loops too: a relation naming every
  // one of 10,000 rows, written out or as a range, called as the CLI's checks call it.
  test.each([
    ['written out, one name a row', (ids: string[]) => ids.join(' + ')],
    ['as a range of rows', (ids: string[]) => `${ids[0]} .. ${ids.at(-1)}`],
  ])('a model relation over 10,000 rows %s is checked: exact where the total ties, a mismatch where it is further off than their rounding allows', (_, write) => {
    const n = 10_000;
    const letters = (i: number): string => [...String(i)].map((d) => 'bcdfghklmn'[Number(d)]).join('');
    const lines = Array.from({ length: n }, (_, i) => [`Line ${letters(i)}`, 1_000 + (i % 97)] as const);
    const sum = lines.reduce((s, [, v]) => s + v, 0);
    const text = `Widget Corp Reports Results\n\nWIDGET CORP\n STATEMENT OF OPERATIONS\n (In thousands)\n\n\tThree Months Ended June 30,\t\n\t2010\t2009\nRevenues:\t\t\n${lines
      .map(([label, v]) => `${label}\t${printedInteger(v)}\t${printedInteger(v)}`)
      .join('\n')}\nTotal revenues\t${printedInteger(sum)}\t${printedInteger(sum + n + 1)}\n`;
    const ids = lines.map(([label]) => label.toLowerCase().replace(' ', '-'));
    const model = { ...emptyModel, relations: { footings: { 'statement-of-operations': { 'total-revenues': write(ids) } } } };
    const { release } = fromText(text, model);
    const checks = relationChecks(release, model).filter((c) => c.kind === 'footing');
    expect(checks.map((c) => [c.id, c.verdict, c.computed, c.inputs.length])).toEqual([
      ['footing/statement-of-operations/total-revenues/2010-q2', 'exact', String(sum), n],
      ['footing/statement-of-operations/total-revenues/2009-q2', 'mismatch', String(sum), n],
    ]);
  }, LARGE_INPUT_MS);
});

// A line among a total's parts whose figures could not be read (Chipotle 4Q25's "Stock-based compensation forfeiture
// (6) | - | - | (27,863)", three cells for four columns, ../shared/unseen-s20/cmg-2025-q4.txt line 528): the empty
// cells may hold the figure a column misses, so a total that fails without it is not judged; one that ties is.
// Read, the same line leaves the footing judged: exact where it ties, a mismatch where it does not.
describe('a footing over a line that could not be read (Chipotle, 4Q25)', () => {
  const text = (forfeiture: string) => [
    'Adjusted Net Income',
    '(in thousands)',
    '\tThree months ended December 31, 2025\tThree months ended December 31, 2025\tYear ended December 31, 2025\tYear ended December 31, 2025',
    '\t2025\t2024\t2025\t2024',
    'Net income\t$ 330,932\t$ 331,764\t$ 1,535,761\t$ 1,534,110',
    'Non-GAAP adjustments:\t\t\t\t',
    'Restaurant asset impairment (1)\t2,466\t2,634\t2,466\t2,634',
    'Gain on restaurant lease termination (2)\t(1,518)\t-\t(1,518)\t-',
    'Corporate asset impairment and other corporate (gains)/costs (3)\t-\t(7,392)\t(1,484)\t(7,392)',
    'Software asset impairment (4)\t-\t-\t-\t6,249',
    'Legal proceedings (5)\t(4,387)\t4,387\t(4,387)\t21,437',
    `Stock-based compensation forfeiture (6)\t${forfeiture}`,
    'Stock-based compensation retention grants (7)\t2,611\t11,945\t34,759\t17,079',
    'Investment unrealized loss (8)\t-\t-\t6,168\t1,381',
    'Total non-GAAP adjustments\t(828)\t11,574\t36,004\t13,525',
  ].join('\n') + '\n';
  const verdicts = (forfeiture: string) => {
    const release = parseRelease(text(forfeiture), { id: 'cmg-2025-q4', title: 'x', company: 'x', name: 'x', ticker: 'CMG', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2025-q4', releaseDate: '2026-02-03', currency: 'USD', scale: 3 }, emptyModel, 'release.txt');
    return runChecks(release, emptyModel).filter((c) => c.id.startsWith('footing/') && c.id.includes('/total-non-gaap-adjustments/')).map((c) => c.verdict);
  };
  test.each([
    // the line as the converter left it: one cell the reader cannot read → the columns that tie without it are
    // judged (it holds nothing there), the one that fails is not (its figure may be the line's)
    ['- | - | (27,863)\t\t\t', ['exact', 'exact', 'exact', 'unverifiable']],
    // placed as the totals and the G&A table place it → every column ties
    ['-\t-\t-\t(27,863)', ['exact', 'exact', 'exact', 'exact']],
    // placed in the third column → the two year columns fail (36,004 vs 8,141; 13,525 vs 41,388)
    ['-\t-\t(27,863)\t-', ['exact', 'exact', 'mismatch', 'mismatch']],
  ] as [string, Verdict[]][])('%j: %j', (forfeiture, expected) => {
    expect(verdicts(forfeiture)).toEqual(expected);
  });
});

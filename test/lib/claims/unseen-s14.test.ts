// Claims of the unseen sets s14 (classes K, L, M, N, O of test/fixtures/corpus-review/unseen/edgar-s14.md) and s13
// (Axos's "net income", edgar-s13.md) that raised false mismatches, each read by a general rule; excerpts in
// test/fixtures/claims/unseen-s14 and unseen-s13. A clause's own period ("the linked quarter", "the same three month
// period in 2019", periods compared with listed in order), amounts of change stated alike ("… by $24.8 million and free
// cash flow by $43.2 million"), subjects paired with figures in order without "respectively", an adjusted subject never
// the GAAP line, a "non-" part never the whole line, a quarter's ratio to an average balance in a release that
// annualizes such ratios, a deduction's printed sign left out of a stated share. The same figures printed wrong are
// still mismatches.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Check, Release } from '../../../src/lib/types.ts';
import { edited } from './prose-numbers.ts';

const DIR = 'test/fixtures/claims/unseen-s14';
const S13 = new Set(['ax-fy2020-q3', 'ttek-fy2020-q2', 'saia-2020-q1', 'crto-2020-q1']);
const load = (id: string) => loadRelease(S13.has(id) ? `test/fixtures/claims/unseen-s13/${id}` : `${DIR}/${id}`);

function claims(release: Release): { numbers: ProseNumber[]; checks: Check[] } {
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  return { numbers, checks };
}

/** The number printed as `text` in the sentence that contains `quote` (the first such number after it). */
function numberOf(numbers: ProseNumber[], release: Release, quote: string, text: string): ProseNumber {
  const line = release.prose.find((p) => p.text.includes(quote));
  expect(line, `a prose line with “${quote}”`).toBeDefined();
  const at = line!.text.indexOf(quote);
  const n = numbers.find((x) => x.line === line!.line && x.text === text && x.column - 1 >= at);
  expect(n, `'${text}' on line ${line!.line}`).toBeDefined();
  return n!;
}

/** The release with one phrase of its prose changed, read again. */

// [release, a quote the figure follows in its sentence, the figure, its check, its verdict]
const linked: [string, string, string, string, 'exact' | 'rounding' | 'mismatch'][] = [
  // Tetra Tech (s13): "Revenue of $734 million and Net Revenue of $584 million", where its reconciliation prints "Revenue"
  // 734,133 and, after subcontractor costs, "Net Revenue" 584,460: "net" tells the lines apart, each linked to its own.
  ['ttek-fy2020-q2', '- Revenue of $734 million', '$734 million', 'claim/revenue/2020-q2', 'rounding'],
  ['ttek-fy2020-q2', '- Revenue of $734 million', '$584 million', 'claim/net-revenue/2020-q2', 'rounding'],
  ['ttek-fy2020-q2', 'Revenue for the six-month period', '$1.20 billion', 'claim/net-revenue/2020-h1', 'rounding'],
  // Criteo (s13, class L): "Cash and cash equivalents increased $18 million compared to December 31, 2019 to $437 million":
  // the change compares with December 31, 2019 (418,763); the balance it ends at is March 31, 2020's (436,506).
  ['crto-2020-q1', 'Cash and cash equivalents increased', '$18 million', 'claim/change/cash/2020-03-31-vs-2019-12-31', 'rounding'],
  ['crto-2020-q1', 'Cash and cash equivalents increased', '$437 million', 'claim/cash/2020-03-31', 'rounding'],
  // K. "an increase of $1.2 million or 3.5% over the linked quarter": the quarter before, not the same period of 2019.
  ['cade-2020-q1', 'Noninterest income for the first quarter of 2020', '$1.2 million', 'claim/change/noninterest-income/2020-q1-vs-2019-q4', 'rounding'],
  ['fmnb-2020-q1', 'Net income for the three months ended March 31, 2020', '$0.35 per diluted share', 'claim/eps-basic-and-diluted/2019-q4', 'exact'],
  // K. "compared to 1.45% and 12.71% for the same three month period in 2019": Q1 2019's.
  ['fmnb-2020-q1', 'Net income for the three months ended March 31, 2020', '12.71%', 'claim/return-on-average-equity-annualized/2019-q1', 'exact'],
  // K. "a decrease of $2.3 million and $490,000 when compared to the fourth quarter of 2019 and the first quarter of 2019,
  // respectively": each compared with its period, in order.
  ['hbnc-2020-q1', 'Income tax expense totaled', '$2.3 million', 'claim/change/income-tax/2020-q1-vs-2019-q4', 'rounding'],
  ['hbnc-2020-q1', 'Income tax expense totaled', '$490,000', 'claim/change/income-tax/2020-q1-vs-2019-q1', 'exact'],
  // L. "an increase of $354,000 from the fourth quarter of 2019 and $2.2 million from the first quarter of 2019": a change.
  ['hbnc-2020-q1', 'Residential mortgage lending', '$2.2 million', 'claim/change/gain-on-sale-of-mortgage-loans/2020-q1-vs-2019-q1', 'rounding'],
  // L. "Improved operating cash flow by $24.8 million and free cash flow by $43.2 million year-over-year": two changes;
  // the first is (19,225) − (43,955) = 24,730, $24.7 million: the release's own error, caught.
  ['frta-2020-q1', 'Improved operating cash flow', '$43.2 million', 'claim/change/free-cash-flow/2020-q1-vs-2019-q1', 'rounding'],
  ['frta-2020-q1', 'Improved operating cash flow', '$24.8 million', 'claim/change/cash-from-operations/2020-q1-vs-2019-q1', 'mismatch'],
  // O. "The allowance for loan losses totaled $28.5 million, or 1.64% of total loans": (28,490) printed as a deduction.
  ['hbcp-2020-q1', 'The allowance for loan losses totaled', '1.64%', '', 'rounding'],
];

describe('unseen set s14: a figure is linked to the period, the change and the size its own words state (K, L, O)', () => {
  test.each(linked)('%s: “%s…” %s → %s', (id, quote, text, check, verdict) => {
    const release = load(id);
    const n = numberOf(claims(release).numbers, release, quote, text);
    expect(n).toMatchObject({ status: 'linked', verdict });
    if (check) expect(n.status === 'linked' && n.check).toBe(check);
  });
});

// [release, a quote the figure follows in its sentence, the figure, what the reason says]
const unlinked: [string, string, string, string][] = [
  // M. "Adjusted noninterest expense … from $98.4 million": never "Noninterest expenses" under "Adjusted efficiency ratio".
  ['cade-2020-q1', 'Adjusted noninterest expense(', '$98.4 million', 'Adjusted noninterest expenses (numerator)'],
  // M. "Core net income … compared to $14.2 million, or $0.37 diluted earnings per share": never GAAP diluted EPS.
  ['hbnc-2020-q1', 'Core net income for the first quarter', '$0.37', 'Core Diluted EPS'],
  // M. "Preliminary Tier 1 leverage capital and total risk-based capital ratios were 10.84% and 15.19%": the first subject's.
  ['hbcp-2020-q1', 'Preliminary Tier 1', '10.84%', 'Tier'],
  // M. "non-brokered deposits increased 15% from $1.9 billion": a part of total deposits that no table prints.
  ['fmnb-2020-q1', 'non-brokered deposits increased', '$1.9 billion', 'non-brokered deposits'],
  ['fmnb-2020-q1', 'non-brokered deposits increased', '$2.1 billion', 'non-brokered deposits'],
  // Saia (s13): "Net capital expenditures in the first quarter of 2020 were $102.7 million" (purchases less disposals)
  // where the statement prints "Acquisition of property and equipment" (107,591), named capital expenditures only by
  // another name of it: "net" qualifies the words, which name a figure no line prints.
  ['saia-2020-q1', 'Net capital expenditures in the first quarter', '$102.7 million', 'Net capital expenditures'],
  // N. "… earnings of $93 million or 2.11% as a percent of average assets", the tables' ratios noted "(1) Annualized.".
  ['cade-2020-q1', 'There are several positive', '2.11%', 'annualizes'],
  // "… salaries and employee benefits of $875 thousand or 9.4% and a $138 thousand or 158.6% increase in FDIC insurance
  // expense": a change whose line is named after it ("increase in …"), never the line named before it for another figure
  // (it was linked to salaries and employee benefits, computed 9.35%: a false mismatch once the bulleted heading above read).
  ['fmnb-2020-q1', 'Total noninterest expenses for the first quarter', '158.6%', 'a change of “FDIC insurance expense”'],
  ['fmnb-2020-q1', 'Total noninterest expenses for the first quarter', '$138 thousand', 'not of “salaries … employee benefits”'],
  // s13, Axos: "Net income was $56.1 million": "Net income" 56,057 states it; the attributable line 55,980 does not.
  ['ax-fy2020-q3', 'today announced financial results', '$56.1 million', 'Net income'],
  ['ax-fy2020-q3', 'today announced financial results', '$38.8 million', 'Net income'],
];

describe('unseen sets s14 and s13: words that do not establish the line leave the figure unlinked, never a mismatch (M, N)', () => {
  test.each(unlinked)('%s: “%s…” %s', (id, quote, text, named) => {
    const release = load(id);
    const n = numberOf(claims(release).numbers, release, quote, text);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain(named);
  });

  test.each(['cade-2020-q1', 'fmnb-2020-q1', 'hbnc-2020-q1', 'hbcp-2020-q1', 'ax-fy2020-q3'])('%s: no claim mismatch', (id) => {
    const { checks } = claims(load(id));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

// [release, the printed phrase, the same phrase with a figure wrong beyond rounding, the figure]
const wrong: [string, string, string, string][] = [
  ['cade-2020-q1', 'an increase of $1.2 million or 3.5% over the linked quarter', 'an increase of $2.2 million or 3.5% over the linked quarter', '$2.2 million'],
  ['fmnb-2020-q1', '$0.35 per diluted share for the linked quarter', '$0.45 per diluted share for the linked quarter', '$0.45 per diluted share'],
  ['fmnb-2020-q1', 'compared to 1.45% and 12.71% for the same three month period', 'compared to 1.45% and 13.71% for the same three month period', '13.71%'],
  ['hbnc-2020-q1', '$2.3 million and $490,000 when compared', '$2.3 million and $690,000 when compared', '$690,000'],
  ['hbnc-2020-q1', 'and $2.2 million from the first quarter of 2019', 'and $2.6 million from the first quarter of 2019', '$2.6 million'],
  ['frta-2020-q1', 'by $43.2 million year-over-year', 'by $45.2 million year-over-year', '$45.2 million'],
  ['hbcp-2020-q1', 'or 1.64% of total loans', 'or 1.84% of total loans', '1.84%'],
  // The second subject of a list paired in order.
  ['hbcp-2020-q1', 'ratios were 10.84% and 15.19%', 'ratios were 10.84% and 15.59%', '15.59%'],
  // The same words without the adjusting or part word name the line, whose figure is then judged.
  ['hbnc-2020-q1', 'Core net income for the first quarter of 2020 was $11.2 million, or $0.24 diluted earnings per share, compared to $14.2 million, or $0.37', 'Net income for the first quarter of 2020 was $11.7 million, or $0.26 diluted earnings per share, compared to $10.8 million, or $0.38', '$0.38'],
  ['fmnb-2020-q1', 'non-brokered deposits increased 15% from $1.9 billion', 'total deposits increased 15% from $2.9 billion', '$2.9 billion'],
  // Tetra Tech: net revenue printed wrong is the net line's mismatch; revenue printed wrong the revenue line's.
  ['ttek-fy2020-q2', 'Net Revenue of $584 million', 'Net Revenue of $594 million', '$594 million'],
  ['ttek-fy2020-q2', '- Revenue of $734 million', '- Revenue of $744 million', '$744 million'],
  // Saia: without "net", the words name the purchases, and $102.7 million is not 107,591.
  ['saia-2020-q1', 'Net capital expenditures in the first quarter of 2020 were $102.7 million', 'Capital expenditures in the first quarter of 2020 were $102.7 million', '$102.7 million'],
  // Criteo: the balance it ends at printed wrong is that balance's mismatch.
  ['crto-2020-q1', 'compared to December 31, 2019 to $437 million', 'compared to December 31, 2019 to $447 million', '$447 million'],
  // Axos: a figure neither line states is still a mismatch.
  ['ax-fy2020-q3', 'Net income was $56.1 million', 'Net income was $57.1 million', '$57.1 million'],
];

describe('unseen sets s14 and s13: the same figures printed wrong are still mismatches', () => {
  test.each(wrong)('%s: “%s” → “%s”', (id, from, to, text) => {
    const release = edited(load(id), from, to);
    const n = claims(release).numbers.find((x) => x.text === text && x.status === 'linked');
    expect(n, `${text} linked`).toBeDefined();
    expect(n).toMatchObject({ verdict: 'mismatch' });
  });
});

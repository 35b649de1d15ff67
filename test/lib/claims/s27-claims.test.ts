// Claims of the unseen set s27 (test/fixtures/corpus-review/unseen/s27.md) that main linked to the wrong line or sign, each
// a false mismatch, on releases printed as PDFs and read as text, and one of the corpus the fixes laid bare. Fixtures are
// excerpts of the imported releases.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

function claimsOf(dir: string, edit: (text: string) => string = (t) => t) {
  const release = loadRelease(dir);
  return analyzeClaims(parseRelease(edit(release.text), release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
}

// Each case: [release, what it shows, an edit of the text, line, figure, check (null: not linked), verdict].
const CASES: [string, string, (t: string) => string, number, string, string | null, string | null][] = [
  // Amcor's statement of income prints every cost in parentheses, "Income tax expense (193)": the prose's "GAAP income
  // tax expense was $193 million compared with $300 million last year" states its size.
  ['amcr-fy2023-q4', 'an expense printed as a deduction is stated as its size', (t) => t, 5, '$193 million', 'claim/income-tax/2023-fy', 'exact'],
  ['amcr-fy2023-q4', 'the year before, too', (t) => t, 5, '$300 million', 'claim/income-tax/2022-fy', 'exact'],
  ['amcr-fy2023-q4', 'printed wrong, a mismatch', (t) => t.replace('expense was $193 million', 'expense was $173 million'), 5, '$173 million', 'claim/income-tax/2023-fy', 'mismatch'],
  // Salesforce: "delivering 17.2% GAAP operating margin and 31.6% non-GAAP operating margin": "GAAP operating margin" is
  // 17.2%'s noun, printed right after it; 31.6% is not the GAAP margin (17.2).
  ['crm-fy2024-q2', 'a noun printed right after the figure before is not this one’s', (t) => t, 7, '31.6%', null, null],
  // Salesforce: "Second Quarter Revenue of $8.60 Billion, up 11% Year-Over-Year": revenue's growth (8,603 over 7,720), not
  // the change of "Total revenues 100 %" in the statement as a percentage of revenue.
  ['crm-fy2024-q2', 'the base of a common-size table is no line a sentence claims', (t) => t, 5, '11%', 'claim/growth/revenue/2024-q2-vs-2023-q2', 'rounding'],
  ['crm-fy2024-q2', 'its growth printed wrong, a mismatch', (t) => t.replace('up 11% Year', 'up 21% Year'), 5, '21%', 'claim/growth/revenue/2024-q2-vs-2023-q2', 'mismatch'],
  // Best Buy: "International operating income was $19 million, or 2.7% of revenue": over the "Revenue" of the block
  // "International Segment Results" that prints the operating income, 693, not the company's 9,583.
  ['bby-fy2024-q2', 'a share is of the line of the numerator’s own block', (t) => t, 26, '2.7%', 'claim/international-segment-results-international-segment-results-operating-income-2024-q2-over-international-segment-results-revenue-2024-q2/2024-q2', 'rounding'],
  ['bby-fy2024-q2', 'printed wrong, a mismatch', (t) => t.replace('or 2.7% of revenue', 'or 3.7% of revenue'), 26, '3.7%', 'claim/international-segment-results-international-segment-results-operating-income-2024-q2-over-international-segment-results-revenue-2024-q2/2024-q2', 'mismatch'],
  // Ulta Beauty: "Net interest income increased to $4.4 million compared to $0.1 million" beside "Interest income, net
  // (4,449) … (108)", printed negative among the expenses: read by its size, the prose's figure.
  ['ulta-fy2023-q2', 'a line printed negative is the prose’s figure by its size', (t) => t, 36, '$4.4 million', 'claim/statements-of-income-interest-income-net-2023-q2/2023-q2', 'rounding'],
  ['ulta-fy2023-q2', 'printed wrong, a mismatch by either sign', (t) => t.replace('increased to $4.4 million', 'increased to $5.4 million'), 36, '$5.4 million', 'claim/statements-of-income-interest-income-net-2023-q2/2023-q2', 'mismatch'],
  // Ulta Beauty: "Gross profit increased 7.1%" is the growth of the amount 993,612 over 928,164, not of the share of net sales
  // printed beside it and in the highlights, "Gross profit (as a percentage of net sales) 39.3% 40.4%" (−2.7%).
  ['ulta-fy2023-q2', 'a share of an amount is not the amount', (t) => t, 34, '7.1%', 'claim/growth/gross-profit/2023-q2-vs-2022-q2', 'rounding'],
  ['ulta-fy2023-q2', 'its growth printed wrong, a mismatch', (t) => t.replace('Gross profit increased 7.1%', 'Gross profit increased 8.1%'), 34, '8.1%', 'claim/growth/gross-profit/2023-q2-vs-2022-q2', 'mismatch'],
  // SunLink's Q2 FY25 (the corpus): "a loss from continuing operations of $1,512,000 (or a loss of $0.21 per fully diluted
  // share) for its six months ended December 31, 2024": the parenthesis naming the line again joins the statement, whose
  // period is the six months, not the quarter the heading names (its quarter is 1,070).
  ['ssy-fy2025-q2', 'a statement whose second figure names its line again', (t) => t, 13, '$1,512,000', 'claim/income-continuing/2025-h1', 'exact'],
  ['ssy-fy2025-q2', 'printed wrong, a mismatch of the six months', (t) => t.replace('operations of $1,512,000', 'operations of $1,612,000'), 13, '$1,612,000', 'claim/income-continuing/2025-h1', 'mismatch'],
];

describe('claims of unseen set s27 read by their words', () => {
  test.each(CASES)('%s: %s', (id, _, edit, line, text, check, verdict) => {
    const { numbers, checks } = claimsOf(`test/fixtures/claims/${id}`, edit);
    const n = numbers.find((x) => x.line === line && x.text === text)!;
    expect(n).toBeDefined();
    if (check === null) expect(n.status).not.toBe('linked');
    else {
      expect(n).toMatchObject({ status: 'linked', check });
      expect(checks.find((c) => c.id === check)?.verdict).toBe(verdict);
    }
    // No other mismatch: as printed, each excerpt's claims hold or are not linked.
    expect(checks.filter((c) => c.verdict === 'mismatch' && c.id !== check).map((c) => c.id)).toEqual([]);
  });
});

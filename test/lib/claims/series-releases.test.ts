// Claims of the releases of ../shared/series/ (Pfizer, Amazon, PNC), excerpted in test/fixtures/claims/<id>: the prose lines
// and the tables they speak of, verbatim from the imported release.txt. Each row was a false mismatch when these
// releases were first measured one by one (issue 28); a figure altered by hand (a planted error) is still caught.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

function numbersOf(id: string, edits: [string, string][] = []) {
  const release = loadRelease(`test/fixtures/claims/${id}`);
  let text = release.text;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const { numbers, checks } = analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
  const at = (line: number, printed: string) => {
    const n = numbers.find((x) => x.line === line && x.text === printed);
    if (!n) throw new Error(`no number ${printed} on line ${line}`);
    const check = n.status === 'linked' ? n.check : null;
    const subject = n.status === 'linked' ? (n.evidence?.subject.key ?? null) : null;
    return { status: n.status, check, subject, reason: 'reason' in n ? n.reason : null, verdict: checks.find((c) => c.id === check)?.verdict ?? null };
  };
  return { at, mismatches: checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id) };
}

describe('claims of the Pfizer, Amazon and PNC series', () => {
  test.each([
    // [release, line, figure, status, check or reason, verdict]
    // "Reported Diluted EPS(2) of $0.97, a Year-Over-Year Decline of 29%": "Year-Over-Year" is the decline's comparison,
    // not the period of $0.97 (read as the prior year's quarter, 1.37).
    ['pfe-2023-q1', 13, '$0.97', 'linked', 'claim/reported-diluted-eps/2023-q1', 'exact'],
    ['pfe-2023-q1', 13, '29%', 'linked', 'claim/growth/reported-diluted-eps/2023-q1-vs-2022-q1', 'rounding'],
    ['pfe-2023-q1', 13, '$1.23', 'linked', 'claim/adjusted3-diluted-eps/2023-q1', 'exact'],
    // "SI&A Expenses(2) increased 35% operationally": growth excluding foreign exchange (the printed figures grew 31.8%).
    ['pfe-2023-q1', 42, '35%', 'unlinked', 'a figure on another basis than the tables\' (“operationally”)', null],
    ['pfe-2023-q1', 44, '10%', 'unlinked', 'a figure on another basis than the tables\' (“operationally”)', null],
    // "the extraordinary growth of AWS with 40% year-over-year growth": "AWS" under "Y/Y net sales growth:" is a growth rate.
    ['amzn-2021-q4', 3, '40%', 'unlinked', "the words name the line 'AWS', whose figures are themselves growth rates", null],
    // "For the twelve months ended December 31, 2020 and 2021, … of $11,588 million and $7,061 million": in order.
    ['amzn-2021-q4', 129, '$11,588 million', 'linked', 'claim/property-and-equipment-acquired-under-finance-leases/2020-fy', 'exact'],
    ['amzn-2021-q4', 129, '$7,061 million', 'linked', 'claim/property-and-equipment-acquired-under-finance-leases/2021-fy', 'exact'],
    // "Reported Diluted EPS(2) of $1.37 and Adjusted Diluted EPS(3) of $1.62": the second is the non-GAAP measure, the
    // overall results' line "Adjusted Diluted EPS(3)", never diluted EPS (1.37), which the guidance table's only per-share
    // line "Adjusted Diluted EPS(3)" had been read as.
    ['pfe-2022-q1', 6, '$1.37', 'linked', 'claim/eps-diluted/2022-q1', 'exact'],
    ['pfe-2022-q1', 6, '$1.62', 'linked', 'claim/adjusted-diluted-eps/2022-q1', 'exact'],
    // PNC 4Q20's segment pages: "Net loan charge-offs were $136 million … $125 million … $154 million" in the bullets under
    // the table that "Retail Banking" opens (a line of "Business Segment Income") are the segment's, which no table
    // prints; never the company's line (229, 155, 209). Its lines the segment's table prints are its figures there.
    ['pnc-2020-q4', 46, '$136 million', 'unlinked', 'Retail Banking Net loan charge offs', null],
    ['pnc-2020-q4', 46, '$125 million', 'unlinked', 'Retail Banking Net loan charge offs', null],
    ['pnc-2020-q4', 46, '$154 million', 'unlinked', 'Retail Banking Net loan charge offs', null],
    ['pnc-2020-q4', 44, '3%', 'linked', 'claim/growth/retail-banking/average-loans/2020-q4-vs-2020-q3', 'rounding'],
    ['pnc-2020-q4', 62, '4%', 'linked', 'claim/growth/corporate-institutional-banking/average-loans/2020-q4-vs-2019-q4', 'rounding'],
    ['pnc-2020-q4', 63, '$99 million', 'unlinked', 'Corporate & Institutional Banking Net charge offs', null],
    // The company's paragraph, under no part's table: the company's line.
    ['pnc-2020-q4', 14, '$74 million', 'linked', 'claim/change/net-loan-charge-offs/2020-q4-vs-2020-q3', 'exact'],
  ])('%s line %i: %s → %s', (id, line, printed, status, what, verdict) => {
    const { at, mismatches } = numbersOf(id);
    const n = at(line, printed);
    expect(n.status).toBe(status);
    if (status === 'linked') expect({ check: n.check, verdict: n.verdict }).toEqual({ check: what, verdict });
    else expect(n.reason).toContain(what);
    expect(mismatches).toEqual([]);
  });

  test.each([
    // Planted errors in the figures now read are caught.
    ['pfe-2023-q1', 'EPS(2) of $0.97', 'EPS(2) of $0.79', 13, '$0.79', 'claim/reported-diluted-eps/2023-q1'],
    ['amzn-2021-q4', '$11,588 million and $7,061 million', '$11,588 million and $7,161 million', 129, '$7,161 million', 'claim/property-and-equipment-acquired-under-finance-leases/2021-fy'],
    ['pfe-2022-q1', 'Adjusted Diluted EPS(3) of $1.62', 'Adjusted Diluted EPS(3) of $1.72', 6, '$1.72', 'claim/adjusted-diluted-eps/2022-q1'],
    ['pfe-2022-q1', 'Reported Diluted EPS(2) of $1.37', 'Reported Diluted EPS(2) of $1.47', 6, '$1.47', 'claim/eps-diluted/2022-q1'],
    // Control: words that name diluted EPS with no other basis name the GAAP line, and $1.62 is not its figure.
    ['pfe-2022-q1', 'and Adjusted Diluted EPS(3) of $1.62', 'and Diluted EPS of $1.62', 6, '$1.62', 'claim/eps-diluted/2022-q1/2'],
    ['pnc-2020-q4', 'increased $74 million compared with', 'increased $84 million compared with', 14, '$84 million', 'claim/change/net-loan-charge-offs/2020-q4-vs-2020-q3'],
  ])('%s planted: "%s" → "%s" is a mismatch', (id, from, to, line, printed, check) => {
    const n = numbersOf(id, [[from, to]]).at(line, printed);
    expect({ check: n.check, verdict: n.verdict }).toEqual({ check, verdict: 'mismatch' });
  });

  test('pfe 1Q22: with no line of Adjusted Diluted EPS for the quarter, $1.62 is unlinked, never diluted EPS', () => {
    const { at, mismatches } = numbersOf('pfe-2022-q1', [['Adjusted Diluted EPS(3)\t1.62\t0.95\t72%\n', '']]);
    expect(at(6, '$1.62')).toMatchObject({ status: 'unlinked', check: null });
    expect(mismatches).toEqual([]);
  });

  // Where the segment's table prints its net loan charge-offs, the bullet is judged there: right, and planted wrong.
  const ROW = 'Earnings\t$ 336\t$ 530\t$ 277\t$ (194)\t$ 59';
  const printed: [string, string] = [ROW, `${ROW}\nNet loan charge-offs\t$ 136\t$ 125\t$ 154\t$ 11\t$ (18)`];
  test.each([
    ['$136 million', '$136 million', 'exact'],
    ['$146 million', '$136 million', 'mismatch'],
  ])('pnc 4Q20: with the segment\'s line printed, %s is judged against it (%s printed): %s', (figure, _, verdict) => {
    const n = numbersOf('pnc-2020-q4', [printed, ['were $136 million for', `were ${figure} for`]]).at(47, figure);
    expect({ subject: n.subject, verdict: n.verdict }).toEqual({ subject: 'retail-banking/net-loan-charge-offs', verdict });
  });

  test('pnc 4Q20 control: the same bullet under no part\'s table is the company\'s line, and $139 million is a mismatch', () => {
    const paragraph = 'and .35% at December 31, 2019.';
    const n = numbersOf('pnc-2020-q4', [[paragraph, `${paragraph}\n\n- Net loan charge-offs were $139 million for the fourth quarter of 2020.`]]).at(16, '$139 million');
    expect({ subject: n.subject, check: n.check, verdict: n.verdict }).toEqual({ subject: 'credit-quality-review/net-loan-charge-offs', check: 'claim/net-loan-charge-offs/2020-q4', verdict: 'mismatch' });
  });
});

// Readings of the unseen set s14 (../shared/unseen-edgar-s14, review test/fixtures/corpus-review/unseen/edgar-s14.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches:
// - F: earnings per share divide what the release prints as "Net income allocated to common stock" (the two-class
//   method: Cadence's 48,176 beside net income 48,346), and where that figure differs from net income, a period that
//   prints only net income does not give the numerator;
// - G: under a GAAP loss the diluted shares are the basic ones; a positive non-GAAP measure per diluted share divides
//   more shares than those (James River's note (c): 309,443 equivalents), so that division is not judged;
// - H: a table whose note narrows what it covers ("for funded loans") prints a part of what the same label names
//   elsewhere: its tie is not judged;
// - I: a table headed by a segment's name that another table prints as a column beside its "Total" is the segment's
//   (Forterra's Water table): tied with no company-level line;
// - J: one figure printed a unit apart in two tables, each printing forced by its own table's footing, is within
//   rounding (FICO's capital expenditures).
// Each case: the reading now made, and the same figures printed wrong beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const CADE = 'cade-2020-q1-allocated';
const JRVR = 'jrvr-2020-q1-diluted-equivalents';
const FRTA = 'frta-2020-q1-water';
const FICO = 'fico-fy2020-q2-capex';
const ANOI_DILUTED = 'definition/loss-income-statement-data/adjusted-net-operating-income-per-share--diluted';

describe('a false mismatch of the s14 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    [CADE, 'definition/eps-basic/2019-q2', 'rounding', '48,176 ÷ 128,791,933'],
    [CADE, 'definition/eps-basic/2019-q1', 'rounding', '58,028 ÷ 130,485,521'],
    [CADE, 'definition/eps-diluted/2019-q1', 'rounding', '58,028 ÷ 130,549,319'],
    [CADE, 'definition/eps-diluted/2020-q1', 'rounding', '−399,311 ÷ 126,630,446'],
    [CADE, 'tie/provision-for-credit-losses/2020-q1', 'unverifiable', 'This table represents the activity in the ACL for funded loans.'],
    [JRVR, `${ANOI_DILUTED}/2020-q1`, 'unverifiable', 'NET (LOSS) INCOME is a loss'],
    [JRVR, `${ANOI_DILUTED}/2019-q1`, 'rounding', '21,713 ÷ 30,472,304'],
    [FRTA, 'tie/adjusted-ebitda-margin/2020-q1', 'exact', '10.7'],
    [FRTA, 'definition/net-sales/adjusted-ebitda-margin/2020-q1', 'rounding', '23.6 ÷ 160.6'],
    [FICO, 'tie/capital-expenditures/2020-h1', 'rounding', "'Net cash used in investing activities' (14,958) only with (13,166)"],
    [FICO, 'tie/capital-expenditures/2019-h1', 'exact', ''],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each([CADE, FRTA, FICO])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("FRTA: the Water table's lines are tied with no company-level line", () => {
    const ties = excerpt(FRTA).checks.filter((c) => c.kind === 'tie' && c.inputs.concat(c.reported.fact ?? []).some((id) => id.includes('/net-sales/')));
    expect(ties.map((c) => c.id)).toEqual([]);
  });

  test('CADE: a period printing net income alone, where the allocated figure differs elsewhere, is not judged, saying why', () => {
    // Q2 2019's allocated figure left out (its cell empty): its EPS would rest on net income, 48,346 ÷ 128,791,933 = 0.3754.
    const c = excerpt(CADE, [['<u>$ 48,176</u>', '']]).check('definition/eps-basic/2019-q2');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('net income allocated to common stock, which differs from net income');
  });
});

describe('a figure of the s14 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // F: an EPS printed wrong, against the allocated numerator.
    [CADE, '  Basic\t$ (3.15)\t$ 0.40\t$ 0.34\t$ 0.37\t$ 0.44', '  Basic\t$ (3.15)\t$ 0.40\t$ 0.34\t$ 0.39\t$ 0.44', 'definition/eps-basic/2019-q2'],
    [CADE, '  Diluted\t(3.15)\t0.40\t0.34\t0.37\t0.44', '  Diluted\t(3.15)\t0.40\t0.34\t0.37\t0.46', 'definition/eps-diluted/2019-q1'],
    // G: the measure per basic share printed wrong, and the loss per diluted share: the loss's shares still divide them.
    [JRVR, '<u>$ 0.51</u>\t<u>$ 0.72</u>', '<u>$ 0.51</u>\t<u>$ 0.77</u>', 'definition/loss-income-statement-data/adjusted-net-operating-income-per-share--basic/2019-q1'],
    // (the statement's "Diluted" is earnings per diluted share for the base model since the caption "ADJUSTED NET OPERATING
    // INCOME PER SHARE" keeps it apart from the adjusted "Diluted (c)" under it: its base definition judges it)
    [JRVR, '  Diluted\t<u>$ (1.21)</u>', '  Diluted\t<u>$ (1.31)</u>', 'definition/eps-diluted/2020-q1'],
    // H: the provision printed wrong in the narrowed table: its own footing catches it (the tie no longer judges; the
    // same misprint in Table 1, a summary no footing reads, is caught by nothing now: the cost of the note's reading).
    [CADE, 'Provision for credit losses\t82,238\t27,126', 'Provision for credit losses\t82,238\t27,226', 'footing/table-4-allowance-for-credit/balance-at-end-of-period/2019-q4'],
    // I: the consolidated margin printed wrong in one of its two reconciliations.
    [FRTA, 'Adjusted EBITDA margin\t10.7%\t6.8%', 'Adjusted EBITDA margin\t11.7%\t6.8%', 'tie/adjusted-ebitda-margin/2020-q1'],
    // J: capital expenditures two units off, or one unit off where the free cash flow does not force it.
    [FICO, 'Capital expenditures\t(6,667)\t(4,170)\t(13,167)', 'Capital expenditures\t(6,667)\t(4,170)\t(13,168)', 'tie/capital-expenditures/2020-h1'],
    [FICO, 'Capital expenditures\t(6,667)\t(4,170)\t(13,167)\t(10,644)', 'Capital expenditures\t(6,667)\t(4,170)\t(13,167)\t(10,744)', 'footing/fair-isaac-corporation-non-gaap-results/free-cash-flow-2/2019-h1'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});

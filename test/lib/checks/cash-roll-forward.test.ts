// The roll-forward of cash at the foot of a statement of cash flows, whatever cash it names: the net change is the sum
// of the sections, and cash at the end is cash at the beginning plus the change (and the effect of exchange rates).
// "Cash" alone (Computer Modelling's 3Q FY2025: "Increase (decrease) in cash", "Cash, beginning of period") and cash
// with restricted cash (Martin Marietta's 4Q24: "Cash, Cash Equivalents and Restricted Cash, end of year") were read
// by no check before. Restricted cash is another balance than the balance sheet's cash and cash equivalents: Martin
// Marietta's 1,282 at the end of 2023 is 1,272 of cash and cash equivalents and 10 of restricted cash, never a
// mismatch. Excerpts of the imported releases (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CMG = 'footing/statements-of-cash-flows';
const MLM = 'footing/statements-of-cash-flows';

describe('the roll-forward of cash ties', () => {
  test.each([
    // [excerpt, check id, printed, formula]
    ['cmg-fy2025-q3', `${CMG}/increase-decrease-in-cash/2025-9m`, '(25,360)', 'Increase (decrease) in cash = Net cash provided by (used in) operating activities + Net cash used in financing activities + Net cash used in investing activities'],
    ['cmg-fy2025-q3', `${CMG}/cash-end-of-period/2025-q3`, '39,731', 'Cash, end of period = Increase (decrease) in cash + Effect of foreign exchange on cash + Cash, beginning of period'],
    ['cmg-fy2025-q3', `${CMG}/cash-end-of-period/2024-9m`, '45,183', 'Cash, end of period = Increase (decrease) in cash + Effect of foreign exchange on cash + Cash, beginning of period'],
    ['mlm-2024-q4-cash', `${MLM}/net-decrease-increase-in-cash-cash-equivalents-and-restricted-cash/2024-fy`, '(612)', 'Net (Decrease) Increase in Cash, Cash Equivalents and Restricted Cash = Net Cash Provided by Operating Activities + Net Cash (Used for) Provided by Investing Activities + Net Cash Provided by (Used for) Financing Activities'],
    ['mlm-2024-q4-cash', `${MLM}/cash-cash-equivalents-and-restricted-cash-end-of-year/2023-fy`, '$ 1,282', 'Cash, Cash Equivalents and Restricted Cash, end of year = Net (Decrease) Increase in Cash, Cash Equivalents and Restricted Cash + Cash, Cash Equivalents and Restricted Cash, beginning of year'],
    ['mlm-2024-q4-cash', 'tie/restricted-cash/2023-12-31', '$ 1,282', 'Cash, Cash Equivalents and Restricted Cash, beginning of year (statements of cash flows) = Cash, Cash Equivalents and Restricted Cash, end of year (statements of cash flows)'],
  ])('%s: %s', (id, checkId, printed, formula) => {
    const c = excerpt(id).check(checkId);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toBe(formula);
  });

  test('cash with restricted cash is never tied to the balance sheet\'s cash and cash equivalents', () => {
    const { checks } = excerpt('mlm-2024-q4-cash');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => c.id.startsWith('tie/cash/'))).toEqual([]);
  });
});

describe('a figure of the roll-forward altered beyond rounding is a mismatch', () => {
  test.each([
    // [excerpt, the line as printed, as altered, the check that accuses it]
    ['cmg-fy2025-q3', 'Increase (decrease) in cash\t(23,839)\t(3,016)\t(25,360)', 'Increase (decrease) in cash\t(23,839)\t(3,016)\t(25,060)', `${CMG}/increase-decrease-in-cash/2025-9m`],
    ['cmg-fy2025-q3', 'Effect of foreign exchange on cash\t2,197\t(26)\t2,008\t(26)', 'Effect of foreign exchange on cash\t2,197\t(26)\t2,008\t(46)', `${CMG}/cash-end-of-period/2024-9m`],
    ['cmg-fy2025-q3', 'Cash, beginning of period\t61,373', 'Cash, beginning of period\t61,973', `${CMG}/cash-end-of-period/2025-q3`],
    ['mlm-2024-q4-cash', 'Restricted Cash, beginning of year\t1,282\t359', 'Restricted Cash, beginning of year\t1,282\t389', `${MLM}/cash-cash-equivalents-and-restricted-cash-end-of-year/2023-fy`],
    ['mlm-2024-q4-cash', 'Restricted Cash\t(612)\t923', 'Restricted Cash\t(612)\t973', `${MLM}/net-decrease-increase-in-cash-cash-equivalents-and-restricted-cash/2023-fy`],
  ])('%s: %j → %j', (id, from, to, checkId) => {
    const c = excerpt(id, [[from, to]]).check(checkId);
    expect(c.verdict).toBe('mismatch');
  });
});

// The same roll-forward in the words IFRS statements and others print it with, read by no check before: Berger Paints
// Jamaica's "OPENING CASH AND CASH EQUIVALENTS" and "CLOSING …" (Q1 2023, unseen set s16), Elite Diagnostic's "… at
// beginning of period/year" and "… at end of period/year (Note 7)" (Q2 FY2023, s16), Criteo's "Net cash and cash
// equivalents at beginning of period" (1Q20, unseen set s13). Berger prints "NET INCREASE/(DECREASE) IN CASH AND CASH
// EQUIVALENTS" on a line and its figures on the next (ingest's pushed-figures.ts): the line, not a subtotal under it.
describe('cash opening and closing, of the period or year, net cash', () => {
  const BPJL = 'footing/cash-flows-from-operating-activities/closing-cash-and-cash-equivalents';
  const ELITE = 'footing/cash-flows-from-operating-activities/cash-and-cash-equivalents-at-end-of-periodyear-note-7';
  const CRTO = 'footing/statement-of-cash-flows/net-cash-and-cash-equivalents-at-end-of-period';
  test.each([
    ['bpjl-2023-q1-cash', `${BPJL}/2023-03-31`, '265,198', 'CLOSING CASH AND CASH EQUIVALENTS = NET INCREASE/(DECREASE) IN CASH AND CASH EQUIVALENTS + OPENING CASH AND CASH EQUIVALENTS + Effect of foreign exchange rate changes'],
    ['bpjl-2023-q1-cash', `${BPJL}/2022-12-31`, '258,933', 'CLOSING CASH AND CASH EQUIVALENTS = NET INCREASE/(DECREASE) IN CASH AND CASH EQUIVALENTS + OPENING CASH AND CASH EQUIVALENTS + Effect of foreign exchange rate changes'],
    ['elite-2023-q2-cash', `${ELITE}/2023-h1`, '30,930,259', 'Cash and cash equivalents at end of period/year (Note 7) = Net increase in cash and cash equivalents + Cash and cash equivalents at beginning of period/year'],
    ['elite-2023-q2-cash', 'tie/cash/2022-06-30', '75,890,161', 'Cash and cash equivalents at beginning of period/year (cash flows from operating activities) = Cash and cash equivalents at end of period/year (Note 7) (cash flows from operating activities)'],
    ['crto-2020-q1-cash', `${CRTO}/2020-q1`, '$ 436,506', 'Net cash and cash equivalents at end of period = Net increase (decrease) in cash and cash equivalents + Net cash and cash equivalents at beginning of period'],
  ])('%s: %s', (id, checkId, printed, formula) => {
    const c = excerpt(id).check(checkId);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toBe(formula);
  });

  test.each([
    ['bpjl-2023-q1-cash', 'OPENING CASH AND CASH EQUIVALENTS\t258,933', 'OPENING CASH AND CASH EQUIVALENTS\t258,333', `${BPJL}/2023-03-31`],
    ['elite-2023-q2-cash', 'Cash and cash equivalents at beginning of period/year\t75,890,161', 'Cash and cash equivalents at beginning of period/year\t75,890,261', `${ELITE}/2023-h1`],
    ['crto-2020-q1-cash', 'Net cash and cash equivalents at beginning of period\t<u>364,426</u>', 'Net cash and cash equivalents at beginning of period\t<u>364,486</u>', `${CRTO}/2019-q1`],
  ])('%s: %j → %j is a mismatch', (id, from, to, checkId) => {
    expect(excerpt(id, [[from, to]]).check(checkId).verdict).toBe('mismatch');
  });
});

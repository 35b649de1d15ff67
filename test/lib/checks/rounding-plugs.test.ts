// Rounding plugs (src/lib/checks/rounding-plugs.ts): a unit of the last digit between two tables' printings of one
// line is within rounding only where it is the one line of that period its table prints otherwise than all other
// tables. NVIDIA's Q2 FY2024 release (excerpt nvda-fy2024-q2-cash-flow; review
// test/fixtures/corpus-review/unseen/nvda-s15.md) prints the free cash flow reconciliation's Q2 FY2023 column with
// 1,271 of operating cash flow and (15) of principal payments, where the statement of cash flows prints 1,270 and,
// in its financing lines (a table of their own), (14): two lines of one table, so neither is a plug.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const NVDA = 'nvda-fy2024-q2-cash-flow';
const FICO = 'fico-fy2020-q2-capex';
const PRINCIPAL = 'tie/principal-payments-on-property-and-equipment-and-intangible-assets/2023-q2';

describe('a unit off is a plug only where it is the one line its table prints otherwise', () => {
  test.each([
    // [excerpt, edits, check, verdict, words of its explanation]
    [NVDA, [], 'tie/cash-from-operations/2023-q2', 'mismatch', 'Printed 1,271 (±0.5) and computed 1,270'],
    [NVDA, [], PRINCIPAL, 'mismatch', 'Printed −15 (±0.5) and computed −14'],
    // The reconciliation printing the statement's 1,270 (and its free cash flow 823, so that it still foots): the
    // principal payments are then its one line printed otherwise, each printing forced by its own table's footing.
    [NVDA, [['$ 2,911\t$ 1,271', '$ 2,911\t$ 1,270'], ['$ 2,643</u>\t<u>$ 824', '$ 2,643</u>\t<u>$ 823']], PRINCIPAL, 'rounding', "'Free cash flow'"],
    // FICO's one differing line stays within rounding.
    [FICO, [], 'tie/capital-expenditures/2020-h1', 'rounding', "'Net cash used in investing activities' (14,958) only with (13,166)"],
  ] as const)('%s %j: %s is %s', (id, edits, check, verdict, words) => {
    const c = excerpt(id, edits.map(([a, b]) => [a, b] as [string, string])).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('NVIDIA: the two lines printed otherwise are the only mismatches', () => {
    expect(excerpt(NVDA).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id).sort()).toEqual(['tie/cash-from-operations/2023-q2', PRINCIPAL]);
  });

  test('NVIDIA: the principal payments printed two units off are a mismatch whatever else the table prints', () => {
    alteredIsMismatch(NVDA, '(11)\t(20)\t(15)', '(11)\t(20)\t(16)', PRINCIPAL);
  });
});

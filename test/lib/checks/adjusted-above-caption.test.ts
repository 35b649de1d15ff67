// A result printed under a caption of adjustments, of the line printed just above the caption (structure.ts
// adjustedAbove): PNC's 1Q22 "Basel lll Common Equity Tier 1 Capital Ratios" (../shared/corpus/pnc-2022-q1.htm) prints
// "Common stock, related surplus and retained earnings, net of treasury stock $ 50,624", the caption "Less regulatory
// capital adjustments:" over "Goodwill and disallowed intangibles …" (11,114) and "All other adjustments" (63), then the
// underlined "Basel III Common equity Tier 1 capital $ 39,447", in five columns. The underlined line was read as a total
// of the caption's two lines alone, which fits no column, so none of the 20 figures was footed. Excerpt of the imported
// release (test/fixtures/checks/corpus/README.md), with no company model. First Quantum's 4Q24 cash cost
// (../shared/corpus/fm-2024-q4.md) prints the same shape three times, in 13 columns: "Cost of sales1" (851),
// "Adjustments:" over seven lines, "Cash cost (C1)2,4" (433); "Adjustments:" over three lines, "Total cost (C3)2,4"
// (693), which was read as a total of those three alone (unverifiable in every column); "Cash cost (C1)2,4" printed
// again, "Adjustments:" over four lines, "AISC2,4" (667).
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'pnc-2022-q1-adjustments';
const CET1 = 'footing/basel-lll-common-equity-tier-1/basel-iii-common-equity-tier-1-capital';
const FORMULA = 'Basel III Common equity Tier 1 capital = Common stock, related surplus and retained earnings, net of treasury stock + Goodwill and disallowed intangibles, net of deferred tax liabilities + All other adjustments';

describe('a result under a caption of adjustments is the line above the caption plus its lines', () => {
  test.each([
    // [column, printed, verdict]
    ['2022-03-31.basel-iii-estimated', '<u>$ 39,447</u>', 'exact'],
    ['2021-12-31.basel-iii', '<u>$ 40,066</u>', 'exact'],
    ['2021-03-31.basel-iii', '<u>$ 40,759</u>', 'exact'],
    ['2022-03-31.basel-iii-fully-implemented-estimated', '<u>$ 38,718</u>', 'exact'],
    ['2021-12-31.basel-iii-fully-implemented-estimated', '<u>$ 39,095</u>', 'exact'],
  ])('%s: %s is %s', (column, printed, verdict) => {
    const c = excerpt(ID).check(`${CET1}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toBe(FORMULA);
    expect(c.restsOn).toBe("'Basel III Common equity Tier 1 capital' is 'Common stock, related surplus and retained earnings, net of treasury stock' plus the 2 lines under 'Less regulatory capital adjustments:'.");
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['(11,114)\t(11,137)\t(9,300)', '(11,114)\t(11,137)\t(9,900)', `${CET1}/2021-03-31.basel-iii`],
    ['(63)\t(39)', '(63)\t(89)', `${CET1}/2021-12-31.basel-iii`],
    ['<u>$ 49,900</u>', '<u>$ 49,960</u>', `${CET1}/2022-03-31.basel-iii-fully-implemented-estimated`],
    ['<u>$ 39,447</u>', '<u>$ 39,347</u>', `${CET1}/2022-03-31.basel-iii-estimated`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });

  test.each([
    // [what the excerpt prints instead, why nothing is read]
    [['Less regulatory capital adjustments:', 'Regulatory capital items:'], 'a caption that does not say its lines adjust'],
    [['<u>$ 50,624</u>\t<u>$ 51,242</u>', '<u>$ 50,024</u>\t<u>$ 51,942</u>'], 'figures that fail in two columns'],
  ] as [[string, string], string][])('%j: no footing of the result (%s)', (edit, _why) => {
    const c = excerpt(ID, [edit]);
    expect(c.checks.filter((x) => x.id.startsWith(`${CET1}/`) && x.verdict !== 'unverifiable')).toEqual([]);
    expect(c.checks.filter((x) => x.verdict === 'mismatch').map((x) => x.id)).toEqual([]);
  });
});

describe('First Quantum: cash cost, total cost and AISC each from the line above its "Adjustments:"', () => {
  const FQ = 'fm-2024-q4-cash-cost';
  const T = 'footing/for-the-three-months-ended-december';
  test.each([
    // [check, printed, verdict, formula]
    [`${T}/adjustments--cash-cost-c1/2024-q4.total`, '(433)', 'exact', 'Adjustments — Cash cost (C1) = Cost of sales + Depreciation + By-product credits + Adjustments — Royalties + Treatment and refining charges + Freight costs + Finished goods + Adjustments — Other'],
    [`${T}/adjustments--cash-cost-c1/2024-q4.kansanshi`, '(124)', 'exact', 'Adjustments — Cash cost (C1) = Cost of sales + Depreciation + By-product credits + Adjustments — Royalties + Treatment and refining charges + Freight costs + Finished goods + Adjustments — Other'],
    [`${T}/total-cost-c3/2024-q4.total`, '(693)', 'exact', 'Total cost (C3) = Adjustments — Cash cost (C1) + Depreciation (excluding depreciation in finished goods) + Adjustments — Royalties + Adjustments — Other'],
    [`${T}/aisc/2024-q4.sentinel`, '(346)', 'exact', 'AISC = Adjustments — Cash cost (C1) + General and administrative expenses + Sustaining capital expenditure and deferred stripping + Adjustments — Royalties + Adjustments — Other'],
  ])('%s: %s is %s', (id, printed, verdict, formula) => {
    const c = excerpt(FQ).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toBe(formula);
  });

  test('no figure is a mismatch as printed, and no total per lb is read as a sum of other figures per lb', () => {
    const c = excerpt(FQ);
    expect(c.checks.filter((x) => x.verdict === 'mismatch').map((x) => x.id)).toEqual([]);
    expect(c.checks.filter((x) => x.id.startsWith(`${T}/total-cost-c3per-lb/`))).toEqual([]);
  });

  test.each([
    ['Cost of sales1\t(10)\t(368)', 'Cost of sales1\t(10)\t(398)', `${T}/adjustments--cash-cost-c1/2024-q4.kansanshi`],
    ['Total cost (C3)2,4\t(10)\t(242)', 'Total cost (C3)2,4\t(10)\t(272)', `${T}/total-cost-c3/2024-q4.kansanshi`],
    ['Sustaining capital expenditure and deferred stripping3\t(4)\t(41)\t(47)', 'Sustaining capital expenditure and deferred stripping3\t(4)\t(41)\t(87)', `${T}/aisc/2024-q4.sentinel`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(FQ, from, to, check);
  });
});

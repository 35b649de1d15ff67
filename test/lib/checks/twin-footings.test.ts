// A block read as another table prints the same block (src/lib/checks/twin-footings.ts): a reconciliation printed
// once a period, or for the quarter and for the year's guidance, under the same labels. nVent, 1Q20
// (test/fixtures/checks/corpus/nvt-2020-q1-reconciliations): "Segment income" from "Operating income" over
// "Restructuring and other", "Acquisition transaction and integration costs" (indented deeper) and "Intangible
// amortization", one column for Q1 2020, five for 2019 with "Inventory step-up amortization" too. PG&E, 1Q23
// (test/fixtures/checks/corpus/pcg-2023-q1-securitization): "Fire Victim Trust tax benefit net of securitization
// (pre-tax)" from the "Rate neutral securitization charge", for the quarter and for the low and high guidance.
// READMEs there. With one column and one figure wrong, no reading of the layout fitted, and the error went unjudged.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';
import { chainTerms, twinLabel } from '../../../src/lib/checks/twin-footings.ts';

const NVT = 'nvt-2020-q1-reconciliations';
const NVT_2020 = 'footing/reconciliation-of-gaap-to-non-gaap-financial/segment-income/2020-q1';
const PCG = 'pcg-2023-q1-securitization';
const PCG_QUARTER = 'footing/pge-corporation-reports-first-quarter-results-on/fire-victim-trust-tax-benefit-net-of-securitization-pre-tax/2023-q1';

describe('a one-column block read as its twin table prints it', () => {
  test.each([
    // [case, excerpt, the text altered, altered to, the check]
    ["nVent: an adjustment of 2020 altered, 4.3 printed 5.3", NVT, '  Restructuring and other\t4.3', '  Restructuring and other\t5.3', NVT_2020],
    ["nVent: the start altered, 60.3 printed 50.3", NVT, 'Operating income\t<u>60.3</u>', 'Operating income\t<u>50.3</u>', NVT_2020],
    ['PG&E: the charge altered, 273 printed 263', PCG, '  Rate neutral securitization charge\t$ 273', '  Rate neutral securitization charge\t$ 263', PCG_QUARTER],
  ])('%s is a mismatch, corroborated by the other table', (_, id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
    const c = excerpt(id, [[from, to]]).check(check);
    expect(c.explanation).toMatch(/The same lines add up in all \d columns of the table "[^"]+", so the reading is right/);
  });

  test.each([NVT, PCG])('%s as printed: nothing is a mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a line the twin does not print, between the start and the total, leaves the block unread', () => {
    const e = excerpt(NVT, [['  Restructuring and other\t4.3', '  Restructuring and other\t5.3'], ['  Intangible amortization\t16.0', '  Intangible amortization\t16.0\n  Other charges\t0.0']]);
    expect(e.check(NVT_2020).verdict).not.toBe('mismatch');
  });

  test('the twin with its lines taken the other way, which the altered figures fit, accuses nothing', () => {
    // 60.3 − 4.3 − 0.9 − 16.0 = 39.1: the block's adjustments fit taken away, so the reading is not this table's.
    const e = excerpt(NVT, [['Segment income\t<u>$ 81.5</u>', 'Segment income\t<u>$ 39.1</u>'], ['Segment income\t$ 81.5', 'Segment income\t$ 39.1']]);
    expect(e.check(NVT_2020).verdict).not.toBe('mismatch');
  });

  test.each<[string, string]>([
    ['Fire Victim Trust tax benefit net of securitization (pre-tax) $', 'fire victim trust tax benefit net of securitization (pre-tax)'],
    ['Impairment and exit charges²', 'impairment and exit charges'],
    ['Adjusted EBITDA (1)', 'adjusted ebitda'],
  ])('twinLabel(%j) → %j', (label, plain) => {
    expect(twinLabel(label)).toBe(plain);
  });

  test('chainTerms reads a chain of rows and refuses anything else', () => {
    expect(chainTerms({ type: 'binary', op: '-', left: { type: 'name', name: 'a' }, right: { type: 'name', name: 'b' } })).toEqual([{ row: 'a', sign: 1 }, { row: 'b', sign: -1 }]);
    expect(chainTerms({ type: 'binary', op: '*', left: { type: 'name', name: 'a' }, right: { type: 'name', name: 'b' } })).toBeNull();
  });
});

// A change bridged to another basis by impacts printed as lines in points (src/lib/checks/impact-bridges.ts), printed
// either way: Assurant's "Including FX impact | FX impact | Excluding FX impact" (4Q24, test/fixtures/checks/corpus/
// aiz-2024-q4-fx-impact), each impact what it added to the reported change, and Watts' "Net sales % increase (decrease) |
// Foreign exchange impact | Acquisition impact | Organic sales (decrease) increase" (4Q24, wts-2024-q4-organic), each
// impact what the reported change is adjusted by. README there; no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const AIZ = 'aiz-2024-q4-fx-impact';
const AIZ_T = 'footing/percentage-change-in-global-lifestyle-and';
const WTS = 'wts-2024-q4-organic';
const WTS_T = 'footing/net-sales-december-31-2024';

describe('a change, its impacts and the change on another basis', () => {
  test.each([
    // 5.0 − (0.6) = 5.6
    [AIZ, `${AIZ_T}/housing-net-earned-premiums--excluding-fx-impact/2024-q4.constant-currency/impacts`, '5.6', 'taken out'],
    // (2.9) − (1.7) = (1.2)
    [AIZ, `${AIZ_T}/ebitda--excluding-fx-impact-2/2024-q4.constant-currency/impacts`, '-1.2', 'taken out'],
    // 2.8 + 0.2 + (5.9) = (2.9)
    [WTS, `${WTS_T}/organic-sales-decrease-increase/americas/impacts`, '-2.9', 'adjusted by'],
    // (1.3) + 0 + (4.1) = (5.4), the currency's "—%" counting as nothing
    [WTS, `${WTS_T}/organic-sales-decrease-increase/total/impacts`, '-5.4', 'adjusted by'],
  ])('%s %s: %s, each impact %s', (id, check, computed, way) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
    expect(c.restsOn).toContain(way);
  });

  test.each([AIZ, WTS])('%s: nothing is a mismatch as printed', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // the reported change altered: 5.0% printed 5.9%, no way of reading the impact gives 5.6%
    [AIZ, '  Including FX impact\t5.0%\t6.7%', '  Including FX impact\t5.9%\t6.7%', `${AIZ_T}/housing-net-earned-premiums--excluding-fx-impact/2024-q4.constant-currency/impacts`],
    // an impact altered: Watts' Americas acquisition impact (5.9)% printed (3.9)%
    [WTS, 'Acquisition impact\t(5.9)%', 'Acquisition impact\t(3.9)%', `${WTS_T}/organic-sales-decrease-increase/americas/impacts`],
  ])('%s: %j altered to %j is a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });

  test("an impact whose sign fits the other way is that way's, not an accusation: Watts' Europe currency impact (0.1)% printed 0.1%", () => {
    // (15.2) − 0.1 + 0 = (15.3): the impact taken out gives the printed organic change
    const c = excerpt(WTS, [['Foreign exchange impact\t0.2%\t(0.1)%', 'Foreign exchange impact\t0.2%\t0.1%']]).check(`${WTS_T}/organic-sales-decrease-increase/europe/impacts`);
    expect(c.verdict).toBe('exact');
    expect(c.restsOn).toContain('taken out');
  });
});

// A column that prints "%" on its first figure only, as "$" is printed, holds percentages all the way down:
// real annual-report tables of TAT-QA (../shared/tatqa/, CC BY 4.0; skipped where the sets are absent). Where the column also prints money,
// or its first figure is bare, nothing is inferred.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readTatqaByUid, TATQA_ABSENT, tatqaSuite } from '../../../scripts/corpus/tatqa-measure.ts';

const data = mkdtempSync(join(tmpdir(), 'tieout-percent-by-first-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));
const factsOf = (uid: string) => readTatqaByUid(uid, data).release.facts;

describe.skipIf(TATQA_ABSENT)(tatqaSuite('"%" printed on a column\'s first figure only'), () => {
  test.each([
    // Sanderson Farms' product mix: "38.3 %" then 32.9, 14.4, 6.2, "Subtotal 91.8" … "Total 100.0 %".
    ['a081adee', 'registrant-processed-chicken/fresh-chill-packed/2019-fy', '32.9', 'percent'],
    ['a081adee', 'registrant-processed-chicken/frozen/2015-12m-to-10', '6.3', 'percent'],
    // A change column "Increase/(Decrease) 2019 vs. 2018": "28.7%", then (79.6) and 39.7.
    ['814bb4c0', 'years-ended-december-31/other-net/2019-fy-vs-2018-fy.increase-decrease-2019-vs-2018', '39.7', 'percent'],
    // … beside the dollar change column, which stays money.
    ['814bb4c0', 'years-ended-december-31/other-net/2019-fy-vs-2018-fy', '29', 'USD'],
    // Spirent's "Change (%)" prints no "%" at all: its first figure is bare, so nothing is inferred from it.
    ['13bb283b', 'note-on-alternative-performance-measures-apms/revenue/2019-fy', '503.6', 'USD'],
  ])('%s %s = %s %s', (uid, id, value, unit) => {
    const fact = factsOf(uid).find((f) => f.id === `t-${uid}/${id}`);
    expect(fact, factsOf(uid).map((f) => f.id).join('\n')).toBeDefined();
    expect(fact).toMatchObject({ value, unit });
  });
});

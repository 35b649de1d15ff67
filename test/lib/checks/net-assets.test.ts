// A balance sheet in the net-assets form (src/lib/checks/structure.ts, netOfSections). FosRich's Q3 2023 statement of
// financial position (unseen set s16, class D; excerpt fosrich-2023-q3-net-assets) prints non-current assets
// 2,321,637,192, current assets 3,087,945,210, "Less Current liabilities:" 1,226,852,938, "Net current assets"
// 1,861,092,272 and the unlabelled 4,182,729,464 = non-current assets + net current assets. Read as the sum of every
// total above it, the net assets were counted three times (8,497,527,612), a mismatch in each column.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const FOSRICH = 'fosrich-2023-q3-net-assets';
const checksOf = (pattern: RegExp) => excerpt(FOSRICH).checks.filter((c) => pattern.test(c.id));

describe('a net of two sections stands for both', () => {
  test.each([
    // [check, its formula, columns]
    [/\/net-current-assets\/[^/]+$/, 'Net current assets = Current assets — subtotal − Less Current liabilities — subtotal'],
    [/\/assets--subtotal\/[^/]+$/, 'ASSETS — subtotal = Non-current assets — subtotal + Net current assets'],
  ] as const)('%s: exact in each column', (pattern, formula) => {
    const checks = checksOf(pattern);
    expect(checks.length).toBeGreaterThanOrEqual(2);
    for (const c of checks) expect(c).toMatchObject({ verdict: 'exact', formula });
  });

  test('no mismatch is left in the statement', () => {
    expect(excerpt(FOSRICH).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['Net current assets\t1,861,092,272', 'Net current assets\t1,861,192,272', /\/net-current-assets\/2023-09-30$/],
    ['Cash, cash equivalents and short-term deposits\t197,400,157', 'Cash, cash equivalents and short-term deposits\t197,500,157', /\/current-assets--subtotal\/2023-09-30$/],
    ['\t4,182,729,464\t3,284,317,144', '\t4,182,829,464\t3,284,317,144', /\/assets--subtotal\/2023-09-30$/],
  ] as const)('a digit planted (%s → %s) is caught', (from, to, pattern) => {
    const id = checksOf(pattern)[0]!.id;
    alteredIsMismatch(FOSRICH, from, to, id);
  });
});

// The one vocabulary of a change on a qualified basis (src/lib/checks/qualified-basis.ts), shared by growth.ts (a change
// column's header), growth-rows.ts (a growth row's label or heading), change-columns.ts and change-rows.ts (the change
// impacts bridge to). The headers and labels are the releases' own: Pegasystems' "Constant Currency Change" (2024-q4),
// Carmila's "LfL change", PepsiCo's "Core Constant Currency % Change" and "Organic % Change", J&J's "Operational",
// Oracle's "Non-GAAP" change of its non-GAAP columns (FY2014), Watts' "Organic sales (decrease) increase".
import { describe, expect, test } from 'vitest';
import { namesBasis, namesBridgedBasis, qualifiedBasis } from '../../../src/lib/checks/qualified-basis.ts';

describe('qualifiedBasis(text): the basis a change names, wherever it stands', () => {
  test.each<[string, string]>([
    ['Constant Currency Change', 'constant currency'],
    ['% Change Constant Currencies', 'constant currencies'],
    ['Percent Change Constant', 'constant'],
    ['% Change at CER', 'cer'],
    ['% Chg CC', 'cc'],
    ['% Change ex-FX', 'ex-fx'],
    ['Change excluding foreign exchange', 'excluding foreign exchange'],
    ['FX neutral growth', 'fx neutral'],
    ['Local currency % change', 'local currency'],
    ['Organic % Change', 'organic'],
    ['Same-store sales growth', 'same-store'],
    ['same property revenue growth', 'same property'],
    ['Comparable sales growth', 'comparable sales'],
    ['comparable growth', 'comparable'],
    ['Like-for-like change', 'like-for-like'],
    ['LfL change', 'like-for-like'],
    ['Underlying growth', 'underlying'],
    ['Pro forma growth', 'pro forma'],
  ])('%s → %s', (text, basis) => {
    expect(qualifiedBasis(text)).toBe(basis);
    expect(namesBasis(text)).toBe(true);
    expect(namesBridgedBasis(text)).toBe(true);
  });
});

describe('a bridge word names a basis only where impacts bridge to it', () => {
  test.each<[string, boolean]>([
    ['Core Constant Currency % Change', true], // a basis word too
    ['Core % Change', false],
    ['Operational', false],
    ['Percent Change Operations', false], // J&J's supplementary sales data, 1Q23: "Total | Operations | Currency"
    ['Adjusted Operational', false],
    ['Adjusted EBITDA growth', false],
    ['Non-GAAP', false],
    ['% Change excluding acquisitions', false],
    ['Organic sales (decrease) increase', true],
  ])('%s: a basis anywhere %s, beside impacts always', (text, anywhere) => {
    expect(namesBasis(text)).toBe(anywhere);
    expect(namesBridgedBasis(text)).toBe(true);
  });

  test.each(['% Change', 'Reported', 'GAAP Reported % Change', 'Foreign Exchange Translation', 'Net sales % increase (decrease)', 'Total revenue growth', 'Exchange'])(
    '%s names no basis',
    (text) => {
      expect(qualifiedBasis(text)).toBeNull();
      expect(namesBridgedBasis(text)).toBe(false);
    },
  );
});

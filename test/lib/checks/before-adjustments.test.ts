// Vistra, 2Q26 (unseen set s33; excerpt test/fixtures/checks/corpus/vst-2026-q2-adjusted-ebitda): its reconciliation to
// adjusted EBITDA prints "EBITDA before Adjustments" between net income's four lines and the adjustments. Its label's
// "Adjustments" made it an adjustment (model/reconciles.ts NAMES_AN_ADJUSTMENT), neither a result nor a start: adjusted
// EBITDA was summed from net income over it and its own parts, and left unverifiable in all eight columns (1,277 against
// the printed 773). A measure named as it stands before adjustments is that measure.
import { describe, expect, test } from 'vitest';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const release = loadRelease('test/fixtures/checks/corpus/vst-2026-q2-adjusted-ebitda');
function checks(from?: string, to?: string) {
  if (from) expect(release.text).toContain(from);
  const text = from && to ? release.text.replace(from, to) : release.text;
  return runChecks(parseRelease(text, release.meta, emptyModel, release.file), emptyModel);
}
const TABLE = 'footing/non-gaap-reconciliations-adjusted-ebitda';
const COLUMNS = ['retail', 'texas', 'east', 'west', 'eliminations-corp-other', 'ongoing-operations-consolidated', 'asset-closure', 'vistra-corp-consolidated'];
const verdict = (cs: ReturnType<typeof checks>, row: string, column: string) => cs.find((c) => c.id === `${TABLE}/${row}/2026-q2.${column}`)?.verdict;

describe('"EBITDA before Adjustments" is the measure before them (Vistra 2Q26)', () => {
  const cs = checks();
  test.each(COLUMNS)('in %s, it reconciles from net income, and adjusted EBITDA from it', (column) => {
    expect(verdict(cs, 'ebitda-before-adjustments', column)).toBe('exact');
    expect(verdict(cs, 'adjusted-ebitda', column)).toBe('exact');
  });

  test('an adjustment misprinted in one column accuses that column', () => {
    // Retail's "Other, net" 6 printed 16: 504 + 261 + 1 + 1 + 16 = 783, against the printed 773 (beyond the rounding of nine
    // figures in millions).
    const altered = checks('Other, net\t6\t6\t8', 'Other, net\t16\t6\t8');
    expect(verdict(altered, 'adjusted-ebitda', 'retail')).toBe('mismatch');
    expect(verdict(altered, 'adjusted-ebitda', 'texas')).toBe('exact');
  });

  test('a line of net income\'s four misprinted accuses the subtotal, not adjusted EBITDA', () => {
    // Retail's depreciation 10 printed 19: 484 + 10 + 19 = 513 against "EBITDA before Adjustments" 504.
    const altered = checks('Depreciation and amortization (b)\t10\t213', 'Depreciation and amortization (b)\t19\t213');
    expect(verdict(altered, 'ebitda-before-adjustments', 'retail')).toBe('mismatch');
    expect(verdict(altered, 'adjusted-ebitda', 'retail')).toBe('exact');
  });
});

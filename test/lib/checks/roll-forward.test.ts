// Centene, 2Q26 (unseen-s31 cnc-2026-q2.txt; excerpt test/fixtures/checks/corpus/cnc-2026-q2-claims-liability): the changes
// in its medical claims liability, one column under the sentence "The changes in medical claims liability are summarized
// as follows (in millions):". The sentence was read as the heading of a change column, and no line of the table was
// checked; the balance at the year's end, net, is the balance a year before, net, plus what was incurred, less what was
// paid (printed positive), plus two lines printed negative: a roll between two balances named by their days.
import { describe, expect, test } from 'vitest';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const release = loadRelease('test/fixtures/checks/corpus/cnc-2026-q2-claims-liability');
function checks(from?: string, to?: string) {
  if (from) expect(release.text).toContain(from);
  const text = from && to ? release.text.replace(from, to) : release.text;
  return runChecks(parseRelease(text, release.meta, emptyModel, release.file), emptyModel);
}
const of = (cs: ReturnType<typeof checks>, row: string) => cs.find((c) => c.kind === 'footing' && c.id.split('/')[2] === row);

describe('a balance rolled forward from the balance a year before, each named by its day', () => {
  test('the sentence over the column is no change heading: its column is read, and every line with it', () => {
    const parsed = parseRelease(release.text, release.meta, emptyModel, release.file);
    const kinds = new Map(parsed.periods.map((p) => [p.id, p.kind]));
    expect(parsed.tables[0]!.columns.map((c) => kinds.get(c.period) ?? null)).not.toContain('change');
  });

  test.each([
    ['balance', '20057'],
    ['total-incurred', '160112'],
    ['total-paid', '159456'],
    ['balance-2', '20215'],
    ['balance-june-30-2026', '20262'],
  ])('%s is computed as printed, %s', (row, computed) => {
    expect(of(checks(), row)).toMatchObject({ verdict: 'exact', computed });
  });

  test('the roll runs from the balance of the same words ("…, net"), paid taken away', () => {
    const roll = of(checks(), 'balance-2')!;
    expect(roll.formula).toBe('Balance, June 30, 2026, net = Balance, June 30, 2025, net + Total incurred − Total paid + Plus: Premium deficiency reserve + Plus: Divestitures');
  });

  // One column, and no label says whether what was paid is added or taken away: a misprinted balance leaves no reading
  // that ties, so the roll is not judged (the sign, not the figure, would be in doubt), and says so.
  test('the closing balance misprinted (20,215 as 20,315): not judged, every reading considered named', () => {
    const roll = of(checks('net\t20,215', 'net\t20,315'), 'balance-2')!;
    expect(roll.verdict).toBe('unverifiable');
    expect(roll.explanation).toContain("'Total paid' with the other sign (taken away)");
  });

  // "Paid related to:" heads its lines, and "Total paid" closes it: certain by its labels. ("Incurred related to:
  // Current period" prints its caption on its first line, so "Total incurred" is only likely, and a misprint there
  // leaves no check: left for the reading of captions printed inline.)
  test('a part of what was paid misprinted (142,602 as 142,702): its total accuses', () => {
    expect(of(checks('142,602', '142,702'), 'total-paid')?.verdict).toBe('mismatch');
  });

  test('no mismatch as printed', () => expect(checks().filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]));
});

// Insig AI's half year to 30 September 2024 (unseen-s31 insg-fy2025-h1.txt; excerpt
// test/fixtures/checks/corpus/insg-fy2025-h1-equity): its changes in equity print the half year to 30 September 2023,
// then the balance as at 1 April 2024 and the half year after it. "Balance as at 30 September" prints its year on the
// next line, so its label names no whole day; read as a movement, it made the balance as at 1 April 2024 a roll from
// 1 April 2023 through it, and eight false mismatches.
describe('a balance of no whole day between two dated balances', () => {
  const equity = loadRelease('test/fixtures/checks/corpus/insg-fy2025-h1-equity');
  const checks = runChecks(parseRelease(equity.text, equity.meta, emptyModel, equity.file), emptyModel);

  test('no roll runs through it', () => {
    expect(checks.filter((c) => c.id.includes('/balance-as-at-1-april-2024/')).map((c) => c.formula).filter((f) => f.includes('Balance as at 1 April 2023'))).toEqual([]);
  });

  test('no mismatch as printed', () => expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]));
});

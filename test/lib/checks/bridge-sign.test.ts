// The sign a bridge's impacts are read with (src/lib/checks/bridge-sign.ts), shared by change-columns.ts (PepsiCo's
// "GAAP Reported % Change | Foreign Exchange Translation | … | Organic % Change", across columns) and change-rows.ts
// (Watts' "Net sales % increase (decrease)", "Foreign exchange impact", … "Organic sales (decrease) increase", down
// rows): both signs read over the lines, the one holding in more taken, the caller's first where both hold as often.
import { describe, expect, test } from 'vitest';
import { bySign, impactNames, type Sign } from '../../../src/lib/checks/bridge-sign.ts';
import type { Check } from '../../../src/lib/types.ts';

const lines = (verdicts: string): Check[] => verdicts.split(' ').map((v, k) => ({ id: `line${k}`, verdict: v }) as unknown as Check);

describe('bySign(count, first, read)', () => {
  test.each<[string, Sign, string, string, Sign, boolean]>([
    // impacts, first, taken away, added → the sign taken, tied
    ['one impact, added holds in more lines', '-', 'mismatch mismatch exact', 'exact rounding exact', '+', false],
    ['one impact, taken away holds in more lines', '+', 'exact exact mismatch', 'mismatch mismatch exact', '-', false],
    ['as often either way: the first given, tied', '-', 'exact mismatch', 'mismatch exact', '-', true],
    ['as often either way: the first given, tied', '+', 'exact mismatch', 'mismatch exact', '+', true],
  ])('%s (first %s)', (_, first, away, added, taken, tied) => {
    const read = (expression: string, plus: boolean) => (plus ? lines(added) : lines(away)).map((c) => ({ ...c, formula: expression }));
    const signed = bySign(1, first, read);
    expect(signed.checks.map((c) => c.verdict).join(' ')).toBe(taken === '+' ? added : away);
    expect(signed.tied).toBe(tied);
    expect(signed.held).toBe(signed.checks.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length);
    expect(signed.failed).toBe(signed.checks.filter((c) => c.verdict === 'mismatch').length);
  });

  test.each<[number, boolean, string]>([
    [1, true, 'reported + impact0'],
    [1, false, 'reported - impact0'],
    [3, true, 'reported + impact0 + impact1 + impact2'],
    [3, false, 'reported - ( impact0 + impact1 + impact2 )'],
  ])('%i impacts, added %s: %s', (count, plus, expression) => {
    const seen: string[] = [];
    bySign(count, '+', (e, added) => (added === plus && seen.push(e), []));
    expect(seen).toEqual([expression]);
    expect(impactNames(count)).toHaveLength(count);
  });
});

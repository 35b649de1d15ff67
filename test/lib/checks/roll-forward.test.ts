// Roll-forwards (src/lib/checks/structure.ts): a balance at the end of the period is the balance at
// its beginning plus the movements printed between them, on tables excerpted from real releases
// (test/fixtures/checks/readings/); a movement altered in one column is a mismatch there.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import { footingsOfText } from './no-model.ts';

const excerpt = (file: string) => `Results\n\n${readFileSync(`test/fixtures/checks/readings/${file}.txt`, 'utf8')}\n`;
type Meta = Partial<ReleaseMeta>;
const footings = (text: string, meta: Meta): Check[] => footingsOfText(text, meta);
const row = (c: Check) => c.id.split('/')[2];

const Q4: Meta = { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' };
const HRZB: Meta = { fiscalPeriod: '2006-q3', fiscalYearEnd: '03-31' };

// [what is rolled forward, excerpt, meta, the ending balance's row, its beginning's label, movements, columns]
const CASES: [string, string, Meta, string, string, number, number][] = [
  ['an accretable discount over five quarters (Chimera)', 'cim-2024-q4-accretable-discount', Q4, 'balance-end-of-period', 'Balance, beginning of period', 5, 5],
  ['a reserve for loan losses, a net recovery printed positive (Horizon Financial)', 'hrzb-fy2006-q3-reserve', HRZB, 'balance-at-end-of-period', 'Balance at beginning of period', 2, 5],
];

describe('a balance at the end of the period is its beginning plus the movements printed between them', () => {
  test.each(CASES)('%s', (_what, file, meta, end, begin, movements, columns) => {
    const checks = footings(excerpt(file), meta).filter((c) => row(c) === end);
    expect(checks).toHaveLength(columns);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
    expect(checks[0].explanation).toContain(`is '${begin}' plus the ${movements} movements printed between them.`);
    expect(checks[0].explanation).toContain('Inferred from the table: '); // certain: the labels pair
  });

  test('a movement altered in one column is a mismatch there (Chimera\'s purchases, 2,834 printed 2,384)', () => {
    const checks = footings(excerpt('cim-2024-q4-accretable-discount').replace('\t2,834\t', '\t2,384\t'), Q4);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').slice(2).join('/'))).toEqual(['balance-end-of-period/2024-q3']);
  });
});

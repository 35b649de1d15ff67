import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText } from './fixture.ts';

/**
 * A figure printed as approximate ("~ $ 310", as PG&E prints its 2025 guidance: the form is read in
 * test/lib/ingest/values.test.ts on test/fixtures/ingest/forms/pcg-2024-q4-guidance.txt) states no exact
 * value: a check whose reported figure or an input is approximate is never a mismatch (unverifiable, its
 * difference kept), while the same figures printed without "~" still are.
 */
const statement = (rows: [string, string][], total: string) => `Widget Corp Reports Results

WIDGET CORP
 STATEMENT OF OPERATIONS
 (In thousands)

\tThree Months Ended June 30,\t
\t2010\t2009
Revenues:\t\t
${rows.map(([label, v]) => `${label}\t${v}\t${v}`).join('\n')}
Total revenues\t${total}\t${total}
`;
const id = 'footing/statement-of-operations/total-revenues/2010-q2';
const footing = (rows: [string, string][], total: string) => fromText(statement(rows, total), emptyModel).check(id);

describe('approximate figures in a footing: 1,000 + 500 against a total altered to 1,510', () => {
  test.each([
    ['the total printed approximate', [['Products', '1,000'], ['Services', '500']], '~ 1,510', 'unverifiable'],
    ['an input printed approximate', [['Products', '~ 1,000'], ['Services', '500']], '1,510', 'unverifiable'],
    ['nothing printed approximate', [['Products', '1,000'], ['Services', '500']], '1,510', 'mismatch'],
  ] as [string, [string, string][], string, string][])('%s: %s', (_, rows, total, verdict) => {
    const c = footing(rows, total);
    expect({ verdict: c.verdict, difference: c.difference, computed: c.computed }).toEqual({ verdict, difference: '10', computed: '1500' });
    if (verdict === 'unverifiable') expect(c.explanation).toMatch(/printed as approximate/);
  });
  test('an approximate figure that ties is judged as any other', () => {
    expect(footing([['Products', '~ 1,000'], ['Services', '500']], '~ 1,500').verdict).toBe('exact');
  });
});

// Facts found as a scan of the list in order finds them, indexed once per list of facts.
import { describe, expect, test } from 'vitest';
import { factEndingWith, factsOfConcept, factWithId } from '../../../src/lib/claims/fact-index.ts';
import type { Fact } from '../../../src/lib/types.ts';

const fact = (id: string, concept: string | null, period: string, value: string): Fact =>
  ({ id, concept, period, value, table: id.split('/')[1], row: id.split('/')[2] }) as Fact;

const facts: Fact[] = [
  fact('r/statement-of-income/revenue/2010-q2', 'revenue', '2010-q2', '60.5'),
  fact('r/income/revenue/2010-q2', null, '2010-q2', '61'),
  fact('r/summary/revenue/2010-q2', 'revenue', '2010-q2', '60.5'),
  fact('r/summary/revenue/2009-q2', 'revenue', '2009-q2', '55'),
];

describe('the fact index of a list of facts', () => {
  test('finds the first fact of one of the ids, the first ending with a text, the facts of a concept in a period, in order', () => {
    expect(factWithId(facts, 'r/summary/revenue/2010-q2', 'r/income/revenue/2010-q2')).toBe(facts[1]);
    expect(factWithId(facts, 'r/cash/revenue/2010-q2')).toBeUndefined();
    // As endsWith finds it: the statement's row ends with "income/revenue/2010-q2" too, and comes first.
    expect(factEndingWith(facts, 'income/revenue/2010-q2')).toBe(facts[0]);
    expect(factsOfConcept(facts, (f) => f.concept, 'revenue', '2010-q2')).toEqual([facts[0], facts[2]]);
    expect(factsOfConcept(facts, () => 'revenue', 'revenue', '2010-q2')).toEqual([facts[0], facts[1], facts[2]]);
    expect(factsOfConcept(facts, (f) => f.concept, 'revenue', '2011-q2')).toEqual([]);
  });

  test('another list (a release read again after an edit) is indexed anew', () => {
    const conceptOf = (f: Fact) => f.concept;
    expect(factsOfConcept(facts, conceptOf, 'revenue', '2009-q2')).toEqual([facts[3]]);
    const edited = [fact('r/summary/revenue/2009-q2', 'net-income', '2009-q2', '55'), ...facts.slice(0, 3)];
    expect(factsOfConcept(edited, conceptOf, 'revenue', '2009-q2')).toEqual([]);
    expect(factWithId(edited, 'r/summary/revenue/2009-q2')).toBe(edited[0]);
    expect(factEndingWith(edited, 'revenue/2009-q2')).toBe(edited[0]);
  });
});

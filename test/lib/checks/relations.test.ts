// The model's relations: validated by schema, then every name checked against the
// release, and each problem located in model.yaml.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { locateRelationIssues, readRelations, RelationsError } from '../../../src/lib/checks/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText, load } from './fixture.ts';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RelationsError) return e.issues;
    throw e;
  }
  throw new Error('expected a RelationsError');
};

describe('readRelations', () => {
  test('no relations at all is an empty set, with ties across periods on', () => {
    expect(readRelations(undefined)).toEqual({
      footings: {},
      definitions: {},
      ties: { balances: {}, periods: true },
      measures: {},
    });
  });

  test('the bundled model’s relations are valid', () => {
    const model = load('inap-2010-q2', '.').model;
    expect(() => readRelations(model.relations)).not.toThrow();
  });

  test.each([
    [{ footings: { 'cash-flows': { total: 'a +' } } }, ['footings', 'cash-flows', 'total'], 'expected a line item, a number or "(" at the end (at character 4 of "a +")'],
    [{ definitions: { margin: { equals: 'a / b', in: 'Not A Slug' } } }, ['definitions', 'margin', 'in'], 'expected a table id such as cash-flows'],
    [{ ties: { balances: { cash: { at: 'middle' } } } }, ['ties', 'balances', 'cash', 'at'], 'expected start or end'],
    [{ footings: { t: { total: true } } }, ['footings', 't', 'total'], 'expected an expression, or false for "not a sum"'],
  ])('rejects %j at its key', (relations, path, message) => {
    expect(issuesOf(() => readRelations(relations))).toEqual([{ path, message }]);
  });

  test('rejects an unknown key, naming it and what is expected', () => {
    expect(issuesOf(() => readRelations({ footing: {} }))).toEqual([
      { path: [], message: "unknown key 'footing': expected footings, definitions, ties or measures" },
    ]);
  });
});

describe('names that match nothing in the release', () => {
  const text = `Widget Corp Reports Results

WIDGET CORP
 STATEMENT OF OPERATIONS
 (In thousands)

\tThree Months Ended June 30,\t
\t2010\t2009
Revenues\t\\$ 1,000\t\\$ 900
Costs\t400\t300
Operating income\t600\t600
`;
  const model = (relations: unknown) => ({ ...emptyModel, concepts: { revenue: { label: 'Revenue', aliases: [] } }, relations });

  test.each([
    [{ footings: { 'statement-of-operations': { 'operating-income': 'revenue - costs' } } },
      ['footings', 'statement-of-operations', 'operating-income'], "no row 'revenue' in table statement-of-operations (see `tieout facts` for row ids)"],
    [{ footings: { 'statement-of-operations': { 'operating-incme': 'revenues - costs' } } },
      ['footings', 'statement-of-operations', 'operating-incme'], "table statement-of-operations has no total row 'operating-incme' (see `tieout facts` for row ids)"],
    [{ footings: { 'statement-of-operations': { 'operating-income': 'costs .. revenues' } } },
      ['footings', 'statement-of-operations', 'operating-income'], 'the range costs .. revenues runs backwards'],
    [{ definitions: { revenue: { equals: 'sales - costs' } } },
      ['definitions', 'revenue', 'equals'], "'sales' is neither a concept of the model nor a table/row of the release"],
    [{ definitions: { revenue: { equals: 'statement-of-operations/sales' } } },
      ['definitions', 'revenue', 'equals'], "no row 'sales' in table statement-of-operations (see `tieout facts` for row ids)"],
    [{ measures: { total: { label: 'Total', equals: 'revenues .. costs' } } },
      ['measures', 'total', 'equals'], 'a range a .. b names rows of one table; write it in a footing'],
  ])('%j is an error at its key', (relations, path, message) => {
    expect(issuesOf(() => fromText(text, model(relations)))).toContainEqual({ path, message });
  });

  test('a table the release does not print is skipped: the model serves every release of the company', () => {
    const { checks } = fromText(text, model({ footings: { 'balance-sheet': { 'total-assets': 'cash + receivables' } } }));
    expect(checks.filter((c) => c.id.includes('balance-sheet'))).toEqual([]);
    // What the release does print is still checked, from its structure: 1,000 − 400 = 600, 900 − 300 = 600.
    expect(checks.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'footing/statement-of-operations/operating-income/2010-q2 exact',
      'footing/statement-of-operations/operating-income/2009-q2 exact',
    ]);
  });
});

describe('locateRelationIssues', () => {
  test('points at the offending key in model.yaml', () => {
    const file = 'test/fixtures/checks/data/companies/broken/model.yaml';
    const issues = issuesOf(() => load('broken-2010-q2'));
    expect(locateRelationIssues(file, readFileSync(file, 'utf8'), issues)).toEqual([
      {
        file,
        line: 10,
        column: 25,
        message: "'relations.footings.statement-of-operations.operating-income': no row 'revenue' in table statement-of-operations (see `tieout facts` for row ids)",
      },
    ]);
  });
});

describe('readRelations of a kept (frozen) model', () => {
  test('are read once and shared, frozen; an unfrozen or another model is read on its own', () => {
    const relations = Object.freeze({ measures: Object.freeze({ 'total-debt': Object.freeze({ label: 'Total debt', equals: 'a + b' }) }) });
    const first = readRelations(relations);
    expect(readRelations(relations)).toBe(first);
    expect(Object.isFrozen(first.measures['total-debt'])).toBe(true);
    const other = Object.freeze({ measures: Object.freeze({ 'total-debt': Object.freeze({ label: 'Total debt', equals: 'a + b + c' }) }) });
    expect(readRelations(other).measures['total-debt'].equals).toBe('a + b + c');
    const editable = { measures: { 'total-debt': { label: 'Total debt', equals: 'a' } } };
    expect(readRelations(editable)).not.toBe(readRelations(editable));
  });
});

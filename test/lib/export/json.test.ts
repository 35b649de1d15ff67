/** The site's JSON downloads write one record a line: the same value as the CLI's indented JSON, in fewer bytes. */
import { describe, expect, test } from 'vitest';
import { checksJson, factsJson, orderedFact, FACT_FIELDS } from '../../../src/lib/export/index.ts';
import { jsonRecords } from '../../../src/lib/export/json.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { loadCompanyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

describe('JSON layouts', () => {
  const release = loadRelease('data/releases/inap-2010-q2');
  const checks = runChecks(release, loadCompanyModel('data/companies/inap/model.yaml').model);

  test.each([
    ['facts', (layout: 'indented' | 'lines') => factsJson(release, layout), release.facts.length],
    ['checks', (layout: 'indented' | 'lines') => checksJson(checks, layout), checks.length],
  ])('%s: one record a line parses to what the indented JSON does, in fewer bytes', (_, json, count) => {
    const lines = json('lines');
    expect(JSON.parse(lines)).toEqual(JSON.parse(json('indented')));
    expect(lines.split('\n')).toHaveLength(count + 3); // [, one per record, ], and the final newline
    // Each record compact on its own line: the layout saves every byte of indentation, whatever
    // share of the records is long text (a check's readings, issue 28).
    const records = JSON.parse(lines) as unknown[];
    expect(lines).toBe(`[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
    expect(lines.length).toBeLessThan(json('indented').length);
  });

  test('a fact record keeps the fields in order, a range\'s ends right after its status', () => {
    const fact = release.facts[0]!;
    expect(Object.keys(orderedFact(fact))).toEqual([...FACT_FIELDS]);
    const range = { ...fact, status: 'range' as const, range: { low: '1', high: '2' } };
    const keys = Object.keys(orderedFact(range));
    expect(keys).toEqual([...FACT_FIELDS.slice(0, FACT_FIELDS.indexOf('status') + 1), 'range', ...FACT_FIELDS.slice(FACT_FIELDS.indexOf('status') + 1)]);
    expect(orderedFact(range)).toMatchObject({ status: 'range', range: { low: '1', high: '2' }, id: fact.id });
  });

  test('text that looks like JSON syntax stays inside its record', () => {
    const records = [{ label: '},\n{"x": 1' }, { label: 'ok' }];
    const lines = jsonRecords(records, 'lines');
    expect(JSON.parse(lines)).toEqual(records);
    expect(lines.split('\n')).toHaveLength(5);
    expect(jsonRecords([], 'lines')).toBe('[]\n');
  });
});

/** The site's JSON downloads write one record a line: the same value as the CLI's indented JSON, in fewer bytes. */
import { describe, expect, test } from 'vitest';
import { checksJson, factsJson } from '../../../src/lib/export/index.ts';
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
    expect(lines.length).toBeLessThan(json('indented').length * 0.85);
  });

  test('text that looks like JSON syntax stays inside its record', () => {
    const records = [{ label: '},\n{"x": 1' }, { label: 'ok' }];
    const lines = jsonRecords(records, 'lines');
    expect(JSON.parse(lines)).toEqual(records);
    expect(lines.split('\n')).toHaveLength(5);
    expect(jsonRecords([], 'lines')).toBe('[]\n');
  });
});

/**
 * CSV downloads are opened in spreadsheets: text that would start a formula is neutralized
 * as OWASP advises (a leading `'`), plain signed numbers stay numbers, and JSON keeps the text.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { FORMULA_START, toCsv } from '../../../src/lib/export/csv.ts';
import { checksCsv, factsCsv, factsJson } from '../../../src/lib/export/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Check, Release } from '../../../src/lib/types.ts';

describe('formula injection', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+cmd|\' /C calc\'!A0', `'+cmd|' /C calc'!A0`],
    ['-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(1+1)*cmd', `'@SUM(1+1)*cmd`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['-', `'-`],
  ])('%j is written as text', (value, written) => {
    const [row] = Papa.parse<string[]>(toCsv(['label'], [[value]]).split('\n').slice(1).join('\n')).data;
    expect(row![0]).toBe(written);
  });

  test.each(['-1271', '+3.5', '-0.03', '-3%', '1,234', '(1,271)', 'Revenue', 'n/m', ''])('%j is left as it is', (value) => {
    expect(FORMULA_START.test(value)).toBe(false);
  });

  const release = loadRelease('data/releases/inap-2010-q2');
  const hostile: Release = {
    ...release,
    facts: release.facts.slice(0, 2).map((f, i) => ({ ...f, label: i === 0 ? '=1+1' : '@cmd', raw: i === 0 ? '+1+1' : f.raw })),
  };

  test('facts.csv neutralizes labels and raw text; facts.json keeps them verbatim', () => {
    const rows = Papa.parse<Record<string, string>>(factsCsv(hostile), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.label)).toEqual(["'=1+1", "'@cmd"]);
    expect(rows[0]!.raw).toBe("'+1+1");
    expect(rows[0]!.value).toBe(hostile.facts[0]!.value);
    expect(JSON.parse(factsJson(hostile)).map((f: { label: string }) => f.label)).toEqual(['=1+1', '@cmd']);
  });

  test('checks.csv neutralizes titles and printed text; negative values stay numbers', () => {
    const check = { id: 'footing/x/y/2010-q2', release: 'r', kind: 'footing', title: '=cmd', formula: '-x', period: '2010-q2', inputs: [], reported: { value: '-5', text: '-5', fact: null, line: 1, column: 1 }, computed: '-4.5', computedInterval: null, tolerance: '0.5', difference: '-0.5', unit: 'USD', verdict: 'rounding', explanation: '+e' } as unknown as Check;
    const [row] = Papa.parse<Record<string, string>>(checksCsv([check]), { header: true, skipEmptyLines: true }).data;
    expect(row).toMatchObject({ title: "'=cmd", formula: "'-x", explanation: "'+e", reported_value: '-5', computed: '-4.5', difference: '-0.5' });
  });
});

describe('toCsv writes what Papa Parse writes', () => {
  const papa = (fields: string[], data: unknown[][]) => `${Papa.unparse({ fields: [...fields], data }, { escapeFormulae: FORMULA_START })}\r\n`;
  test.each<[string, string[], unknown[][]]>([
    ['plain fields', ['a', 'b'], [['1', 'x'], ['-2', 'y']]],
    ['no rows', ['a', 'b'], []],
    ['an empty row', ['a', 'b'], [[], ['1', '2']]],
    ['a short row and a long one', ['a', 'b'], [['1'], ['1', '2', '3']]],
    ['nulls, numbers and booleans', ['a', 'b', 'c'], [[null, undefined, 0], [-1.5, true, false]]],
    ['quotes, commas and line breaks', ['a', 'b'], [['say "hi"', 'x,y'], ['two\nlines', 'cr\rlf']]],
    ['spaces at either end', ['a', 'b'], [[' lead', 'trail '], [' ', 'in side']]],
    ['a byte-order mark', ['a'], [['\ufeffx']]],
    ['formulae and signed numbers', ['a', 'b'], [['=1+1', '-1271'], ['+3.5', '@x'], ['-', '\t=1'], ['-3%', '+cmd|"x"']]],
    ['a header that needs quotes', ['a, b', '"q"', ' s'], [['1', '2', '3']]],
    ['no header', [], [['1', 'a,b'], []]],
  ])('%s', (_, fields, data) => {
    expect(toCsv(fields, data)).toBe(papa(fields, data));
  });

});

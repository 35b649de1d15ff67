import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatIssue, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * How a value cell and a label's trailing marks are read, on tables excerpted from the corpus
 * (test/fixtures/ingest/forms/, each naming its source): approximate figures ("~ $ 310"), multiples
 * ("2.61x", "9.69x"), percentage points printed "p.p", and footnote marks printed as plain figures
 * ("NOI 1 2", "Net debt1", "(per lb)3,4") or in brackets ("EBITDA[3]").
 */
const base: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'USD', scale: 0,
};
const read = (name: string, meta: Partial<ReleaseMeta>) => {
  const file = `test/fixtures/ingest/forms/${name}.txt`;
  return parseRelease(readFileSync(file, 'utf8'), { ...base, ...meta }, emptyModel, file);
};

const releases = {
  pcg: read('pcg-2024-q4-guidance', { id: 'pcg', scale: 6 }),
  sgr: read('sgr-2024-q4-summary', { id: 'sgr', currency: 'CAD', scale: 3 }),
  kmp: read('kmp-2024-q4-debt-metrics', { id: 'kmp', currency: 'CAD', scale: 3 }),
  fm: read('fm-2024-q4-summary', { id: 'fm', scale: 6 }),
  asx: read('asx-2024-q4-operations', { id: 'asx', currency: 'TWD', scale: 6 }),
  cpa: read('cpa-2024-q4-traffic', { id: 'cpa', scale: 6 }),
};
type Name = keyof typeof releases;

/** Cells still not read: a duration in years is no unit tieout has (kmp). */
const left: Partial<Record<Name, string[]>> = {
  kmp: ["test/fixtures/ingest/forms/kmp-2024-q4-debt-metrics.txt:7:49: expected a number such as 1,234, (1,234), \\$ 1,234, 12.5%, 590 BPS, - or n/m; found '0.1 years'"],
};

describe.each(Object.keys(releases) as Name[])('%s', (name) => {
  test('reads with no errors but those left', () => {
    expect(releases[name].errors.map(formatIssue)).toEqual(left[name] ?? []);
  });
});

/** The fact of a release printed at `raw` on the row labelled `label` (the first such). */
function factAt(name: Name, label: string, raw: string): Fact {
  const fact = releases[name].facts.find((f) => f.label === label && f.raw === raw);
  if (!fact) throw new Error(`${name}: no fact "${raw}" on "${label}"`);
  return fact;
}

describe('a figure printed as approximate is read, and kept approximate', () => {
  test.each([
    ['Amortization of Wildfire Fund contribution', '~ $ 310', '310', 'USD'],
    ['Tax impacts', '~ (87)', '-87', 'USD'],
    ['Amortization of Wildfire Fund contribution (post-tax)', '~ $ 223', '223', 'USD'],
  ])('%s: %s', (label, raw, value, unit) => {
    const fact = factAt('pcg', label, raw);
    expect({ value: fact.value, unit: fact.unit, scale: fact.scale, approximate: fact.approximate }).toEqual({ value, unit, scale: 6, approximate: true });
  });
  test('no figure without "~" is approximate', () => {
    expect(Object.values(releases).flatMap((r) => r.facts).filter((f) => f.approximate && !f.raw.includes('~'))).toEqual([]);
  });
});

describe('multiples are ratios, in units', () => {
  test.each([
    ['sgr', 'Interest coverage ratio', '2.61x', '2.61'],
    ['sgr', 'Interest coverage ratio', '2.87x', '2.87'],
    ['kmp', 'Debt to normalized EBITDA', '9.69x', '9.69'],
    ['kmp', 'Interest coverage ratio', '3.10x', '3.10'],
  ] as [Name, string, string, string][])('%s %s: %s', (name, label, raw, value) => {
    const fact = factAt(name, label, raw);
    expect({ value: fact.value, unit: fact.unit, scale: fact.scale, decimals: fact.decimals }).toEqual({ value, unit: 'ratio', scale: 0, decimals: 2 });
  });
  test('their change column stays a growth in percent', () => {
    expect(factAt('kmp', 'Debt to normalized EBITDA', '(5.8) %').unit).toBe('percent');
  });
});

describe('percentage points printed "p.p"', () => {
  test.each([['-0.4 p.p', '-0.4'], ['0.1 p.p', '0.1'], ['-0.5 p.p', '-0.5']])('%s', (raw, value) => {
    const fact = factAt('cpa', 'Load Factor', raw);
    expect({ value: fact.value, unit: fact.unit }).toEqual({ value, unit: 'percentage-points' });
  });
});

describe('footnote marks printed as figures are marks of the label, not its numbers', () => {
  test.each([
    ['sgr', 'NOI', ['1', '2']],
    ['sgr', 'Net income', ['2']],
    ['sgr', 'Same-property NOI (3 month period, 113 properties)', ['1', '2']],
    ['sgr', 'Interest coverage ratio', ['1']],
    ['fm', 'Net debt', ['1']],
    ['fm', 'EBITDA', ['1', '2']],
    ['fm', 'Adjusted earnings (loss)', ['1']],
    ['fm', 'Cash cost of copper production excluding Cobre Panamá (C1) (per lb)', ['3', '4']],
    ['fm', 'Cash flows from (used by) operating activities', ['3']],
    ['asx', 'EBITDA (NT$ million)', ['3']],
  ] as [Name, string, string[]][])('%s: %s', (name, label, marks) => {
    const row = releases[name].tables.flatMap((t) => t.rows).find((r) => r.label === label);
    expect(row?.footnotes).toEqual(marks);
    expect(row?.labelFacts).toEqual([]);
  });
  test('a number the words name stays in the label', () => {
    // "(3 month period, 113 properties)" is no mark; the marks come after it.
    expect(releases.sgr.facts.filter((f) => f.origin === 'label')).toEqual([]);
  });
});

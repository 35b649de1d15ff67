// A block printed with no header, one figure a line, under a title stating one period (src/lib/ingest/schedule-rows.ts
// `titledColumnHeader`; issue 29): PennantPark Investment's highlights, 1Q FY2025 (set s28; excerpt of its imported
// release.txt, lines 1 and 5-31: test/fixtures/ingest/forms/pnnt-fy2025-q1-highlights.txt) print "HIGHLIGHTS" / "Quarter
// ended December 31, 2024 (unaudited)" / "($ in millions, except per share amounts)" over "Net assets $ 494.3" … with
// no header line: all 20 figures were dropped ("expected a header row naming the periods").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/pnnt-fy2025-q1-highlights.txt';
const meta: ReleaseMeta = {
  id: 'pnnt-fy2025-q1', title: 'x', company: 'pnnt', name: 'PennantPark Investment Corporation', ticker: '', exchange: '', fiscalYearEnd: '09-30', fiscalPeriod: '2025-q1', releaseDate: '2025-02-10', currency: 'USD', scale: 3,
};
const text = readFileSync(file, 'utf8');
const release = (t = text) => parseRelease(t, meta, emptyModel, file);

describe('a header-less column under a title stating one period', () => {
  test.each([
    // label, period, value, unit, scale
    ['Net investment income', '2025-q1', '13.0', 'USD', 6],
    ['Net investment income per share', '2025-q1', '0.20', 'USD/share', 0],
    ['Weighted average yield on debt investments', '2025-q1', '12.0', 'percent', 0],
    // A balance is held at the period's end, as on the statement ("Total net assets 494,321" at December 31, 2024).
    ['Net assets', '2024-12-31', '494.3', 'USD', 6],
  ] as const)('%s: period %j, %s %s at scale %d', (label, period, value, unit, scale) => {
    const fact = release().facts.find((f) => f.label === label);
    expect(fact && { period: fact.period, value: fact.value, unit: fact.unit, scale: fact.scale }).toEqual({ period, value, unit, scale });
  });

  test('every figure is read, and no problem is reported', () => {
    const r = release();
    expect(r.errors).toEqual([]);
    expect(r.facts.filter((f) => f.origin === 'cell')).toHaveLength(20);
  });

  test.each([
    ['a title naming no period', ['Quarter ended December 31, 2024 (unaudited)', 'Portfolio summary (unaudited)']],
    ['a title naming two days', ['Quarter ended December 31, 2024 (unaudited)', 'Quarters ended December 31, 2024 and 2023 (unaudited)']],
  ] as const)('%s: still dropped, and said', (_, [from, to]) => {
    const r = release(text.replace(from, to));
    expect(r.facts.filter((f) => f.origin === 'cell')).toHaveLength(0);
    expect(r.errors.map((e) => e.message).join('\n')).toContain('expected a header row naming the periods');
  });
});

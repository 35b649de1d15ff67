// A label whose figures are printed on the line below it, that line printing no label: one line (pushed-figures.ts),
// each excerpt cut from the release.txt `tieout import` wrote of a newsroom page printed to text (unseen set s31):
// - Centene 2Q26 (../shared/unseen-s31/cnc-2026-q2.txt, release.txt lines 761–795): "Depreciation expense" on a line,
//   "139 141 273 283" on the next; read as a caption and a subtotal of nothing.
// - Chesapeake Utilities 2Q26 (../shared/unseen-s31/cpk-2026-q2.txt, release.txt lines 119–152): "Absence of recovered
//   costs associated with Hurricane Michael | (3)", the mark in a cell of its own under no heading, over "(3.9) (2.8)
//   (0.12)"; and "Increase in shares outstanding due to 2025 and 2026 equity offerings | (4)" over "— — (0.12)", its
//   effect on earnings per share, not a count of shares. The section's subtotal could not be verified ("could not be
//   read on line 135") and the last block was footed without the line.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string, releaseDate: string): ReleaseMeta => ({
  id, title: 'x', company: id.split('-')[0]!, name: 'x', ticker: 'X', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2026-q2', releaseDate, currency: 'USD', scale: 6,
});
const FIXTURES = {
  cnc: { file: 'test/fixtures/ingest/forms/cnc-2026-q2-operations.txt', meta: meta('cnc-2026-q2', '2026-07-28') },
  cpk: { file: 'test/fixtures/ingest/forms/cpk-2026-q2-variances.txt', meta: meta('cpk-2026-q2', '2026-08-06') },
} satisfies Record<string, { file: string; meta: ReleaseMeta }>;
type Name = keyof typeof FIXTURES;
const read = (name: Name) => parseRelease(readFileSync(FIXTURES[name].file, 'utf8'), FIXTURES[name].meta, emptyModel, FIXTURES[name].file);

describe('the figures below a label are its own', () => {
  test.each<[Name, string, string[], string, number]>([
    // fixture, label, values, unit, line of the figures (1-based, in the excerpt)
    ['cnc', 'Depreciation expense', ['139', '141', '273', '283'], 'USD', 21],
    ['cpk', 'Absence of recovered costs associated with Hurricane Michael', ['-3.9', '-2.8', '-0.12'], '', 18],
  ])('%s: %s', (name, label, values, unit, line) => {
    const facts = read(name).facts.filter((f) => f.label === label && f.origin === 'cell');
    expect(facts.map((f) => f.value)).toEqual(values);
    if (unit) expect(new Set(facts.map((f) => f.unit))).toEqual(new Set([unit]));
    expect(new Set(facts.map((f) => f.line))).toEqual(new Set([line]));
  });

  test('the note mark set beside the label is the label\'s, and no figure is left without a column', () => {
    const release = read('cpk');
    const row = release.tables.flatMap((t) => t.rows).find((r) => r.label === 'Absence of recovered costs associated with Hurricane Michael');
    expect(row?.footnotes).toEqual(['3']);
    expect(release.errors.filter((p) => /has no column/.test(p.message)).map((p) => p.message)).toEqual([]);
  });

  test('a line naming a change in the count of shares, printing only in the column per share, is its effect per share', () => {
    const facts = read('cpk').facts.filter((f) => f.label === 'Increase in shares outstanding due to 2025 and 2026 equity offerings');
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[null, 'USD'], [null, 'USD'], ['-0.12', 'USD/share']]);
  });

  test('no caption is left over them, and the blocks they close foot in every column', () => {
    const release = read('cpk');
    expect(release.tables.flatMap((t) => t.rows).filter((r) => r.kind === 'label').map((r) => r.label)).toEqual([]);
    const checks = runChecks(release, emptyModel).filter((c) => c.kind === 'footing');
    const block = (id: RegExp) => checks.filter((c) => id.test(c.id)).map((c) => [c.id.split('/').at(-1), c.verdict]);
    expect(block(/change-in-adjusted-gross-margins--subtotal\//)).toEqual([['pre-tax-income', 'exact'], ['net-income', 'exact'], ['earnings-per-share', 'exact']]);
    expect(block(/\/subtotal\//)).toEqual([['pre-tax-income', 'exact'], ['net-income', 'exact'], ['earnings-per-share', 'exact']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a misprinted figure of the joined line is caught by the block it closes', () => {
    const text = readFileSync(FIXTURES.cpk.file, 'utf8').replace('(3.9)\t(2.8)', '(5.9)\t(2.8)');
    const release = parseRelease(text, FIXTURES.cpk.meta, emptyModel, FIXTURES.cpk.file);
    const check = runChecks(release, emptyModel).find((c) => /change-in-adjusted-gross-margins--subtotal\/pre-tax-income$/.test(c.id));
    expect(check?.verdict).toBe('mismatch');
  });
});

// Planted errors (scripts/corpus/plant.ts): seeded, so the same every run; each moves a figure's value
// beyond what rounding can explain; only figures (facts with a value) are altered, never a nil mark,
// a header, a date, a label or its footnote marker.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../src/lib/ingest/index.ts';
import { emptyModel } from '../../src/lib/model/index.ts';
import { Decimal } from '../../src/lib/decimal.ts';
import type { ReleaseMeta } from '../../src/lib/types.ts';
import { alterNumber, applyPlanting, generator, numberOf, plantFigures } from '../../scripts/corpus/plant.ts';
import { figuresOf } from '../../scripts/corpus/measure.ts';

const meta = (id: string, scale: number): ReleaseMeta => ({
  id, title: id, company: id, name: id, ticker: id.toUpperCase(), exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale,
});
const fixture = (name: string) => `test/fixtures/corpus-plant/${name}.txt`;
const read = (name: string, text = readFileSync(fixture(name), 'utf8'), scale = 3) => parseRelease(text, meta(name, scale), emptyModel, fixture(name));
const NAMES = ['frd-fy2025-q3-summary', 'cpa-2024-q4-highlights'];

describe('planted errors', () => {
  test.each(NAMES)('%s: the same seed plants the same digits; another seed others', (name) => {
    const release = read(name);
    const a = plantFigures(name, release.facts, release.text, 6, 1);
    expect(a).toHaveLength(6);
    expect(plantFigures(name, release.facts, release.text, 6, 1)).toEqual(a);
    expect(plantFigures(name, read(name).facts, release.text, 6, 1)).toEqual(a);
    expect(plantFigures(name, release.facts, release.text, 6, 2)).not.toEqual(a);
  });

  test.each(NAMES)('%s: each planting, read again, moves its figure beyond rounding and nothing else', (name) => {
    const release = read(name);
    const figures = release.facts.filter((f) => f.value !== null);
    // Every figure of the excerpt, planted in turn.
    const plantings = plantFigures(name, release.facts, release.text, 1000, 7);
    expect(plantings.length).toBe(figures.length);
    for (const p of plantings) {
      const fact = figures.find((f) => f.id === p.fact)!;
      const again = read(name, applyPlanting(release.text, p));
      const altered = again.facts.find((f) => f.id === p.fact)!;
      expect(new Decimal(altered.value!).eq(p.planted), `${p.before} → ${p.after}: ${altered.value}`).toBe(true);
      // At least ten units of the last printed digit (two for a one-digit number): no rounding explains it.
      const unit = new Decimal(10).pow(-fact.decimals);
      const digits = numberOf(fact)!.text.replace(/\D/g, '').length;
      const moved = new Decimal(p.planted).minus(fact.value!).abs();
      expect(moved.gte(unit.times(digits > 1 ? 10 : 2)), `${p.before} → ${p.after}`).toBe(true);
      // The sign, the currency sign, parentheses and the number's grouping are kept.
      expect(p.after.replace(/\d/g, '9')).toBe(p.before.replace(/\d/g, '9'));
      expect(new Decimal(p.planted).isNegative()).toBe(new Decimal(fact.value!).isNegative());
      // No other fact moves, and no fact appears or disappears.
      expect(again.facts.map((f) => [f.id, f.status, f.id === p.fact ? fact.value : f.value])).toEqual(release.facts.map((f) => [f.id, f.status, f.value]));
    }
  });

  test.each(NAMES)('%s: nil marks, headers, dates, labels and footnote markers are never planted', (name) => {
    const release = read(name);
    const lines = release.text.split('\n');
    const plantings = plantFigures(name, release.facts, release.text, 1000, 3);
    const nil = release.facts.filter((f) => f.value === null).map((f) => f.id);
    expect(nil.length).toBeGreaterThan(0);
    for (const p of plantings) {
      expect(nil).not.toContain(p.fact);
      const line = lines[p.line - 1];
      const altered = applyPlanting(release.text, p).split('\n');
      // Only the figure's own text changes: the label (with its "(1)") and every other cell stay as printed.
      expect(altered.filter((l, i) => l !== lines[i])).toHaveLength(1);
      const label = line.split('\t')[0];
      expect(altered[p.line - 1].startsWith(`${label}\t`)).toBe(true);
      expect(p.column).toBeGreaterThan(label.length);
    }
    // The header lines (periods, "Three Months Ended December 31,", years) are never touched.
    const headers = lines.map((l, i) => i + 1).filter((n) => !release.facts.some((f) => f.line === n));
    expect(plantings.some((p) => headers.includes(p.line))).toBe(false);
  });

  // A note's number in a "Note" column names, not measures (unit `reference`): C&C's income statement, FY2015, and Li &
  // Fung's profit and loss account, 2019 (test/fixtures/ingest/forms/). No check can read it and altering it is no error
  // in a figure: it is neither a figure for coverage nor planted; every other fact with a value is both.
  test.each([
    ['candc-2015-income-statement', { currency: 'EUR', fiscalYearEnd: '02-28', scale: 6 }],
    ['lifung-2019-profit-and-loss', { currency: 'USD', scale: 3 }],
  ] as const)('%s: note references are neither figures nor planted', (name, m) => {
    const file = `test/fixtures/ingest/forms/${name}.txt`;
    const text = readFileSync(file, 'utf8');
    const release = parseRelease(text, { ...meta(name, m.scale), fiscalPeriod: '2019-fy', ...m }, emptyModel, file);
    const references = release.facts.filter((f) => f.unit === 'reference' && f.value !== null).map((f) => f.id);
    expect(references.length).toBeGreaterThan(0);
    const measured = release.facts.filter((f) => f.status === 'reported' && f.value !== null && f.unit !== 'reference').map((f) => f.id);
    expect(figuresOf(release.facts).map((f) => f.id)).toEqual(measured);
    const planted = plantFigures(name, release.facts, release.text, 10_000, 5).map((p) => p.fact);
    expect(planted.filter((id) => references.includes(id))).toEqual([]);
    expect(planted.length).toBeGreaterThan(0);
  });

  test.each([
    ['$ 94,074', '94074', '94,074'],
    ['$ (1,152)', '-1152', '1,152'],
    ['(0.17)', '-0.17', '0.17'],
    ['16.4%', '16.4', '16.4'],
    ['<u>$ 9,924</u>', '9924', '9,924'],
    ['-0.4 p.p', '-0.4', '0.4'],
    ['NT$9.9', '9.9', '9.9'],
  ])('numberOf(%s) finds the printed number of value %s', (raw, value, number) => {
    expect(numberOf({ raw, value, status: 'reported' })?.text).toBe(number);
  });

  test.each([
    ['a nil mark', { raw: '-', value: null, status: 'nil' as const }],
    ['a figure whose text does not hold its value', { raw: '$ 1.2 million', value: '1200000', status: 'reported' as const }],
    ['no number', { raw: 'n/m', value: null, status: 'reported' as const }],
  ])('numberOf leaves %s alone', (_, fact) => {
    expect(numberOf(fact)).toBeNull();
  });

  test('alterNumber changes one digit, never the last of two or more, never a leading digit to 0; a one-digit number by two or more', () => {
    const random = generator(42);
    for (let i = 0; i < 500; i++) {
      for (const text of ['1,271', '94,074', '0.17', '16.4', '7', '0', '3,444.6', '100']) {
        const after = alterNumber(text, random);
        const changed = [...text].map((c, j) => (c !== after[j] ? j : -1)).filter((j) => j >= 0);
        expect(after).toHaveLength(text.length);
        expect(changed).toHaveLength(1);
        const digits = [...text].flatMap((c, j) => (/\d/.test(c) ? [j] : []));
        if (digits.length > 1) expect(changed[0]).not.toBe(digits[digits.length - 1]);
        else expect(Math.abs(Number(after) - Number(text))).toBeGreaterThanOrEqual(2);
        if (text[0] !== '0' && digits.length > 1) expect(after[0]).not.toBe('0');
      }
    }
  });
});

// Units of unseen set s27 (../shared/unseen-s27; review test/fixtures/corpus-review/unseen/s27.md, "Wrong units or
// signs"), each excerpt cut from the release.txt `tieout import` wrote:
// - U.S. Bancorp 4Q21 (usb-2021-q4.htm, release.txt lines 222–281): "DELINQUENT LOAN RATIOS AS A PERCENT OF ENDING LOAN
//   BALANCES" prints "(Percent)" on the first line under its header, then two blocks of ratios; the second block
//   (".20", ".76" …, "… including nonperforming loans") was read as US$ millions, the caption of the second closing
//   "(Percent)" as a caption of its own. The allowance table's "Allowance for credit losses as a percentage of
//   Period-end loans 1.97" was read as US$ millions under "($ in millions)".
// - Amcor FY23 (amcr-fy2023-q4.txt, release.txt lines 32–43): "EPS (diluted US cents) 80.5" was read as $80.50 a share.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const FIXTURES = {
  usb: {
    file: 'test/fixtures/ingest/forms/usb-2021-q4-ratios.txt',
    meta: { id: 'usb-2021-q4', title: 'x', company: 'usb', name: 'U.S. Bancorp', ticker: 'USB', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2021-q4', releaseDate: '2022-01-19', currency: 'USD', scale: 6 },
  },
  amcr: {
    file: 'test/fixtures/ingest/forms/amcr-fy2023-q4-key-financials.txt',
    meta: { id: 'amcr-fy2023-q4', title: 'x', company: 'amcr', name: 'Amcor plc', ticker: 'AMCR', exchange: 'NYSE', fiscalYearEnd: '06-30', fiscalPeriod: '2023-fy', releaseDate: '2023-08-16', currency: 'USD', scale: 6 },
  },
} satisfies Record<string, { file: string; meta: ReleaseMeta }>;
type Name = keyof typeof FIXTURES;
const read = (name: Name) => parseRelease(readFileSync(FIXTURES[name].file, 'utf8'), FIXTURES[name].meta, emptyModel, FIXTURES[name].file);

describe('s27: a line is read in the unit its reader reads it in', () => {
  test.each<[Name, RegExp, RegExp, string, number, string]>([
    // fixture, table, label, unit, scale, value of its first column
    ['usb', /delinquent/, /^Commercial$/, 'percent', 0, '0.04'], // the first block, under "(Percent)"
    ['usb', /delinquent/, /^Total loans$/, 'percent', 0, '0.15'],
    ['usb', /^allowance/, /^Allowance for credit losses as a percentage of Period-end loans$/, 'percent', 0, '1.97'],
    ['usb', /^allowance/, /^Balance, beginning of period$/, 'USD', 6, '6300'], // the allowance's amounts stay millions
    ['usb', /^allowance/, /^Commercial$/, 'USD', 6, '6'],
    ['amcr', /./, /^EPS \(diluted US cents\)$/, 'USD/share', -2, '80.5'],
    ['amcr', /./, /^Net income$/, 'USD', 6, '1224'],
  ])('%s %s %s: %s at scale %d', (name, table, label, unit, scale, value) => {
    const facts = read(name).facts.filter((f) => table.test(f.table) && label.test(f.label));
    expect(facts.length).toBeGreaterThan(0);
    const first = facts[0]!;
    expect({ unit: first.unit, scale: first.scale, value: String(first.value) }).toEqual({ unit, scale, value });
  });

  test('every figure of the second block of delinquency ratios, past its own caption, is a percentage', () => {
    const second = read('usb').facts.filter((f) => /delinquent/.test(f.table) && f.section.some((s) => /including nonperforming/.test(s)));
    expect(second.length).toBe(25); // five lines of five quarters; its "Total loans" is flush left, after the caption
    expect(new Set(second.map((f) => f.unit))).toEqual(new Set(['percent']));
    const totals = read('usb').facts.filter((f) => /delinquent/.test(f.table) && f.label === 'Total loans');
    expect(totals.map((f) => `${f.value} ${f.unit}`).filter((_, i) => i % 5 === 0)).toEqual(['0.15 percent', '0.42 percent']);
  });
});

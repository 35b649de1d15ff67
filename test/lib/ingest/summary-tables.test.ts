import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * Dow Jones' earnings summary tables of Malaysian issuers (unseen wire set s9, whole copies in
 * test/fixtures/import/meta/: LPI Capital DJN_DN202502130187220, D'nonce Technology
 * DJN_DN202502140041130): one header of bare years ("2024  2023") under "(4th) quarter ended Dec
 * 31:", then the quarter's lines, then "12 months ended Dec 31:" (or "9 months …") and the same lines
 * for that span; per-share lines print "18.54 Sen", the ringgit's hundredth. Before: the Sen lines were
 * not read at all, and the span's block was read either as headers (its Revenue as MYR/share) or under
 * the quarter's columns, the year's revenue as the fourth quarter's.
 */
const base: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-14', currency: 'MYR', scale: 0,
};
const read = (file: string, meta: Partial<ReleaseMeta>) => {
  const path = `test/fixtures/import/meta/${file}`;
  const { releaseText } = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X', currency: 'MYR' });
  return parseRelease(releaseText, { ...base, ...meta }, emptyModel, path).facts;
};
const lpi = read('lpi-2024-q4.md', { id: 'lpi' });
const dnonce = read('dnonce-fy2025-q3.md', { id: 'dnonce', fiscalPeriod: '2024-q3' });

describe('a summary table: the span a section names, per-share figures in Sen', () => {
  // [release, row, value printed, period, unit, scale]
  const cases: [string, typeof lpi, string, string, string, string, number][] = [
    ['LPI: the quarter\'s revenue', lpi, 'revenue', '487640000', '2024-q4', 'MYR', 0],
    ['LPI: the prior quarter\'s net profit', lpi, 'net-profit', '78580000', '2023-q4', 'MYR', 0],
    ['LPI: the quarter\'s EPS, 18.54 Sen', lpi, 'earnings-per-share', '18.54', '2024-q4', 'MYR/share', -2],
    ['LPI: the quarter\'s dividend, 50.00 Sen', lpi, 'dividend', '50.00', '2024-q4', 'MYR/share', -2],
    ['LPI: the year\'s revenue under "12 months ended Dec 31:"', lpi, '12-months-ended-dec-31--revenue', '1926636000', '2024-fy', 'MYR', 0],
    ['LPI: the prior year\'s net profit', lpi, '12-months-ended-dec-31--net-profit', '313726000', '2023-fy', 'MYR', 0],
    ['LPI: the year\'s EPS, 94.66 Sen', lpi, '12-months-ended-dec-31--earnings-per-share', '94.66', '2024-fy', 'MYR/share', -2],
    ['D\'nonce: a loss in the quarter, printed with a minus', dnonce, 'net-profit', '-6527000', '2024-q4', 'MYR', 0],
    ['D\'nonce: the quarter\'s loss per share, -0.75 Sen', dnonce, 'earnings-per-share', '-0.75', '2024-q4', 'MYR/share', -2],
    ['D\'nonce: nine months to December 31 under "9 months ended Dec 31:"', dnonce, '9-months-ended-dec-31--revenue', '149254000', '2024-9m-to-12', 'MYR', 0],
    ['D\'nonce: the prior nine months\' loss per share', dnonce, '9-months-ended-dec-31--earnings-per-share', '-1.42', '2023-9m-to-12', 'MYR/share', -2],
  ];
  test.each(cases)('%s', (_, facts, row, value, period, unit, scale) => {
    const fact = facts.find((f) => f.row === row && f.value === value);
    expect(fact, `${row} ${value}`).toBeDefined();
    expect({ period: fact!.period, unit: fact!.unit, scale: fact!.scale }).toEqual({ period, unit, scale });
  });

  test('no figure of a span block stands under the quarter', () => {
    for (const facts of [lpi, dnonce]) {
      const spans = facts.filter((f) => /months-ended/.test(f.row));
      expect(spans.length).toBe(10);
      expect(spans.filter((f) => /-q\d$/.test(f.period))).toEqual([]);
    }
  });
});

/**
 * A fenced table's header never reaches above its code fence (Cresud's 2Q FY2025, unseen wire set s9,
 * DJN_DN202502100125290; excerpt in test/fixtures/import/meta/cresy-fy2025-q2.md): the last highlight
 * bullet, "… (dividend yield 7%). …", right above the fence, was read as the table's header, and its "%"
 * made every figure under it (a loss of ARS 64,391 million, EPS (103.27)) a percentage.
 */
describe('a fenced table under a prose bullet', () => {
  const path = 'test/fixtures/import/meta/cresy-fy2025-q2.md';
  const { releaseText } = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X', currency: 'ARS' });
  const facts = parseRelease(releaseText, { ...base, id: 'cresy', currency: 'ARS', fiscalYearEnd: '06-30', fiscalPeriod: '2025-q2' }, emptyModel, path).facts;

  test('the bullet stays prose', () => {
    expect(releaseText).toMatch(/^- On November 2024, we distributed/m);
    expect(releaseText).not.toMatch(/^\t.*dividend yield 7%/m);
  });
  test('no figure of the table is read as a percentage', () => {
    expect(facts.filter((f) => f.unit === 'percent')).toEqual([]);
  });
});

/**
 * A label's closing unit after its qualifier (Outokumpu's Q4 2024 key figures, unseen wire set s9,
 * DJN_DN202502130031130 lines 62-96; test/fixtures/import/wire/out1v-2024-q4-key-figures.md): the line
 * item of "Return on capital employed, rolling 12 months (ROCE), % (2)" is "Return on capital employed",
 * which dropped the ", %", so -1.2 was read as EUR -1.2 million; "Stainless steel deliveries, 1000
 * tonnes" was a count in units (422 tonnes, where the prose says 422,000).
 */
describe('a unit closing a key figure\'s label', () => {
  const path = 'test/fixtures/import/wire/out1v-2024-q4-key-figures.md';
  const { releaseText } = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X', currency: 'EUR', scale: 'millions' });
  const facts = parseRelease(releaseText, { ...base, id: 'out1v', currency: 'EUR', scale: 6 }, emptyModel, path).facts;
  const cases: [string, string, string, string, number][] = [
    ['ROCE, ", %" after its qualifier: a percentage', 'return-on-capital-employed', '-1.2', 'percent', 0],
    ['deliveries, ", 1000 tonnes": a count in thousands', 'stainless-steel-deliveries', '1793', 'count', 3],
    ['sales: EUR millions, as the release states', 'sales', '5942', 'EUR', 6],
    ['EPS, ", EUR": per share', 'earnings-per-share-eur', '-0.07', 'EUR/share', 0],
  ];
  test.each(cases)('%s', (_, row, value, unit, scale) => {
    const fact = facts.find((f) => f.row === row && f.value === value);
    expect(fact, `${row} ${value}`).toBeDefined();
    expect({ unit: fact!.unit, scale: fact!.scale }).toEqual({ unit, scale });
  });
});

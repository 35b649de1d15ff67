// Ratio rows of src/lib/checks/margins.ts read from the lines around them, on excerpts of real releases
// (test/fixtures/checks/corpus/README.md): a ratio under lines its table marks "(numerator)" and "(denominator)"; a
// ratio closing a block of amounts, read as the one quotient of two of them its columns bear out; a multiple
// ("Net debt/EBITDA, as adjusted" 3.4) as the quotient of the lines its label names, not times 100. Each holds on the
// figures as printed, and a figure altered beyond rounding is a mismatch; what the figures do not bear out is not read.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { alteredIsMismatch } from './fixture.ts';
import { checksOfText, excerpt } from './no-model.ts';

const CADE = 'cade-2020-q1-ratio-blocks';
const HBI = 'hbi-2024-q4-leverage';
const TABLE_10 = 'definition/table-10-reconciliation-of-non-gaap';
const TCE = `${TABLE_10}/tangible-common-equity-ratio--tangible-common-equity-ratio`;
const LEVERAGE = 'definition/table-6-b-supplemental-financial-information-reconciliation';

describe('a ratio read from the lines around it holds on the figures as printed', () => {
  test.each([
    // [excerpt, check, printed, computed (first digits), words of its reading]
    [CADE, `${TABLE_10}/adjusted-efficiency-ratio--adjusted-efficiency-ratio/2020-q1`, '<u>49.88%</u>', '49.882', "marks as its terms, 'Adjusted noninterest expenses (numerator)' and 'Adjusted operating revenue (denominator)'"],
    [CADE, `${TABLE_10}/efficiency-ratio--efficiency-ratio/2019-q4`, '<u>51.60%</u>', '51.598', 'closes the block of lines its table marks as its terms'],
    [CADE, `${TCE}/2020-q1`, '<u>11.53%</u>', '11.528', "'Tangible common equity ratio — Tangible common shareholders’ equity' as a percentage of 'Tangible assets'"],
    [CADE, `${TCE}/2019-q1`, '<u>10.11%</u>', '10.111', 'the labels do not say so'],
    [HBI, `${LEVERAGE}/net-debtebitda-as-adjusted/2024-fy`, '<u>3.4</u>', '3.3745', "'Net debt — Net debt' divided by 'Total EBITDA, as adjusted'"],
    [HBI, `${LEVERAGE}/debtincome-loss-from-continuing-operations/2024-fy`, '<u>(23.5)</u>', '-23.452', 'divided by'],
  ] as const)('%s: %s is %s, computed %s…', (id, check, printed, computed, words) => {
    const c = excerpt(id).check(check);
    expect(c.reported.text).toBe(printed);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.restsOn).toContain(words);
    expect(c.formula).not.toContain('× 100 × 100');
  });

  test('a multiple is a quotient, not a percentage', () => {
    expect(excerpt(HBI).check(`${LEVERAGE}/net-debtebitda-as-adjusted/2023-fy`).formula).not.toContain('× 100');
  });

  test.each([CADE, HBI])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

describe('a ratio read from the lines around it, printed wrong beyond rounding, is a mismatch', () => {
  test.each([
    [CADE, '<u>49.88%</u>', '<u>48.88%</u>', `${TABLE_10}/adjusted-efficiency-ratio--adjusted-efficiency-ratio/2020-q1`],
    [CADE, '<u>11.53%</u>', '<u>12.53%</u>', `${TCE}/2020-q1`],
    [CADE, '<u>10.11%</u>', '<u>10.41%</u>', `${TCE}/2019-q1`],
    [HBI, '<u>3.4</u>', '<u>4.4</u>', `${LEVERAGE}/net-debtebitda-as-adjusted/2024-fy`],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});

describe('a ratio in a column whose period its table reads twice is not judged where it fails', () => {
  test('FESCO: "Debt/Equity (Static)" 1.31 beside another column\'s equity (the rows print fewer cells than the columns)', () => {
    const checks = excerpt('fesco-2023-q3-highlights').checks.filter((c) => c.id.includes('/debtequity-static/'));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    const doubled = checks.find((c) => c.reported.text === '1.31');
    expect(doubled?.verdict).toBe('unverifiable');
    expect(doubled?.explanation).toContain('is not established');
    expect(checks.filter((c) => c.verdict === 'rounding').length).toBeGreaterThanOrEqual(2);
  });
});

describe('a block whose figures do not bear a quotient out gives no reading', () => {
  test('the tangible common equity ratio wrong in two columns of five is not read at all', () => {
    const checks = excerpt(CADE, [
      ['<u>11.53%</u>', '<u>12.53%</u>'],
      ['<u>10.11%</u>', '<u>10.41%</u>'],
    ]).checks;
    expect(checks.filter((c) => c.id.startsWith(TCE)).map((c) => c.id)).toEqual([]);
  });

  test('a whole percentage closing a block is not read from the figures', () => {
    const checks = excerpt(CADE, [
      ['<u>11.53%</u>\t<u>10.87%</u>\t<u>10.88%</u>\t<u>10.83%</u>\t<u>10.11%</u>', '<u>12%</u>\t<u>11%</u>\t<u>11%</u>\t<u>11%</u>\t<u>10%</u>'],
    ]).checks;
    expect(checks.filter((c) => c.id.startsWith(TCE)).map((c) => c.id)).toEqual([]);
  });
});

// Best Buy (2Q24, unseen-s27 bby-fy2024-q2.txt; test/fixtures/checks/readings/bby-fy2024-q2-international-segment.txt):
// "Gross profit", "SG&A" and "Operating income" printed under "International Segment Results" and again under
// "International Segment Non-GAAP Results", each with its "… as a % of revenue": a share is of its own section's line.
describe('a share of a line printed in two sections is of its own section\'s line', () => {
  const text = readFileSync('test/fixtures/checks/readings/bby-fy2024-q2-international-segment.txt', 'utf8');
  const META: ReleaseMeta = {
    id: 'bby-fy2024-q2', title: 'Results', company: 'bby', name: 'Best Buy Co., Inc.', ticker: 'BBY', exchange: '',
    fiscalYearEnd: '02-03', fiscalPeriod: '2024-q2', releaseDate: '2023-08-29', currency: 'USD', scale: 6,
  };
  const checksOf = (t: string) => runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'definition');
  const ID = 'definition/international-segment-results';
  test.each<[string, string, string]>([
    // check, verdict, computed (first digits): operating income 19 over revenue 693, 39 over 1,359 in the six months' non-GAAP
    [`${ID}/international-segment-results--operating-income-as-a-of-revenue/2024-q2`, 'rounding', '2.741'],
    [`${ID}/international-segment-non-gaap-results--operating-income-as-a-of-revenue/2024-h1`, 'rounding', '2.869'],
    [`${ID}/international-segment-non-gaap-results--gross-profit-as-a-of-revenue/2023-q2`, 'rounding', '23.42'],
  ])('%s: %s (%s…)', (id, verdict, computed) => {
    const c = checksOf(text).find((x) => x.id === id);
    expect(c?.verdict, checksOf(text).map((x) => x.id).join('\n')).toBe(verdict);
    expect(c!.computed?.startsWith(computed)).toBe(true);
  });

  test('a share printed wrong is a mismatch (the non-GAAP operating margin of the six months, 2.9 printed 3.9)', () => {
    const line = 'Operating income as a % of revenue\t2.7 %\t3.7 %\t2.9 %\t4.1 %';
    expect(text).toContain(line);
    const checks = checksOf(text.replace(line, line.replace('2.9 %', '3.9 %')));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`${ID}/international-segment-non-gaap-results--operating-income-as-a-of-revenue/2024-h1`]);
  });
});

describe('Amazon\'s 1Q23 metrics: a segment\'s margin beside its "Operating loss", and a share of one share count in another', () => {
  const text = readFileSync('test/fixtures/checks/readings/amzn-2023-q1-results-and-segments.txt', 'utf8');
  const run = (t: string) => checksOfText(t, { id: 'amzn-2023-q1', company: 'amzn', name: 'Amazon.com, Inc.', fiscalPeriod: '2023-q1', releaseDate: '2023-04-27', scale: 6 });
  const checks = run(text);
  const RESULTS = 'definition/supplemental-financial-information-and-business-metrics';
  const SEGMENTS = 'definition/supplemental-financial-information-and-business-metrics-2';
  test.each<[string, string]>([
    // (1,247) ÷ 29,123 = (4.28)%, printed (4.3)%; TTM (7,712) ÷ 118,371 = (6.52)%, printed (6.5)%
    [`${SEGMENTS}/operating-margin-of-international-net-sales/2023-q1`, 'rounding'],
    [`${SEGMENTS}/operating-margin-ttm-of-international-net-sales/2023-q1`, 'rounding'],
    // 280 ÷ 10,175 = 2.75%, printed 2.8%; 367 ÷ 10,258 = 3.58%, printed 3.6%
    [`${RESULTS}/stock-based-awards-outstanding-of-common-shares-outstanding/2021-q4`, 'rounding'],
    [`${RESULTS}/stock-based-awards-outstanding-of-common-shares-outstanding/2023-q1`, 'rounding'],
  ])('%s: %s', (id, verdict) => {
    expect(checks.find((c) => c.id === id)?.verdict, checks.filter((c) => c.id.startsWith('definition/')).map((c) => c.id).join('\n')).toBe(verdict);
  });

  test('a share printed wrong is a mismatch; a loss printed as a positive amount is not read', () => {
    const share = 'Stock-based awards outstanding -- % of common shares outstanding\t2.8%\t2.8%\t3.6%\t3.9%\t3.8%\t3.6%\tN/A';
    expect(text).toContain(share);
    expect(run(text.replace(share, share.replace('\t3.9%', '\t4.9%'))).find((c) => c.id === `${RESULTS}/stock-based-awards-outstanding-of-common-shares-outstanding/2022-q3`)?.verdict).toBe('mismatch');
    const loss = '  Operating loss\t$ (1,627)\t$ (1,281)\t$ (1,771)\t$ (2,466)\t$ (2,228)\t$ (1,247)\t(3)%';
    expect(text).toContain(loss);
    const positive = run(text.replace(loss, loss.replace(/\(([\d,]+)\)/g, '$1')));
    expect(positive.find((c) => c.id === `${SEGMENTS}/operating-margin-of-international-net-sales/2023-q1`)).toBeUndefined();
  });
});

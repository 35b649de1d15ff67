// A ratio of two lines its label names, printed in another table (src/lib/checks/margins.ts `acrossTables`): Bridge
// Bancorp's selected financial data, 1Q20 (unseen set s14), print "Tangible common equity to tangible assets" 7.8, 8.1
// and 7.8 beside no line of either; its non-GAAP table prints "Tangible common equity (non-GAAP)" and "Tangible assets
// (non-GAAP)" at the same three dates. Named by the label's words alone, the row is published where two columns hold at
// least, a failing column a mismatch only where no other fails.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'bdge-2020-q1-capital-ratios';
const ROW = 'tangible-common-equity-to-tangible-assets';
const ratios = (edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === ROW);

describe('a ratio whose lines another table prints', () => {
  test.each([
    // [column, computed to one place]
    ['2020-03-31', '7.8'],
    ['2019-12-31', '8.1'],
    ['2019-03-31', '7.8'],
  ])('%s: tangible common equity over tangible assets of the non-GAAP table, %s', (column, computed) => {
    const c = ratios().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(['tangible-common-equity-non-gaap', 'tangible-assets-non-gaap']);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(1)).toBe(computed);
  });

  test('the ratio at December 31 altered, 8.1 printed 8.6, is a mismatch there, corroborated by the other dates', () => {
    const checks = ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t7.8\t8.6\t7.8']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-12-31']);
  });

  test('off at two dates, the reading is not borne out: nothing accused', () => {
    const checks = ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t7.3\t8.6\t7.8']]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('off at every date, another definition: the row is left out', () => {
    expect(ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t9.8\t9.1\t9.8']])).toEqual([]);
  });

  test('a line the label names printed alike nowhere else, or twice with different figures, reads nothing', () => {
    expect(ratios([['Tangible assets (non-GAAP)', 'Tangible total assets (non-GAAP)']])).toEqual([]);
  });
});

// "Equity to Asset Ratio" beside "Stockholders' Equity" and "Total Assets" (Farmers National Banc, 1Q20, unseen set
// s14): the label's "equity" names stockholders' equity, its "asset" total assets; a reading of words, judged strictly.
describe('a ratio naming equity and assets by a word of its own', () => {
  const equity = (edits: [string, string][] = []) => excerpt('fmnb-2020-q1-book-value', edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === 'equity-to-asset-ratio');

  test.each([
    ['2020-03-31', '11.38'],
    ['2019-03-31', '11.58'],
  ])('%s: stockholders\' equity over total assets, %s', (column, computed) => {
    const c = equity().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(['stockholders-equity', 'total-assets']);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('one date altered, 12.22% printed 12.92%, is a mismatch there; two dates altered accuse none', () => {
    expect(equity([['Equity to Asset Ratio\t11.38%\t12.22%', 'Equity to Asset Ratio\t11.38%\t12.92%']]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-12-31']);
    expect(equity([['Equity to Asset Ratio\t11.38%\t12.22%', 'Equity to Asset Ratio\t11.98%\t12.92%']]).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

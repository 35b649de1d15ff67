// Spanners over a leaf line that repeats one group of headings head their repetition whole
// (src/lib/import/text-table.ts, spanRepeatedGroups): McDonald's 1Q23 net income and diluted EPS reconciliation
// (test/fixtures/import/text/mcd-2023-q1-net-income-and-eps.txt, pdftotext) prints "Net Income" and "Earnings per share
// - diluted" over "2023 | 2022 | Inc/ (Dec) | Inc/ (Dec) Excluding Currency Translation" twice. "Net Income", set left
// of its group's centre, headed "2022 | Inc/ (Dec)" alone: the current year's income was a line of no measure, and
// which columns its growth compares was guessed from the figures, so a growth altered in one of its two lines was no
// longer read at all.
import { describe, expect, test } from 'vitest';
import { importedText } from '../checks/no-model.ts';

const FILE = 'mcd-2023-q1-net-income-and-eps.txt';
const growths = (edits: [string, string][] = []) =>
  [...importedText(FILE, '2023-q1', edits, '2023-04-25').values()].filter((c) => c.kind === 'growth' && c.id.endsWith('2023-q1-vs-2022-q1.net-income'));

describe('spanners over repeated groups of headings head their repetition whole (McDonald\'s 1Q23)', () => {
  test('the net income growths compare the two years under "Net Income", as its header says', () => {
    const checks = growths();
    expect(checks.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'growth/quarters-ended-march-31/gaap/2023-q1-vs-2022-q1.net-income rounding',
      'growth/quarters-ended-march-31/non-gaap/2023-q1-vs-2022-q1.net-income rounding',
    ]);
    expect(checks[0].inputs).toEqual(['x/quarters-ended-march-31/gaap/2023-q1.net-income', 'x/quarters-ended-march-31/gaap/2022-q1.net-income']);
  });

  test('a heading under one spanner spreads no further than it: earnings per share are not "excluding currency"', () => {
    const eps = [...importedText(FILE, '2023-q1', [], '2023-04-25').values()].filter((c) => c.kind === 'growth' && c.id.includes('/gaap/') && c.id.includes('earnings-per-share'));
    expect(eps.map((c) => `${c.id.split('/').at(-1)} ${c.verdict}`)).toEqual(['2023-q1-vs-2022-q1.earnings-per-share-diluted rounding']);
    expect(eps[0]!.inputs).toEqual(['x/quarters-ended-march-31/gaap/2023-q1.earnings-per-share-diluted', 'x/quarters-ended-march-31/gaap/2022-q1.earnings-per-share-diluted']);
  });

  test('a growth altered in one of its two lines is a mismatch (GAAP 63% printed 83%)', () => {
    const checks = growths([['            63 %', '            83 %']]);
    expect(checks.map((c) => c.verdict)).toEqual(['mismatch', 'rounding']);
  });
});

// J&J's 4Q22 supplementary sales (test/fixtures/import/text/jnj-2022-q4-supplementary-sales.txt, pdftotext): "Percent
// Change" over "Total | Operations | Currency" of each of two periods heads that part of each, not the years beside it.
describe('spanners set alike over part of each repetition head that part (J&J 4Q22)', () => {
  test('the sales are amounts of their year and the changes growths, none of them a mismatch', () => {
    const checks = [...importedText('jnj-2022-q4-supplementary-sales.txt', '2022-q4', [], '2023-01-24').values()];
    const growths = checks.filter((c) => c.kind === 'growth' && /\/pharmaceutical--(us|international)\/2022-(q4|fy)-vs-2021-(q4|fy)$/.test(c.id));
    expect(growths.map((c) => `${c.id.split('/').slice(2).join('/')} ${c.verdict}`)).toEqual([
      'pharmaceutical--us/2022-q4-vs-2021-q4 rounding',
      'pharmaceutical--us/2022-fy-vs-2021-fy rounding',
      'pharmaceutical--international/2022-q4-vs-2021-q4 rounding',
      'pharmaceutical--international/2022-fy-vs-2021-fy rounding',
    ]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

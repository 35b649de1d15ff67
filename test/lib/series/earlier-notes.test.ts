// Two JPMorgan Chase earnings supplements (2Q21 and 4Q21; excerpts in test/fixtures/series/, sources
// named there): the later prints the earlier's quarters again, some otherwise. Each difference is
// explained by a note: the later release's "(b) Prior-period amounts have been revised" marked
// beside the revised figures (src/lib/ingest reads "454,268 | (b)" as the figure's mark), the
// earlier release's "(e) Estimated." beside its capital figures, and its "(a) … excludes allowance
// for credit losses on investment securities of $87 million, $94 million …", which the later
// release's total counts in. A difference no note explains stays a mismatch across releases.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { seriesComparisons } from '../../../src/lib/series/index.ts';
import type { Release, ReleaseMeta, SeriesComparison } from '../../../src/lib/types.ts';

const meta = (id: string, period: string, date: string): ReleaseMeta => ({
  id, title: 'Earnings release financial supplement', company: 'jpm', name: 'JPMorgan Chase & Co.', ticker: 'JPM', exchange: 'NYSE',
  fiscalYearEnd: '12-31', fiscalPeriod: period, releaseDate: date, currency: 'USD', scale: 6,
});
const file = (q: string) => `test/fixtures/series/jpm-2021-${q}-excerpt.txt`;
const read = (q: string, text = readFileSync(file(q), 'utf8')): Release =>
  parseRelease(text, meta(`jpm-2021-${q}`, `2021-${q}`, q === 'q2' ? '2021-07-13' : '2022-01-14'), emptyModel, file(q));

const q2 = readFileSync(file('q2'), 'utf8');
const q4 = readFileSync(file('q4'), 'utf8');
const compare = (earlier = q2, later = q4) => seriesComparisons([read('q2', earlier), read('q4', later)]);
const find = (cs: SeriesComparison[], row: string, period: string) => {
  const c = cs.find((x) => x.later.fact.split('/')[2] === row && x.period.split('.')[0] === period);
  expect(c, `${row} ${period}`).toBeDefined();
  return c!;
};

describe('a note mark printed in a cell of its own is the mark of the figure left of it', () => {
  test.each([
    // row, period, figure, mark
    ['debt-and-equity-instruments', '2021-06-30', '454268', 'b'],
    ['derivative-receivables', '2020-12-31', '75444', 'b'],
  ])('%s %s: %s marked (%s), read with no problem', (row, period, value, mark) => {
    const release = read('q4');
    const f = release.facts.find((x) => x.row === row && x.period === period && x.table.endsWith('balance-sheets'));
    expect(f?.value).toBe(value);
    expect(f?.footnotes).toContain(mark);
    expect(release.errors.filter((i) => /\(b\)|\(e\)/.test(i.message))).toEqual([]);
  });

  test('the earlier release’s capital figures carry their "(e)" mark', () => {
    const f = read('q2').facts.find((x) => x.row === 'cet1-capital' && x.period === '2021-06-30');
    expect(f?.raw).toBe('$ 209,030');
    expect(f?.footnotes).toContain('e');
  });
});

describe('each difference across the two releases is shown with the note that explains it', () => {
  test.each([
    // row, period, earlier, later, statement's release and words, how it covers the figure
    ['debt-and-equity-instruments', '2021-06-30', '449,877', '454,268', 'jpm-2021-q4', /Prior-period amounts have been revised/, /mark \(b\) is printed beside the figure/],
    ['cet1-capital', '2021-06-30', '$ 209,030', '$ 209,010', 'jpm-2021-q2', /Estimated/, /marks the figure \(e\) an estimate/],
    ['total-allowance-for-credit-losses', '2021-q2', '$ 22,498', '$ 22,585', 'jpm-2021-q2', /excludes allowance for credit losses on investment securities/, /differ by \$87 million/],
    ['total-allowance-for-credit-losses', '2020-q4', '$ 30,737', '$ 30,815', 'jpm-2021-q2', /excludes/, /differ by \$78 million/],
  ])('%s %s: %s then %s', (row, period, earlier, later, release, text, covers) => {
    const c = find(compare(), row, period);
    // Totals are printed underlined (<u>…</u> in release.txt).
    expect([c.earlier.raw, c.later.raw].map((r) => r.replace(/<\/?u>/g, ''))).toEqual([earlier, later]);
    expect(c.verdict).toBe('restated');
    expect(c.statement?.release).toBe(release);
    expect(c.statement?.text).toMatch(text);
    expect(c.statement?.covers).toMatch(covers);
  });

  test('nothing differs unexplained', () => {
    expect(compare().filter((c) => c.verdict === 'mismatch').map((c) => c.later.fact)).toEqual([]);
  });
});

describe('a difference its note does not explain is still a mismatch across releases', () => {
  test.each([
    // what is altered in which release, row, period
    ['the estimate note removed from the earlier release', q2.replace('(e)Estimated.', '(e)Refer to page 28.'), q4, 'cet1-capital', '2021-06-30'],
    // $ 22,585 is 22,498 + 87; 22,685 is not 22,498 + any amount the note names.
    ['the later total printed 100 higher', q2, q4.replace('<u>$ 22,585</u>', '<u>$ 22,685</u>'), 'total-allowance-for-credit-losses', '2021-q2'],
    // The revised figure's mark removed, and its note then marks no figure of the table.
    ['the later release’s (b) marks and note removed', q2, q4.replaceAll('\t(b)', '\t').replace(/^\(b\)Prior-period.*$/m, ''), 'debt-and-equity-instruments', '2021-06-30'],
  ])('%s', (_what, earlier, later, row, period) => {
    expect(find(compare(earlier, later), row, period).verdict).toBe('mismatch');
  });
});

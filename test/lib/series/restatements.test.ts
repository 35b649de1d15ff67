// FosRich's reports (Jamaica; excerpts in test/fixtures/series/fosrich-*-excerpt.txt, sources named there) print
// their prior year's cost of sales and other income again otherwise, moved between the two lines, each figure marked
// with an asterisk ("1,460,178,577 *") and the mark's note under the statement: "* Reclassified" (Q3 2023), or, where
// the converter to Markdown read the note as a list item, "• Reclassified" (Q1 2023, imported as "- Reclassified").
// Each difference is a restatement the release states, not a difference with nothing said; where the note says
// nothing of a restatement, or the figures carry no mark, it stays one.
import { describe, expect, test } from 'vitest';
import { seriesComparisons } from '../../../src/lib/series/index.ts';
import { read, source } from './fosrich-excerpts.ts';

const verdict = (earlier: string, later: string, row: string, period: string, laterText?: string) => {
  const c = seriesComparisons([read(earlier), read(later, laterText)]).find((x) => x.later.fact.split('/')[2] === row && x.period.split('.')[0] === period);
  expect(c, `${row} ${period}`).toBeDefined();
  return c!;
};

describe('figures marked with an asterisk whose note says they were reclassified are restated, as the release says', () => {
  test.each([
    // earlier, later, row, period, earlier printing, later printing, the note
    ['2022-q3', '2023-q3', 'cost-of-sales', '2022-9m', '1,477,817,400', '1,460,178,577 *', '* Reclassified'],
    ['2022-q3', '2023-q3', 'other-income', '2022-9m', '26,418,218', '8,779,395 *', '* Reclassified'],
    // Unmarked figures of the table that carries the mark (the quarter's), as a note marked on a table covers them.
    ['2022-q3', '2023-q3', 'other-income', '2022-q3', '3,738,709', '3,524,196', '* Reclassified'],
    // The asterisk's note printed with a list bullet.
    ['2022-q1', '2023-q1', 'cost-of-sales', '2022-q1', '528,963,786', '512,703,047 *', '- Reclassified'],
    ['2022-q1', '2023-q1', 'gross-profit', '2022-q1', '371,328,119', '387,588,858', '- Reclassified'],
  ])('%s → %s %s %s: %s then %s', (earlier, later, row, period, first, again, note) => {
    const c = verdict(earlier, later, row, period);
    expect([c.earlier.raw, c.later.raw]).toEqual([first, again]);
    expect(c.verdict).toBe('restated');
    expect(c.statement?.text).toContain(note);
  });
});

describe('what no note explains stays a difference across releases', () => {
  const q3 = source('2023-q3');
  const q1 = source('2023-q1');
  test.each([
    // The note reworded to say nothing of a restatement.
    ['2022-q3', '2023-q3', 'cost-of-sales', '2022-9m', q3.replace(/^\* Reclassified/m, '* Unaudited')],
    // The marks taken off the figures: the note is of no figure of the table.
    ['2022-q3', '2023-q3', 'cost-of-sales', '2022-9m', q3.replace(/ \*\t/g, '\t').replace(/ \*\n/g, '\n')],
    // A bulleted note where the release prints a note of the asterisk of its own: the bullet is no asterisk.
    ['2022-q1', '2023-q1', 'cost-of-sales', '2022-q1', q1.replace(/^- Reclassified/m, '- Reclassified\n\n* Unaudited')],
    // The bullet under figures that carry no asterisk.
    ['2022-q1', '2023-q1', 'cost-of-sales', '2022-q1', q1.replace(/ \*\t/g, '\t').replace(/ \*\n/g, '\n')],
  ])('%s → %s %s %s', (earlier, later, row, period, text) => {
    expect(verdict(earlier, later, row, period, text).verdict).toBe('mismatch');
  });
});

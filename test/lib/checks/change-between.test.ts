// JPMorgan Chase's financial supplement (unseen EDGAR set s9) heads its change columns with the change word alone
// between the two periods they compare ("2Q21 Change" over "1Q21"). Read as the period's figures, their percent
// changes were footed as amounts (393 false mismatches over two supplements). Read as changes, they are judged as
// the growth they are: as printed they tie, and a change printed wrong is a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const text = `Results\n\n${readFileSync('test/fixtures/checks/readings/jpm-2021-q2-highlights.txt', 'utf8')}\n`;
const META: ReleaseMeta = {
  id: 'jpm-2021-q2', title: 'Results', company: 'jpm', name: 'JPMorgan Chase', ticker: 'JPM', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2021-q2', releaseDate: '2021-07-13', currency: 'USD', scale: 6,
};
const checksOf = (t: string) => runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel);

describe('a change column named by the change word between its periods (JPMorgan Chase, 2Q21)', () => {
  const release = parseRelease(text, META, emptyModel, 'excerpt/release.txt');
  test.each([
    ['2021-q2-vs-2021-q1', '2021-q2', '2021-q1'],
    ['2021-q2-vs-2020-q2', '2021-q2', '2020-q2'],
    ['2021-h1-vs-2020-h1', '2021-h1', '2020-h1'],
  ])('%s compares %s with %s', (id, current, prior) => {
    const period = release.periods.find((p) => p.id === id);
    expect(period?.kind).toBe('change');
    expect([period?.compare?.current, period?.compare?.prior]).toEqual([current, prior]);
  });

  test('no footing reads a change column, and nothing is a mismatch as printed', () => {
    const checks = checksOf(text);
    expect(checks.filter((c) => c.kind === 'footing' && /-vs-/.test(c.id))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // [line, its change over 1Q21 as printed, printed wrong]: Total Loans 1,040,954 over 1,011,307 is 2.9%, printed 3;
  // credit card loans 141,802 over 132,493 are 7.0%, printed 7.
  test.each([
    ['    Total Loans', '3', '9'],
    ['  Credit card loans', '7', '17'],
  ])('%s: the change printed %s ties, printed %s is a mismatch', (label, printed, wrong) => {
    const line = text.split('\n').find((l) => l.startsWith(`${label}\t`))!;
    const cells = line.split('\t');
    const i = cells.indexOf(printed, 6);
    const altered = text.replace(line, [...cells.slice(0, i), wrong, ...cells.slice(i + 1)].join('\t'));
    const judged = (t: string) => checksOf(t).filter((c) => c.kind === 'growth' && c.id.includes('2021-q2-vs-2021-q1') && c.reported.text.replace(/[%\s]/g, '') === (t === text ? printed : wrong));
    expect(judged(text).length).toBeGreaterThan(0);
    expect(judged(text).every((c) => c.verdict !== 'mismatch')).toBe(true);
    expect(judged(altered).some((c) => c.verdict === 'mismatch')).toBe(true);
  });
});

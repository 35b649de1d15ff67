// JPMorgan Chase's capital table (unseen EDGAR set s9) lists "CET1 capital 209,030", "Tier 1 capital 241,379", "Total
// capital 274,468": tiers, each holding the one before. "Total capital" was footed as their sum (450,409) in every
// quarter: 10 false mismatches over two supplements. Levels that hold one another under a total its labels state are
// listed, not summed; lines that do add up to it in the other columns are parts, and a column printed wrong is a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const text = `Results\n\n${readFileSync('test/fixtures/checks/readings/jpm-2021-q2-capital.txt', 'utf8')}\n`;
const META: ReleaseMeta = {
  id: 'jpm-2021-q2', title: 'Results', company: 'jpm', name: 'JPMorgan Chase', ticker: 'JPM', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2021-q2', releaseDate: '2021-07-13', currency: 'USD', scale: 6,
};
const totalCapital = (t: string): Check[] =>
  runChecks(parseRelease(t, META, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'footing' && c.id.split('/')[2] === 'capital--total-capital');

describe('capital tiers under a labelled total (JPMorgan Chase, 2Q21)', () => {
  const printed = '    Total capital\t274,468\t(e)\t271,407\t269,923\t262,397\t256,667\t1\t7\t\t\t';

  test('the tiers are listed, not summed: "Total capital" accuses nothing', () => {
    expect(text).toContain(printed);
    expect(totalCapital(text).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    // CET1 + Tier 1 in every quarter, the last printed 411,000 for 411,541: a sum with one column wrong.
    ['the last quarter printed wrong', '    Total capital\t450,409\t(e)\t443,411\t439,922\t425,205\t411,000\t1\t7\t\t\t', ['exact', 'exact', 'exact', 'exact', 'mismatch']],
  ])('lines that add up to the total in the other columns are parts: %s is a mismatch', (_, altered, verdicts) => {
    expect(totalCapital(text.replace(printed, altered)).map((c) => c.verdict)).toEqual(verdicts);
  });
});

// Share columns that foot as their amounts do (src/lib/checks/share-footings.ts), on Horizon Financial's loans and
// deposits (excerpt hrzb-fy2006-q3-shares): each line's amount beside its share of the whole, the whole printed as
// 100%, so where the amounts add up, the shares beside them do, each rounded.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { excerpt, fromFiles } from './no-model.ts';

const shares = (edits: [string, string][] = []) => excerpt('hrzb-fy2006-q3-shares', edits).checks.filter((c) => c.id.endsWith('/shares'));

describe('a column of shares beside its amounts adds up as they do', () => {
  test('the deposits\' shares foot to their subtotals and to the 100% of the total, the loans\' four shares to 100%, in each of the three columns', () => {
    const checks = shares();
    expect(checks.map((c) => `${c.id} ${c.verdict}`).sort()).toEqual(
      [
        'deposits/subtotal/2005-12-31.percent', 'deposits/subtotal/2005-09-30.percent', 'deposits/subtotal/2004-12-31.percent',
        'deposits/total-cds/2005-12-31.percent', 'deposits/total-cds/2005-09-30.percent', 'deposits/total-cds/2004-12-31.percent',
        'deposits/total/2005-12-31.percent', 'deposits/total/2005-09-30.percent', 'deposits/total/2004-12-31.percent',
        'loans/subtotal-3/2005-12-31.percent', 'loans/subtotal-3/2005-09-30.percent', 'loans/subtotal-3/2004-12-31.percent',
      ].map((id) => `footing/${id}/shares exact`).sort(),
    );
    const total = checks.find((c) => c.id === 'footing/deposits/total/2005-12-31.percent/shares')!;
    expect(total.formula).toBe("Total = Subtotal + Total CD's");
    expect(total.restsOn).toBe("Read from the column: '%' prints each line as a share of one whole, printed as 100%, and the amounts beside them add 'Total' up from 'Subtotal' and 'Total CD's'; so do the shares, each rounded.");
  });

  test.each([
    ['Money market at September 30, 2005, 18% printed 28%', '145,254\t18%', '145,254\t28%', ['deposits/subtotal/2005-09-30.percent mismatch']],
    // A subtotal's share is both the sum of the lines above it and a part of the total: altered, it fails as both.
    ['Total CD\'s at December 31, 2004, 55% printed 65%', '<u>381,174</u>\t<u>55%</u>', '<u>381,174</u>\t<u>65%</u>', ['deposits/total-cds/2004-12-31.percent mismatch', 'deposits/total/2004-12-31.percent mismatch']],
    // Four shares each rounded to a whole percent may be 2 off their sum together: one unit off is no error.
    ['Net consumer loans at December 31, 2005, 5% printed 6%', '48,197\t5%', '48,197\t6%', ['loans/subtotal-3/2005-12-31.percent rounding']],
  ])('a share altered in one column is judged there, the two others bearing the reading out (%s)', (_, from, to, expected) => {
    const judged = shares([[from, to]]).filter((c) => c.verdict !== 'exact');
    expect(judged.map((c) => `${c.id} ${c.verdict}`)).toEqual(expected.map((e) => `footing/${e.replace(' ', '/shares ')}`));
  });

  test('the same share altered in two columns is more than the reading can stand on: unverifiable, not accused', () => {
    const judged = shares([['78,789\t10%', '78,789\t20%'], ['79,299\t11%', '79,299\t21%']]).filter((c) => c.verdict !== 'exact');
    expect(judged.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'footing/deposits/subtotal/2005-09-30.percent/shares unverifiable',
      'footing/deposits/subtotal/2004-12-31.percent/shares unverifiable',
    ]);
  });
});

// The whole's own 100% misprinted (Pegasystems' revenue by type, 4Q24, excerpt test/fixtures/checks/ratios/
// pega-2024-q4-revenue, under columns headed "%"): no line of that column prints 100, but the three other share
// columns print it on one same line, "Total revenue", which is then the whole there too, and the misprint fails.
describe('the whole printed wrong in one column', () => {
  const DIR = 'test/fixtures/checks/ratios/pega-2024-q4-revenue';
  const read = (from: string, to: string) => {
    let text = readFileSync(`${DIR}/release.txt`, 'utf8');
    expect(text).toContain(from);
    text = text.replace(from, to);
    const dir = mkdtempSync(join(tmpdir(), 'tieout-whole-'));
    writeFileSync(join(dir, 'release.txt'), text);
    return fromFiles('pega-2024-q4', join(dir, 'release.txt'), `${DIR}/release.yaml`).checks.filter((c) => /\/total-revenue\/.*\/shares$/.test(c.id));
  };

  test('is a mismatch there, the other columns naming the whole', () => {
    const judged = read('$ 474,233\t100%', '$ 474,233\t900%').filter((c) => c.verdict !== 'exact');
    expect(judged.map((c) => `${c.id.replace(/^footing\/[^/]+\//, '')} ${c.verdict}`)).toEqual(['total-revenue/2023-q4.percent/shares mismatch']);
    expect(judged[0]!.restsOn).toContain("the line 'Total revenue' the table's other share columns print as 100%");
  });

  test('printed wrong in two columns as well: two columns do not name the whole for two others, no accusation', () => {
    const judged = read('$ 490,830\t100%\t$ 474,233\t100%', '$ 490,830\t900%\t$ 474,233\t900%');
    expect(judged.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

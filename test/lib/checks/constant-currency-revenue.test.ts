// A non-GAAP margin's revenue is never the GAAP revenue translated at other exchange rates (class I of
// test/fixtures/corpus-review/unseen/edgar-s15.md). ServiceNow's 1Q20 reconciliation (excerpt
// test/fixtures/claims/unseen-s15/now-2020-q1) prints "GAAP total revenues" 1,046,340, "Effects of foreign currency rate
// fluctuations" 12,494 and "Non-GAAP adjusted total revenues (1)" 1,058,834; its "Non-GAAP gross margin" 83% is
// "Non-GAAP gross profit" 863,366 over GAAP revenues (82.51%), not over the constant-currency line (81.54%).
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromFiles } from './no-model.ts';

const DIR = 'test/fixtures/claims/unseen-s15/now-2020-q1';

function checked(edits: [string, string][] = []) {
  let text = readFileSync(`${DIR}/release.txt`, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tieout-now-'));
  writeFileSync(join(dir, 'release.txt'), text);
  return fromFiles('now-2020-q1', join(dir, 'release.txt'), `${DIR}/release.yaml`);
}

describe('a non-GAAP margin over GAAP revenue where the non-GAAP revenue is constant currency (ServiceNow, 1Q20)', () => {
  test.each([
    ['2020-q1', '863,366 ÷ 1,046,340', '82.5'],
    ['2019-q1', '633,327 ÷ 788,926', '80.3'],
  ])('%s: %s, within rounding of the printed margin', (period, figures, computed) => {
    const c = checked().check(`definition/non-gaap-gross-margin/${period}`);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain(figures);
    expect(Number(c.computed).toFixed(1)).toBe(computed);
  });

  test('the same margin printed 85% is still a mismatch', () => {
    const c = checked([['Non-GAAP gross margin\t<u>83%</u>', 'Non-GAAP gross margin\t<u>85%</u>']]).check('definition/non-gaap-gross-margin/2020-q1');
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('863,366 ÷ 1,046,340');
  });
});

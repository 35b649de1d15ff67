// A column of percentages printed beside each period's amounts, with no line printing 100 (Dave & Buster's reconciliation
// of net income to Adjusted EBITDA, Q4 fiscal 2020; test/fixtures/checks/readings/): each line's share of the whole the
// release's statement of operations shares out in the same layout ("Total revenues … 100.0%"). Ingest reads the column
// as shares of the period (not a second column of it, whose period would then be unknown); the checks judge each line
// against that whole, accusing a line only where the column's other lines bear the reading out.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checksOfText } from './no-model.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const PLAY: Partial<ReleaseMeta> = { fiscalPeriod: '2021-q4', fiscalYearEnd: '01-31', fiscalYearNamedBy: 'end', releaseDate: '2021-03-31', scale: 3 };
const text = `Results\n\n${readFileSync('test/fixtures/checks/readings/play-fy2020-q4-shares-beside-amounts.txt', 'utf8')}\n`;
const RECONCILIATION = 'The following table sets forth a reconciliation of net income to EBITDA and Adjusted EBITDA';
const shares = (t: string) => checksOfText(t, PLAY).filter((c) => /^definition\/net-income\//.test(c.id));

/** `text` with the reconciliation's line `label` printing `after` for `before`. */
function planted(label: string, before: string, after: string): string {
  const at = text.indexOf(RECONCILIATION);
  const line = text.slice(at).split('\n').find((l) => l.startsWith(label))!;
  expect(line).toContain(before);
  return text.slice(0, at) + text.slice(at).replace(line, line.replace(before, after));
}

describe('a "%" column beside each period\'s amounts, no line printing 100', () => {
  test('ingest reads it as each period\'s shares, the period established', () => {
    const base: ReleaseMeta = { id: 'play-2021-q4', title: 'Results', company: 'play', name: 'Play', ticker: 'PLAY', exchange: '', currency: 'USD', ...PLAY } as ReleaseMeta;
    const release = parseRelease(text, base, emptyModel, 'excerpt/release.txt');
    const table = release.tables.find((t) => t.rows.some((r) => r.label === 'Adjusted EBITDA'))!;
    expect(table.columns.map((c) => c.key)).toEqual(['2021-q4', '2021-q4.percent', '2020-q4', '2020-q4.percent']);
    expect(table.columns[1]!.evidence).toMatch(/no line printing 100, printed so beside each period's amounts/);
  });

  test('as printed: every line holds as a share of the statement\'s total revenues', () => {
    const checks = shares(text);
    expect(checks.map((c) => c.id).sort()).toEqual(
      ['adjusted-ebitda', 'ebitda', 'net-income-loss'].flatMap((row) => [`definition/net-income/${row}/2020-q4.percent`, `definition/net-income/${row}/2021-q4.percent`]),
    );
    expect(checks.every((c) => c.verdict === 'exact' || c.verdict === 'rounding')).toBe(true);
    expect(checks[0]!.explanation).toMatch(/share of 'Total revenues'/);
  });

  test.each([
    ['Net income (loss)', '7.2%', '9.2%', 'net-income-loss/2020-q4.percent'],
    ['EBITDA', '-17.2%', '-11.2%', 'ebitda/2021-q4.percent'],
    ['Adjusted EBITDA', '22.4%', '24.2%', 'adjusted-ebitda/2020-q4.percent'],
  ])('"%s" %s → %s: a mismatch, the column\'s other lines bearing the reading out', (label, before, after, id) => {
    const checks = shares(planted(label, before, after));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`definition/net-income/${id}`]);
  });

  test('a line that is its share of another line the release prints is not accused', () => {
    // 72,850 of "Amusement and other revenues" 194,361 is 37.5%: EBITDA's share of that, maybe, so nothing is claimed.
    const check = shares(planted('EBITDA', '21.0%', '37.5%')).find((c) => c.id === 'definition/net-income/ebitda/2020-q4.percent')!;
    expect(check.verdict).toBe('unverifiable');
    expect(check.explanation).toMatch(/share of 'Amusement and other revenues'/);
  });

  test('where no table of the release shares out a whole for the period, the column is not judged', () => {
    const alone = `Results\n\n${text.slice(text.indexOf(RECONCILIATION))}`;
    expect(shares(alone)).toEqual([]);
  });
});

describe('the last period\'s "%" printed past the header\'s last heading (Q4 fiscal 2018: "14 Weeks Ended" over the amounts alone)', () => {
  const FY2018: Partial<ReleaseMeta> = { fiscalPeriod: '2018-q4', fiscalYearEnd: '01-31', fiscalYearNamedBy: 'start', releaseDate: '2019-04-02', scale: 3 };
  const past = `Results\n\n${readFileSync('test/fixtures/checks/readings/play-fy2018-q4-shares-past-the-header.txt', 'utf8')}\n`;
  const sharesOf = (t: string) => checksOfText(t, FY2018).filter((c) => /^definition\/net-income\/.*\.percent$/.test(c.id));

  test('a column of its own, unheaded, read as the period\'s shares and judged', () => {
    const checks = sharesOf(past);
    expect(checks.map((c) => c.id).filter((id) => id.endsWith('2017-q4.percent')).sort()).toEqual(
      ['adjusted-ebitda', 'ebitda', 'net-income'].map((row) => `definition/net-income/${row}/2017-q4.percent`),
    );
    expect(checks.every((c) => c.verdict === 'exact' || c.verdict === 'rounding')).toBe(true);
  });

  test('"Adjusted EBITDA" 27.0% → 29.0% in that column: a mismatch', () => {
    const at = past.indexOf('Adjusted EBITDA\t$ 80,150');
    expect(at).toBeGreaterThan(0);
    const planted = past.slice(0, at) + past.slice(at).replace('27.0%', '29.0%');
    expect(sharesOf(planted).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['definition/net-income/adjusted-ebitda/2017-q4.percent']);
  });
});

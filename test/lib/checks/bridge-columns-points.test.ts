// Columns bridging two changes in percent, on excerpts of PepsiCo's Q4 2022 release (PEPSICO_2022Q4_EARNINGS.pdf
// through pdftotext, unseen set s29; test/fixtures/checks/columns/pep-2022-q4-*.txt):
// - a bare figure between "Reported % Change" and "Organic % Change" on a line printing both with "%" is points
//   (src/lib/ingest/build-table.ts, bridging): the spanner "Impact of" was set over one of three columns, and the
//   others' 8 and (7) read as millions of dollars were summed down the segments into a false mismatch;
// - a dash among rounded percentages is a change that rounds to nothing (src/lib/checks/bridged-changes.ts):
//   Quaker Foods' "Core % Change —%" and "Foreign exchange translation —" bridge to "Core Constant Currency 1%".
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/checks/columns';
const META: ReleaseMeta = {
  id: 'pep-2022-q4', title: 'Results', company: 'pep', name: 'PepsiCo', ticker: 'PEP', exchange: 'NASDAQ',
  fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-02-09', currency: 'USD', scale: 6,
};
const read = (file: string, edits: [string, string][]) => {
  let text = `Results\n\n${readFileSync(`${DIR}/${file}.txt`, 'utf8')}\n`;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return parseRelease(text, META, emptyModel, 'pep-2022-q4/release.txt');
};

describe('a bare column between two changes in percent is points', () => {
  test.each([
    // [what, edits, unit of Europe's foreign exchange figure (8), of Frito-Lay's 53rd week (7)]
    ['as printed: both between "Reported % Change" and "Organic % Change"', [], 'percentage-points', 'percentage-points'],
    ["the 53rd week's heading naming a year: a column of another period, read as before", [['\treporting\t', '\treporting 2021\t']], 'percentage-points', 'USD'],
  ] as [string, [string, string][], string, string][])('%s', (_what, edits, fx, week) => {
    const release = read('pep-2022-q4-organic-bridge', edits);
    const at = (row: string, column: RegExp) => release.facts.find((f) => f.row === row && column.test(f.id))!;
    expect(at('europe', /foreign-exchange-translation$/).unit).toBe(fx);
    expect(at('frito-lay-north-america', /53rd-reporting/).unit).toBe(week);
    const footings = runChecks(release, emptyModel).filter((c) => c.kind === 'footing');
    expect(footings.filter((c) => c.verdict === 'mismatch' && /foreign-exchange|53rd/.test(c.id))).toEqual([]);
  });
});

describe('a dash among rounded percentages rounds to nothing', () => {
  const QUAKER = 'Quaker Foods North America\t(3)%\t—\t3\t—\t—\t—\t—\t—\t—\t—%\t—\t1%';
  test.each([
    ['as printed: —% with — bridge to 1% → within rounding', [], 'rounding'],
    ['the constant-currency change printed 2%: more than two dashes allow → mismatch', [[QUAKER, QUAKER.replace(/1%$/, '2%')]], 'mismatch'],
  ] as [string, [string, string][], string][])('%s', (_what, edits, verdict) => {
    const checks = runChecks(read('pep-2022-q4-core-bridge', edits), emptyModel);
    const bridge = checks.find((c) => c.kind === 'change' && c.id.includes('/quaker-foods-north-america/') && c.id.endsWith('/bridged'));
    expect(bridge?.verdict).toBe(verdict);
  });
});

// A line printed twice in one table under the same label, period and unit, each printing closing its own block
// (src/lib/checks/tie.ts, twiceInOneTable), on an excerpt of a real release (test/fixtures/checks/ties/, from the
// corpus): one figure reached two ways is a tie; where the two agree in another period and differ in this one, the
// difference is a mismatch; where they differ in every period, nothing shows them to be one line and no tie accuses.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/checks/ties';
const excerpt = (file: string) => `Results\n\n${readFileSync(`${DIR}/${file}.txt`, 'utf8')}\n`;

const ties = (text: string, meta: Partial<ReleaseMeta> = {}): Check[] => {
  const base: ReleaseMeta = {
    id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 3,
  };
  const release = parseRelease(text, { ...base, ...meta }, emptyModel, 'excerpt/release.txt');
  return runChecks(release, emptyModel).filter((c) => c.kind === 'tie');
};
const verdictOf = (checks: Check[], id: string) => checks.find((c) => c.id === id)?.verdict ?? 'none';

// Slate Grocery Q4 2024: "Adjusted EBITDA 1 2" is 36,951 from net income and 37,168 from NOI 41,462 less G&A 4,294;
// both 36,123 in Q4 2023.
const SGR = 'sgr-2024-q4-adjusted-ebitda';
// [what, excerpt, edit of the printed text ([from, to], or none), the verdict of the tie in Q4 2024, in Q4 2023]
const CASES: [string, string, [string, string] | null, string, string][] = [
  // Q4 2023's agreement is what the mismatch rests on; it is not shown as a tie holding, since the lines differ in Q4 2024.
  ['as printed: the two blocks agree in Q4 2023 and differ by 217 in Q4 2024 → mismatch in Q4 2024', SGR, null, 'mismatch', 'none'],
  ['the second printing made 36,951 as well → the tie holds in both periods', SGR, ['$ 37,168\t$ 36,123', '$ 36,951\t$ 36,123'], 'exact', 'exact'],
  ['the two printings differ in both periods (Q4 2023 printed 36,500 by the NOI block) → two lines, no tie at all', SGR, ['$ 37,168\t$ 36,123', '$ 37,168\t$ 36,500'], 'none', 'none'],
];

describe('a line printed twice in one table is one figure reached two ways', () => {
  test.each(CASES)('%s', (_what, file, edit, q4, prior) => {
    let text = excerpt(file);
    if (edit) {
      expect(text).toContain(edit[0]);
      text = text.replace(edit[0], edit[1]);
    }
    const checks = ties(text);
    expect(verdictOf(checks, 'tie/adjusted-ebitda/2024-q4')).toBe(q4);
    expect(verdictOf(checks, 'tie/adjusted-ebitda/2023-q4')).toBe(prior);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(q4 === 'mismatch' ? ['tie/adjusted-ebitda/2024-q4'] : []);
  });

  test('the mismatch says what it rests on: the same rows agree in Q4 2023', () => {
    const c = ties(excerpt(SGR)).find((x) => x.id === 'tie/adjusted-ebitda/2024-q4')!;
    expect(c).toMatchObject({ computed: '36951', difference: '217' });
    expect(c.reported.text).toBe('$ 37,168');
    expect(c.explanation).toContain('The same lines agree in Q4 2023');
  });

  // Lattice Q4 2024: "Cumulative effect of Non-GAAP adjustments" per basic and per diluted share, a part of each block,
  // prints the same five figures twice; with the diluted one of FY2023 printed 0.17 they would agree in four periods
  // and differ in one, yet they are two lines (the diluted share count differs), so no tie may accuse.
  test.each([
    ['as printed', null],
    ['the diluted FY2023 adjustment printed 0.17', ['(0.26)\t0.46\t0.16\n  Non-GAAP Net income per share - diluted', '(0.26)\t0.46\t0.17\n  Non-GAAP Net income per share - diluted']],
  ] as [string, [string, string] | null][])('a part printed twice, one in each block, is never tied (Lattice\'s per-share adjustments, %s)', (_what, edit) => {
    let text = excerpt('lscc-2024-q4-per-share');
    if (edit) {
      expect(text).toContain(edit[0]);
      text = text.replace(edit[0], edit[1]);
    }
    const checks = ties(text, { fiscalYearEnd: '12-28', releaseDate: '2025-02-10' });
    expect(checks.filter((c) => c.id.includes('cumulative-effect'))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

// AtriCure Q1 2020: "Net loss, as reported" starts the reconciliation to adjusted EBITDA and, again, the one to the
// adjusted loss per share, (16,408) and (5,635) both times; each printing is net income (GAAP, "as reported"). Two
// rows of one concept in one table that print different figures are mostly a part and its whole, and keep no concept;
// rows of the very same label printing the same figure in another column are the line printed twice, so the tie
// compares them and a difference in one column is a mismatch, corroborated by the other.
const ATRC = 'atrc-2020-q1-net-loss';
const Q1: Partial<ReleaseMeta> = { fiscalPeriod: '2020-q1', releaseDate: '2020-04-30' };
// [what, edits of the second printing's figures ([from, to]), the verdict of the tie in Q1 2020, in Q1 2019]
const TWICE: [string, [string, string][], string, string][] = [
  ['as printed: the two printings agree in both quarters', [], 'exact', 'exact'],
  ['the second printing altered in Q1 2020 (a planted error, (16,438)) → mismatch there, Q1 2019 agreeing', [['<u>$ (16,408)</u>\t<u>$ (5,635)</u>\nContingent consideration adjustment\t2,458\t(1,667)', '<u>$ (16,438)</u>\t<u>$ (5,635)</u>\nContingent consideration adjustment\t2,458\t(1,667)']], 'mismatch', 'exact'],
  ['the second printing differs in both quarters → nothing shows them to be one line: no tie accuses', [['<u>$ (16,408)</u>\t<u>$ (5,635)</u>\nContingent consideration adjustment\t2,458\t(1,667)', '<u>$ (16,438)</u>\t<u>$ (5,665)</u>\nContingent consideration adjustment\t2,458\t(1,667)']], 'none', 'none'],
];

describe('a line of a concept printed twice in one table under the very same label', () => {
  test.each(TWICE)('%s', (_what, edits, q1, prior) => {
    let text = excerpt(ATRC);
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const checks = ties(text, Q1);
    expect(verdictOf(checks, 'tie/net-income/2020-q1')).toBe(q1);
    expect(verdictOf(checks, 'tie/net-income/2019-q1')).toBe(prior);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(q1 === 'mismatch' ? ['tie/net-income/2020-q1'] : []);
    if (q1 === 'mismatch') expect(checks.find((c) => c.id === 'tie/net-income/2020-q1')!.explanation).toContain('The same lines agree in Q1 2019');
  });
});

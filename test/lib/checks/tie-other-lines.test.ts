// Two places of a label that are not one line, on excerpts of real releases (test/fixtures/checks/ties/, from
// ../shared/unseen-s29): a charge in the income statement and its add-back in the cash flows (src/lib/checks/tie.ts,
// addedBackToCash), and a part of one block beside the part of another under the same label (partsOfTwoBlocks). Where
// the two differ no tie accuses; the same label of one line printed twice still does.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/checks/ties';
const excerpt = (file: string) => `Results\n\n${readFileSync(`${DIR}/${file}.txt`, 'utf8')}\n`;

const checksOf = (text: string, meta: Partial<ReleaseMeta>): Check[] => {
  const base: ReleaseMeta = {
    id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 6,
  };
  return runChecks(parseRelease(text, { ...base, ...meta }, emptyModel, 'excerpt/release.txt'), emptyModel);
};
const mismatches = (checks: Check[]) => checks.filter((c) => c.kind === 'tie' && c.verdict === 'mismatch').map((c) => c.id);

// Intel Q4 2022 (INTEL_2022Q4_EARNINGS.pdf, pdftotext): "Restructuring and other charges" is 2 in the income statement's
// FY2022 and 1,074 in the cash flows' (the add-back of its non-cash part); both print 2,626 for FY2021. The
// reconciliation of net income to non-GAAP net income prints the charge again: 462 | 29 | 2 | 2,626.
const INTC = 'intc-2022-q4-restructuring';
const INTC_META = { fiscalPeriod: '2022-q4', releaseDate: '2023-01-26' };
// PG&E Q2 2023 (PG_E_2023_EARNINGS-dated-2023-07-27.pdf, pdftotext): the notes' tables of bankruptcy costs and of
// wildfire costs each print "Tax impacts" between the pre-tax and post-tax lines: (6) | (13) and (6) | (10).
const PCG = 'pcg-2023-q2-tax-impacts';
const PCG_META = { fiscalPeriod: '2023-q2', releaseDate: '2023-07-27' };
// LPL Financial Q2 2026 (../shared/unseen-s31/lpla-2026-q2.txt, pdftotext -layout of the company's PDF): "Interest
// expense on borrowings" is 105,636 for Q2 2025 in the statements of income and 102,323 in Management's Statements of
// Operations (both 101,502 and 100,292 in the quarters after); its note (16) prints both, bridged by the 3,313 cost of
// debt issuance: two measures the label names, reconciled by the release.
const LPLA = 'lpla-2026-q2-interest-expense';
const LPLA_META = { fiscalPeriod: '2026-q2', releaseDate: '2026-07-30', scale: 3 };

// [what, excerpt, meta, edit of the printed text ([from, to], or none), the tie mismatches expected]
const CASES: [string, string, Partial<ReleaseMeta>, [string, string] | null, string[]][] = [
  ['Intel as printed: the add-back differs from the charge in FY2022 → no accusation', INTC, INTC_META, null, []],
  [
    "Intel, the reconciliation of net income printing the FY2022 charge 5: two printings of the charge itself differ → mismatch",
    INTC, INTC_META, ['Restructuring and other charges\t\t462\t29\t2\t2,626', 'Restructuring and other charges\t\t462\t29\t5\t2,626'],
    ['tie/restructuring-and-other-charges/2022-fy'],
  ],
  ['PG&E as printed: the tax of two items, equal in the quarter and not in the half → no accusation', PCG, PCG_META, null, []],
  [
    'PG&E, the second block closed by the same totals as the first: one block printed twice, its tax differing in the half → mismatch',
    PCG, PCG_META, ['Wildfire-related costs, net of insurance (pre-tax)\t$ 61\t$ 74', 'Bankruptcy and legal costs (pre-tax)\t$ 61\t$ 74'],
    ['tie/tax-impacts/2023-h1'],
  ],
  ['LPL as printed: the note reconciles both figures of Q2 2025 → no accusation', LPLA, LPLA_META, null, []],
  [
    "LPL, the note's management figure misprinted 102,332: nothing reconciles 102,323 to 105,636 → mismatch",
    LPLA, LPLA_META, ["Statements of Operations\t$ 101,502\t$ 100,292\t$ 102,323", "Statements of Operations\t$ 101,502\t$ 100,292\t$ 102,332"],
    ['tie/interest-expense-on-borrowings/2025-q2'],
  ],
];

describe('two places of one label that are not one line', () => {
  test.each(CASES)('%s', (_what, file, meta, edit, expected) => {
    let text = excerpt(file);
    if (edit) {
      expect(text).toContain(edit[0]);
      text = text.replace(edit[0], edit[1]);
      if (file === PCG) text = text.replace('Wildfire-related costs, net of insurance (post-tax)', 'Bankruptcy and legal costs (post-tax)');
    }
    expect(mismatches(checksOf(text, meta))).toEqual(expected);
  });
});

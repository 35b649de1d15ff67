// One measure reconciled twice (src/lib/checks/measure-blocks.ts): First Quantum reconciles net earnings
// attributable to shareholders to adjusted earnings in its financial highlights and again in its MD&A.
// Both blocks add up, from the same line printed alike, to a line of the same name: the two results are
// one figure, and they differ (31 and 34 for Q4 2024, (259) and (419) for Q4 2023), a real error of the
// release. Excerpt from a real release (test/fixtures/checks/readings/fm-2024-q4-adjusted-earnings.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const fm = `Results\n\n(In millions of US dollars)\n\n${readFileSync('test/fixtures/checks/readings/fm-2024-q4-adjusted-earnings.txt', 'utf8')}\n`;
const meta: ReleaseMeta = {
  id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', currency: 'USD', scale: 6,
};
const blocks = (text: string): Check[] => runChecks(parseRelease(text, meta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.id.endsWith('/block'));
const ties = (checks: Check[]) => checks.filter((c) => c.kind === 'tie');
const summary = (checks: Check[]) => checks.map((c) => `${c.id.split('/').at(-2)} ${c.verdict}`);

describe('adjusted earnings reconciled in the highlights and again in the MD&A (First Quantum)', () => {
  test('the two results are one figure: Q3 2024 agrees, Q4 2024 and Q4 2023 do not', () => {
    const checks = blocks(fm);
    expect(summary(ties(checks))).toEqual(['2024-q4.quarterly mismatch', '2024-q3.quarterly exact', '2023-q4.quarterly mismatch']);
    const [q4] = ties(checks);
    expect(q4.reported.text).toBe('31');
    expect(q4.restsOn).toContain("reconcile 'Net earnings (loss) attributable to shareholders of the Company'");
    expect(q4.formula).toMatch(/ in CONSOLIDATED FINANCIAL HIGHLIGHTS = .* in EBITDA, ADJUSTED EARNINGS \(LOSS\) AND ADJUSTED EARNINGS \(LOSS\) PER SHARE$/);
  });

  test('a table with no title is named by its first line, as the release prints it, never by its id', () => {
    // As the whole release was imported, the MD&A's table kept no title of its own.
    const [q4] = ties(blocks(fm.replace('EBITDA, ADJUSTED EARNINGS (LOSS) AND ADJUSTED EARNINGS (LOSS) PER SHARE\n', '')));
    expect(q4.formula).toMatch(/ = .* in Net earnings \(loss\) attributable to shareholders of the Company$/);
  });

  // The highlights' structure now foots the block itself (the line above "Adjustments attributable to shareholders of the
  // Company:" plus the lines under it, structure.ts adjustedAbove), so no footing of the block is made twice.
  const highlights = (text: string) =>
    runChecks(parseRelease(text, meta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'footing' && c.id.startsWith('footing/financial-highlights/adjustments-attributable-to-shareholders--adjusted-earnings-loss/'));
  const columns = (checks: Check[]) => checks.map((c) => `${c.id.split('/').at(-1)} ${c.verdict}`);

  test("the highlights' block is footed in every column, by the table's structure and not again as a block", () => {
    const footings = highlights(fm);
    expect(columns(footings)).toEqual(['2024-q4.quarterly exact', '2024-q3.quarterly exact', '2023-q4.quarterly exact']);
    expect(footings[0].explanation).toContain('99 + (−35) + (−100) + (−3)');
    expect(blocks(fm).filter((c) => c.kind === 'footing')).toEqual([]);
  });

  test('blocks that list the same adjustments agree, tied once', () => {
    const same = fm.replace('Other Adjustments\t(3)\t\t\n', '').replace('Ravensthorpe deferred tax charge\t–\t–\t160\n', '').replaceAll('Adjusted earnings (loss)1\t31\t119\t(259)', 'Adjusted earnings (loss)1\t34\t119\t(419)');
    const all = runChecks(parseRelease(same, meta, emptyModel, 'excerpt/release.txt'), emptyModel);
    expect(all.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    // The results agree in every column, so the ties of lines printed alike read them already: no second tie.
    const end = all.filter((c) => c.kind === 'tie' && [c.reported.fact, ...c.inputs].some((id) => /adjusted-earnings-loss\/2024-q4/.test(id ?? '')));
    expect(end.length).toBeGreaterThan(0);
    expect(end.every((c) => c.verdict === 'exact')).toBe(true);
    expect(ties(blocks(same))).toEqual([]);
  });

  test("an adjustment altered in one column is a mismatch of its block's footing there, corroborated", () => {
    const footings = highlights(fm.replace('Tax adjustments\t(12)\t–\t273\nMinority interest adjustments\t140\t(4)\t(296)\nAdjusted earnings (loss)1', 'Tax adjustments\t(42)\t–\t273\nMinority interest adjustments\t140\t(4)\t(296)\nAdjusted earnings (loss)1'));
    expect(columns(footings)).toEqual(['2024-q4.quarterly mismatch', '2024-q3.quarterly exact', '2023-q4.quarterly exact']);
    expect(footings[0].explanation).toContain('The relation holds on the same rows in Q3 2024 (quarterly) and Q4 2023 (quarterly), so this column is a mismatch.');
  });

  test('blocks whose starting lines differ are two measures: nothing is tied', () => {
    const other = fm.replace('Net earnings (loss) attributable to shareholders of the Company\t99\t108\t(1,447)\nAdjustments', 'Net earnings (loss) attributable to shareholders of the Company\t79\t88\t(1,247)\nAdjustments');
    expect(ties(blocks(other))).toEqual([]);
  });
});

// Ally's 4Q21 supplement (test/fixtures/checks/readings/ally-2021-q4-other-revenue.txt): the company's "Other revenue"
// and its Insurance segment's both start at "Insurance premiums and service revenue earned" 280 (the segment earns all
// of it) and reach "Total other revenue" 545 and 339; "Other income, net of losses" is printed in both, 188 and 3.
describe('a segment\'s block and the company\'s that start alike are two scopes where a line both print differs (Ally)', () => {
  const ally = `Results\n\n${readFileSync('test/fixtures/checks/readings/ally-2021-q4-other-revenue.txt', 'utf8')}\n`;
  const allyMeta: ReleaseMeta = { ...meta, fiscalPeriod: '2021-q4', releaseDate: '2022-01-21' };
  const all = (text: string) => runChecks(parseRelease(text, allyMeta, emptyModel, 'excerpt/release.txt'), emptyModel);

  test('their results are not tied, and nothing is a mismatch', () => {
    const checks = all(ally);
    expect(checks.filter((c) => c.id.endsWith('/block'))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("the segment's total printed wrong is still a mismatch of its own footing", () => {
    const from = '    Total other revenue\t339\t283';
    expect(ally).toContain(from);
    const wrong = all(ally.replace(from, '    Total other revenue\t349\t283')).filter((c) => c.verdict === 'mismatch');
    expect(wrong.map((c) => c.id)).toContain('footing/ally-financial-inc-insurance-financial/total-other-revenue/2021-q4.quarterly-trends');
    expect(wrong.filter((c) => c.id.endsWith('/block'))).toEqual([]);
  });
});

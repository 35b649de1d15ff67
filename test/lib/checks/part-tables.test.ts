// Tables of a company's parts, each titled by its part before a title they share (src/lib/checks/tie.ts, partTables):
// Morgan Stanley's 1Q22 financial supplement (../shared/unseen-edgar-s7/ms-2022-q1.htm) prints "Institutional
// Securities", "Wealth Management" and "Investment Management", each over "Income Statement Information, Financial
// Metrics and Ratios", beside the Firm's "Consolidated Financial Metrics, Ratios and Statistical Data" and its page of
// non-GAAP reconciliations (excerpt: test/fixtures/checks/ties/ms-2022-q1-segments.txt, lines 56–66, 146–172,
// 174–197, 233–252 and 470–478 of its release.txt imported at 84d5136).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const text = `Results\n\n${readFileSync('test/fixtures/checks/ties/ms-2022-q1-segments.txt', 'utf8')}\n`;
const meta: ReleaseMeta = {
  id: 'excerpt-2022-q1', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod: '2022-q1', releaseDate: '2022-04-14', currency: 'USD', scale: 6,
};
const ties = (t: string): Check[] => runChecks(parseRelease(t, meta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'tie');

describe("a part's table is never tied to another part's or to the whole's (Morgan Stanley's segments)", () => {
  test.each([
    // [the line, what was tied before: a segment's figure against the Firm's or another segment's]
    ['return-on-average-common-equity', "Wealth Management's 16% against the Firm's 14.7%"],
    ['non-compensation-expenses-as-a-of-net-revenues', "Investment Management's 42% against Institutional Securities' 29%"],
  ])('%s: %s is no mismatch', (line) => {
    const mine = ties(text).filter((c) => c.id.includes(line));
    expect(mine.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(mine.flatMap((c) => [c.reported.fact ?? '', ...c.inputs]).filter((id) => /management|securities/.test(id))).toEqual([]);
  });

  test("the Firm's return on equity, printed in its metrics and again on its page of reconciliations, is tied, and printed wrong is a mismatch", () => {
    const firm = ties(text).filter((c) => c.id.startsWith('tie/return-on-average-common-equity'));
    expect(firm.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
    const from = 'Return on average common equity - GAAP\t<u>14.7%</u>';
    expect(text).toContain(from);
    const wrong = ties(text.replace(from, 'Return on average common equity - GAAP\t<u>15.7%</u>')).filter((c) => c.verdict === 'mismatch');
    expect(wrong.map((c) => [c.reported.text, c.computed])).toEqual([['14.7%', '15.7']]);
  });
});

// JPMorgan Chase's 2Q21 financial supplement (unseen EDGAR set s9, ../shared/unseen-edgar-s9/jpm-2021-q2.htm) titles the
// Firm's table "JPMORGAN CHASE & CO." / "CONSOLIDATED FINANCIAL HIGHLIGHTS" and each segment's "JPMORGAN CHASE & CO." /
// the segment / "FINANCIAL HIGHLIGHTS" (excerpt: test/fixtures/checks/ties/jpm-2021-q2-segments.txt, lines 32–84, 140–187,
// 500–540, 672–716, 779–817 and 1040–1090 of its release.txt imported at a29a025 with --release-date 2021-07-13).
describe("a segment's table, named between the company's name and the whole's title, is never tied to the Firm's (JPMorgan Chase)", () => {
  const jpm = `Results\n\n${readFileSync('test/fixtures/checks/ties/jpm-2021-q2-segments.txt', 'utf8')}\n`;
  const jpmMeta: ReleaseMeta = { ...meta, id: 'excerpt-2021-q2', fiscalPeriod: '2021-q2', releaseDate: '2021-07-13' };
  const jpmTies = (t: string): Check[] => runChecks(parseRelease(t, jpmMeta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'tie');
  const placesOf = (c: Check) => [c.reported.fact ?? '', ...c.inputs];

  test.each([
    // [the line, the segment's table, what was tied before]
    ['mortgage-fees-and-related-income', 'jpmorgan-chase-co-consumer', "Consumer & Community Banking's 1,251 (H1 2021) against the Firm's 1,255"],
    ['overhead-ratio', 'jpmorgan-chase-co-consumer', "Consumer & Community Banking's 56% (H1 2021) against the Firm's 58%"],
    ['investment-securities-gainslosses', 'jpmorgan-chase-co-corporate-financial', "Corporate's (141) and 259, the Firm's by chance"],
  ])('%s of %s: %s is no tie', (line, segment) => {
    const mine = jpmTies(jpm).filter((c) => c.id.startsWith(`tie/${line}/`));
    expect(mine.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(mine.filter((c) => placesOf(c).some((f) => f.includes(`/${segment}/`)) && placesOf(c).some((f) => f.includes('/jpmorgan-chase-co-statements-of/')))).toEqual([]);
  });

  test("a segment's line printed in two of its own tables is tied, and printed wrong is a mismatch", () => {
    const fees = jpmTies(jpm).filter((c) => c.id.startsWith('tie/investment-banking-fees/'));
    expect(fees.map((c) => [c.id, c.verdict])).toEqual([
      ['tie/investment-banking-fees/2021-h1', 'exact'],
      ['tie/investment-banking-fees/2020-h1', 'exact'],
    ]);
    const from = '<u>$ 6,560</u>\t<u>$ 4,754</u>\t38';
    expect(jpm).toContain(from);
    const wrong = jpmTies(jpm.replace(from, '<u>$ 6,650</u>\t<u>$ 4,754</u>\t38')).filter((c) => c.verdict === 'mismatch');
    expect(wrong.map((c) => [c.id, c.reported.text, c.computed])).toEqual([['tie/investment-banking-fees/2021-h1', '<u>$ 6,650</u>', '6560']]);
  });

  test("the Firm's line printed in its highlights and its income statement is tied, and printed wrong is a mismatch", () => {
    expect(jpmTies(jpm).filter((c) => c.id.startsWith('tie/return-on-common-equity/')).map((c) => c.verdict)).toEqual(['exact', 'exact']);
    const from = 'Return on common equity (c)\t18%\t23%\t19%\t15%\t7%\t\t\t21%';
    expect(jpm).toContain(from);
    const wrong = jpmTies(jpm.replace(from, from.replace(/21%$/, '23%'))).filter((c) => c.verdict === 'mismatch');
    expect(wrong.map((c) => [c.id, c.reported.text, c.computed])).toEqual([['tie/return-on-common-equity/2021-h1', '21%', '23']]);
  });

  test("the segments' titles alone make no parts: without the whole's table under the title they share, they are tied as before", () => {
    const alone = jpm.replace('CONSOLIDATED FINANCIAL HIGHLIGHTS', 'SELECTED DATA');
    const fees = jpmTies(alone).filter((c) => c.id.startsWith('tie/mortgage-fees-and-related-income/2020-h1'));
    expect(fees.flatMap(placesOf).some((f) => f.includes('/jpmorgan-chase-co-consumer/'))).toBe(true);
  });
});

// A header of years printed inside a table's body heads the rows under it, not figures of the table's columns.
// Ally Financial's 4Q21 supplement (unseen EDGAR set s7, ../shared/unseen-edgar-s7/ally-2021-q4.htm) prints in its
// liquidity table, under the quarter and change columns, "Unsecured Long-Term Debt Maturity Profile | 2022 | 2023 |
// 2024 | 2025 | 2026 | 2027 & After" over "Consolidated remaining maturities $ 1.1 | $ 2.0 | … | $ 3.1": read under the
// quarters, $3.1 (maturing 2027 and after) was accused as the change of $1.1 (2022) over $2.0 (2023). Excerpt:
// test/fixtures/ingest/forms/ally-2021-q4-liquidity.txt (lines 715–738 of its release.txt imported at a29a025 with
// --release-date 2022-01-21).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { yearsHeader } from '../../../src/lib/ingest/build-table.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/ally-2021-q4-liquidity.txt';
const text = readFileSync(file, 'utf8');
const meta: ReleaseMeta = {
  id: 'ally-2021-q4', title: 'x', company: 'Ally Financial', name: 'Ally', ticker: 'ALLY', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2021-q4', releaseDate: '2022-01-21', currency: 'USD', scale: 6,
};
const release = (t: string) => parseRelease(t, meta, emptyModel, file);

describe('yearsHeader(cells): a row of consecutive years, the last perhaps open, is a header', () => {
  test.each<[string[], boolean]>([
    [['2022', '2023', '2024', '2025', '2026', '2027 & After'], true],
    [['2025', '2026', '2027', '2028', '2029', '2030 and thereafter'], true],
    [['2025', '2026', '2027', 'Thereafter'], true],
    [['<u>2022</u>', '<u>2023</u>', '<u>2024</u>'], true],
    // two years side by side may be figures; years out of order or apart are no header; figures among them neither
    [['2023', '2024'], false],
    [['2024', '2023', '2022'], false],
    [['2022', '2024', '2026'], false],
    [['2022', '2023', '1.5'], false],
    [['2,022', '2,023', '2,024'], false],
    [['$ 2022', '$ 2023', '$ 2024'], false],
    [['2027 & After', '2022', '2023'], false],
  ])('%j is %s', (cells, header) => {
    expect(yearsHeader(cells)).toBe(header);
  });
});

describe("Ally's maturities under the inner header of years", () => {
  const read = release(text);
  test('the header of years and the row under it are no figures of the quarters or changes; the problem is located', () => {
    expect(read.facts.filter((f) => /maturity-profile|remaining-maturities/.test(f.row)).map((f) => `${f.row}/${f.period} ${f.raw}`)).toEqual([]);
    expect(read.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
      "12: expected a figure under the table's header; this row is under the header of years printed inside the table at line 11 ('Unsecured Long-Term Debt Maturity Profile | 2022 | 2023 | 2024 | 2025 | 2026 | 2027 & After'), whose columns are not the table's periods, so '<u>$ 1.1</u>' is not read",
    ]);
  });

  test.each([
    // row, column key, figure as printed: the rows above and below the inner header read under the table's own columns
    ['total-current-available-liquidity', '2021-q4.quarterly-trends', '$ 31.2'],
    ['total-current-available-liquidity', '2021-q4-vs-2021-q3', '$ (5.7)'],
    ['average-retail-cd-maturity-months', '2021-q4-vs-2020-q4', '0.6'],
    ['total-deposits', '2021-q4.quarterly-trends', '$ 141,558'],
    ['total-deposits', '2021-q4-vs-2021-q3', '$ 2,113'],
  ])('%s %s: %s', (row, key, raw) => {
    expect(read.facts.find((f) => f.id === `ally-2021-q4/${read.tables[0]!.id}/${row}/${key}`)?.raw).toBe(raw);
  });

  const changes = (t: string) => runChecks(release(t), emptyModel).filter((c) => c.kind === 'change');
  test("no change is made of the maturities; the table's own changes are checked, and printed wrong are mismatches", () => {
    const before = changes(text);
    expect(before.filter((c) => /remaining-maturities|maturity-profile/.test(c.id))).toEqual([]);
    expect(before.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const liquidity = before.find((c) => c.id.endsWith('/total-current-available-liquidity/2021-q4-vs-2021-q3'));
    const deposits = before.find((c) => c.id.endsWith('/total-deposits/2021-q4-vs-2021-q3'));
    expect([liquidity?.verdict, deposits?.verdict]).toEqual(['exact', 'exact']);
    const wrong = text.replace('$ 31.2\t$ 36.9\t$ 41.6\t$ 43.6\t$ 40.3\t$ (5.7)', '$ 31.2\t$ 36.9\t$ 41.6\t$ 43.6\t$ 40.3\t$ (6.7)').replace('$ 137,036\t$ 2,113', '$ 137,036\t$ 2,213');
    expect(wrong).not.toBe(text);
    expect(changes(wrong).filter((c) => c.verdict === 'mismatch').map((c) => [c.id.split('/').slice(2).join('/'), c.reported.text, c.computed])).toEqual([
      ['total-current-available-liquidity/2021-q4-vs-2021-q3', '$ (6.7)', '-5.7'],
      ['total-deposits/2021-q4-vs-2021-q3', '$ 2,213', '2113'],
    ]);
  });
});

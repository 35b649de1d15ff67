// Johnson & Johnson's statement of earnings (8-K of August 30, 2023 recasting 2022, unseen set s30; excerpt
// test/fixtures/import/real/jnj-2023-recast-earnings-2022.txt): "Sales to customers", "Gross Profit", "Earnings before
// provision for taxes on income", "Provision for taxes on income", "Net earnings from Continuing Operations", "Net
// earnings", then a caption closed by its note marks, "Adjusted earnings from continuing operations before provision for
// taxes and net earnings (1) (A)", over the adjusted pretax earnings and net earnings from continuing operations.
//
// None of the chain was footed: "Sales to customers" named no revenue and "… taxes on income" no pretax income or tax;
// the caption was read as the first line of a label wrapped onto the adjusted pretax line (a hanging indent of one), so
// the adjusted net earnings from continuing operations were a second printing of the statement's, and the two, differing,
// were both left unread; "Net earnings" was then summed from gross profit over every line (unverifiable in every column),
// and a misprinted "Sales to customers" only dropped its column's shares of sales. Now each link of the chain is footed
// in every column, and a misprint of sales or of a subtotal is a mismatch there.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2023-recast-earnings-2022.txt', 'utf8');
const META: ReleaseMeta = { id: 'jnj-2023-recast', title: 'x', company: 'jnj', name: 'Johnson & Johnson', ticker: 'JNJ', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-08-30', currency: 'USD', scale: 6 };

function checks(from?: string, to?: string) {
  if (from) expect(EXCERPT).toContain(from);
  const text = from && to ? EXCERPT.replace(from, to) : EXCERPT;
  const imported = importRelease({ text: `Johnson & Johnson Reports Recast Results\n\n${text}`, file: 'jnj.txt', kind: 'text' }, { id: META.id, fiscalPeriod: '2022-q4', releaseDate: '2023-08-30', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' });
  return runChecks(parseRelease(imported.releaseText, META, emptyModel, 'release.txt'), emptyModel);
}
const COLUMNS = ['2022-q3.amount', '2022-q4.amount', '2022-fy.amount'];
const LINKS = ['gross-profit', 'earnings-before-provision-for-taxes-on-income', 'net-earnings-from-continuing-operations', 'net-earnings'];
const verdict = (cs: ReturnType<typeof checks>, row: string, column: string) => cs.find((c) => c.id.endsWith(`/${row}/${column}`) && c.kind === 'footing')?.verdict;

describe("J&J's statement of earnings is footed link by link", () => {
  const cs = checks();
  test.each(LINKS.flatMap((row) => COLUMNS.map((column) => [row, column])))('%s, %s', (row, column) => {
    expect(verdict(cs, row, column)).toBe('exact');
  });

  test('the adjusted lines under the caption are not the statement\'s', () => {
    expect(cs.some((c) => c.kind === 'footing' && /adjusted-earnings.*earnings-before/.test(c.id))).toBe(false);
    expect(cs.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each<[string, string, string, string]>([
    // Q4's sales 19,939 printed 99,939: 99,939 − 6,084 is not the 13,855 printed.
    ['sales', ' Sales to customers                                                                $    19,996            100.0 %       $    19,939', ' Sales to customers                                                                $    19,996            100.0 %       $    99,939', 'gross-profit'],
    // Q3's pretax earnings 5,172 printed 5,772: against the lines above it, and 5,772 − 862 is not 4,310.
    ['pretax earnings', ' Earnings before provision for taxes on income                                           5,172', ' Earnings before provision for taxes on income                                           5,772', 'earnings-before-provision-for-taxes-on-income'],
  ])('%s misprinted is a mismatch of %s', (_, from, to, row) => {
    const altered = checks(from, to);
    const column = to.includes('99,939') ? '2022-q4.amount' : '2022-q3.amount';
    expect(verdict(altered, row, column)).toBe('mismatch');
  });
});

// The fourth quarter of 2022 (unseen set s29; excerpt test/fixtures/import/real/jnj-2022-q4-earnings.txt): the caption
// "Adjusted earnings before provision for taxes and net earnings (1)" heads adjusted lines that print the statement's
// labels again, "Effective tax rate" among them (16.2% and 10.4%). With the statement's lines named, that rate was read
// as the statement's taxes over its pretax earnings (681 ÷ 4,201 = 16.2%, and 100 ÷ 4,836 = 2.1%, not 10.4%): a false
// mismatch. A rate under a caption naming an adjusted measure is that measure's.
describe("J&J's 4Q22 statement: the chain footed, the adjusted rate never the statement's", () => {
  const text = readFileSync('test/fixtures/import/real/jnj-2022-q4-earnings.txt', 'utf8');
  const imported = importRelease({ text: `Johnson & Johnson Reports Q4 and Full-Year 2022 Results\n\n${text}`, file: 'jnj.txt', kind: 'text' }, { id: 'jnj-2022-q4', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' });
  const cs = runChecks(parseRelease(imported.releaseText, { ...META, id: 'jnj-2022-q4', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24' }, emptyModel, 'release.txt'), emptyModel);
  test.each(['gross-profit', 'earnings-before-provision-for-taxes-on-income', 'net-earnings'].flatMap((row) => ['2022-q4.amount', '2021-q4.amount'].map((column) => [row, column])))('%s, %s', (row, column) => {
    expect(verdict(cs, row, column)).toBe('exact');
  });

  test("the statement's rate is its taxes over its pretax earnings; the adjusted rate is not read from them", () => {
    expect(cs.filter((c) => c.kind === 'definition' && c.id.includes('/effective-tax-rate/') && !c.id.includes('adjusted')).map((c) => c.verdict)).toEqual(['rounding', 'rounding']);
    expect(cs.filter((c) => c.id.includes('adjusted') && c.id.includes('effective-tax-rate'))).toEqual([]);
    expect(cs.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

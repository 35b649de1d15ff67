// A share column whose whole is misprinted (src/lib/checks/share-columns.ts, misprintedWhole). J&J's statement of
// earnings (8-K of August 30, 2023 recasting 2022, unseen set s30; excerpt
// test/fixtures/import/real/jnj-2023-recast-earnings-2022.txt) prints a "Percent to Sales" column beside each period's
// amounts, "Sales to customers" 100.0 in each. A quarter's sales printed 99,939 for 19,939 made every share of that
// quarter fail (6,084 of 99,939 is no 30.5%), and a share column failing on every line was left unpublished: the
// misprint dropped fourteen checks and accused nothing there. The lines agree on the whole their shares are of (19,935
// from gross profit's 69.5%), the header's other quarters hold on the line printing 100: the whole is the misprint.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2023-recast-earnings-2022.txt', 'utf8');
const META: ReleaseMeta = { id: 'jnj-2023-recast', title: 'x', company: 'jnj', name: 'Johnson & Johnson', ticker: 'JNJ', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-08-30', currency: 'USD', scale: 6 };
const SALES = ' Sales to customers                                                                $    19,996            100.0 %       $    19,939              100.0 %     $    79,990';

function checks(edits: [string, string][] = []) {
  let text = EXCERPT;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const imported = importRelease({ text: `Johnson & Johnson Reports Recast Results\n\n${text}`, file: 'jnj.txt', kind: 'text' }, { id: META.id, fiscalPeriod: '2022-q4', releaseDate: '2023-08-30', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' });
  return runChecks(parseRelease(imported.releaseText, META, emptyModel, 'release.txt'), emptyModel);
}
const whole = (cs: ReturnType<typeof checks>) => cs.filter((c) => c.id.endsWith('/whole'));

describe("a share column's misprinted whole is accused, not its lines (J&J's Percent to Sales)", () => {
  test('as printed: every share holds, no whole is judged', () => {
    const cs = checks();
    expect(whole(cs)).toEqual([]);
    expect(cs.filter((c) => c.id.endsWith('.percent-sales') && c.verdict !== 'rounding' && c.verdict !== 'exact')).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['Q4 sales 19,939 printed 99,939', SALES.replace('19,939', '99,939'), '2022-q4'],
    ['Q3 sales 19,996 printed 29,996', SALES.replace('19,996', '29,996'), '2022-q3'],
  ])('%s: the whole of that quarter is a mismatch, its shares unjudged', (_, to, period) => {
    const cs = checks([[SALES, to]]);
    expect(whole(cs).map((c) => [c.id, c.verdict])).toEqual([[`definition/statement-of-earnings/sales-to-customers/${period}.percent-sales/whole`, 'mismatch']]);
    expect(whole(cs)[0]!.explanation).toContain("every line's share fails");
    expect(cs.filter((c) => c.id.endsWith(`${period}.percent-sales`) && c.verdict === 'mismatch')).toEqual([]);
  });

  test('the same misprint in every quarter: no quarter holds to establish the reading, so nothing is accused there', () => {
    const cs = checks([[SALES, SALES.replace('19,996', '99,996').replace('19,939', '99,939').replace('79,990', '99,990')]]);
    expect(whole(cs)).toEqual([]);
  });
});

// J&J's 4Q22 product sales schedules (JOHNSON_JOHNSON_2022Q4_EARNINGS.pdf through `pdftotext -layout`, unseen set
// s29; excerpt test/fixtures/import/real/jnj-2022-q4-product-sales.txt), "US | Intl | WW" under each product, the
// fourth quarter and the twelve months side by side, "Percentages are based on actual, non-rounded figures". Read
// right at last (its "% Change" over "Reported | Operational | Currency"), its reported changes held on 86 lines and
// failed on six, each within a unit of its figures and beyond half a unit:
// - CONCERTA US, 37 against 55, printed −34.3%: the US line is WW less Intl (168 − 131 = 37; 178 − 123 = 55), known
//   to the two lines' rounding (src/lib/checks/footed-lines.ts, a line footed from lines around it);
// - KNEES US, 231 against 208, printed +11.8%: no line foots it, but each fourth quarter is printed beside its year,
//   and a fourth quarter may be the year less the nine months, each rounded (footed-lines.ts, quartersOfYears);
// - ERLEADA Intl's twelve months, 913 against 478, printed "*" ("Percentage greater than 100% or not meaningful") as
//   reported, operational and currency alike: the line's changes withheld together (growth.ts, markedAcross).
// Each altered beyond a unit of its figures is still a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2022-q4-product-sales.txt', 'utf8');

function check(text: string, id: string) {
  const options = { ticker: 'JNJ', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' };
  const result = importRelease({ text: `Johnson & Johnson Reports Q4 and Full-Year 2022 Results\n\n${text}`, file: 'jnj-2022-q4.txt', kind: 'text' }, options);
  const meta = { id: 'jnj-2022-q4', title: 'Results', company: 'jnj', name: 'Johnson & Johnson', ticker: 'JNJ', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24', currency: 'USD', scale: 6 };
  const checks = runChecks(parseRelease(result.releaseText, meta, emptyModel, 'release.txt'), emptyModel);
  const c = checks.find((x) => x.id.endsWith(id));
  if (!c) throw new Error(`no check ending ${id}; growths: ${checks.filter((x) => x.kind === 'growth').map((x) => x.id).slice(0, 20).join(', ')}`);
  return c;
}

describe('changes of lines a release derives, judged with the rounding the derivation leaves (J&J, 4Q22)', () => {
  test.each([
    ['CONCERTA US, WW less Intl', '/concerta-methylphenidate--us/2022-q4-vs-2021-q4', 'rounding', "is printed as 'WW' less 'Intl' (168 − 131 = 37; 178 − 123 = 55)"],
    ['KNEES US, a fourth quarter beside its year', '/knees--us/2022-q4-vs-2021-q4', 'rounding', 'prints each fourth quarter beside its year (851 and 787)'],
    ['ERLEADA Intl, "*" in each of its changes', '/erleada--intl/2022-fy-vs-2021-fy', 'unverifiable', "in the line's 2 other changes of the same periods"],
  ])('%s', (_what, id, verdict, says) => {
    const c = check(EXCERPT, id);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(says);
  });

  test.each([
    ['CONCERTA US', ' US                                     37           55      -34.3%', ' US                                     37           55      -36.3%', '/concerta-methylphenidate--us/2022-q4-vs-2021-q4'],
    ['KNEES US', '  US                                  231          208       11.8%', '  US                                  231          208       12.8%', '/knees--us/2022-q4-vs-2021-q4'],
  ])('%s altered beyond a unit of its figures is a mismatch', (_what, from, to, id) => {
    expect(EXCERPT).toContain(from);
    expect(check(EXCERPT.replace(from, to), id).verdict).toBe('mismatch');
  });
});

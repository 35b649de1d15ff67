// J&J's 4Q22 product sales schedules (JOHNSON_JOHNSON_2022Q4_EARNINGS.pdf through `pdftotext -layout`, unseen set
// s29; excerpt test/fixtures/import/real/jnj-2022-q4-product-sales.txt), "US | Intl | WW" under each product, the
// fourth quarter and the twelve months side by side, "Percentages are based on actual, non-rounded figures". Read
// right at last (its "% Change" over "Reported | Operational | Currency"), its reported changes held on 86 lines and
// failed on six:
// - CONCERTA US, 37 against 55, printed −34.3%: the US line is WW less Intl (168 − 131 = 37; 178 − 123 = 55), known
//   to the two lines' rounding, a unit (src/lib/checks/footed-lines.ts, a line footed from lines around it);
// - ERLEADA Intl's twelve months, 913 against 478 (+91%), printed "*" ("Percentage greater than 100% or not
//   meaningful") as reported, operational and currency alike, the operational changes of the column some
//   points above the reported: the line's changes withheld together (growth.ts, markedAcross);
// - KNEES US, 231 against 208, printed +11.8%: no line foots it (231 + 122 = 353, WW 354), and no rounding of 231 and
//   208 gives more than +11.57%: still a mismatch, as Southern Company's 4Q04 misprinted changes are (real.test.ts),
//   though the year printed beside the quarter would explain it were the quarter its year less nine months.
// CONCERTA altered beyond a unit of its figures is still a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2022-q4-product-sales.txt', 'utf8');

function check(text: string, id: string) {
  const checks = checkExcerpt(text, { id: 'jnj-2022-q4', headline: 'Johnson & Johnson Reports Q4 and Full-Year 2022 Results', name: 'Johnson & Johnson', ticker: 'JNJ', fiscalPeriod: '2022-q4', releaseDate: '2023-01-24', fiscalYearEnd: '12-31' });
  const c = checks.find((x) => x.id.endsWith(id));
  if (!c) throw new Error(`no check ending ${id}; growths: ${checks.filter((x) => x.kind === 'growth').map((x) => x.id).slice(0, 20).join(', ')}`);
  return c;
}

describe('changes of lines a release derives, judged with the rounding the derivation leaves (J&J, 4Q22)', () => {
  test.each([
    ['CONCERTA US, WW less Intl', '/concerta-methylphenidate--us/2022-q4-vs-2021-q4', 'rounding', "is printed as 'WW' less 'Intl' (168 − 131 = 37; 178 − 123 = 55)"],
    ['KNEES US, footed by no line, rounding alone', '/knees--us/2022-q4-vs-2021-q4', 'mismatch', 'the rounded inputs allow 10.5515 to 11.5663'],
    ['ERLEADA Intl, "*" in each of its changes', '/erleada--intl/2022-fy-vs-2021-fy', 'unverifiable', "in the line's other change of the same periods"],
  ])('%s', (_what, id, verdict, says) => {
    const c = check(EXCERPT, id);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(says);
  });

  test.each([
    ['CONCERTA US', ' US                                     37           55      -34.3%', ' US                                     37           55      -36.3%', '/concerta-methylphenidate--us/2022-q4-vs-2021-q4'],
    ['ERLEADA Intl over 9% (no basis reaches 100%)', ' Intl                                  266          149       78.0%            97.8%         -19.8%        913          478', ' Intl                                  266          149       78.0%            97.8%         -19.8%        513          478', '/erleada--intl/2022-fy-vs-2021-fy'],
  ])('%s altered beyond a unit of its figures is a mismatch', (_what, from, to, id) => {
    expect(EXCERPT).toContain(from);
    expect(check(EXCERPT.replace(from, to), id).verdict).toBe('mismatch');
  });
});

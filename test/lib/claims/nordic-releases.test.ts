// Prose of Nordic releases (unseen wire set s8: test/fixtures/claims/unseen/hkfoods-2024-q4, an excerpt of HKFoods'
// financial statements bulletin, ../shared/unseen-wire-s8/hkfoods-2024-q4.md): bullets under period headings of month
// ranges ("October–December 2024", "January–December 2024"), and the comparison period's figure in parentheses after
// a figure ("EUR 266.9 (249.7) million", "2.8 (2.2) per cent").
import { describe, expect, test } from 'vitest';
import { CLAIMABLE_KINDS, extractNumbers } from '../../../src/lib/claims/extract.ts';
import { Calendar } from '../../../src/lib/claims/prose-periods.ts';
import { readProse } from '../../../src/lib/claims/reading.ts';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/claims/unseen/hkfoods-2024-q4';

describe('a heading of a month range is the period of the bullets under it', () => {
  const release = loadRelease(DIR);
  const calendar = new Calendar(release);
  const readings = readProse(release.prose, extractNumbers(release.prose).filter((t) => CLAIMABLE_KINDS.includes(t.kind)));
  const periodOf = (quote: string, text: string) => {
    const line = release.prose.find((p) => p.text.includes(quote))!.line;
    const r = readings.find((x) => x.token.line === line && x.token.text === text)!;
    return r.period ? calendar.resolve(r.period.spec, r.period.words).id : null;
  };
  test.each([
    // Under "October–December 2024": the quarter.
    ['The Group’s EBIT from continuing operations totalled', 'EUR 6.5', '2024-q4'],
    ['net sales from continuing operations increased by 6.9 per cent', '6.9 per cent', '2024-q4'],
    // Under "January–December 2024": the year, never the quarter the release reports.
    ['net sales from continuing operations increased by 7.4 per cent', '7.4 per cent', '2024-fy'],
    ['The Group’s EBIT from continuing operations totalled EUR 22.4', 'EUR 22.4', '2024-fy'],
    ['Interest-bearing net debt was EUR 149.8', '69.5', '2024-fy'],
  ])('“%s” %s → %s', (quote, text, period) => {
    expect(periodOf(quote, text)).toBe(period);
  });
});

/** The release with one phrase of its prose changed, read again. */
function edited(release: Release, from: string, to: string): Release {
  expect(release.text).toContain(from);
  return parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file);
}

function numberOf(release: Release, quote: string, text: string): ProseNumber {
  const { numbers } = analyzeClaims(release, { claims: null, model: emptyModel });
  const line = release.prose.find((p) => p.text.includes(quote))!.line;
  const n = numbers.find((x) => x.line === line && x.text === text);
  expect(n, `'${text}' on line ${line}`).toBeDefined();
  return n!;
}

// [a quote of the sentence, the figure as the prose prints it, its check, its verdict, the figure printed wrong]
const linked: [string, string, string, 'exact' | 'rounding', string][] = [
  // "HKFoods’ net sales": the company's own (release.yaml's name, drafted from "HKFoods Plc, Financial Statements Bulletin").
  ['increased by 6.9 per cent to EUR 266.9', 'EUR 266.9', 'claim/net-sales/2024-q4', 'exact', 'EUR 276.9'],
  // Under "January–December 2024": the year's net sales, never the quarter's 266.9.
  ['increased by 7.4 per cent to EUR 1,001.8', 'EUR 1,001.8', 'claim/net-sales/2024-fy', 'exact', 'EUR 1,011.8'],
  // "The Group’s EBIT": the company's, as "the company's" is.
  ['EBIT from continuing operations totalled EUR 6.5', 'EUR 6.5', 'claim/ebit/2024-q4', 'exact', 'EUR 5.6'],
  ['EBIT from continuing operations totalled EUR 22.4', 'EUR 22.4', 'claim/ebit/2024-fy', 'exact', 'EUR 24.2'],
];

describe('money with its currency code before the figure, of the company named before its line item, is a claim', () => {
  const release = loadRelease(DIR);
  test.each(linked)('“%s…” %s → %s (%s); printed %s it is a mismatch', (quote, text, check, verdict, wrong) => {
    expect(numberOf(release, quote, text)).toMatchObject({ status: 'linked', check, verdict });
    const altered = edited(release, `${quote.slice(0, quote.indexOf(text))}${text}`, `${quote.slice(0, quote.indexOf(text))}${wrong}`);
    expect(numberOf(altered, quote.replace(text, wrong), wrong)).toMatchObject({ status: 'linked', check, verdict: 'mismatch' });
  });

  // Musti's "Adjusted EBITDA margin was 14.1% (17.7%)" under "October – December 2024" (unseen wire set s8) was a false
  // mismatch once the heading set the quarter: 17.7% is the comparison period's (10–12/2023 in its key figures).
  test.each([
    ['increased by 6.9 per cent to EUR 266.9', '249.7'],
    ['Interest-bearing net debt was EUR 149.8', '287.9'],
    ['Interest-bearing net debt was EUR 149.8', '121.0'],
    ['The comparable EBIT margin for the whole year was 2.8', '2.2'],
  ])('the comparison period\'s figure in parentheses is no figure of the period named: “%s…” %s', (quote, text) => {
    const n = numberOf(release, quote, text);
    expect(n).toMatchObject({ status: 'unlinked' });
    expect(n.status === 'unlinked' && n.reason).toMatch(/comparison period's figure, printed in parentheses/);
  });

  test('"EUR 266.9 (249.7) million": the scale after the parentheses is the figure\'s', () => {
    expect(numberOf(release, 'increased by 6.9 per cent to EUR 266.9', 'EUR 266.9')).toMatchObject({ scale: 6, unit: 'EUR' });
  });

  test('a line item whose words name the company only where the release names none stays unlinked ("HKFoods’ net sales" with no name in release.yaml)', () => {
    const nameless = { ...release, meta: { ...release.meta, name: '' } };
    expect(numberOf(nameless, 'increased by 6.9 per cent to EUR 266.9', 'EUR 266.9').status).toBe('unlinked');
  });
});

// Musti's interim report (unseen wire set s8; excerpt test/fixtures/claims/unseen/musti-2024-q4): under "October – December
// 2024", "Adjusted EBITDA margin was 14.1% (17.7%)"; its key figures print 14.1% for 10–12/2024 and 17.7% for 10–12/2023.
describe('Musti: this period\'s figure is checked against the heading\'s quarter, the one in parentheses is not', () => {
  const release = loadRelease('test/fixtures/claims/unseen/musti-2024-q4');
  test.each([
    ['Adjusted EBITDA margin was 14.1%', '14.1%', 'exact'],
    ['Adjusted EBITA margin was 6.0%', '6.0%', 'exact'],
  ])('“%s” %s is %s; printed wrong it is a mismatch, and the prior figure is never one', (quote, text, verdict) => {
    expect(numberOf(release, quote, text)).toMatchObject({ status: 'linked', verdict });
    const wrong = `${(Number(text.replace('%', '')) + 1).toFixed(1)}%`;
    const altered = edited(release, quote, quote.replace(text, wrong));
    expect(numberOf(altered, quote.replace(text, wrong), wrong)).toMatchObject({ status: 'linked', verdict: 'mismatch' });
    const prior = release.prose.find((p) => p.text.includes(quote))!.text.match(/\((\d+\.\d%)\)/)![1];
    expect(numberOf(release, quote, prior).status).toBe('unlinked');
  });
});

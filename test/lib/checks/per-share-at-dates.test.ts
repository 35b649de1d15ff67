// A figure per share at a date with no basis is a balance over the shares outstanding at that date
// (src/lib/checks/per-share-rows.ts): Clairvest's financial position, "Book value per share" under "Book value"
// and "Common shares outstanding", at December 31 and March 31. Earnings per share with no basis, or in a table of
// periods, is never so read: its shares are a weighted average no date states.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const perShare = (edits: [string, string][] = []) => excerpt('cvg-fy2025-q3', edits).checks.filter((c) => /^definition\/[^/]+\/book-value-per-share\//.test(c.id));

describe('book value per share is book value over the common shares outstanding at the date', () => {
  test.each([
    // [column, computed to two places]
    ['2024-12-31', '86.78'],
    ['2024-03-31', '80.16'],
  ])('%s: %s', (column, computed) => {
    const c = perShare().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.formula).toBe('Book value per share = Book value ÷ Common shares outstanding');
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test.each([
    // a planted error: [what, as printed, altered, the column that fails]
    ['book value per share at December 31, 86.78 printed 87.78', 'Book value per share(2)\t86.78', 'Book value per share(2)\t87.78', '2024-12-31'],
    ['shares outstanding at March 31, 14,673,701 printed 14,763,701', '14,223,531\t14,673,701', '14,223,531\t14,763,701', '2024-03-31'],
  ])('%s is a mismatch there, corroborated by the other date', (_what, from, to, column) => {
    expect(perShare([[from, to]]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').slice(2).join('/'))).toEqual([`book-value-per-share/${column}`]);
  });

  test('earnings per share that names no basis is not divided by shares outstanding at a date', () => {
    const checks = excerpt('cvg-fy2025-q3', [['Book value per share(2)', 'Net income per share']]).checks;
    expect(checks.filter((c) => c.id.includes('/net-income-per-share/'))).toEqual([]);
  });
});

describe('NAV per share is NAV over the fully diluted shares at the end of the period (Mercialys, EPRA NTA and NDV at December 31, 2023)', () => {
  const nav = (edits: [string, string][] = []) => excerpt('mery-2024-fy-nav', edits).checks.filter((c) => c.id.includes('/nav-per-share-eur/'));

  test.each([
    ['2023-12-31.epra-nta', '16.29'],
    ['2023-12-31.epra-ndv', '17.10'],
  ])('%s: %s', (column, computed) => {
    const c = nav().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.formula).toBe('NAV per share (EUR) = NAV ÷ Fully diluted number of shares at end of period');
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('NDV per share altered, 17.10 printed 17.01, is a mismatch there, corroborated by NTA', () => {
    expect(nav([['<u>16.29</u>\t<u>17.10</u>', '<u>16.29</u>\t<u>17.01</u>']]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').slice(2).join('/'))).toEqual(['nav-per-share-eur/2023-12-31.epra-ndv']);
  });
});

// Book value per share where the table prints no line named for it: the table's one line of (common) stockholders'
// equity, or of tangible equity for tangible book value (banks of the unseen sets s13 and s14, 1Q20). The label does not
// name the line, so a failing column is a mismatch only where every other column holds, two at least.
describe('book value per share over the equity line the table prints, where no line is named book value', () => {
  const EXCERPTS = {
    hbnc: ['hbnc-2020-q1-tangible-book-value', 'tangible-book-value-per-common-share', "Total tangible stockholders' equity"],
    ax: ['ax-fy2020-q3-tangible-book-value', 'tangible-book-value-per-common-share-non-gaap', 'Tangible common stockholders’ equity (Non-GAAP)'],
    fmnb: ['fmnb-2020-q1-book-value', 'book-value-per-share', 'Stockholders’ Equity'],
  } as const;
  const checksOf = (which: keyof typeof EXCERPTS, edits: [string, string][] = []) =>
    excerpt(EXCERPTS[which][0], edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === EXCERPTS[which][1]);

  test.each([
    // [excerpt, column, computed to two places]
    ['hbnc', '2020-03-31', '10.37'],
    ['hbnc', '2019-03-31', '9.60'],
    ['ax', '2020-03-31', '17.46'],
    ['ax', '2019-03-31', '14.49'],
    ['fmnb', '2020-03-31', '10.80'],
    ['fmnb', '2019-06-30', '10.26'],
  ] as const)('%s %s: %s, over its equity line (common equity before the total, a Non-GAAP mark aside)', (which, column, computed) => {
    const c = checksOf(which).find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.some((i) => i.includes('equity'))).toBe(true);
    expect(c.restsOn).toContain(`'${EXCERPTS[which][2]}'`);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test.each([
    // a planted error: [excerpt, as printed, altered, the column that fails]
    ['hbnc', '$ 10.63\t$ 10.31', '$ 10.63\t$ 10.81', '2019-09-30'],
    ['hbnc', '44,975,771', '44,275,771', '2019-12-31'],
    ['fmnb', '28,127', '28,727', '2020-03-31'],
  ] as const)('%s: %s altered to %s is a mismatch there, corroborated by the other columns', (which, from, to, column) => {
    expect(checksOf(which, [[from, to]]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual([column]);
  });

  test('a table of two columns, one off: the other alone does not corroborate the reading, so it is unverifiable', () => {
    const checks = checksOf('ax', [['<u>$ 1,041,465</u>', '<u>$ 1,071,465</u>']]);
    expect(checks.map((c) => [c.id.split('/').at(-1), c.verdict])).toEqual([['2020-03-31', 'unverifiable'], ['2019-03-31', 'rounding']]);
  });

  test('two columns off (preferred stock left out of book value per common share, say) accuse none', () => {
    const checks = checksOf('hbnc', [['$ 10.37\t$ 10.63', '$ 10.07\t$ 10.93']]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'unverifiable').map((c) => c.id.split('/').at(-1))).toEqual(['2020-03-31', '2019-12-31']);
  });

  test('a table of two equity lines, neither common, names no book value: not read', () => {
    expect(checksOf('fmnb', [['Total Liabilities and Stockholders’ Equity', 'Shareholders’ Equity']])).toEqual([]);
  });
});

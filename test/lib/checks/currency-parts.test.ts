// A whole's change at constant currency read from its parts' (src/lib/checks/currency-parts.ts), on Pfizer's revenues
// of 4Q21 (test/fixtures/checks/corpus/pfe-2021-q4-revenues): "WORLDWIDE | UNITED STATES | TOTAL INTERNATIONAL", the
// whole and the international part printing "% Change Oper.", the United States only "% Change Total"; note 7 defines
// operational variances as growth rates that exclude the impact of foreign exchange rates. Its international revenues by
// region print the same lines for Developed Europe, Developed Rest of World and Emerging Markets, each with its "Oper.".
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const PFE = 'pfe-2021-q4-revenues';
const WW = (row: string) => `growth/revenues-fourth-quarter-2021-and-2020/${row}/2021-q4-vs-2020-q4.worldwide-oper`;
const PREVNAR = '    Prevnar family(d)\t1,302\t1,750\t(26%)\t(25%)\t571\t786\t(27%)\t731\t964\t(24%)\t(24%)';
const INLYTA = '    Inlyta\t260\t228\t14%\t15%\t152\t152\t—\t109\t76\t42%\t44%';

describe("a whole's change at constant currency, from its parts'", () => {
  test.each([
    // (571 + 964 × 76%) ÷ 1,750 − 1 = −25.5%, printed (25%)
    ['prevnar-family', 'rounding', '-25.5'],
    // (152 + 76 × 144%) ÷ 228 − 1 = 14.7%, printed 15%
    ['inlyta', 'rounding', '14.6'],
    // (7,680 + 5,800 × 281%) ÷ 11,634 − 1 = 106.1%, printed 106%
    ['total-revenues', 'rounding', '106.1'],
  ])('%s → %s (%s…)', (row, verdict, computed) => {
    const c = excerpt(PFE).check(WW(row));
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
    expect(c.restsOn).toContain('exclude the impact of foreign exchange');
    expect(c.restsOn).toContain('read as having no effect of currency');
  });

  test.each([
    // the whole's change altered: Prevnar (25%) printed (35%)
    [PREVNAR, PREVNAR.replace('(26%)\t(25%)', '(26%)\t(35%)'), 'prevnar-family', 'prevnar-family/2021-q4-vs-2020-q4.worldwide-oper'],
    // a part's change altered: Inlyta international 44% printed 64%, which the whole's 15% no longer follows from
    [INLYTA, INLYTA.replace('42%\t44%', '42%\t64%'), 'inlyta', 'inlyta/2021-q4-vs-2020-q4.total-international-oper'],
  ])('a planted error: %j → %j is a mismatch of %s, reading the figure altered', (from, to, row, read) => {
    const c = excerpt(PFE, [[from, to]]).check(WW(row));
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('so the reading is right');
    expect([...c.inputs, c.reported.fact].some((f) => f?.endsWith(read))).toBe(true);
  });

  test('a line whose part prints no change ("*") is not read from its parts', () => {
    // Ruxience: international 13 against 4, "*"
    const c = excerpt(PFE).check(WW('ruxience'));
    expect(c.verdict).toBe('unverifiable');
    expect(c.restsOn ?? '').not.toContain('no effect of currency');
  });

  test('without a sentence saying what "Oper." leaves out, nothing is read from the parts', () => {
    const note = excerpt(PFE).release.text.split('\n').find((l) => l.startsWith('(7)'))!;
    const c = excerpt(PFE, [[note, '(7)See the notes.']]).check(WW('prevnar-family'));
    expect(c.verdict).toBe('unverifiable');
  });

  const INTL = (row: string) => `growth/revenues-fourth-quarter-2021-and-2020/${row}/2021-q4-vs-2020-q4.total-international-oper`;
  const REGIONS = '    Prevnar family(d)\t223\t349\t(36%)\t(35%)\t102\t133\t(23%)\t(21%)\t405\t481\t(16%)\t(16%)';

  test.each([
    // (349 × 65% + 133 × 79% + 481 × 84%) ÷ 964 − 1 = −23.66%, printed (24%)
    ['prevnar-family', '-23.6'],
    // (32 × 160% + 20 × 118% + 24 × 144%) ÷ 76 − 1 = 43.9%, printed 44%
    ['inlyta', '43.8'],
  ])('the international whole from the regions, another table: %s (%s…)', (row, computed) => {
    const c = excerpt(PFE).check(INTL(row));
    expect(c.verdict).toBe('rounding');
    expect(c.computed!.startsWith(computed)).toBe(true);
    expect(c.restsOn).toContain('another table prints the parts of');
    expect(c.inputs.some((i) => i.includes('/international-revenues-by-geographic-region-fourth-quarter/'))).toBe(true);
  });

  test("a region's change altered is a mismatch of the whole's: Emerging Markets' Prevnar (16%) printed 6%", () => {
    const c = excerpt(PFE, [[REGIONS, REGIONS.replace('405\t481\t(16%)\t(16%)', '405\t481\t(16%)\t6%')]]).check(INTL('prevnar-family'));
    expect(c.verdict).toBe('mismatch');
    expect(c.inputs.some((i) => i.endsWith('/prevnar-family/2021-q4-vs-2020-q4.emerging-markets-oper'))).toBe(true);
  });

  test('regions whose lines do not add up to the whole are not read as its parts', () => {
    // every region's 2020 amounts doubled (the header rows kept): the lines no longer add up to "TOTAL INTERNATIONAL" in 2020
    const lines = excerpt(PFE).release.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('INTERNATIONAL REVENUES BY GEOGRAPHIC REGION'));
    const doubled = lines.map((l, i) => (i <= at || !l.includes('\t') || l.split('\t')[0]!.trim() === '' ? l : l.split('\t').map((cell, k) => (k % 4 === 2 && /^[\d,]+$/.test(cell) ? String(Number(cell.replace(/,/g, '')) * 2) : cell)).join('\t')));
    const c = excerpt(PFE, [[lines.join('\n'), doubled.join('\n')]]).check(INTL('prevnar-family'));
    expect(c.restsOn ?? '').not.toContain('another table prints the parts of');
  });
});

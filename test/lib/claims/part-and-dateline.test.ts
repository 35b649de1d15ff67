// NorthWestern's 2024 results (unseen wire set s7, excerpt test/fixtures/claims/nwe-2024-fy): three readings of the
// prose a verdict rests on.
// - The wire's dateline ("BUTTE, Mont. & SIOUX FALLS, S.D.--(BUSINESS WIRE)--February 12, 2025--") stands alone as a
//   heading does but heads nothing: read as a heading it "qualified" every paragraph under it, so no figure there was
//   linked ("the words name 'BUTTE, Mont. … Net income', which no table prints"); Metalpha's "HONG KONG, Feb. 13, 2025"
//   and "PR Newswire" did the same.
// - "This resulted in an income tax benefit of $7.0 million during 2024, related to repair costs …" presents a part of
//   the year's benefit: judged against the statement's whole "Income Tax Benefit (Expense) 9.4" it was a false mismatch.
// - "non-GAAP net income and earnings per share were $208.9 million and $3.40, respectively, compared to $197.3 million
//   and $3.27 in 2023": the basis opening the list is each subject's, and the figures compared with are the same
//   subjects' in order; "$3.27" was judged against GAAP basic EPS for 2023 (3.22), a false mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { isDateline } from '../../../src/lib/claims/reading.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/nwe-2024-fy');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const PART = 'This resulted in an income tax benefit of $7.0 million during 2024, related to repair costs';
const WHOLE = 'as compared to an income tax expense of $7.5 million in 2023';
const NON_GAAP = "NorthWestern's 2024 non-GAAP net income and earnings per share were $208.9 million and $3.40, respectively, compared to $197.3 million and $3.27 in 2023.";

describe('a dateline heads nothing', () => {
  test.each([
    ['BUTTE, Mont. & SIOUX FALLS, S.D.--(BUSINESS WIRE)--February 12, 2025--', true],
    ['HONG KONG, Feb. 13, 2025', true],
    ['PR Newswire', true],
    ['Helsinki, Finland, 13 February 2025 at 8:00 EET', true],
    ['Fourth Quarter, December 31, 2024', false],
    ['Full Year 2024', false],
    ['December 31, 2024', false],
    ['Results of Operations, Year Ended December 31, 2024', false],
    ['Data Center', false],
  ])('%s: %s', (text, dateline) => expect(isDateline(text)).toBe(dateline));

  test('the paragraphs under the dateline link what they name', () => {
    expect(release.text).toContain('--(BUSINESS WIRE)--');
    const { numbers, checks } = claims(release.text);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const at = (line: number, text: string) => numbers.find((n) => n.line === line && n.text === text)!;
    expect(at(15, '$224.1 million')).toMatchObject({ status: 'linked', check: 'claim/net-income/2024-fy' });
    expect(at(52, '$9.4 million')).toMatchObject({ status: 'linked', check: 'claim/income-tax/2024-fy' });
  });
});

describe('a figure presented as a part is not the line (NorthWestern, 2024)', () => {
  test.each([
    // [case, sentence replaced, by, figure, linked check or null, verdict]
    ['the part, as printed', PART, PART, '$7.0 million', null, null],
    ['the part, printed as the whole', PART, PART.replace('$7.0', '$9.4'), '$9.4 million', null, null],
    ['"of which"', PART, 'This resulted in an income tax benefit of $9.4 million, of which $7.0 million related to repair costs', '$7.0 million', null, null],
    ['"attributable to" a cause', PART, PART.replace('related to', 'attributable to'), '$7.0 million', null, null],
    // Without the words of a part the figure is the line's, and a wrong figure is a mismatch.
    ['no words of a part', PART, 'This resulted in an income tax benefit of $7.0 million during 2024. Repair costs', '$7.0 million', 'claim/income-tax/2024-fy/2', 'mismatch'],
    ['"primarily related to" explains the whole', PART, PART.replace('related to', 'primarily related to'), '$7.0 million', 'claim/income-tax/2024-fy/2', 'mismatch'],
    // The whole line, named with its period, is judged: a wrong figure is a mismatch.
    ['the whole, as printed', WHOLE, WHOLE, '$7.5 million', 'claim/income-tax/2023-fy', 'exact'],
    ['the whole, printed wrong', WHOLE, WHOLE.replace('$7.5', '$8.5'), '$8.5 million', 'claim/income-tax/2023-fy', 'mismatch'],
  ])('%s', (_, from, to, text, id, verdict) => {
    expect(release.text).toContain(from);
    const { numbers, checks } = claims(release.text.replace(from, to));
    // The part's sentence follows the whole's: its figure is the last of that text on the line.
    const same = numbers.filter((x) => x.line === 52 && x.text === text);
    const n = from === WHOLE ? same[0] : same.at(-1)!;
    if (id === null) {
      expect(n.status).toBe('unlinked');
      expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    } else {
      expect(n).toMatchObject({ status: 'linked', check: id });
      expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    }
  });
});

describe('figures compared with a list closed by "respectively" are the same subjects, with the list\'s basis', () => {
  // The excerpt prints no non-GAAP table: non-GAAP figures name nothing it prints, never its GAAP lines.
  test.each([
    ['as printed', NON_GAAP],
    ['compared figure printed as GAAP basic EPS', NON_GAAP.replace('$3.27', '$3.22')],
    ['compared figure printed wrong', NON_GAAP.replace('$3.27', '$4.27')],
  ])('non-GAAP: %s', (_, sentence) => {
    const { numbers, checks } = claims(release.text.replace(NON_GAAP, sentence));
    for (const n of numbers.filter((x) => x.line === 15 && x.column > 300 && /^\$/.test(x.text))) expect(n.status).not.toBe('linked');
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  // On GAAP lines the excerpt prints, each figure compared with is its own subject's, and a wrong one is a mismatch.
  const GAAP = NON_GAAP.replace("2024 non-GAAP net income and earnings per share were $208.9 million and $3.40", '2024 net income and diluted earnings per share were $224.1 million and $3.65').replace('$197.3 million and $3.27', '$194.1 million and $3.22');
  test.each([
    ['as printed', GAAP, '$3.22', 'exact'],
    ['EPS compared with printed wrong', GAAP.replace('$3.22 in', '$3.42 in'), '$3.42', 'mismatch'],
    ['net income compared with printed wrong', GAAP.replace('$194.1', '$184.1'), '$184.1 million', 'mismatch'],
  ])('GAAP: %s', (_, sentence, text, verdict) => {
    const { numbers, checks } = claims(release.text.replace(NON_GAAP, sentence));
    const n = numbers.find((x) => x.line === 15 && x.text === text)!;
    // The sentence's own claims come after those of the one before, which names the same lines: hence "/2", "/3".
    const id = text.includes('million') ? 'claim/net-income/2023-fy/2' : 'claim/eps-diluted/2023-fy/3';
    expect(n).toMatchObject({ status: 'linked', check: id });
    expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
  });
});

// The linker on releases it was not written against, reproduced verbatim: every figure it
// links is linked to the line item and period the sentence names, nothing it cannot tie is
// guessed into a verdict, and a figure changed to a wrong one is a mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release, ReleaseMeta } from '../../../src/lib/types.ts';
import { readFileSync } from 'node:fs';
import { importRelease } from '../../../src/lib/import/index.ts';

const linked = (numbers: ProseNumber[], line: number, text: string) => {
  const n = numbers.find((x) => x.line === line && x.text === text);
  expect(n, `'${text}' on line ${line}`).toBeDefined();
  return n!;
};
/** The release with one phrase of its prose changed, read again. */
const edited = (release: Release, from: string, to: string): Release => {
  expect(release.text).toContain(from);
  return parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file);
};

describe('The Buckle, Inc., Q3 fiscal 2024 (a retailer: net sales, 13- and 39-week periods, a fiscal year named by its start)', () => {
  const release = loadRelease('test/fixtures/claims/bke-2024-q3');
  const { numbers, checks, issues } = analyzeClaims(release, { claims: null, model: emptyModel });

  test('no claim is a mismatch, and no figure is linked by a coincidence', () => {
    expect(issues).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch' || c.verdict === 'unverifiable')).toEqual([]);
    expect(checks).toHaveLength(21);
  });

  test('"Net sales … decreased 3.2 percent to $293.6 million from net sales of $303.5 million for the prior year 13-week fiscal quarter"', () => {
    expect(linked(numbers, 5, '3.2 percent')).toMatchObject({ status: 'linked', confidence: 'high', verdict: 'rounding' });
    // "SALES, Net of returns and allowances" is the statement's line the words name, in both periods.
    const inputsOf = (n: ProseNumber) => (n.status === 'linked' ? checks.find((c) => c.id === n.check)!.inputs : []);
    const current = linked(numbers, 5, '$293.6 million');
    expect(current).toMatchObject({ status: 'linked', confidence: 'high', evidence: { subject: { words: 'Net sales' } } });
    expect(inputsOf(current)).toEqual(['bke-2024-q3/statements-of-income/sales-net-of-returns-and-allowances/2024-q3']);
    expect(inputsOf(linked(numbers, 5, '$303.5 million'))).toEqual(['bke-2024-q3/statements-of-income/sales-net-of-returns-and-allowances/2023-q3']);
  });

  test('"Net income for the third quarter of fiscal 2024 was $44.2 million", "compared with … $51.8 million … for the third quarter of fiscal 2023"', () => {
    expect(linked(numbers, 11, '$44.2 million')).toMatchObject({ is: 'net-income', confidence: 'high', evidence: { period: { id: '2024-q3', words: 'third quarter of fiscal 2024' } } });
    expect(linked(numbers, 11, '$51.8 million')).toMatchObject({ is: 'net-income@2023-q3', verdict: 'rounding' });
  });

  test('"$0.89 per share ($0.88 per share on a diluted basis)": the basic and the diluted figure', () => {
    expect(linked(numbers, 11, '$0.89 per share')).toMatchObject({ is: 'eps-basic', verdict: 'exact' });
    expect(linked(numbers, 11, '$0.88 per share')).toMatchObject({ is: 'eps-diluted', verdict: 'exact', confidence: 'high' });
    expect(linked(numbers, 13, '$2.81 per share')).toMatchObject({ is: 'eps-diluted@2023-9m', verdict: 'exact' });
  });

  test('comparable store and online sales, which no table prints, are unlinked: never a mismatch against total sales', () => {
    for (const [line, text] of [[5, '0.7 percent'], [5, '1.1 percent'], [5, '$46.6 million'], [7, '5.4 percent'], [7, '$128.0 million']] as const) {
      expect(linked(numbers, line, text).status, text).toBe('unlinked');
    }
    expect(linked(numbers, 5, '0.7 percent')).toMatchObject({ reason: 'the words name “Comparable store net sales”, which no table prints' });
  });

  test('with release.yaml naming its fiscal years by their end (2025-q3), the prose\'s fiscal 2024 still reads as its own quarter', () => {
    const meta = { ...release.meta, fiscalYearNamedBy: 'end' as const, fiscalPeriod: '2025-q3' };
    const misnamed = analyzeClaims(parseRelease(release.text, meta, emptyModel, release.file), { claims: null, model: emptyModel });
    expect(misnamed.checks.map((c) => c.verdict)).toEqual(checks.map((c) => c.verdict));
    expect(misnamed.numbers.find((n) => n.line === 11 && n.text === '$44.2 million')).toMatchObject({ is: 'net-income', evidence: { period: { id: '2025-q3' } } });
  });

  test('"the 53rd week", "13-week and 39-week periods" are not amounts', () => {
    expect(linked(numbers, 9, '53')).toMatchObject({ status: 'not-derivable', reason: '“53rd” is an ordinal that orders things, not a figure of the tables' });
    expect(linked(numbers, 9, '13')).toMatchObject({ status: 'not-derivable', reason: '“13-week” names a length of time, not an amount' });
  });

  test('a wrong figure is caught: "$42.2 million" for net income of 44,172 thousand is a mismatch showing both', () => {
    const wrong = analyzeClaims(edited(release, 'fiscal 2024 was $44.2 million', 'fiscal 2024 was $42.2 million'), { claims: null, model: emptyModel });
    const c = wrong.checks.find((x) => x.reported.text === '$42.2 million')!;
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '44.172', reported: { value: '42.2' } });
    expect(c.explanation).toContain('44,172 thousand rounds to 44.2 million, not 42.2 million.');
  });

  test('a wrong direction is caught: net sales "increased 3.2 percent" when they fell', () => {
    const wrong = analyzeClaims(edited(release, 'decreased 3.2 percent', 'increased 3.2 percent'), { claims: null, model: emptyModel });
    expect(wrong.checks.find((x) => x.reported.text === '3.2 percent')).toMatchObject({ verdict: 'mismatch', reported: { value: '3.2' } });
  });
});

describe('MasterCraft Boat Holdings, Q3 fiscal 2026 (test/fixtures/checks/real/mcft-2026-q3): amounts of change, losses in parentheses, adjusted measures', () => {
  const release = loadRelease('test/fixtures/checks/real/mcft-2026-q3');
  const { numbers, checks, issues } = analyzeClaims(release, { claims: null, model: emptyModel });

  test('no claim is a mismatch or unverifiable; the figures the statements print are linked', () => {
    expect(issues).toEqual([]);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding').map((c) => c.id)).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(15);
  });


  test('"Net sales … were $78.2 million, up $2.2 million, or 3.0%": the amount of change is net sales less the prior year\'s', () => {
    expect(linked(numbers, 10, '$78.2 million')).toMatchObject({ is: 'revenue', confidence: 'high' });
    expect(linked(numbers, 10, '$2.2 million')).toMatchObject({ is: 'change(revenue, 2025-q3)', verdict: 'rounding' });
    expect(linked(numbers, 10, '3.0%')).toMatchObject({ is: 'growth(revenue, 2025-q3)', verdict: 'rounding' });
  });

  test('"Gross margin percentage increased 420 basis points during the third quarter of fiscal 2026, compared to the prior-year period"', () => {
    expect(linked(numbers, 25, '420 basis points')).toMatchObject({
      is: 'change(gross-margin, 2025-q3)',
      verdict: 'exact',
      evidence: { period: { id: '2026-q3', words: 'third quarter of fiscal 2026' }, prior: { id: '2025-q3', words: 'the prior-year period' } },
    });
  });

  test('"Operating expenses increased $9.2 million": 20,840 − 11,651 = 9,189 thousand', () => {
    expect(linked(numbers, 27, '$9.2 million')).toMatchObject({ is: 'change(operating-expenses, 2025-q3)', verdict: 'rounding' });
  });

  test('"Loss from continuing operations … was ($0.7) million, or ($0.04) per diluted share": negative figures in parentheses around the dollar sign', () => {
    expect(linked(numbers, 12, '($0.7) million')).toMatchObject({ is: 'income-continuing', confidence: 'high', verdict: 'rounding' });
    expect(linked(numbers, 12, '($0.04) per diluted share')).toMatchObject({ status: 'linked', verdict: 'exact' });
  });

  test('"Adjusted Net income was $7.2 million …, compared to $5.0 million": adjusted measures the tables do not print are unlinked, never held to GAAP net income', () => {
    for (const text of ['$7.2 million', '$0.45 per diluted share', '$5.0 million', '$0.30 per diluted share']) {
      expect(linked(numbers, 31, text).status, text).toBe('unlinked');
    }
    expect(linked(numbers, 33, '13.7%')).toMatchObject({ status: 'unlinked', reason: 'the words name “Adjusted EBITDA margin”, which no table prints' });
  });

  test('the outlook is not derivable', () => {
    for (const text of ['$312 million', '$40 million', '$1.65', '$8 million']) {
      expect(linked(numbers, 47, text)).toMatchObject({ status: 'not-derivable', reason: expect.stringContaining('forward-looking') });
    }
  });

  test('a wrong amount of change is caught: "up $3.2 million" for net sales that rose 2,246 thousand', () => {
    const wrong = analyzeClaims(edited(release, 'were $78.2 million, up $2.2 million', 'were $78.2 million, up $3.2 million'), { claims: null, model: emptyModel });
    const c = wrong.checks.find((x) => x.reported.line === 10 && x.reported.text === '$3.2 million')!;
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '2.246', reported: { value: '3.2' } });
    expect(c.explanation).toContain('Printed 3.2');
  });
});

describe('SunCoke Energy, Q2 2026 (test/fixtures/checks/real/sxc-2026-q2): amounts of change, segments under headings, an outlook of ranges', () => {
  const release = loadRelease('test/fixtures/checks/real/sxc-2026-q2');
  const { numbers, checks, issues } = analyzeClaims(release, { claims: null, model: emptyModel });

  test('no claim is a mismatch; the consolidated figures and their changes are linked', () => {
    expect(issues).toEqual([]);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding').map((c) => c.id)).toEqual([]);
    expect(linked(numbers, 3, '$13.1 million')).toMatchObject({ is: 'net-income-attributable', verdict: 'exact', confidence: 'high' });
    expect(linked(numbers, 3, '$1.9 million')).toMatchObject({ is: 'net-income-attributable@2025-q2', verdict: 'exact' });
    expect(linked(numbers, 4, '$69.6 million')).toMatchObject({ is: 'adjusted-ebitda', verdict: 'exact' });
    expect(linked(numbers, 25, '$41.2 million')).toMatchObject({ is: 'change(revenue, 2025-q2)', verdict: 'exact' });
    expect(linked(numbers, 29, '$26.0 million')).toMatchObject({ is: 'change(adjusted-ebitda, 2025-q2)', verdict: 'exact' });
  });

  test('consolidated net income, which the quoted tables do not print, is unlinked: never held to net income attributable', () => {
    expect(linked(numbers, 3, '$15.6 million').status).toBe('unlinked');
    expect(linked(numbers, 3, '$3.5 million').status).toBe('unlinked');
  });

  test('a segment\'s sentences under its heading ("Domestic Coke") are checked against the table that heading names, never the consolidated one', () => {
    expect(linked(numbers, 48, '$42.9 million')).toMatchObject({
      status: 'linked',
      is: 'change([domestic-coke/revenues/2026-q2], [domestic-coke/revenues/2025-q2])',
      verdict: 'exact',
      evidence: { subject: { label: 'Domestic Coke — Revenues' } },
    });
    expect(linked(numbers, 50, '$2.0 million')).toMatchObject({ is: 'change([domestic-coke/adjusted-ebitda/2026-q2], [domestic-coke/adjusted-ebitda/2025-q2])', verdict: 'exact' });
    // "Revenues and Adjusted EBITDA increased in the second quarter of 2026 by $83.3 million and $26.7 million,
    // respectively": the k-th amount is the k-th subject's change, in the table the heading names.
    expect(linked(numbers, 70, '$83.3 million')).toMatchObject({
      is: 'change([industrial-services/revenues/2026-q2], [industrial-services/revenues/2025-q2])',
      verdict: 'exact',
    });
    expect(linked(numbers, 70, '$26.7 million')).toMatchObject({
      is: 'change([industrial-services/adjusted-ebitda/2026-q2], [industrial-services/adjusted-ebitda/2025-q2])',
      verdict: 'exact',
    });
    // "Corporate and Other Adjusted EBITDA", which no table prints.
    expect(linked(numbers, 76, '$7.3 million').status).toBe('unlinked');
  });

  test('claims about rows of one id in several tables ("Revenues" of the consolidated table and of each segment) are named by their table, not numbered in reading order', () => {
    expect(checks.map((c) => c.id).filter((id) => id.startsWith('claim/change/')).sort()).toEqual([
      'claim/change/adjusted-ebitda/2026-q2-vs-2025-q2',
      'claim/change/domestic-coke/adjusted-ebitda/2026-q2-vs-2025-q2',
      'claim/change/domestic-coke/revenues/2026-q2-vs-2025-q2',
      'claim/change/industrial-services/adjusted-ebitda/2026-q2-vs-2025-q2',
      'claim/change/industrial-services/revenues/2026-q2-vs-2025-q2',
      'claim/change/net-income-attributable/2026-q2-vs-2025-q2',
      'claim/change/revenue/2026-q2-vs-2025-q2',
    ]);
  });

  test('a wrong segment figure is a mismatch against its own table: "decreased $40.9 million" for 367.5 − 410.4 = −42.9', () => {
    const wrong = analyzeClaims(edited(release, 'decreased $42.9 million', 'decreased $40.9 million'), { claims: null, model: emptyModel });
    const c = wrong.checks.find((x) => x.reported.text === '$40.9 million')!;
    expect(c).toMatchObject({ verdict: 'mismatch', computed: '-42.9', reported: { value: '-40.9' } });
  });

  test('the guidance ranges under "2026 REVISED OUTLOOK" are not derivable, and so are phone numbers with their country code', () => {
    for (const text of ['$23 million', '$42 million']) expect(linked(numbers, 83, text)).toMatchObject({ status: 'not-derivable', reason: expect.stringContaining('forward-looking') });
    expect(linked(numbers, 95, '1-800-715-9871')).toMatchObject({ status: 'not-derivable', kind: 'phone' });
  });
});

describe('Motorcar Parts of America, Q1 fiscal 2027 (whole dollars in the table, millions in the prose, two margins compared)', () => {
  const release = loadRelease('test/fixtures/checks/real/mpaa-2027-q1');
  const { numbers, checks, issues } = analyzeClaims(release, { claims: null, model: emptyModel });

  test('no claim is a mismatch', () => {
    expect(issues).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch' || c.verdict === 'unverifiable')).toEqual([]);
    expect(checks.length).toBeGreaterThanOrEqual(13);
  });

  test('"impacted by non-cash expenses of $4.7 million, and one-time items of $3.0 million": parts of operating income, never linked to a line whose figure happens to agree', () => {
    const line = release.text.split('\n').findIndex((l) => l.startsWith('Operating income for the fiscal 2027 first quarter')) + 1;
    // $3.0 million once read as net income of Q1 FY2026 and $3.5 million of non-cash items as operating income, by their values.
    for (const text of ['$4.7 million', '$3.0 million', '$1.4 million']) expect(linked(numbers, line, text).status, text).toBe('unlinked');
    expect(numbers.filter((n) => n.line === line && n.text === '$3.5 million').map((n) => n.status)).toEqual(['linked', 'unlinked', 'unlinked']);
  });

  test('"Gross margin … was 16.2 percent compared with 18.0 percent a year ago" is not read as gross profit\'s growth (it fell 19.9%)', () => {
    const line = release.text.split('\n').findIndex((l) => l.startsWith('Gross profit for the fiscal 2027')) + 1;
    for (const text of ['16.2 percent', '18.0 percent']) expect(linked(numbers, line, text).status).not.toBe('linked');
    expect(checks.filter((c) => c.id.startsWith('claim/growth/gross-profit/'))).toEqual([]);
  });

  test('the heading "Three-Month Results" names a span, not a line item: the figures under it link to the statement\'s lines', () => {
    const line = release.text.split('\n').findIndex((l) => l.startsWith('Net sales for the first quarter')) + 1;
    expect(linked(numbers, line, '$168.0 million')).toMatchObject({ status: 'linked', confidence: 'high', verdict: 'rounding' });
    expect(linked(numbers, line, '$188.4 million')).toMatchObject({ status: 'linked', verdict: 'rounding' });
  });

  test('"decreased by $768,000 to $12.0 million from $12.8 million" is the change in interest expense, exact in whole dollars', () => {
    expect(checks.find((c) => c.id === 'claim/change/interest-expense-net/2027-q1-vs-2026-q1')).toMatchObject({ verdict: 'exact', computed: '-768000' });
  });
});

describe('Bank of America 4Q24, as a converter of its PDF wrote it in Markdown (test/fixtures/import/real/bac-2024-q4.md): segment pages', () => {
  const source = readFileSync('test/fixtures/import/real/bac-2024-q4.md', 'utf8');
  const imported = importRelease({ text: source, file: 'bac.md', kind: 'text' }, { ticker: 'BAC', name: 'Bank of America Corporation', exchange: 'NYSE', releaseDate: '2025-01-16' });
  // "Year Ended December 31" packed left over five columns is read over the two years (packed-headings.ts).
  const text = imported.releaseText;
  const meta: ReleaseMeta = {
    id: 'bac-2024-q4', title: 'Bank of America Reports 4Q24 Net Income of $6.7 Billion, EPS of $0.82', company: 'bac', name: 'Bank of America Corporation',
    ticker: 'BAC', exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-01-16', currency: 'USD', scale: 6,
  };
  const release = parseRelease(text, meta, emptyModel, 'release.txt');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const lineOf = (sentence: string) => text.split('\n').findIndex((l) => l.includes(sentence)) + 1;

  test('no claim is a mismatch', () => {
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${c.reported.line} ${c.reported.text} ${c.id}`)).toEqual([]);
  });

  test('under a heading naming a segment the tables print as a column ("Consumer Banking", "Global Banking"), a line item only the consolidated tables print is not linked to them', () => {
    const consumer = lineOf('- Net charge-offs of $1.2 billion increased $223 million from 4Q23');
    expect(linked(numbers, consumer, '$1.2 billion').status).toBe('unlinked');
    expect(linked(numbers, consumer, '$223 million').status).toBe('unlinked');
    const global = lineOf('- Net charge-offs of $220 million decreased $138 million from 3Q24');
    expect(linked(numbers, global, '$138 million').status).toBe('unlinked');
    expect(linked(numbers, global, '$60 million').status).toBe('unlinked');
    expect(linked(numbers, lineOf('- Average deposits of $942 billion, down 2% from 4Q23'), '2%').status).toBe('unlinked');
  });

  test('the consolidated highlights are linked as before: "Net income of $6.7 billion, or $0.82 per diluted share"', () => {
    const line = lineOf('- Net income of $6.7 billion, or $0.82 per diluted share');
    expect(linked(numbers, line, '$6.7 billion')).toMatchObject({ status: 'linked', is: 'net-income', verdict: 'exact' });
    expect(linked(numbers, line, '$0.82 per diluted share')).toMatchObject({ status: 'linked', is: 'eps-diluted', verdict: 'exact' });
  });
});

describe('Bed Bath & Beyond, Q2 2026 (test/fixtures/checks/real/bbby-2026-q2): two line items named together', () => {
  const release = loadRelease('test/fixtures/checks/real/bbby-2026-q2');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const line = release.text.split('\n').findIndex((l) => l.startsWith('Technology and general and administrative expense')) + 1;

  test('no claim is a mismatch', () => {
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${c.reported.line} ${c.reported.text} ${c.id}`)).toEqual([]);
  });

  test('"Technology and general and administrative expense was $82 million" names two lines together: never general and administrative alone, and never their sum because it agrees', () => {
    const n = linked(numbers, line, '$82 million');
    expect(n).toMatchObject({ status: 'unlinked', reason: 'the words name “Technology” and “General and administrative” together: whether the figure is one of them or their sum they do not say' });
    expect(n.status === 'unlinked' && n.candidates.map((c) => c.is)).toEqual(
      expect.arrayContaining(['[statements-of-operations/general-and-administrative/2026-q2]', '[statements-of-operations/technology/2026-q2]']),
    );
  });

  test('"Net revenue was $361 million, an increase of 28.0%" and "$43 million, or 11.9% of net revenue" are linked and hold', () => {
    expect(linked(numbers, 5, '28.0%')).toMatchObject({ status: 'linked', verdict: 'rounding' });
    expect(linked(numbers, 11, '11.9%')).toMatchObject({ status: 'linked', verdict: 'rounding' });
  });
});

describe('HanesBrands 4Q24 (test/fixtures/claims/hbi-2024-q4, excerpted from the corpus): a sentence that names no segment speaks of the one the sentence before opens with', () => {
  const release = loadRelease('test/fixtures/claims/hbi-2024-q4');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const inputsOf = (n: ProseNumber) => (n.status === 'linked' ? [...checks.find((c) => c.id === n.check)!.inputs] : []);
  const US = 'hbi-2024-q4/segment-operating-margin/us';

  test.each([
    // "U.S. net sales increased 3% …. Operating margin of 23.1% increased approximately 525 basis points over prior year."
    [5, '3%', 'rounding', ['hbi-2024-q4/supplemental-financial-information-by-business-segment/segment-net-sales--us/2024-q4', 'hbi-2024-q4/supplemental-financial-information-by-business-segment/segment-net-sales--us/2023-q4']],
    [5, '23.1%', 'exact', [`${US}/2024-q4`]],
    [5, '525 basis points', 'rounding', [`${US}/2024-q4`, `${US}/2023-q4`]],
  ] as const)('line %s, %s: the U.S. segment\'s line, %s', (line, text, verdict, inputs) => {
    const n = linked(numbers, line, text);
    expect(n).toMatchObject({ status: 'linked', verdict });
    expect(inputsOf(n)).toEqual(inputs);
  });

  test('the link says why: the segment is the one the sentence before speaks of', () => {
    expect(linked(numbers, 5, '23.1%')).toMatchObject({ evidence: { notes: ['the sentence names no segment, and the one before speaks of “U.S.”, whose line this is'] } });
  });

  // International's margins print "%" on the column's first figure only (U.S. 23.1%, then 12.6): read as percentages, its line is linked.
  test.each([
    ['12.6%', 'exact', ['hbi-2024-q4/segment-operating-margin/international/2024-q4']],
    ['550 basis points', 'rounding', ['hbi-2024-q4/segment-operating-margin/international/2024-q4', 'hbi-2024-q4/segment-operating-margin/international/2023-q4']],
  ] as const)('"International sales increased 6% …. Operating margin of %s …": International\'s line, %s, never the total operating margin', (text, verdict, inputs) => {
    const n = linked(numbers, 7, text);
    expect(n).toMatchObject({ status: 'linked', verdict });
    expect(inputsOf(n)).toEqual(inputs);
  });

  test.each([
    ['a wrong segment margin is caught: 23.1% printed 25.1%', 'Operating margin of 23.1%', 'Operating margin of 25.1%', '25.1%', 'mismatch', `${US}/2024-q4`],
    ['a sentence that names the segment itself is linked to it as before', 'Operating margin of 23.1%', 'U.S. operating margin of 23.1%', '23.1%', 'exact', `${US}/2024-q4`],
    ['after a sentence that opens with no segment, the words are the company\'s', '- U.S. net sales increased 3%', '- Net sales increased 3%', '23.1%', 'mismatch', 'hbi-2024-q4/segment-operating-margin/total-operating-margin/2024-q4'],
  ])('%s', (_, from, to, text, verdict, input) => {
    const again = analyzeClaims(edited(release, from, to), { claims: null, model: emptyModel });
    const n = linked(again.numbers, 5, text);
    expect(n).toMatchObject({ status: 'linked', verdict });
    expect(again.checks.find((c) => c.id === (n.status === 'linked' ? n.check : ''))!.inputs).toEqual([input]);
  });
});

describe('Krispy Kreme 2Q26 (test/fixtures/claims/dnut-2026-q2, excerpted from unseen set s31): a margin in the sentence after one that opens with a segment and its measure is the segment\'s', () => {
  // "International segment Adjusted EBITDA decreased by 22.2% to $14.2 million … . Adjusted EBITDA margin decreased by
  // 160 basis points to 12.1% …": the tables print the segment's Adjusted EBITDA under "Segment Adjusted EBITDA:" and
  // no margin of it; the company's margin is 8.7%. Read as the company's, 12.1% was a false mismatch.
  const release = loadRelease('test/fixtures/claims/dnut-2026-q2');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });

  test.each(['12.1%', '160 basis points'])('line 53, %s: the segment\'s margin, which no table prints: unlinked, never the company\'s 8.7%', (text) => {
    const n = linked(numbers, 53, text);
    expect(n.status === 'unlinked' && n.reason).toMatch(/the sentence names no segment, and the one before speaks of “International”/);
  });

  test('the company\'s margin, in a sentence after one that names no segment, is still linked and holds; nothing is a mismatch', () => {
    expect(linked(numbers, 39, '8.7%')).toMatchObject({ status: 'linked', verdict: 'exact' });
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  // "Adjusted EBITDA increased 43.2% to $28.8 million compared to the prior year second quarter": the change compares
  // with the second quarter a year back, so it is of this year's second quarter, and so is the level it reaches; the
  // release prints two quarters and two half-years, so no period would otherwise be established and nothing accused.
  test.each([
    ['43.2%', '48.2%'],
    ['$28.8 million', '$29.8 million'],
  ])('a wrong figure of a change compared with the prior year\'s second quarter is caught: %s printed %s', (from, to) => {
    expect(linked(numbers, 39, from)).toMatchObject({ status: 'linked' });
    const again = analyzeClaims(edited(release, `Adjusted EBITDA increased 43.2% to $28.8 million`, `Adjusted EBITDA increased 43.2% to $28.8 million`.replace(from, to)), { claims: null, model: emptyModel });
    expect(linked(again.numbers, 39, to)).toMatchObject({ status: 'linked', verdict: 'mismatch' });
  });

  test('a sentence opening with a segment but another measure leaves the margin the company\'s: "International segment net revenue decreased …"', () => {
    const again = analyzeClaims(edited(release, 'International segment Adjusted EBITDA decreased by 22.2% to $14.2 million', 'International segment net revenue decreased by 11.6% to $117.3 million'), { claims: null, model: emptyModel });
    // Read as the company's margin (8.7%), the figure is then linked to it, and does not tie.
    expect(linked(again.numbers, 53, '12.1%')).toMatchObject({ status: 'linked', verdict: 'mismatch' });
  });
});

describe('PrairieSky 4Q24 (test/fixtures/claims/psk-2024-q4, excerpted from the corpus): "$" in a release kept in Canadian dollars is the Canadian dollar', () => {
  // "All dollar amounts are stated in Canadian dollars": the tables' "($ millions …)" figures are CAD, and so is the prose's "$".
  const release = loadRelease('test/fixtures/claims/psk-2024-q4');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const inputsOf = (n: ProseNumber) => (n.status === 'linked' ? [...checks.find((c) => c.id === n.check)!.inputs] : []);
  const FFO = 'psk-2024-q4/financial-and-operational-information/funds-from-operations/2024-q4';

  test.each([
    [9, '$99.0 million', 'exact'],
    [10, '$59.9 million', 'exact'],
  ] as const)('line %s, %s: linked to its CAD line, %s', (line, text, verdict) => {
    expect(linked(numbers, line, text)).toMatchObject({ status: 'linked', verdict });
  });

  test('Funds from operations "$99.0 million" reads the CAD figure of the table', () => {
    expect(inputsOf(linked(numbers, 9, '$99.0 million'))).toEqual([FFO]);
  });

  test.each([
    ['a wrong figure is caught: $99.0 million printed $98.0 million', 'Funds from operations totaled $99.0 million', 'Funds from operations totaled $98.0 million', '$98.0 million', 'mismatch'],
  ])('%s', (_, from, to, text, verdict) => {
    const again = analyzeClaims(edited(release, from, to), { claims: null, model: emptyModel });
    expect(linked(again.numbers, 9, text)).toMatchObject({ status: 'linked', verdict });
  });

  test('"US$99.0 million" names another dollar than the tables\' CAD: not linked to the CAD line', () => {
    const again = analyzeClaims(edited(release, 'totaled $99.0 million', 'totaled US$99.0 million'), { claims: null, model: emptyModel });
    const n = again.numbers.find((x) => x.line === 9 && x.text.includes('99.0'))!;
    expect(n.status).not.toBe('linked');
  });

});

describe('ASE Technology 4Q24 (test/fixtures/claims/asx-2024-q4, excerpted from the corpus): "NT$" is part of the figure', () => {
  // "Diluted earnings per share for the quarter were NT$2.07 (…), compared to NT$2.13 for 4Q23 and NT$2.18 for 3Q24":
  // the letters printed against "$" name its dollar, no word standing between the line named and the figure.
  const release = loadRelease('test/fixtures/claims/asx-2024-q4');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const checkOf = (n: ProseNumber) => (n.status === 'linked' ? checks.find((c) => c.id === n.check)! : undefined);

  test.each([
    ['$2.15', 'eps-basic', '2024-q4'],
    ['$2.25', 'eps-basic', '2024-q3'],
    ['$2.07', 'eps-diluted', '2024-q4'],
    ['$2.13', 'eps-diluted', '2023-q4'],
  ] as const)('%s: linked to %s of %s, exact', (text, concept, period) => {
    const c = checkOf(linked(numbers, 4, text));
    expect(c?.id).toBe(`claim/${concept}/${period}`);
    expect(c?.verdict).toBe('exact');
  });

  test("a wrong figure in the table is caught by the prose: 3Q24's diluted NT$2.18 printed NT$2.88", () => {
    const table = '– Diluted\tNT$2.07\tNT$2.18';
    expect(release.text).toContain(table);
    const again = analyzeClaims(parseRelease(release.text.replace(table, '– Diluted\tNT$2.07\tNT$2.88'), release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
    expect(again.checks.find((c) => c.id === 'claim/eps-diluted/2024-q3')?.verdict).toBe('mismatch');
  });
});

describe('Amcor FY2023 (test/fixtures/claims/amcr-fy2023-q4-segments, excerpted from unseen set s27): the prose under a segment\'s table speaks of that segment, across headings that name only a span', () => {
  // Each segment's table ("Flexibles" over its lines; "Rigid Packaging" as its title, a column of the components of net
  // sales growth) prints twelve months only; under it, "Twelve months ended June 30, 2023" and "June 2023 quarter" head
  // the segment's paragraphs. Read as the company's, "Net sales of $897 million were 5% lower than the same quarter last
  // year" (Rigid Packaging's 897 against 942) was a false mismatch against the company's 3,673 and 3,909.
  const release = loadRelease('test/fixtures/claims/amcr-fy2023-q4-segments');
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  const lineOf = (start: string) => release.text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

  test.each([
    ['Net sales of $897 million', '5%', 'Rigid Packaging'],
    ['Net sales of $897 million', '$897 million', 'Rigid Packaging'],
    ['Net sales of $2,777 million', '6%', 'Flexibles'],
    ['Net sales of $2,777 million', '$2,777 million', 'Flexibles'],
  ])('"%s…", %s: the quarter of a segment whose table prints none is unlinked, naming the segment\'s line; never the company\'s', (start, text, part) => {
    const n = linked(numbers, lineOf(start), text);
    expect(n.status === 'unlinked' && n.reason).toMatch(new RegExp(`${part} — Net sales`));
  });

  test('nothing is a mismatch', () => {
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a heading naming something else ends the part: the same sentence under "Amcor Group" is the company\'s', () => {
    const again = edited(release, 'June 2023 quarter\n\nNet sales of $897 million', 'Amcor Group\n\nNet sales of $897 million');
    const n = linked(analyzeClaims(again, { claims: null, model: emptyModel }).numbers, lineOf('Net sales of $897 million'), '5%');
    expect(n.status === 'linked' ? n.check : n.reason).not.toMatch(/Rigid Packaging|rigid-packaging/);
  });
});

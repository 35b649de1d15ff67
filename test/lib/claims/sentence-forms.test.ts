// The sentence forms releases state their figures in, each read by the linker with no
// claims.yaml against one made-up statement of operations (test/fixtures/claims/forms):
// what each number asserts, its verdict, and what is left unlinked or not derivable.
// A wrong figure whose subject and period are clear is a mismatch showing both figures.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Check } from '../../../src/lib/types.ts';

const DIR = 'test/fixtures/claims/forms';
const meta = loadReleaseMeta(`${DIR}/release.yaml`, 'exco-2024-q3');
const tables = readFileSync(`${DIR}/tables.txt`, 'utf8');

/** The release with `sentence` as its only prose, read and linked with no claims.yaml. */
function analyze(sentence: string): { numbers: ProseNumber[]; checks: Check[] } {
  const release = parseRelease(`${sentence}\n\n${tables}`, meta, emptyModel, `${DIR}/release.txt`);
  expect(release.errors).toEqual([]);
  const { numbers, checks } = analyzeClaims(release, { claims: null, model: emptyModel });
  return { numbers, checks };
}

function numberIn(sentence: string, text: string): { n: ProseNumber; check: Check | undefined } {
  const { numbers, checks } = analyze(sentence);
  const n = numbers.find((x) => x.text === text);
  expect(n, `'${text}' in “${sentence}”; found ${numbers.map((x) => x.text).join(', ')}`).toBeDefined();
  return { n: n!, check: n!.status === 'linked' ? checks.find((c) => c.id === n!.check) : undefined };
}

// Revenue 1,200,000 | 1,150,000 | 1,071,400; net income 160,000 | 163,800 | 121,400; diluted EPS
// 0.45 | 0.46 | 0.38; operating expenses 300,000 | 299,000 | 280,000; gross margin 41.7% | 43.2% | 40.3%
// (Q3 2024 | Q2 2024 | Q3 2023).
const linked: [string, string, string, 'exact' | 'rounding'][] = [
  ['Revenue increased 12% to $1.2 billion.', '$1.2 billion', 'revenue', 'exact'],
  ['Record revenue of $1.20 billion for the third quarter.', '$1.20 billion', 'revenue', 'exact'],
  ['Revenue was $1.2 billion, up $128.6 million from the third quarter of 2023.', '$128.6 million', 'change(revenue, 2023-q3)', 'exact'],
  ['Revenue rose $128.6 million year over year.', '$128.6 million', 'change(revenue, 2023-q3)', 'exact'],
  ['Net income was $160.0 million, compared with $121.4 million in the prior-year period.', '$160.0 million', 'net-income', 'exact'],
  ['Net income was $160.0 million, compared with $121.4 million in the prior-year period.', '$121.4 million', 'net-income@2023-q3', 'exact'],
  ['Net income increased 31.8% year over year.', '31.8%', 'growth(net-income, 2023-q3)', 'rounding'],
  ['Diluted earnings per share of $0.45, compared to $0.38 in the third quarter of 2023.', '$0.45', 'eps-diluted', 'exact'],
  ['Diluted earnings per share of $0.45, compared to $0.38 in the third quarter of 2023.', '$0.38', 'eps-diluted@2023-q3', 'exact'],
  ['Gross margin was 41.7%, down 150 basis points from the previous quarter.', '150 basis points', 'change(gross-margin, 2024-q2)', 'exact'],
  ['Gross margin increased 140 basis points during the third quarter, compared to the prior-year period.', '140 basis points', 'change(gross-margin, 2023-q3)', 'exact'],
  ['Operating expenses were approximately $300 million.', '$300 million', 'operating-expenses', 'exact'],
  ['Operating expenses were flat sequentially.', 'flat', 'growth(operating-expenses, 2024-q2)', 'rounding'],
  ['Revenue was $1.2 billion, a 12.0% increase over the prior-year quarter.', '12.0%', 'growth(revenue, 2023-q3)', 'rounding'],
  ['Revenue grew 12% year-over-year to $1.2 billion.', '12%', 'growth(revenue, 2023-q3)', 'rounding'],
  ['Revenue of $1.2 billion increased 12.0 percent from $1.07 billion in the third quarter of 2023.', '$1.07 billion', 'revenue@2023-q3', 'rounding'],
  ['Revenue for the third quarter of 2024 was $1.20 billion compared to $1.07 billion for the third quarter of 2023, an increase of 12%.', '12%', 'growth(revenue, 2023-q3)', 'rounding'],
  ['Net income per diluted share was $0.45 versus $0.38 a year ago.', '$0.38', 'eps-diluted@2023-q3', 'exact'],
  ['Gross margin expanded 140 basis points to 41.7%.', '41.7%', 'gross-margin', 'exact'],
  // "respectively": the k-th figure is the k-th subject's, and shares the first figure's statement.
  ['Revenue and net income increased in the third quarter of 2024 by $128.6 million and $38.6 million, respectively, compared to the third quarter of 2023.', '$128.6 million', 'change(revenue, 2023-q3)', 'exact'],
  ['Revenue and net income increased in the third quarter of 2024 by $128.6 million and $38.6 million, respectively, compared to the third quarter of 2023.', '$38.6 million', 'change(net-income, 2023-q3)', 'exact'],
  ['Revenue and net income were $1.2 billion and $160.0 million, respectively.', '$1.2 billion', 'revenue', 'exact'],
  ['Revenue and net income were $1.2 billion and $160.0 million, respectively.', '$160.0 million', 'net-income', 'exact'],
  ['Revenue, operating expenses and net income were $1.2 billion, $300.0 million and $160.0 million, respectively.', '$300.0 million', 'operating-expenses', 'exact'],
  ['Revenue, operating expenses and net income were $1.2 billion, $300.0 million and $160.0 million, respectively.', '$160.0 million', 'net-income', 'exact'],
  ['Net income and diluted earnings per share were $160.0 million and $0.45, respectively.', '$0.45', 'eps-diluted', 'exact'],
  // A list of periods pairs the same way: the first figure is the first period's.
  ['Revenue for the third quarter of 2024 and the third quarter of 2023 was $1.20 billion and $1.07 billion, respectively.', '$1.07 billion', 'revenue@2023-q3', 'rounding'],
  ['Net income for the three months ended September 30, 2024 and 2023 was $160.0 million and $121.4 million, respectively.', '$121.4 million', 'net-income@2023-q3', 'exact'],
  // A change whose comparison is the figure it is from, or the one compared with before it.
  ['Revenue of $1.2 billion in the third quarter increased 12.0 percent from $1.07 billion in the third quarter of 2023.', '12.0 percent', 'growth(revenue, 2023-q3)', 'rounding'],
  ['Revenue was $1.20 billion in the third quarter, compared with $1.15 billion in the second quarter, an increase of 4.3%.', '4.3%', 'growth(revenue, 2024-q2)', 'rounding'],
  ['Revenue and net income for the third quarter of 2024 were $1.2 billion and $160.0 million, respectively.', '$160.0 million', 'net-income', 'exact'],
];

describe('each sentence form links its number to the line item and periods it names', () => {
  test.each(linked)('“%s” → %s is %s', (sentence, text, is, verdict) => {
    const { n, check } = numberIn(sentence, text);
    expect(n).toMatchObject({ status: 'linked', source: 'auto', is, verdict });
    expect(check?.verdict).toBe(verdict);
  });
});

// Wrong figures with a clear subject and period: a mismatch whose explanation prints both.
const wrong: [string, string, string, string, string][] = [
  ['Revenue was $1.3 billion in the third quarter.', '$1.3 billion', 'revenue', '1.3', '1.2'],
  ['Net income was $150.0 million for the third quarter, compared with $121.4 million in the prior-year period.', '$150.0 million', 'net-income', '150.0', '160'],
  ['Third quarter diluted EPS of $0.48, compared to $0.38 in the third quarter of 2023.', '$0.48', 'eps-diluted', '0.48', '0.45'],
  ['Revenue increased 15% year over year in the third quarter.', '15%', 'growth(revenue, 2023-q3)', '15', '12.0'],
  ['In the third quarter of 2024, revenue was up $100.0 million from the third quarter of 2023.', '$100.0 million', 'change(revenue, 2023-q3)', '100.0', '128.6'],
  ['Gross margin declined 150 basis points year over year in the third quarter.', '150 basis points', 'change(gross-margin, 2023-q3)', '−150', '140'],
  ['Revenue was $1.2 billion in the third quarter, a 12.0% decrease from the prior-year quarter.', '12.0%', 'growth(revenue, 2023-q3)', '−12.0', '12.0'],
  // The second figure of a "respectively" list is the second subject's: net income, not revenue.
  ['Revenue and net income for the third quarter were $1.2 billion and $150.0 million, respectively.', '$150.0 million', 'net-income', '150.0', '160'],
  // Worked out from the printed figures, but with the wrong sign: still a mismatch.
  ['Revenue was $1.20 billion in the third quarter compared to $1.07 billion in the third quarter of 2023, representing a 12.1% decrease.', '12.1%', 'growth(revenue, 2023-q3)', '−12.1', '12.0'],
  // A list of periods: the second figure is the second period's.
  ['Net income for the three months ended September 30, 2024 and 2023 was $160.0 million and $131.4 million, respectively.', '$131.4 million', 'net-income@2023-q3', '131.4', '121.4'],
];

describe('a wrong figure whose subject and period are clear is a mismatch', () => {
  test.each(wrong)('“%s”: %s', (sentence, text, is, printed, computed) => {
    const { n, check } = numberIn(sentence, text);
    expect(n).toMatchObject({ status: 'linked', is, verdict: 'mismatch', confidence: 'high' });
    expect(check!.explanation).toContain(`Printed ${printed}`);
    expect(check!.explanation).toMatch(new RegExp(`computed ${computed.replace('.', '\\.')}`));
  });
});

// The figure's value is never evidence for a link, and a figure whose words name no period is never accused.
const unlinked: [string, string, string][] = [
  // Which period the change is from the words do not say, and the tables print two (Q2 2024 and Q3 2023).
  ['Revenue increased 12% to $1.2 billion.', '12%', 'but not the period it is compared with'],
  ['Gross margin expanded 140 basis points to 41.7%.', '140 basis points', 'but not the period it is compared with'],
  ['Operating income rose 32% to $200.0 million.', '32%', 'but not the period it is compared with'],
  // No period named: a figure that differs from the release's own period's is not accused.
  ['Net income was $150.0 million, compared with $121.4 million in the prior-year period.', '$150.0 million', 'but no period'],
  ['Revenue and net income were $1.2 billion and $150.0 million, respectively.', '$150.0 million', 'but no period'],
  // "respectively" with neither a list of subjects nor of periods: which figure is which is not said.
  ['Net income was $160.0 million and $121.4 million, respectively.', '$121.4 million', 'respectively'],
  // A growth worked out from the rounded figures the sentence prints (1.20 ÷ 1.07 − 1 = 12.1%; the tables give 12.0%).
  ['Revenue was $1.20 billion in the third quarter compared to $1.07 billion in the third quarter of 2023, representing a 12.1% increase.', '12.1%', 'rounded figures the sentence prints'],
  // A qualifier no table prints: constant currency, excluding items.
  ['Revenue increased 12% in the third quarter on a constant currency basis.', '12%', 'another basis'],
  ['Excluding the impact of acquisitions, revenue increased 8% in the third quarter.', '8%', 'another basis'],
];

describe('what the words do not establish is left unlinked with the reason and its candidates', () => {
  test.each(unlinked)('“%s”: %s', (sentence, text, reason) => {
    const { n } = numberIn(sentence, text);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain(reason);
  });

  test('a change whose comparison is not named lists both comparisons as candidates, picking neither', () => {
    const { n } = numberIn('Revenue increased 12% to $1.2 billion.', '12%');
    expect(n.status === 'unlinked' && n.candidates.map((c) => c.is)).toEqual(['growth(revenue, 2023-q3)', 'growth(revenue, 2024-q2)']);
  });
});

describe('"by" after a direction verb makes an amount a change; after a cause it does not', () => {
  test('"Revenue increased $128.6 million, driven by $50.0 million of higher volumes": the cause is no change of revenue', () => {
    const { n } = numberIn('Revenue increased $128.6 million, driven by $50.0 million of higher volumes.', '$50.0 million');
    expect(n.status === 'linked' ? String(n.is) : '').not.toMatch(/^change\(/);
  });

  test('"Revenue increased year over year by $128.6 million" is the change', () => {
    expect(numberIn('Revenue increased year over year by $128.6 million.', '$128.6 million').n).toMatchObject({ is: 'change(revenue, 2023-q3)', verdict: 'exact' });
  });
});

describe('what the tables cannot confirm is never guessed into a verdict', () => {
  test.each([
    ['For the fourth quarter, the company expects revenue between $1.25 billion and $1.30 billion.', '$1.25 billion'],
    ['For the fourth quarter, the company expects revenue between $1.25 billion and $1.30 billion.', '$1.30 billion'],
    ['Full-year guidance: revenue of approximately $4.8 billion.', '$4.8 billion'],
  ])('the outlook “%s”: %s is not derivable', (sentence, text) => {
    const { n } = numberIn(sentence, text);
    expect(n.status).toBe('not-derivable');
    expect(n.status === 'not-derivable' && n.reason).toContain('forward-looking');
  });

  // Kornit Digital 4Q24 (../shared/corpus/krnt-2024-q4.md, line 3): an actual set against guidance given before is no
  // outlook; an expectation beside the same words still is.
  test.each([
    ['Third quarter revenue of $1.2 billion, in line with previous guidance.', '$1.2 billion'],
    ['Revenue was $1.2 billion, at the high end of our outlook.', '$1.2 billion'],
    ['Revenue of $1.2 billion exceeded the guidance range.', '$1.2 billion'],
  ])('the actual “%s”: %s is linked', (sentence, text) => {
    expect(numberIn(sentence, text).n).toMatchObject({ status: 'linked', is: 'revenue' });
  });
  test('an expectation beside past guidance stays forward-looking', () => {
    const { n } = numberIn('The company expects revenue of $1.3 billion, above its prior guidance.', '$1.3 billion');
    expect(n.status === 'not-derivable' && n.reason).toContain('forward-looking');
  });

  test('a segment the tables do not print is unlinked with the reason, never a mismatch against total revenue', () => {
    const { n } = numberIn('Cloud revenue was $400 million, up 20% from the third quarter of 2023.', '$400 million');
    expect(n).toMatchObject({ status: 'unlinked', reason: 'the words name “Cloud revenue”, which no table prints' });
    expect(numberIn('Cloud revenue was $400 million, up 20% from the third quarter of 2023.', '20%').n.status).toBe('unlinked');
  });

  test('a number nothing names is unlinked with its candidates', () => {
    const { n } = numberIn('The company reported $55.0 million for the quarter.', '$55.0 million');
    expect(n.status).toBe('unlinked');
  });

  test('a count of something no line item measures is not derivable, with the reason', () => {
    const { n } = numberIn('The company ended the quarter with 1,250 employees.', '1,250');
    expect(n).toMatchObject({ status: 'not-derivable', reason: '“1,250” is about employees, which the tables do not report' });
  });

  test('"Adjusted net income" is a measure of its own: never checked against GAAP net income', () => {
    const { n } = numberIn('Adjusted net income was $180.0 million for the third quarter.', '$180.0 million');
    expect(n.status).toBe('unlinked');
  });

  test('"($0.7) million": parentheses around the dollar sign make the figure negative', () => {
    const { numbers } = analyze('The loss was ($0.7) million, or ($0.04) per diluted share.');
    expect(numbers.map((x) => [x.text, x.value])).toEqual([
      ['($0.7) million', '-0.7'],
      ['($0.04) per diluted share', '-0.04'],
    ]);
  });
});

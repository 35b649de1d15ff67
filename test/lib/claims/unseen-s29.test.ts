// Prose claims of the unseen set s29 that were false mismatches (excerpts in test/fixtures/claims/unseen-s29): an effect
// on a line read as its level (Salesforce, Q1 FY24), shares repurchased read as the cash paid for them (eBay, 1Q23), and
// the level of a line printed in percent read as its change in points (Ulta, Q1 FY23). Each: never accused on that
// reading; a figure the words do state is still linked, and still a mismatch when printed wrong.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { edited, numberOf } from './prose-numbers.ts';

const crm = () => loadRelease('test/fixtures/claims/unseen-s29/crm-fy2024-q1');
const ebay = () => loadRelease('test/fixtures/claims/unseen-s29/ebay-2023-q1');
const ulta = () => loadRelease('test/fixtures/claims/unseen-s29/ulta-fy2024-q1');

const CRM = 'Losses on the Company’s strategic investments negatively impacted GAAP diluted earnings per share by $(0.11)';

// [the words before the amount, as printed or edited, the words of the effect the reason names]
const effects: [string, string][] = [
  // Printed (release.txt:31); diluted EPS is $0.20.
  [CRM, 'impacted … share by'],
  ['Losses on the Company’s strategic investments affected GAAP diluted earnings per share by $(0.11)', 'affected … share by'],
  ['Losses on the Company’s strategic investments hurt GAAP diluted earnings per share by $(0.11)', 'hurt … share by'],
  ['Gains on the Company’s strategic investments benefited GAAP diluted earnings per share by $(0.11)', 'benefited … share by'],
  // The passive of a direction: an item's effect, not the line's change.
  ['Because of losses on strategic investments, GAAP diluted earnings per share were reduced by $(0.11)', 'were reduced by'],
];

describe('s29: an amount after "by" following a verb of effect is no level of the line', () => {
  test.each(effects)('“%s”: unlinked, an effect (“%s”)', (words, effect) => {
    const release = words === CRM ? crm() : edited(crm(), CRM, words);
    const n = numberOf(release, words, '$(0.11)');
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain(`an effect on a line (“${effect}”)`);
  });

  // [the sentence as printed or edited, the figure, the verdict]
  const levels: [string, string, string][] = [
    ['First quarter GAAP diluted earnings per share was $0.20', '$0.20', 'exact'],
    ['First quarter GAAP diluted earnings per share was $0.30', '$0.30', 'mismatch'],
  ];
  test.each(levels)('“%s”: %s still the level, %s', (line, text, verdict) => {
    const release = text === '$0.20' ? crm() : edited(crm(), 'diluted earnings per share was $0.20', 'diluted earnings per share was $0.30');
    expect(numberOf(release, line, text)).toMatchObject({ status: 'linked', check: 'claim/eps-diluted/2024-q1', verdict });
  });
});

const EBAY = 'shareholders, including $250 million of share repurchases';

describe('s29: an amount of a cash-flow line is the cash only where the words say so', () => {
  // [the words as printed or edited, the figure, the outcome]
  const cases: [string, string, { status: string; verdict?: string }][] = [
    // Printed (release.txt:21): the statement of cash flows prints "Repurchases of common stock (242)".
    [EBAY, '$250 million', { status: 'unlinked' }],
    // Words that say the amount is cash.
    ['shareholders, including cash paid for share repurchases of $250 million', '$250 million', { status: 'linked', verdict: 'mismatch' }],
    ['shareholders, including cash paid for share repurchases of $242 million', '$242 million', { status: 'linked', verdict: 'exact' }],
    ['shareholders, including cash used for share repurchases of $250 million', '$250 million', { status: 'linked', verdict: 'mismatch' }],
    // The transaction's words still link a figure the cash line states.
    ['shareholders, including $242 million of share repurchases', '$242 million', { status: 'linked', verdict: 'exact' }],
  ];
  test.each(cases)('“%s”: %s is %o', (words, text, outcome) => {
    const release = words === EBAY ? ebay() : edited(ebay(), EBAY, words);
    const n = numberOf(release, words, text);
    expect(n).toMatchObject(outcome);
    if (n.status === 'unlinked') expect(n.reason).toContain('do not say the figure is the cash');
    if (n.status === 'linked') expect(n.check).toBe('claim/statement-of-cash-flows-repurchases-of-common-stock-2023-q1/2023-q1');
  });
});

const ULTA = 'increased 9.3% compared to an increase of 18.0%';

describe('s29: "increased X%" of a line printed in percent states its level', () => {
  // [the words as printed or edited, the figure, the outcome]
  const cases: [string, string, { status: string; check?: string; verdict?: string }][] = [
    // Printed (release.txt:31): "Comparable sales 9.3% | 18.0%".
    [ULTA, '9.3%', { status: 'linked', check: 'claim/comparable-sales/2023-q1', verdict: 'exact' }],
    // Neither the level (9.3) nor the change in points (−8.7): unlinked, never accused on the points reading.
    ['increased 7.3% compared to an increase of 18.0%', '7.3%', { status: 'unlinked' }],
    // "points" says the change: still judged as one.
    ['decreased 8.7 % points compared to an increase of 18.0%', '8.7 %', { status: 'linked', check: 'claim/change/comparable-sales/2023-q1-vs-2022-q1', verdict: 'exact' }],
    ['decreased 6.7 % points compared to an increase of 18.0%', '6.7 %', { status: 'linked', check: 'claim/change/comparable-sales/2023-q1-vs-2022-q1', verdict: 'mismatch' }],
  ];
  test.each(cases)('“%s”: %s is %o', (words, text, outcome) => {
    const release = words === ULTA ? ulta() : edited(ulta(), ULTA, words);
    const n = numberOf(release, words, text);
    expect(n).toMatchObject(outcome);
    if (n.status === 'unlinked') expect(n.reason).toContain('neither reading agrees with the tables');
  });
});

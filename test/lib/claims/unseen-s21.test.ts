// Prose figures of the unseen set s21 that were false mismatches (test/fixtures/corpus-review/unseen/s21.md, entries
// 18–20; excerpts in test/fixtures/claims/unseen-s21): a quarter whose year follows a comma ("in the fourth quarter,
// 2023"), a figure whose own statement names its basis after another's ("GAAP net income was $136.8 million and
// non-GAAP net income was $138.1 million"), and a change of words the sentence gives as a percentage ("GAAP gross
// margin of 41.2% … increased by 3.0%"), which no amount line's growth is. Each: the reading now made, and the figure
// printed otherwise still a mismatch where a reading is established.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { edited, numberOf } from './prose-numbers.ts';

const load = (id: string) => loadRelease(`test/fixtures/claims/unseen-s21/${id}`);

// [release, a quote of its line, the figure, the check it is linked to, the verdict, the figure printed wrong]
const linked: [string, string, string, string, string, string][] = [
  ['inft-2024-q4', 'and increased from 8.93% in the fourth quarter, 2023', '8.93%', 'claim/yield-on-total-loans/2023-q4', 'exact', '8.83%'],
  ['ui-fy2025-q2', 'and non-GAAP net income was $138.1 million', '$138.1 million', 'claim/non-gaap-net-income/2025-q2', 'rounding', '$139.1 million'],
  // The GAAP figure before it keeps its own line.
  ['ui-fy2025-q2', 'GAAP net income was $136.8 million and', '$136.8 million', 'claim/net-income/2025-q2', 'rounding', '$137.8 million'],
];

describe('s21: a prose figure is linked to the period and the line its own words name', () => {
  test.each(linked)('%s: “%s” → %s is %s', (id, quote, text, check, verdict) => {
    expect(numberOf(load(id), quote, text)).toMatchObject({ status: 'linked', check, verdict });
  });

  test.each(linked)('%s: “%s”, %s printed as %6$s, is a mismatch of %4$s', (id, quote, text, check, _verdict, wrong) => {
    const release = edited(load(id), quote, quote.replace(text, wrong));
    expect(numberOf(release, quote.replace(text, wrong), wrong)).toMatchObject({ status: 'linked', check, verdict: 'mismatch' });
  });
});

// The basis stated after each figure, as Adobe's 1Q FY2023 release words it ("Diluted earnings per share was $2.71 on a
// GAAP basis and $3.80 on a non-GAAP basis"): the basis after the first figure is not the second's.
describe('s21: a basis printed right after a figure is that figure\'s', () => {
  const from = 'GAAP net income was $136.8 million and non-GAAP net income was $138.1 million';
  const to = 'net income was $136.8 million on a GAAP basis and $138.1 million on a non-GAAP basis';
  test.each([
    ['$136.8 million', 'claim/net-income/2025-q2'],
    ['$138.1 million', 'claim/non-gaap-net-income/2025-q2'],
  ])('%s → %s', (text, check) => {
    expect(numberOf(edited(load('ui-fy2025-q2'), from, to), to, text)).toMatchObject({ status: 'linked', check, verdict: 'rounding' });
  });
});

describe('s21: a change of words the sentence gives as a percentage is no growth of an amount line', () => {
  const quote = 'and increased by 3.0% as compared to the comparable prior year period GAAP gross margin of 38.2%';
  test.each(['3.0%', '4.0%'])('“… GAAP gross margin of 41.2% … increased by %s …”: unlinked, never a growth of gross profit', (printed) => {
    const release = edited(load('ui-fy2025-q2'), quote, quote.replace('3.0%', printed));
    const n = numberOf(release, quote.replace('3.0%', printed), printed);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain('“gross margin of 41.2%”');
  });

  // Connection's 1Q20 words, "This reflects an increase in diluted EPS of 17.5% year-over-year": the percentage after the
  // name is the change itself, no level of a ratio.
  test('“an increase in gross profit of 39.2%”: the change itself, still the growth of gross profit', () => {
    const to = 'GAAP gross profit was $247.2 million, an increase in gross profit of 39.2% year-over-year.';
    const release = edited(load('ui-fy2025-q2'), 'GAAP gross profit was $247.2 million.', to);
    expect(numberOf(release, to, '39.2%')).toMatchObject({ status: 'linked', check: 'claim/growth/gross-profit/2025-q2-vs-2024-q2', verdict: 'rounding' });
  });

  test('gross profit named as an amount still links: “GAAP gross profit was $247.2 million”', () => {
    expect(numberOf(load('ui-fy2025-q2'), 'GAAP gross profit was $247.2 million', '$247.2 million')).toMatchObject({ status: 'linked', check: 'claim/gross-profit/2025-q2' });
  });
});

// Meta's 4Q23 highlights (test/fixtures/claims/unseen-s21/meta-2023-q4): "Capital expenditures, including principal
// payments on finance leases, were $7.90 billion and $28.10 billion …": purchases of property and equipment, net, and
// those payments together (7,592 + 307 = 7,899), no line the tables print alone. Once the release's tables were read
// whole, the words matched the cash flow statement's "Purchases of property and equipment" (7,665) and accused it. The
// same words without the aside name that line.
describe('s21: words that count more than the line in the figure ("including …") name no line the tables print', () => {
  const quote = 'Capital expenditures, including principal payments on finance leases, were $7.90 billion';
  test.each(['$7.90 billion', '$28.10 billion'])('%s: unlinked, the aside said', (text) => {
    const n = numberOf(load('meta-2023-q4'), quote, text);
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.reason).toContain('“including principal payments on finance leases”');
  });

  test('without the aside, the line it names: purchases of property and equipment', () => {
    const to = 'Capital expenditures were $7.67 billion';
    const release = edited(load('meta-2023-q4'), quote, to);
    expect(numberOf(release, to, '$7.67 billion')).toMatchObject({ status: 'linked', check: 'claim/capital-expenditures/2023-q4', verdict: 'rounding' });
  });
});

// Net income stated with per-share earnings where the tables print both the line including noncontrolling interests
// and the line attributable to the company (class D of test/fixtures/corpus-review/unseen/edgar-s15.md; excerpts in
// test/fixtures/claims/unseen-s15). Antero's cash flow statement names its line "Net income (loss) including
// noncontrolling interests", the whole of which the company's line is a share; Hasbro's concept "Net income" is printed
// "Net (Loss) Earnings", over "Net (Loss) Earnings Attributable to Hasbro, Inc.", and its reconciliation prints the
// quarter's per-share figure in an undated column beside the amount. The figure is the company's line; the same
// sentence printing a figure neither line states is still a mismatch.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Release } from '../../../src/lib/types.ts';
import { edited, numberOf } from './prose-numbers.ts';

const load = (id: string) => loadRelease(`test/fixtures/claims/unseen-s15/${id}`);

// [release, a quote of its line, the figure, the label of the line it is linked to, the printed figure]
const cases: [string, string, string, RegExp, string][] = [
  ['ar-2020-q1', 'compared to a GAAP net income of $979 million', '$979 million', /^Net income \(loss\) attributable to Antero Resources Corp/, '978,763'],
  ['has-2020-q1', '- Net loss of $69.6 million or $0.51 per diluted share', '$69.6 million', /^Net income attributable to the company$/, '(69,637)'],
  ['has-2020-q1', 'Net loss for the first quarter 2020 was $69.6 million', '$69.6 million', /^Net income attributable to the company$/, '(69,637)'],
];

describe('net income with per-share earnings is the line attributable to the company, not the one including noncontrolling interests (s15 class D)', () => {
  test.each(cases)('%s: “%s” → %s', (id, quote, text, label) => {
    const n = numberOf(load(id), quote, text);
    expect(n).toMatchObject({ status: 'linked', verdict: 'rounding' });
    expect(n.status === 'linked' && n.evidence?.subject.label).toMatch(label);
  });

  test.each(cases)('%s: “%s”, %s printed one unit higher, is a mismatch against the company\'s line (%s, printed %s)', (id, quote, text, label) => {
    const wrong = text.replace(/\d+(?=(?:\.\d)? million)/, (d) => String(Number(d) + 1));
    const release = edited(load(id), quote, quote.replace(text, wrong));
    const n = numberOf(release, quote.replace(text, wrong), wrong);
    expect(n).toMatchObject({ status: 'linked', verdict: 'mismatch' });
    expect(n.status === 'linked' && n.evidence?.subject.label).toMatch(label);
  });
});

// Karat Packaging's 2Q26 release (unseen set s34, excerpt test/fixtures/claims/krt-2026-q2: the headline, three
// paragraphs, the statement of income and the six months' Adjusted EBITDA reconciliation with its "% of Net Sales"):
// three readings of the prose a verdict rests on.
// - "interest income increased $0.5 million due to $0.9 million interest income related to IEEPA tariff refunds": the
//   line named after the amount, then a cause of its own, is that cause's part of the line; judged against the
//   quarter's whole "Interest income" 1,161 it was a false mismatch.
// - "Net income increased 105.9 percent to $36.8 million for the first half of 2026": the period named after the level
//   the change reaches is the change's; without a heading above, the change was read as the quarter's (tested on the
//   paragraph of net sales written so, the net income's words naming two lines).
// - "Net income margin was 14.5 percent in the first half of 2026, …, compared with 7.8 percent in the same period of
//   2025": 7.8 was linked as a growth of net income from the second quarter of 2025 to the first half of 2026, periods of
//   different lengths that no change compares: a false mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/krt-2026-q2');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const at = (text: string, line: number, figure: string) => claims(text).numbers.find((n) => n.line === line && n.text === figure)!;
const PART = '$0.9 million interest income related to IEEPA tariff refunds recognized in the 2026 second quarter';

describe('an amount, the line it names, then a cause of its own: the part of the line that cause made', () => {
  test('as printed, the part is not linked to the line, and no claim is a mismatch', () => {
    expect(release.text).toContain(PART);
    const n = at(release.text, 3, '$0.9 million');
    expect(n.status === 'unlinked' && n.reason).toMatch(/presents the figure as a part \(“related to IEEPA tariff refunds”\)/);
    expect(claims(release.text).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('without the cause, the figure is the line\'s, and a wrong one is a mismatch', () => {
    const text = release.text.replace(PART, '$0.9 million interest income in the 2026 second quarter');
    const n = at(text, 3, '$0.9 million');
    expect(n.status).toBe('linked');
    const check = claims(text).checks.find((c) => n.status === 'linked' && c.id === n.check);
    expect(check?.verdict).toBe('mismatch'); // the quarter's interest income is 1,161 thousand
  });
});

describe('a change "to" a level is of the period named after the level', () => {
  const HEADING = 'Six-Month 2026 Financial Results\n';
  const SENTENCE = 'Net income increased 105.9 percent to $36.8 million for the first half of 2026';
  test.each([
    // the half year's net sales: 253,249 ÷ 227,610 − 1 = 11.26% (the quarter's, 136,302 ÷ 123,986 − 1, is 9.93%)
    ['11.3 percent', 'rounding'],
    ['13.3 percent', 'mismatch'],
  ])('with no heading above, "Net sales increased %s to $253.2 million for the first half of 2026" is the half year\'s growth: %s', (printed, verdict) => {
    expect(release.text).toContain(HEADING);
    const text = release.text.replace(HEADING, '').replace(SENTENCE, `Net sales increased ${printed} to $253.2 million for the first half of 2026`);
    const n = claims(text).numbers.find((x) => x.text === printed)!;
    expect(n).toMatchObject({ status: 'linked', check: 'claim/growth/revenue/2026-h1-vs-2025-h1' });
    expect(claims(text).checks.find((c) => n.status === 'linked' && c.id === n.check)?.verdict).toBe(verdict);
  });
});

describe('no change compares periods of different lengths', () => {
  test('"compared with 7.8 percent in the same period of 2025" under the six months\' heading is no growth from a quarter', () => {
    const { numbers, checks } = claims(release.text);
    const n = numbers.find((x) => x.text === '7.8 percent')!;
    expect(n.status).toBe('unlinked');
    const spans = (id: string) => id.split('-vs-').map((p) => p.replace(/^.*\/(\d{4}-)/, '$1').replace(/^\d{4}-/, '').replace(/\d$/, ''));
    for (const c of checks.filter((x) => x.id.includes('-vs-'))) expect(new Set(spans(c.id)).size, c.id).toBe(1);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

describe('an item\'s effect on a line, the verb set back after "and": neither the line\'s level nor its change', () => {
  // The release's highlight, verbatim (its source line 114): the refunds' $0.9 million of interest against the quarter's
  // other income, net of $1.4 million was a false mismatch once "reduced costs of goods sold by $25.8 million" before it
  // was read as that figure's own.
  const EFFECT = '- International Emergency Economic Powers Act ("IEEPA") tariff refunds reduced costs of goods sold by $25.8 million, reversing IEEPA tariff costs absorbed in prior periods, and increased other income, net by $0.9 million, from interest received related to the refunds.';
  test('"… and increased other income, net by $0.9 million" is unlinked as an effect; nothing is a mismatch', () => {
    const text = release.text.replace('Other income, net for the 2026 second quarter', `${EFFECT}\n\nOther income, net for the 2026 second quarter`);
    expect(text).toContain(EFFECT);
    const line = text.split('\n').indexOf(EFFECT) + 1;
    const n = at(text, line, '$0.9 million');
    expect(n.status === 'unlinked' && n.reason).toMatch(/effect on a line/);
    expect(claims(text).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

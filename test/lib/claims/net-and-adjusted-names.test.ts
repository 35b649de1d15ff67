// Prose figures of the unseen set s11 linked to a line the words do not name (classes AB and AC of
// test/fixtures/corpus-review/unseen/edgar-s11.md):
// - Cboe's 4Q24 (excerpt test/fixtures/claims/cboe-2024-q4): "Record Net Revenue for the Full Year of $2.1 billion" was
//   judged against "Total Revenues" 4,094.5; the release names another line "Revenues less cost of revenues (net
//   revenue)" (2,072.4 for the year), an exchange's revenues less the rebates it pays. The words name that line.
// - Avantor's 4Q24 (excerpt test/fixtures/claims/avtr-2024-q4-operating): under the title "Adjusted Operating Income and
//   Adjusted Operating Income Margin", "Adjusted" was context of the table's GAAP lines, so "Adjusted Operating Income
//   was $1,089.8 million" was judged against "Operating income" 1,084.8 (and, in this excerpt, "adjusted net income
//   was $677.7 million" against "Net income" 711.5). The title binds "Adjusted" to its own measure.
// Each case: the reading now made, and the figure printed wrong where the words do name a line still a mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const cboe = loadRelease('test/fixtures/claims/cboe-2024-q4');
const avtr = loadRelease('test/fixtures/claims/avtr-2024-q4-operating');
type Loaded = typeof cboe;

/** The figure's outcome in the release's text with `edits` made: linked (its check and verdict) or unlinked (why). */
function outcome(release: Loaded, edits: [string, string][], sentence: string, figure: string) {
  let text = release.text;
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const { numbers, checks } = analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
  const line = text.split('\n').findIndex((l) => l.includes(sentence)) + 1;
  const n = numbers.find((x) => x.line === line && x.text === figure);
  if (!n) throw new Error(`no ${figure} on line ${line}`);
  if (n.status !== 'linked') return { status: n.status, reason: 'reason' in n ? n.reason : '' };
  return { status: n.status, check: n.check, verdict: checks.find((c) => c.id === n.check)?.verdict };
}

const NET = 'Record Net Revenue for the Full Year of';
const ALIAS = 'Revenues less cost of revenues (net revenue)';

describe('"net" words where the release names a line "(net revenue)"', () => {
  test.each([
    // [case, release, edits, sentence, figure, outcome]
    ['as printed: the words name the line so named, which prints no year', cboe, [], NET, '$2.1 billion', { status: 'unlinked', reason: `the tables print no “${ALIAS}” for Full Year` }],
    ['no line so named: the words name revenue, and $2.1 billion is not 4,094.5', cboe, [[ALIAS, 'Revenues less cost of revenues']], NET, '$2.1 billion', { status: 'linked', check: 'claim/revenue/2024-fy', verdict: 'mismatch' }],
    ['"Total Revenues" named: revenue, as printed', cboe, [[`${NET} $2.1 billion`, 'Record Total Revenues for the Full Year of $4.1 billion']], 'Record Total Revenues', '$4.1 billion', { status: 'linked', check: 'claim/revenue/2024-fy', verdict: 'rounding' }],
    ['"Total Revenues" named: revenue, printed wrong', cboe, [[`${NET} $2.1 billion`, 'Record Total Revenues for the Full Year of $4.3 billion']], 'Record Total Revenues', '$4.3 billion', { status: 'linked', check: 'claim/revenue/2024-fy', verdict: 'mismatch' }],
  ] as const)('%s', (_, release, edits, sentence, figure, expected) => {
    expect(outcome(release, edits as unknown as [string, string][], sentence, figure)).toEqual(expected);
  });
});

describe('a title binds "Adjusted" to its own measure, not to the GAAP lines it adjusts', () => {
  const TOTAL = /\n {2}Adjusted Operating Income\t.*/;
  const withoutTotal = avtr.text.replace(TOTAL, '');
  test.each([
    // [case, edits, figure, outcome]
    ['as printed: the joined total "Adjusted Operating Income"', [], '$1,089.8 million', { status: 'linked', check: 'claim/non-gaap-operating-income/2024-fy', verdict: 'exact' }],
    ['printed wrong: a mismatch', [['$1,089.8 million', '$1,099.8 million']], '$1,099.8 million', { status: 'linked', check: 'claim/non-gaap-operating-income/2024-fy', verdict: 'mismatch' }],
    ['the total left out: no line of that name, not "Operating income"', [[avtr.text, withoutTotal]], '$1,089.8 million', { status: 'unlinked', reason: 'the words name “Adjusted Operating Income”, which no table prints' }],
    ['"adjusted net income", which the excerpt does not print: not "Net income"', [], '$677.7 million', { status: 'unlinked', reason: 'the words name “adjusted net income”, which no table prints' }],
  ] as const)('%s', (_, edits, figure, expected) => {
    expect(outcome(avtr, edits as unknown as [string, string][], 'Adjusted Operating Income was', figure)).toEqual(expected);
  });
});

// Avantor's 4Q24 (unseen set s11, excerpt test/fixtures/claims/avtr-2024-q4; class AC of
// test/fixtures/corpus-review/unseen/edgar-s11.md): two prose figures linked to another line than the one they name.
// - "Net Income margin was 29.7%. Adjusted EBITDA was $307.7 million": the sentence before was read as opening with a
//   segment, "Net income", the first line of the table "Adjusted EBITDA and Adjusted EBITDA Margin", and $307.7 million
//   was judged against net income (500.4). A line named by a measure is no segment of another measure.
// - "Laboratory Solutions" over "Net sales were $1,125.8 million … as compared to $1,182.4 million in the fourth quarter
//   of 2023": the heading is the whole label of a segment's line, and $1,182.4 million was judged against the
//   company's net sales (1,722.8). A heading naming another line says whose figure it is.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/avtr-2024-q4');
const claimsOf = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
// The line of the sentence in `text`, whatever lines a case took out above it.
const outcome = (text: string, sentence: string, figure: string) => {
  const { numbers, checks } = claimsOf(text);
  const line = text.split('\n').findIndex((l) => l.includes(sentence)) + 1;
  const n = numbers.find((x) => x.line === line && x.text === figure)!;
  const check = n.status === 'linked' ? n.check : null;
  return { status: n.status, check, verdict: checks.find((c) => c.id === check)?.verdict ?? null };
};
const replaced = (from: string, to: string) => {
  expect(release.text).toContain(from);
  return release.text.replace(from, to);
};

describe('a line named by a measure is no segment the next sentence speaks of', () => {
  test.each([
    // [case, text, figure, check, verdict]
    ['Adjusted EBITDA, as printed', release.text, '$307.7 million', 'claim/adjusted-ebitda/2024-q4', 'exact'],
    ['Adjusted EBITDA, printed wrong', replaced('Adjusted EBITDA was $307.7 million', 'Adjusted EBITDA was $317.7 million'), '$317.7 million', 'claim/adjusted-ebitda/2024-q4', 'mismatch'],
  ])('%s', (_, text, figure, id, verdict) => {
    expect(outcome(text, 'Adjusted EBITDA was', figure)).toEqual({ status: 'linked', check: id, verdict });
  });
});

describe('a heading that is the label of another line says whose figure the words speak of', () => {
  test.each(['$1,125.8 million', '$1,182.4 million'])('under "Laboratory Solutions": %s is not the company’s net sales', (figure) => {
    const { numbers, checks } = claimsOf(release.text);
    const n = numbers.find((x) => x.line === 23 && x.text === figure)!;
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' ? n.reason : '').toContain('the heading names the line “Laboratory Solutions”');
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('with no heading the same words are the company’s net sales, and a wrong figure is a mismatch', () => {
    const text = replaced('Fourth Quarter 2024 — Segment Results\n\nLaboratory Solutions\n', 'Fourth Quarter 2024\n');
    expect(outcome(text, 'Net sales were', '$1,182.4 million')).toMatchObject({ status: 'linked', check: 'claim/revenue/2023-q4', verdict: 'mismatch' });
    expect(outcome(text.replace('$1,182.4 million', '$1,722.8 million'), 'Net sales were', '$1,722.8 million')).toMatchObject({ status: 'linked', check: 'claim/revenue/2023-q4', verdict: 'exact' });
  });

  test('a heading naming the line the words name qualifies nothing: "Net sales" over the same sentence links it', () => {
    const text = replaced('Fourth Quarter 2024 — Segment Results\n\nLaboratory Solutions\n', 'Fourth Quarter 2024\n\nNet sales\n').replace('$1,182.4 million', '$1,722.8 million');
    expect(outcome(text, 'Net sales were', '$1,722.8 million')).toMatchObject({ status: 'linked', check: 'claim/revenue/2023-q4', verdict: 'exact' });
  });
});

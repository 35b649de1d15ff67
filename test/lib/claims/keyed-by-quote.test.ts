// claims.yaml entries are found by the text they quote, not by line numbers: a release
// edited above a claim keeps it, and a claim whose text is gone is an error naming it.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeClaims, parseClaims } from '../../../src/lib/claims/index.ts';
import { formatIssue, loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { loadModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';

const original = loadRelease('data/releases/inap-2010-q2');
const claimsText = readFileSync('data/releases/inap-2010-q2/claims.yaml', 'utf8');
const model = loadModel('data/companies/inap/model.yaml');
/** The bundled release with its text changed, read as `tieout` reads it. */
const reparsed = (text: string): Release => parseRelease(text, original.meta, model, original.file);
const analysis = (release: Release) => analyzeClaims(release, { claims: parseClaims(`${original.file.replace('release.txt', 'claims.yaml')}`, claimsText) });

describe('a release edited above a claim keeps its claim', () => {
  const before = analysis(original);
  const lines = original.text.split('\n');
  const text = [...lines.slice(0, 6), '', 'A paragraph added by an editor, above every claim, with no number in it.', '', ...lines.slice(6)].join('\n');
  const after = analysis(reparsed(text));

  test('every hand entry still finds its number, three lines further down', () => {
    expect(after.issues.map(formatIssue)).toEqual([]);
    const hand = (a: typeof before) => a.numbers.filter((n) => n.source === 'hand').map((n) => [n.line, n.text, n.status]);
    expect(hand(after)).toEqual(hand(before).map(([line, ...rest]) => [(line as number) + 3, ...rest]));
  });

  test('every check keeps its id and verdict', () => {
    expect(after.checks.map((c) => [c.id, c.verdict])).toEqual(before.checks.map((c) => [c.id, c.verdict]));
  });
});

describe('a claim whose text is no longer in the prose is an error naming it', () => {
  const text = original.text.replace('a non-cash restructuring charge of \\$1.2 million', 'a non-cash restructuring expense of \\$1.2 million');
  const result = analysis(reparsed(text));

  test('located at the entry in claims.yaml, quoting what it looked for', () => {
    expect(result.issues.map(formatIssue)).toEqual([
      "data/releases/inap-2010-q2/claims.yaml:25:11: 'claims.0.text': 'restructuring charge of $1.2 million' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry",
    ]);
  });

  test('and the number is still accounted for automatically, not lost: unlinked, with the line it may be as a candidate', () => {
    const n = result.numbers.find((x) => x.line === 41 && x.text === '$1.2 million');
    expect(n).toMatchObject({ status: 'unlinked', source: 'auto' });
    expect(n!.status === 'unlinked' && n!.candidates.map((c) => c.is)).toContain('impairments-and-restructuring');
  });
});

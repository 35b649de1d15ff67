/** claims.yaml: its errors are shown and located, its patterns cannot hang. */
import { expect } from 'vitest';
import type { Case } from './harness.ts';

export const claims: Case[] = [
  {
    name: 'a malformed claims.yaml',
    files: { 'claims.yaml': (t) => t.replace('{ line: 3, text: "$1.5 million", is: revenue }', '{ line: 3, text: "$1.5 million", is: revenue, colour: red }') },
    expect: { error: { file: 'claims.yaml', line: 4, message: /colour|Unrecognized/ } },
  },
  {
    name: 'a claim naming a concept the model does not have',
    files: { 'claims.yaml': (t) => t.replace('is: revenue }', 'is: revenues }') },
    expect: { error: { file: 'claims.yaml', line: 4, message: /revenues/ } },
  },
  {
    // Claims are keyed by the text they quote; a line is a hint to tell occurrences apart.
    name: 'a claim whose line is not its text\'s',
    files: { 'claims.yaml': (t) => t.replace('{ line: 3, text: "$1.5 million"', '{ line: 5, text: "$1.5 million"') },
    expect: {
      accepted: 'the quote is found once in the prose (line 3), so the claim holds: editing release.txt above a claim never detaches it',
      check: (run) => expect(run.checks.find((c) => c.reported.text === '$1.5 million')).toMatchObject({ reported: { line: 3 }, verdict: 'exact' }),
    },
  },
  {
    name: 'a claim whose text is no longer in the prose',
    files: { 'claims.yaml': (t) => t.replace('text: "$1.5 million"', 'text: "$1.6 million"') },
    expect: { error: { file: 'claims.yaml', line: 4, message: /'\$1\.6 million' is no longer in the prose/ } },
  },
  {
    name: 'a pattern with catastrophic backtracking',
    files: { 'claims.yaml': (t) => `${t}  - { pattern: "([a-z ]+)+!", reason: "a hostile pattern" }\n` },
    // Patterns are literal text with * (matched with indexOf, linear); regular-expression syntax is refused, never run.
    expect: { error: { file: 'claims.yaml', line: 8, message: /looks like a regular expression/ } },
    isolate: true,
    commands: ['check'],
  },
  {
    name: 'a pattern that is not a regular expression',
    files: { 'claims.yaml': (t) => `${t}  - { pattern: "([a-z", reason: "an unclosed group" }\n` },
    expect: { error: { file: 'claims.yaml', line: 8, message: /pattern/ } },
  },
  {
    name: 'an empty claims.yaml',
    files: { 'claims.yaml': '' },
    expect: {
      accepted: 'an empty claims file refines nothing: the prose is linked automatically',
      check: (run) => expect(run.checks.filter((c) => c.kind === 'claim').map((c) => c.verdict)).toEqual(['exact', 'exact']),
    },
  },
  {
    name: 'a claim expression that does not parse',
    files: { 'claims.yaml': (t) => t.replace('is: revenue }', 'is: "revenue +" }') },
    expect: { error: { file: 'claims.yaml', line: 4, message: /./ } },
  },
  {
    // U+2028 breaks the line (as the ingest reads it), so "up 25 percent" is on line 4, not the
    // line 3 claims.yaml gives: the claim follows its quote, as it does when lines are inserted.
    name: 'a claim moved to the next line by a U+2028',
    files: { 'release.txt': (t) => t.replace('$1.5 million,', '$1.5 million,\u2028') },
    expect: {
      accepted: 'the quote is found once, on line 4: the claim holds',
      check: (run) => expect(run.checks.find((c) => c.reported.text === '25 percent')).toMatchObject({ reported: { line: 4 }, verdict: 'exact' }),
    },
  },
];

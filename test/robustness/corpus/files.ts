/** The release folder's files: missing, empty, a directory in a file's place. */
import { expect } from 'vitest';
import type { Case } from './harness.ts';

export const files: Case[] = [
  { name: 'release.txt missing', files: { 'release.txt': null }, expect: { error: { file: 'release.txt', line: 1, column: 1, message: /expected the release text in release\.txt/ } } },
  { name: 'release.txt is a directory', files: { 'release.txt': { directory: true } }, expect: { error: { file: 'release.txt', line: 1, column: 1, message: /expected a file, found a directory/ } } },
  { name: 'release.txt empty', files: { 'release.txt': '' }, expect: { error: { file: 'release.txt', line: 1, column: 1, message: /empty|no text/i } } },
  { name: 'release.txt only blank lines and spaces', files: { 'release.txt': '\n   \n\t\n\n' }, expect: { error: { file: 'release.txt', line: 1, column: 1, message: /empty|no text/i } } },
  { name: 'release.txt holding only prose', files: { 'release.txt': 'Acme had a quiet quarter.\n' }, expect: { error: { file: 'release.txt', line: 1, column: 1, message: /expected at least one table/ } } },
  { name: 'release.yaml missing', files: { 'release.yaml': null }, expect: { error: { file: 'release.yaml', line: 1, column: 1, message: /expected a release\.yaml/ } } },
  { name: 'release.yaml is a directory', files: { 'release.yaml': { directory: true } }, expect: { error: { file: 'release.yaml', line: 1, column: 1, message: /expected a file, found a directory/ } } },
  { name: 'release.yaml empty', files: { 'release.yaml': '' }, expect: { error: { file: 'release.yaml', line: 1, column: 1, message: /'title'/ } } },
  { name: 'release.yaml a list, not a map', files: { 'release.yaml': '- acme\n- 2010-q2\n' }, expect: { error: { file: 'release.yaml', line: 1, message: /expected object|the file/ } } },
  { name: 'model.yaml is a directory', files: { 'model.yaml': { directory: true } }, expect: { error: { file: 'model.yaml', line: 1, column: 1, message: /expected a file, found a directory/ } } },
  {
    name: 'model.yaml missing',
    files: { 'model.yaml': null },
    expect: {
      accepted: 'a release of a company with no model is checked by the base model alone, and check says so on stderr',
      check: (run) => expect(run.stderr).toMatch(/no company model for 'acme'/),
    },
  },
  { name: 'claims.yaml is a directory', files: { 'claims.yaml': { directory: true } }, expect: { error: { file: 'claims.yaml', line: 1, column: 1, message: /expected a file, found a directory/ } } },
  {
    name: 'claims.yaml missing',
    files: { 'claims.yaml': null },
    expect: {
      accepted: 'claims.yaml only refines: with none, the prose is linked automatically ("Revenue was $1.5 million, up 25 percent …" checked), never an exception',
      check: (run) => expect(run.checks.filter((c) => c.kind === 'claim').map((c) => c.reported.text)).toEqual(['$1.5 million', '25 percent']),
  },
  },
];

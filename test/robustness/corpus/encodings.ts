/** Encodings and line endings: decoded when certain (a BOM), refused by name otherwise, at the place. */
import { expect } from 'vitest';
import type { Case, Run } from './harness.ts';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const withBytes = (text: string, at: string, bytes: number[]) => {
  const i = text.indexOf(at);
  return Buffer.concat([Buffer.from(text.slice(0, i), 'utf8'), Buffer.from(bytes), Buffer.from(text.slice(i + at.length), 'utf8')]);
};

/** The base release read as usual: every figure, at its line and column. */
export const sameFacts = (run: Run) => {
  const revenue = run.facts.find((f) => f.id === 'acme-2010-q2/statement-of-operations/total-revenues/2010-q2');
  expect(revenue).toMatchObject({ value: '1500', line: 13, column: 16 });
  expect(run.facts.filter((f) => f.origin === 'cell')).toHaveLength(20);
  expect(run.checks.filter((c) => c.verdict === 'exact')).toHaveLength(8);
};

export const encodings: Case[] = [
  { name: 'UTF-8 with a byte-order mark', files: { 'release.txt': (t) => `\uFEFF${t}` }, expect: { reads: sameFacts } },
  { name: 'UTF-16LE with a byte-order mark', files: { 'release.txt': (t) => utf16le(t) }, expect: { reads: sameFacts } },
  { name: 'UTF-16BE with a byte-order mark', files: { 'release.txt': (t) => utf16be(t) }, expect: { reads: sameFacts } },
  {
    name: 'UTF-16LE without a byte-order mark',
    files: { 'release.txt': (t) => Buffer.from(t, 'utf16le') },
    expect: { error: { file: 'release.txt', line: 1, column: 2, message: /UTF-16 without a byte-order mark/ } },
  },
  {
    name: 'Latin-1 é in the prose',
    files: { 'release.txt': (t) => withBytes(t.replace('Revenue was', 'Revenue café was'), 'é', [0xe9]) },
    expect: { error: { file: 'release.txt', line: 3, column: 12, message: /expected UTF-8 text, found byte 0xE9/ } },
  },
  {
    name: 'a Windows-1252 curly quote in a label',
    files: { 'release.txt': (t) => withBytes(t.replace('Services\t', 'Services“\t'), '“', [0x93]) },
    expect: { error: { file: 'release.txt', line: 12, column: 9, message: /found byte 0x93, which is not valid UTF-8/ } },
  },
  {
    name: 'a UTF-8 sequence cut short at the end of the file',
    files: { 'release.txt': (t) => Buffer.concat([Buffer.from(t), Buffer.from([0xe2, 0x82])]) },
    expect: { error: { file: 'release.txt', line: 26, column: 1, message: /found byte 0xE2/ } },
  },
  {
    name: 'a NUL byte inside a figure',
    files: { 'release.txt': (t) => t.replace('1,500', '1,\u00000') },
    expect: { error: { file: 'release.txt', line: 13, column: 18, message: /found a NUL byte/ } },
  },
  {
    name: 'a UTF-32 byte-order mark',
    files: { 'release.txt': (t) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(t)]) },
    expect: { error: { file: 'release.txt', line: 1, column: 1, message: /UTF-32 is not read/ } },
  },
  { name: 'CRLF line endings', files: { 'release.txt': (t) => t.replace(/\n/g, '\r\n') }, expect: { reads: sameFacts } },
  { name: 'CR-only line endings (classic Mac)', files: { 'release.txt': (t) => t.replace(/\n/g, '\r') }, expect: { reads: sameFacts } },
  {
    name: 'mixed LF, CRLF and CR line endings',
    // A CR is never followed by an empty line ending in LF, which would read as one CRLF.
    files: { 'release.txt': (t) => t.split('\n').map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join('') },
    expect: { reads: sameFacts },
  },
  {
    name: 'release.yaml in UTF-16LE with a BOM and CRLF',
    files: { 'release.yaml': (t) => utf16le(t.replace(/\n/g, '\r\n')) },
    expect: { reads: sameFacts },
  },
  {
    name: 'release.yaml with a Latin-1 byte',
    files: { 'release.yaml': (t) => withBytes(t.replace('name: Acme Corp', 'name: Acme Société'), 'é', [0xe9]) },
    expect: { error: { file: 'release.yaml', line: 3, column: 16, message: /expected UTF-8 text, found byte 0xE9/ } },
  },
  {
    name: 'model.yaml with invalid UTF-8',
    files: { 'model.yaml': (t) => withBytes(t.replace('name: Acme Corp', 'name: Acme Corp ©'), '©', [0xa9]) },
    expect: { error: { file: 'model.yaml', line: 2, column: 17, message: /found byte 0xA9/ } },
  },
  {
    name: 'claims.yaml with invalid UTF-8',
    files: { 'claims.yaml': (t) => withBytes(t.replace('period: 2010-q2', 'period: 2010-q2 # ©'), '©', [0xa9]) },
    expect: { error: { file: 'claims.yaml', line: 2, column: 19, message: /found byte 0xA9/ } },
  },
  {
    name: 'non-breaking spaces around a dollar figure',
    files: { 'release.txt': (t) => t.replace('\\$ 1,000', '\\$\u00a01,000') },
    expect: { reads: (run) => expect(run.facts.find((f) => f.id.endsWith('/products/2010-q2'))).toMatchObject({ value: '1000' }) },
  },
  {
    name: 'a zero-width space inside a label',
    files: { 'release.txt': (t) => t.replace('Receivables', 'Receiv\u200bables') },
    expect: {
      accepted: 'an invisible character is part of the printed label; the figures beside it are read as printed',
      check: (run) => expect(run.facts.filter((f) => f.table === 'balance-sheet' && f.origin === 'cell')).toHaveLength(6),
    },
  },
  {
    name: 'a BOM in the middle of the text',
    files: { 'release.txt': (t) => t.replace('ACME CORP\nCONDENSED BALANCE', 'ACME CORP\n\uFEFFCONDENSED BALANCE') },
    expect: { accepted: 'U+FEFF inside the text is a zero-width no-break space, part of the title', check: (run) => expect(run.facts.filter((f) => f.origin === 'cell')).toHaveLength(20) },
  },
];

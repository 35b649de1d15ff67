/**
 * Reading data files at the file boundary: a BOM decides the encoding, otherwise the bytes
 * must be UTF-8 and anything else is refused at its line and column (never replaced
 * characters); CRLF and CR-only line endings read as LF.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeText, linkRefused, readTextFile } from '../../src/lib/text-file.ts';
import { IngestError, formatIssue } from '../../src/lib/issues.ts';

const TEXT = 'Revenue\t$ 1,234\r\nNet income — “adjusted”\t(56)\n';
const LF = 'Revenue\t$ 1,234\nNet income — “adjusted”\t(56)\n';

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).issues.map(formatIssue).join('\n');
  }
  throw new Error('expected an IngestError');
}

describe('decodeText', () => {
  test.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ])('%s reads as the same text with LF line endings', (_name, bytes) => {
    expect(decodeText(bytes, 'r.txt')).toBe(LF);
  });

  test('CR-only and mixed line endings read as LF, one line each', () => {
    expect(decodeText(Buffer.from('a\rb\r\nc\nd\r'), 'r.txt')).toBe('a\nb\nc\nd\n');
    expect(decodeText(Buffer.from('a\r\rb'), 'r.txt')).toBe('a\n\nb');
  });

  test.each([
    ['Windows-1252 é', Buffer.from([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x64]), 'r.txt:2:3: expected UTF-8 text, found byte 0xE9, which is not valid UTF-8 here'],
    ['a sequence cut short at the end', Buffer.from([0x61, 0x0a, 0x62, 0xe2, 0x82]), 'r.txt:2:2: expected UTF-8 text, found byte 0xE2'],
    ['a sequence broken by ASCII', Buffer.from([0x61, 0x0a, 0xe2, 0x82, 0x41]), 'r.txt:2:1: expected UTF-8 text, found byte 0xE2'],
    ['an overlong encoding', Buffer.from([0x61, 0xc0, 0xaf]), 'r.txt:1:2: expected UTF-8 text, found byte 0xC0'],
    ['an encoded surrogate', Buffer.from([0x61, 0xed, 0xa0, 0x80]), 'r.txt:1:2: expected UTF-8 text, found byte 0xED'],
    ['a lone continuation byte after valid text', Buffer.from('€ ok\n\x80', 'latin1').subarray(0), 'r.txt:'],
    ['UTF-16 without a BOM', Buffer.from('Revenue 1,234\n', 'utf16le'), 'r.txt:1:2: expected UTF-8 text, found NUL bytes between the characters: this looks like UTF-16 without a byte-order mark'],
    ['a NUL byte', Buffer.from('Revenue\x00 1,234\n'), 'r.txt:1:8: expected text, found a NUL byte'],
    ['UTF-32LE', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'r.txt:1:1: expected UTF-8 text, found a UTF-32LE byte-order mark'],
    ['UTF-16 with an odd byte count', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]), 'r.txt:1:1: expected UTF-16LE text (the file starts with its byte-order mark), found an odd number of bytes'],
    ['UTF-16 with an unpaired surrogate', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00]), 'r.txt:1:2: expected UTF-16LE text (the file starts with its byte-order mark), found 0x00 0xD8, an unpaired surrogate'],
  ])('%s is refused at its place, naming the encoding problem', (_name, bytes, message) => {
    expect(problem(() => decodeText(bytes, 'r.txt'))).toContain(message);
  });

  test('the place of a bad byte counts lines after CR-only endings and columns in characters', () => {
    const bytes = Buffer.concat([Buffer.from('one\rtwo\r\nthr€e ', 'utf8'), Buffer.from([0xff])]);
    expect(problem(() => decodeText(bytes, 'r.txt'))).toMatch(/^r\.txt:3:7: expected UTF-8 text, found byte 0xFF/);
  });

  test('an empty file and a file holding only a BOM are empty text', () => {
    expect(decodeText(Buffer.alloc(0), 'r.txt')).toBe('');
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf]), 'r.txt')).toBe('');
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tieout-text-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['to a file outside the data folder', (target: string) => target],
    ['to a file beside it', (_target: string) => 'beside.txt'],
    ['dangling', (_target: string) => 'nowhere.txt'],
  ])('a symbolic link %s is refused, never followed', (_what, to) => {
    const target = join(dir, 'secret.env');
    writeFileSync(target, 'TOKEN=hunter2\n');
    writeFileSync(join(dir, 'beside.txt'), 'Revenue\t1\n');
    const link = join(dir, `link-${Math.random().toString(36).slice(2)}.txt`);
    symlinkSync(to(target), link);
    const message = problem(() => readTextFile(link, 'data/releases/x/release.txt'));
    expect(message).toBe(`data/releases/x/release.txt:1:1: ${linkRefused('file')}`);
    expect(message).not.toContain('hunter2');
  });

  // A folder of the data folder that is a link leaves it as a linked file does: a contributed
  // `companies/acme` or `releases` pointing at a folder of this machine is refused, never read.
  test.each([
    ['a company folder that is a link', 'companies/acme', 'companies/acme/model.yaml'],
    ['a release folder that is a link', 'releases/x', 'releases/x/release.txt'],
    ['a release folder that is a link, its claims', 'releases/x', 'releases/x/claims.yaml'],
    ['the folder of releases that is a link', 'releases', 'releases/x/release.yaml'],
    ['the folder of companies that is a link', 'companies', 'companies/acme/model.yaml'],
  ])('a file reached through %s is refused, never read', (_what, linked, file) => {
    const root = mkdtempSync(join(dir, 'through-'));
    const outside = join(root, 'outside');
    const inner = file.slice(linked.length + 1);
    mkdirSync(join(outside, inner, '..'), { recursive: true });
    writeFileSync(join(outside, inner), 'TOKEN=hunter2\n');
    mkdirSync(join(root, 'data', linked, '..'), { recursive: true });
    symlinkSync(outside, join(root, 'data', linked));
    const message = problem(() => readTextFile(join(root, 'data', file), `data/${file}`));
    expect(message).toBe(`data/${file}:1:1: expected a file inside the data folder, found it through data/${linked}, a symbolic link: tieout reads data only as it is in the data folder, never through a link (its target may be any folder of this machine); copy the folder here instead`);
    expect(message).not.toContain('hunter2');
  });

  test('a data folder that is itself a link is the user\'s to name: its files are read', () => {
    const root = mkdtempSync(join(dir, 'named-'));
    mkdirSync(join(root, 'real', 'releases', 'x'), { recursive: true });
    writeFileSync(join(root, 'real', 'releases', 'x', 'release.txt'), 'Revenue\t1\n');
    symlinkSync(join(root, 'real'), join(root, 'data'));
    expect(readTextFile(join(root, 'data', 'releases', 'x', 'release.txt'))).toBe('Revenue\t1\n');
  });

  test('a directory, a missing file and a path through a file are located errors', () => {
    mkdirSync(join(dir, 'release.txt'));
    expect(problem(() => readTextFile(join(dir, 'release.txt'), 'release.txt'))).toBe('release.txt:1:1: expected a file, found a directory');
    expect(problem(() => readTextFile(join(dir, 'none.txt'), 'none.txt'))).toBe('none.txt:1:1: expected a file here, found nothing');
    writeFileSync(join(dir, 'plain'), 'x');
    expect(problem(() => readTextFile(join(dir, 'plain', 'release.txt'), 'p'))).toBe('p:1:1: expected a file, but a part of its path is not a directory');
  });

  // Issue 30, no hangs: a named pipe in a release's folder held `facts`, `check` and the build forever (read only as
  // something writes to it); a device such as /dev/zero never ends. Neither is a file of data.
  test.each([
    ['a named pipe', (file: string) => execFileSync('mkfifo', [file]), 'expected a file, found a named pipe (FIFO), which is read only as something writes to it'],
  ])('%s in place of a file is a located error, at once', (_what, make, expected) => {
    const file = join(mkdtempSync(join(dir, 'special-')), 'release.txt');
    make(file);
    expect(problem(() => readTextFile(file, 'release.txt'))).toBe(`release.txt:1:1: ${expected}`);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file is a located error', () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'x');
    chmodSync(file, 0o000);
    expect(problem(() => readTextFile(file, 'secret.txt'))).toBe('secret.txt:1:1: cannot read the file: permission denied');
  });
});

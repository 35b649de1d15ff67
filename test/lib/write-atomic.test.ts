// Writes whole or not at all (issue 30): a file or a release folder stopped part way leaves the
// old state or the new one, never a mix; a folder taken meanwhile is never mixed into.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FolderTaken, writeFileAtomic, writeFolderAtomic } from '../../src/lib/write-atomic.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'tieout-atomic-'));
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
const folder = (dir: string, files: Record<string, string>) => {
  mkdirSync(dir, { recursive: true });
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
};

describe('writeFileAtomic', () => {
  test('replaces a file and leaves nothing beside it; makes its folder', () => {
    const root = scratch();
    const file = join(root, 'companies', 'acme', 'model.yaml');
    writeFileAtomic(file, 'old\n');
    writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(join(root, 'companies', 'acme'))).toEqual(['model.yaml']);
  });

  test('a write that fails leaves the old file whole and no temporary file', () => {
    const root = scratch();
    const file = join(root, 'model.yaml');
    writeFileAtomic(file, 'old\n');
    mkdirSync(join(root, 'blocked'));
    // A folder stands where the file would go: the rename fails after the data was written.
    expect(() => writeFileAtomic(join(root, 'blocked'), 'new\n')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(root).sort()).toEqual(['blocked', 'model.yaml']);
  });
});

describe('writeFolderAtomic', () => {
  test.each([
    ['a new folder', false, null, { 'release.txt': 'new' }],
    ['over an existing folder, replace asked', true, { 'release.txt': 'old', 'claims.yaml': 'c' }, { 'release.txt': 'new' }],
  ])('%s: the new folder, nothing else beside it', (_, replace, before, after) => {
    const root = scratch();
    const dir = join(root, 'acme-2010-q2');
    if (before) folder(dir, before);
    writeFolderAtomic(dir, (t) => folder(t, after), replace);
    expect(contents(dir)).toEqual(after);
    expect(readdirSync(root)).toEqual(['acme-2010-q2']);
  });

  test('an existing folder without replace: FolderTaken("exists"), the folder untouched', () => {
    const root = scratch();
    const dir = join(root, 'acme-2010-q2');
    folder(dir, { 'release.txt': 'old' });
    expect(() => writeFolderAtomic(dir, (t) => folder(t, { 'release.txt': 'new' }), false)).toThrow(FolderTaken);
    expect(contents(dir)).toEqual({ 'release.txt': 'old' });
    expect(readdirSync(root)).toEqual(['acme-2010-q2']);
  });

  test.each([false, true])('another writer taking the folder while this one fills it (replace %s): the other\'s folder stays whole', (replace) => {
    const root = scratch();
    const dir = join(root, 'acme-2010-q2');
    let thrown: unknown;
    try {
      writeFolderAtomic(dir, (t) => {
        folder(t, { 'release.txt': 'mine', 'release.yaml': 'mine' });
        folder(dir, { 'release.txt': 'theirs' });
      }, replace);
    } catch (e) {
      thrown = e;
    }
    if (replace) {
      // Replacing, this one moves the other's aside and puts its own: one whole folder either way.
      expect(thrown).toBeUndefined();
      expect(contents(dir)).toEqual({ 'release.txt': 'mine', 'release.yaml': 'mine' });
    } else {
      expect(thrown).toBeInstanceOf(FolderTaken);
      expect((thrown as FolderTaken).how).toBe('exists');
      expect(contents(dir)).toEqual({ 'release.txt': 'theirs' });
    }
    expect(readdirSync(root)).toEqual(['acme-2010-q2']);
  });

  test('a fill that fails (disk full, a file unreadable) leaves the old folder whole and nothing beside it', () => {
    const root = scratch();
    const dir = join(root, 'acme-2010-q2');
    folder(dir, { 'release.txt': 'old' });
    expect(() => writeFolderAtomic(dir, (t) => {
      folder(t, { 'release.txt': 'new' });
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }, true)).toThrow(/ENOSPC/);
    expect(contents(dir)).toEqual({ 'release.txt': 'old' });
    expect(readdirSync(root)).toEqual(['acme-2010-q2']);
  });

  test('what a stopped write left is cleared by the next: a half-filled new folder deleted, an old one moved aside put back', () => {
    const root = scratch();
    const dir = join(root, 'acme-2010-q2');
    // Stopped between its two renames: the release is only in the folder moved aside.
    folder(join(root, '.acme-2010-q2.999999-0123abcd.old'), { 'release.txt': 'old' });
    folder(join(root, '.acme-2010-q2.999999-89abcdef.new'), { 'release.txt': 'half' });
    writeFolderAtomic(join(root, 'other-2010-q2'), (t) => folder(t, { 'release.txt': 'x' }), false);
    expect(existsSync(dir)).toBe(false); // another release's write leaves them alone
    expect(() => writeFolderAtomic(dir, (t) => folder(t, { 'release.txt': 'new' }), false)).toThrow(FolderTaken);
    expect(contents(dir)).toEqual({ 'release.txt': 'old' });
    expect(readdirSync(root).sort()).toEqual(['acme-2010-q2', 'other-2010-q2']);
  });
});

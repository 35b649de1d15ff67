/**
 * Writing what tieout writes whole or not at all, so that a write stopped part way (the process
 * killed, the disk full, a file read-only) leaves the old state or the new one, never a mix a
 * reader would take for complete.
 *
 * - A file is written to a temporary file beside it, flushed to the disk and renamed over it:
 *   a rename within a folder replaces the old file in one step.
 * - A folder (a release) is filled under a temporary name beside it and renamed into place. A
 *   new folder's rename fails where another has taken the name meanwhile, so creating it is one
 *   step however many write at once; an old one is moved aside first and deleted after.
 *
 * Temporary names start with a dot and name the process (`.<name>.<pid>-<random>.tmp`), so
 * whatever lists a folder's entries skips them, and a stopped write's leftovers are recognized.
 */
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The places a write may be stopped, for tests (issue 30): with TIEOUT_STOP_AT_WRITE_STEP=n in the environment, the
 * process kills itself on reaching the n-th, so that a test stops a write at each in turn. A stop timed by the clock
 * fell, under load, before the process had even started.
 */
const STOP_AT = Number(process.env.TIEOUT_STOP_AT_WRITE_STEP ?? '0');
let stepsTaken = 0;
export function writeStep(): void {
  if (STOP_AT > 0 && ++stepsTaken === STOP_AT) process.kill(process.pid, 'SIGKILL');
}

/**
 * A named place of a build where a test stops it (issue 30): with TIEOUT_STOP_AT_STAGE=name in the environment, the
 * process kills itself on reaching it. A kill timed by the build's output lands wherever the build has got to by the
 * time the output is read: the search index's last line is printed milliseconds before the swap, so a kill on it found
 * the new site as often as the old (build-killed.test.ts).
 */
export function writeStage(name: string): void {
  if (process.env.TIEOUT_STOP_AT_STAGE === name) process.kill(process.pid, 'SIGKILL');
}

/** Why a write failed, in words for a message (the disk full, a read-only file system), or the error's own message. */
export function whyNotWritten(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why: Record<string, string> = {
    ENOTDIR: 'a part of that path is a file, not a folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', ENAMETOOLONG: 'a name in that path is longer than the file system allows', ELOOP: 'a symbolic link in that path loops',
    EISDIR: 'a folder of that name is in the way', EEXIST: 'a file of that name is in the way, where a folder is needed',
  };
  return why[code] ?? (error instanceof Error ? error.message : String(error));
}

/** A temporary name beside `path`, never a name tieout reads (it starts with a dot). */
export function temporaryBeside(path: string, what = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.${what}`);
}

/** Is this entry of a folder one of the temporary names above (or any other hidden entry)? */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.');
}

/** Writes `data` to `file` whole or not at all (see the module comment); makes its folder. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = temporaryBeside(file);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeStep();
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
      writeStep();
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    writeStep();
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Why a folder could not be put in place: it exists (and `replace` was not asked), or another writer took its place meanwhile. */
export class FolderTaken extends Error {
  readonly dir: string;
  readonly how: 'exists' | 'concurrent';
  constructor(dir: string, how: 'exists' | 'concurrent') {
    super(`${dir} ${how === 'exists' ? 'exists' : 'was written by another process at the same time'}`);
    this.dir = dir;
    this.how = how;
  }
}

/**
 * Makes folder `dir` whole or not at all: `fill` writes its files into a temporary folder beside
 * it, which is then renamed to `dir`. Without `replace`, an existing `dir` (not empty) is left
 * alone and FolderTaken('exists') thrown; with it, the old folder is moved aside, the new one put
 * in place and the old one deleted. Where another writer puts its folder in place between the
 * two, this one gives way (FolderTaken('concurrent')): the folder is then the other's, whole.
 * A folder stopped while filling is deleted by the next write of the same folder.
 */
export function writeFolderAtomic(dir: string, fill: (temporary: string) => void, replace: boolean): void {
  const temporary = newFolderBeside(dir);
  try {
    fill(temporary);
    putInPlace(temporary, dir, replace);
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/**
 * A new empty folder beside `dir`, to fill and then put in place with putInPlace; what stopped
 * writes of `dir` left beside it is cleared first.
 */
export function newFolderBeside(dir: string, background?: (deletion: Promise<void>) => void, carry: string[] = []): string {
  mkdirSync(dirname(dir), { recursive: true });
  sweepLeftovers(dir, background, carry);
  const temporary = temporaryBeside(dir, 'new');
  mkdirSync(temporary);
  writeStep();
  return temporary;
}

/**
 * Renames the filled folder `temporary` to `dir` (see writeFolderAtomic); with `replace`, an old
 * `dir` is moved aside first and deleted after, in the background when `background` is given
 * (the deletion, for the caller to await or not: a stop leaves it for the next write to clear).
 */
export function putInPlace(temporary: string, dir: string, replace: boolean, background?: (deletion: Promise<void>) => void): void {
  let aside: string | null = null;
  if (replace) {
    aside = temporaryBeside(dir, 'old');
    try {
      renameSync(dir, aside);
      writeStep();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      aside = null;
    }
  }
  try {
    renameSync(temporary, dir);
    writeStep();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') {
      if (aside) rmSync(aside, { recursive: true, force: true });
      throw new FolderTaken(dir, replace ? 'concurrent' : 'exists');
    }
    // Put the old folder back where nothing took its place.
    if (aside) renameSync(aside, dir);
    throw error;
  }
  if (!aside) return;
  if (background) background(rm(aside, { recursive: true, force: true, maxRetries: 3 }));
  else {
    rmSync(aside, { recursive: true, force: true });
    writeStep();
  }
}

/**
 * Puts the filled folder `filled` in place of `dir` so that `dir` is, at every instant, the old site or the new one,
 * never missing: `dir` is a symbolic link to a folder beside it (`.<name>.<pid>-<hex>.site`), and a new link renamed
 * over it replaces it in one step (a folder cannot be: renaming a folder over another takes two renames, and for the
 * instant between them a server reading `dir` finds nothing). The folder the old link named is deleted after, in the
 * background when `background` is given. An output folder that is a real folder (built before links, or the user's)
 * is moved aside and the link put in its place: that once, `dir` is missing between two renames (a stop there is undone
 * by sweepLeftovers or restoreStopped). The entries named in `carry` (a deployment's `.git`) move from the old site into
 * the new one once the new one is in place, so that at every instant the site `dir` shows, or the one a stop leaves
 * there, holds them, or a leftover does that the next sweep carries them from.
 */
export function linkInPlace(filled: string, dir: string, background?: (deletion: Promise<void>) => void, carry: string[] = []): void {
  const site = temporaryBeside(dir, 'site');
  renameSync(filled, site);
  writeStep();
  const link = temporaryBeside(dir, 'link');
  // Relative, so the project folder can be moved or copied with its site.
  symlinkSync(basename(site), link, 'junction');
  writeStep();
  const before = linkedSite(dir);
  let aside: string | null = null;
  try {
    renameSync(link, dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EPERM') {
      rmSync(link, { force: true });
      throw error;
    }
    aside = temporaryBeside(dir, 'old');
    renameSync(dir, aside);
    writeStep();
    renameSync(link, dir);
  }
  writeStep();
  const old = aside ?? before;
  if (!old) return;
  carryInto(old, site, carry);
  if (background) background(rm(old, { recursive: true, force: true, maxRetries: 3 }));
  else {
    rmSync(old, { recursive: true, force: true });
    writeStep();
  }
}

/** Moves the entries named in `carry` from folder `from` into folder `to` where `to` has none of that name (each in one rename). */
function carryInto(from: string, to: string, carry: string[]): void {
  for (const name of carry) {
    if (!existsSync(join(from, name)) || existsSync(join(to, name))) continue;
    try {
      renameSync(join(from, name), join(to, name));
      writeStep();
    } catch {
      // `to` is missing (a site moved aside, put back later): the entry stays where it is.
    }
  }
}

/** The folder beside `dir` that `dir` links to, when `dir` is a link linkInPlace made; null otherwise. */
export function linkedSite(dir: string): string | null {
  try {
    if (!lstatSync(dir).isSymbolicLink()) return null;
    const target = resolve(dirname(dir), readlinkSync(dir));
    return dirname(target) === resolve(dirname(dir)) && basename(target).startsWith(`.${basename(dir)}.`) && target.endsWith('.site') ? target : null;
  } catch {
    return null;
  }
}

/**
 * Deletes what a stopped write of `dir` left beside it (`.new` folders of processes no longer
 * running). An `.old` folder whose `dir` is gone (stopped between the two renames) is put back.
 * What `carry` names in a leftover is moved into `dir` first where `dir` has none (a build stopped
 * after its swap and before it carried the last site's `.git` over; linkInPlace).
 */
export function sweepLeftovers(dir: string, background?: (deletion: Promise<void>) => void, carry: string[] = []): void {
  const prefix = `.${basename(dir)}.`;
  let names: string[];
  try {
    // A site moved aside is put back before anything is carried into the output folder.
    names = readdirSync(dirname(dir)).filter((n) => n.startsWith(prefix)).sort((a, b) => Number(b.endsWith('.old')) - Number(a.endsWith('.old')));
  } catch {
    return;
  }
  const live = linkedSite(dir);
  for (const name of names) {
    const m = /^\.(?:.+)\.(\d+)-[0-9a-f]{8}\.(new|old|tmp|site|link)$/.exec(name);
    if (!m || running(Number(m[1]))) continue;
    const path = join(dirname(dir), name);
    // The site the output folder links to is the site, whichever build made it.
    if (live !== null && resolve(path) === live) continue;
    if (m[2] === 'old') {
      try {
        renameSync(path, dir);
        continue;
      } catch {
        // dir is back in place: the old copy is only a leftover.
      }
    }
    carryInto(path, dir, carry);
    if (background) background(rm(path, { recursive: true, force: true, maxRetries: 3 }));
    else rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Puts back the folder a write stopped between its two renames left aside: where `dir` is missing and
 * an `.old` copy of it by a process no longer running is beside it, the newest such copy is renamed
 * to `dir`. Nothing else is touched (a reader's command, not a writer's, calls it). Whether it did.
 */
export function restoreStopped(dir: string): boolean {
  if (existsSync(dir)) return false;
  const prefix = `.${basename(dir)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(dir)).filter((n) => n.startsWith(prefix));
  } catch {
    return false;
  }
  const aside = names
    .map((name) => ({ name, m: /^\.(?:.+)\.(\d+)-[0-9a-f]{8}\.old$/.exec(name) }))
    .filter((x) => x.m !== null && !running(Number(x.m[1])))
    .map(({ name }) => ({ path: join(dirname(dir), name), time: statSync(join(dirname(dir), name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of aside) {
    try {
      renameSync(path, dir);
      return true;
    } catch {
      // Another reader put one back meanwhile.
      if (existsSync(dir)) return false;
    }
  }
  return false;
}

function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Reading a data file (release.txt, release.yaml, model.yaml, claims.yaml, a baseline) as text,
 * at the file boundary, so that every reader downstream sees one form: a JavaScript string with
 * LF line endings.
 *
 * - A byte-order mark decides the encoding: UTF-8, UTF-16LE or UTF-16BE are decoded; UTF-32 is
 *   refused by name.
 * - Without one the file must be UTF-8. Anything else is refused with the line and column of
 *   the first byte that is not UTF-8, never read with replacement characters, because a
 *   silently changed label or figure is worse than a stopped build.
 * - NUL bytes are refused: they mean UTF-16 without a BOM or a binary file, not text.
 * - A symbolic link is refused, never followed: data is read only inside the data folder. So is a
 *   file reached through a folder of the data folder that is a link (`companies/acme` or
 *   `releases` pointing elsewhere): see linkOnTheWay.
 * - CRLF and CR-only line endings become LF.
 *
 * Every problem is an IngestError naming the file (as shown), the line and column.
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { IngestIssue } from './types.ts';
import { IngestError } from './issues.ts';

/** Reads `path` as text; `shown` is how messages name it (relative to the project root). */
export function readTextFile(path: string, shown = path): string {
  let bytes: Uint8Array;
  try {
    const info = lstatSync(path);
    // A link's target may be any file of this machine (a .env, a key): publishing its lines on a
    // release's pages is what a contributed data folder must never be able to do.
    if (info.isSymbolicLink()) throw fileIssue(shown, linkRefused('file'));
    const through = linkOnTheWay(path);
    if (through !== null) throw fileIssue(shown, linkOnTheWayRefused(through, path, shown));
    if (info.isDirectory()) throw fileIssue(shown, 'expected a file, found a directory');
    // A named pipe would hold the read (and the build) until something writes to it; a device may never end.
    if (!info.isFile()) throw fileIssue(shown, `expected a file, found ${specialKind(info)}`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fileIssue(shown, unreadable(error as NodeJS.ErrnoException));
  }
  return decodeText(bytes, shown);
}

/** What a path that is neither a file nor a directory is, in words. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO), which is read only as something writes to it';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'no regular file';
}

/** Decodes the bytes of a text file (see the module comment); throws IngestError naming `file`. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be') {
    throw fileIssue(file, `expected UTF-8 text, found a ${bom.toUpperCase()} byte-order mark: UTF-32 is not read; save the file as UTF-8`);
  }
  let text: string;
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    if ((bytes.length - 2) % 2 !== 0) {
      throw fileIssue(file, `expected ${bom.toUpperCase()} text (the file starts with its byte-order mark), found an odd number of bytes: the file is cut short or not UTF-16`);
    }
    text = strictDecode(bytes, bom, file, 2);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const at = position(bytes, nul, 'utf-8');
      throw located(file, at, nulMessage(bytes));
    }
    text = strictDecode(bytes, 'utf-8', file, 1);
  }
  if (bom !== null && text.includes('\0')) {
    const index = text.indexOf('\0');
    throw located(file, positionInText(text, index), 'expected text, found a NUL character (U+0000): is this a binary file?');
  }
  return text.replace(/\r\n?/g, '\n');
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): Encoding | 'utf-32le' | 'utf-32be' | null {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/** Decodes with a fatal decoder (a BOM is dropped); locates the first invalid sequence if there is one. */
function strictDecode(bytes: Uint8Array, encoding: Encoding, file: string, unit: number): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes, encoding, unit);
    const at = position(bytes, bad, encoding);
    const shown = [...bytes.subarray(bad, bad + (encoding === 'utf-8' ? 1 : 2))].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    if (encoding === 'utf-8') {
      throw located(
        file,
        at,
        `expected UTF-8 text, found byte ${shown}, which is not valid UTF-8 here: the file is in another encoding (Windows-1252 or Latin-1, perhaps); save it as UTF-8`,
      );
    }
    throw located(file, at, `expected ${encoding.toUpperCase()} text (the file starts with its byte-order mark), found ${shown}, an unpaired surrogate: the file is damaged or not UTF-16`);
  }
}

/**
 * The offset of the first byte that makes the text invalid, found by bisecting on prefixes
 * with the same decoder (a streaming decode accepts a prefix that ends inside a valid
 * sequence), so the place reported is exactly where the decoder itself gives up.
 */
function firstInvalidByte(bytes: Uint8Array, encoding: Encoding, unit: number): number {
  const valid = (end: number) => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // Invariant: the prefix of lo units is valid, the prefix of hi units is not.
  let lo = 0;
  let hi = Math.ceil(bytes.length / unit);
  let bad: number;
  if (valid(hi * unit)) {
    bad = bytes.length - 1; // invalid only at the end: a sequence cut short
  } else {
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (valid(mid * unit)) lo = mid;
      else hi = mid;
    }
    bad = (hi - 1) * unit; // the unit whose addition the decoder refused
  }
  // A broken sequence is reported where it starts: a UTF-8 lead byte up to three bytes
  // earlier whose sequence the refused byte should have continued, or a high surrogate.
  if (encoding === 'utf-8') {
    for (let lead = bad - 1; lead >= Math.max(0, bad - 3); lead--) {
      const b = bytes[lead]!;
      if ((b & 0xc0) === 0x80) continue;
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (lead + length > bad) bad = lead;
      break;
    }
  } else {
    bad -= bad % 2;
    const previous = bad >= 4 ? unitAt(bytes, bad - 2, encoding) : -1;
    if (previous >= 0xd800 && previous <= 0xdbff) bad -= 2;
  }
  return bad;
}

function unitAt(bytes: Uint8Array, offset: number, encoding: 'utf-16le' | 'utf-16be'): number {
  return encoding === 'utf-16le' ? bytes[offset]! | (bytes[offset + 1]! << 8) : (bytes[offset]! << 8) | bytes[offset + 1]!;
}

/** Line and column (1-based; columns count UTF-16 code units as the rest of tieout does) of a byte offset. */
function position(bytes: Uint8Array, offset: number, encoding: Encoding): { line: number; column: number } {
  const before = new TextDecoder(encoding).decode(bytes.subarray(0, offset));
  return positionInText(before, before.length);
}

function positionInText(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).replace(/^\uFEFF/, '');
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function nulMessage(bytes: Uint8Array): string {
  // UTF-16 text of mostly ASCII has a zero in every other byte.
  const head = bytes.subarray(0, 4096);
  const zeros = [0, 0];
  head.forEach((b, i) => {
    if (b === 0) zeros[i % 2]!++;
  });
  return head.length >= 4 && Math.max(zeros[0]!, zeros[1]!) * 2 >= (head.length >> 1) * 0.8
    ? 'expected UTF-8 text, found NUL bytes between the characters: this looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)'
    : 'expected text, found a NUL byte: is this a binary file?';
}

function unreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'expected a file here, found nothing';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file: permission denied';
    case 'EISDIR':
      return 'expected a file, found a directory';
    case 'ENOTDIR':
      return 'expected a file, but a part of its path is not a directory';
    case 'ELOOP':
      return 'cannot read the file: its symbolic links loop';
    default:
      return `cannot read the file (${error.code ?? error.message})`;
  }
}

/**
 * The folder of the data folder that `path` is reached through and that is a symbolic link, or
 * null. A data file lives at `<data>/releases/<id>/<file>` or `<data>/companies/<company>/<file>`:
 * every folder below `<data>` must be what it is (the data folder itself is the user's to name,
 * a link or not, as is a release folder named on the command line outside any data folder).
 * The file itself is lstat'ed by its reader.
 */
export function linkOnTheWay(path: string): string | null {
  const folder = dirname(resolve(path));
  const kind = dirname(folder);
  if (basename(kind) !== 'releases' && basename(kind) !== 'companies') return null;
  for (const part of [kind, folder]) if (lstatSync(part, { throwIfNoEntry: false })?.isSymbolicLink()) return part;
  return null;
}

/** Why a file reached through the linked folder `through` is not read; the folder named as `shown` names the file. */
export function linkOnTheWayRefused(through: string, path: string, shown: string): string {
  const below = resolve(path).length - through.length;
  const named = shown.length > below ? shown.slice(0, shown.length - below) : through;
  return `expected a file inside the data folder, found it through ${named}, a symbolic link: tieout reads data only as it is in the data folder, never through a link (its target may be any folder of this machine); copy the folder here instead`;
}

/** Why a data file or a release folder that is a symbolic link is not read. */
export function linkRefused(what: 'file' | 'release folder' | 'folder of releases'): string {
  return `expected a ${what}, found a symbolic link: tieout reads data only as it is in the data folder, never through a link (its target may be any file of this machine); copy the ${what === 'file' ? 'file' : 'folder'} here instead`;
}

function fileIssue(file: string, message: string): IngestError {
  return new IngestError([{ file, line: 1, column: 1, message }]);
}

function located(file: string, at: { line: number; column: number }, message: string): IngestError {
  const issue: IngestIssue = { file, line: at.line, column: at.column, message };
  return new IngestError([issue]);
}

import { messages } from './messages.ts';

/** A place in the decoded text where the bytes could not be read as the encoding says, and why. */
export interface DecodeProblem {
  line: number;
  column: number;
  message: string;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding read (`utf-8`, `windows-1252`, `shift_jis`, …). */
  encoding: string;
  problems: DecodeProblem[];
}

/**
 * Decodes a release file as a browser would, with the platform's WHATWG decoder (TextDecoder,
 * every encoding of the Encoding Standard), never a hand-written one:
 *
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
 * 2. UTF-16 without one is recognized by its NUL bytes (every other byte of ASCII text);
 * 3. else what the document declares in its first 1,024 bytes: `<meta charset>`, a
 *    `<meta http-equiv="Content-Type" content="…; charset=…">`, an XML declaration's
 *    `encoding` (a label the standard does not know is reported, and the bytes read as below);
 *    a single-byte Western declaration (ISO-8859-1, Windows-1252) over bytes that are valid
 *    UTF-8 with characters beyond ASCII is the UTF-8 they are (a copy re-saved as UTF-8 keeps
 *    its old declaration; read as declared, every "—" would become "â€”");
 * 4. undeclared, UTF-8; bytes that are not (an older EDGAR filing) are Windows-1252; a file of
 *    UTF-8 with a few stray bytes that are not keeps its UTF-8, each stray byte read as
 *    Windows-1252 and reported where it is.
 *
 * Bytes the encoding read cannot decode become U+FFFD and are reported at their place. C1
 * control characters (U+0080–U+009F), which no page means as text, are what a converter made of
 * Windows-1252 punctuation by reading it as ISO-8859-1 (Microsoft's EX-99.1 of April 2020 carries
 * its quotes, dashes and bullets so, saved as UTF-8): each is read as the Windows-1252 byte of
 * its value, as the WHATWG standard reads a page labelled latin1; the five that byte names no
 * character for become U+FFFD and are reported. Line endings become LF.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return finish(bytes, bom, []);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(bytes, utf16, []);

  const problems: DecodeProblem[] = [];
  const declared = declaredEncoding(bytes);
  let encoding: string | null = null;
  if (declared) {
    const name = encodingName(declared.label);
    if (name === null) problems.push({ line: declared.line, column: 1, message: messages.unknownEncoding(declared.label) });
    // A declaration of UTF-16 found by reading the bytes as ASCII is wrong about itself (the WHATWG prescan's rule).
    else encoding = name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name === 'x-user-defined' ? 'windows-1252' : name;
  }
  const utf8 = utf8Errors(bytes);
  if (encoding !== null && !(SINGLE_BYTE_WESTERN.has(encoding) && utf8.errors.length === 0 && utf8.multibyte > 0)) {
    return finish(bytes, encoding, problems);
  }
  if (utf8.errors.length === 0) return finish(bytes, 'utf-8', problems);
  if (utf8.multibyte === 0) return finish(bytes, 'windows-1252', problems);
  // UTF-8 with stray single bytes: each read as Windows-1252, as its author most likely typed it.
  const parts: string[] = [];
  const utf8Decoder = new TextDecoder('utf-8');
  const legacy = new TextDecoder('windows-1252');
  let from = 0;
  for (const at of utf8.errors) {
    parts.push(utf8Decoder.decode(bytes.subarray(from, at)), legacy.decode(bytes.subarray(at, at + 1)));
    from = at + 1;
  }
  parts.push(utf8Decoder.decode(bytes.subarray(from)));
  const text = parts.join('');
  const first = utf8.errors[0]!;
  const at = position(utf8Decoder.decode(bytes.subarray(0, first)));
  problems.push({ ...at, message: messages.strayBytes(bytes[first]!, legacy.decode(bytes.subarray(first, first + 1)), utf8.errors.length) });
  return { text: normalize(c0Dropped(c1AsWindows1252(text, problems), problems)), encoding: 'utf-8', problems };
}

const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'iso-8859-15']);

function finish(bytes: Uint8Array, encoding: string, problems: DecodeProblem[]): Decoded {
  const start = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : encoding.startsWith('utf-16') && byteOrderMark(bytes) ? 2 : 0;
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    const index = text.indexOf('\ufffd');
    problems.push({ ...position(text.slice(0, index)), message: messages.undecodable(encoding, [...text].filter((c) => c === '\ufffd').length) });
  }
  return { text: normalize(c0Dropped(c1AsWindows1252(text, problems), problems)), encoding, problems };
}

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** C1 controls read as the Windows-1252 bytes they were; those it leaves controls are U+FFFD, reported at the first. */
function c1AsWindows1252(text: string, problems: DecodeProblem[]): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  let unread = -1;
  let count = 0;
  const read = text.replace(/[\u0080-\u009f]/g, (c, at: number) => {
    const char = WINDOWS_1252.decode(Uint8Array.of(c.charCodeAt(0)));
    if (char !== c) return char;
    if (unread < 0) unread = at;
    count++;
    return '\ufffd';
  });
  if (unread >= 0) problems.push({ ...position(text.slice(0, unread)), message: messages.c1Control(text.charCodeAt(unread), count) });
  return read;
}

/** Control characters no text means (NUL, backspace, bell and their like; not tab, line ends, form feed or escape). */
const C0 = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/**
 * A few control characters in a text file (a file the binary test above let through) print nothing: they are left
 * out, so that the release text holds none ('6\u000000' was written as printed and tieout facts then refused the
 * whole release, 'expected text, found a NUL byte'), and reported at the first.
 */
function c0Dropped(text: string, problems: DecodeProblem[]): string {
  const first = text.search(C0);
  if (first < 0) return text;
  const count = text.match(C0)!.length;
  problems.push({ ...position(text.slice(0, first)), message: messages.c0Control(text.charCodeAt(first), count) });
  return text.replace(C0, '');
}

function normalize(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Line and column just after `before` (the text up to a place), counting lines as LF, CRLF or CR. */
function position(before: string): { line: number; column: number } {
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/** Files that are no text, by the bytes they open with: what each is, as a message names it. */
const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word or Excel .docx/.xlsx file, which is one)'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty ZIP archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an older Word or Excel document (.doc/.xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
  [[0xff, 0xfe, 0x00, 0x00], 'text in UTF-32, an encoding no web page is read in'],
  [[0x00, 0x00, 0xfe, 0xff], 'text in UTF-32, an encoding no web page is read in'],
];

/**
 * What a file is when it is no text a release is printed in (a PDF or an archive renamed .html,
 * an image, binary data), or null for text. Binary data is bytes that no text holds (NULs and
 * control characters other than tab, line ends, form feed and escape) in more than one in
 * twenty of its first 8 KB, outside UTF-16, whose ASCII characters' other byte is NUL.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, what] of SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return what;
  if (byteOrderMark(bytes) || utf16WithoutBom(bytes)) return null;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control > n / 20 ? `binary data (${control} of its first ${n} bytes are no text)` : null;
}

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 saved without a byte-order mark: in its first bytes, the high byte of most characters (ASCII markup and text) is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.6 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The encoding label a document declares in its first 1,024 bytes (read as ASCII), and its line. */
function declaredEncoding(bytes: Uint8Array): { label: string; line: number } | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const found =
    /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head) ??
    /<meta\s[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(head);
  if (!found) return null;
  return { label: found[1]!, line: head.slice(0, found.index + found[0].length).split(/\r\n?|\n/).length };
}

/** The WHATWG name for an encoding label, or null when the standard knows no such label. */
function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Where the bytes are not UTF-8 (the index of each byte that starts no valid sequence), and
 * how many valid sequences of more than one byte they hold. Only finds the places: the text
 * itself is decoded by TextDecoder.
 */
function utf8Errors(bytes: Uint8Array): { errors: number[]; multibyte: number } {
  const errors: number[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong forms, surrogates and code points past U+10FFFF (the second byte's range).
    if (ok && length === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! > 0x9f);
    if (ok && length === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! > 0x8f);
    if (ok) {
      multibyte++;
      i += length;
    } else {
      errors.push(i);
      i++;
    }
  }
  return { errors, multibyte };
}

/**
 * Finding what an entry of claims.yaml points at: quoted text or a pattern in
 * the prose, matched as the reader sees a line (`$`, not the release's `\$`
 * escape), and the number tokens inside each match, located in raw columns.
 *
 * Patterns are text, never regular expressions: `*` stands for any run of
 * characters and everything else is literal. They are matched left to right
 * with `indexOf`, so matching is linear in the line and cannot hang on any
 * pattern a user writes.
 */
import type { ProseLine } from '../types.ts';
import type { NumberToken } from './extract.ts';
import { Kept } from '../kept.ts';

/** A span of a raw line, 0-based, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A span on a line of the release. */
export interface Place extends Span {
  line: number;
}

/** A line as a reader sees it: its text and the raw offset of each of its characters (and of its end). */
export interface Readable {
  readonly text: string;
  readonly rawAt: readonly number[];
}

// Every quote and pattern of claims.yaml, and every context a suggestion tries, is looked for
// in every line of the prose: each line is read once.
const readLines = new Kept<Line>(5_000);
interface Line extends Readable {
  /** Its text folded to lower case, once a pattern is looked for in it. */
  folded?: string;
}

/** The line as a reader sees it, with the raw offset of each of its characters (and of its end). */
export function readable(raw: string): Readable {
  return line(raw);
}

function line(raw: string): Line {
  return readLines.get(raw, () => readLine(raw));
}

function readLine(raw: string): Line {
  let text = '';
  const rawAt: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && raw[i + 1] === '$') continue;
    rawAt.push(i);
    text += raw[i];
  }
  rawAt.push(raw.length);
  return { text, rawAt };
}

/** Every occurrence of `quote` in the raw line, as raw spans; `\$` in the quote is read as `$`. */
export function findText(raw: string, quote: string): Span[] {
  return occurrences(raw, needleOf(quote));
}

function needleOf(quote: string): string {
  return quote.replace(/\\\$/g, '$');
}

function occurrences(raw: string, needle: string): Span[] {
  const { text, rawAt } = readable(raw);
  const spans: Span[] = [];
  if (needle === '') return spans;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: rawAt[at], end: rawAt[at + needle.length - 1] + 1 });
  }
  return spans;
}

/** Every occurrence of `quote` in the prose, in reading order. */
export function findInProse(prose: readonly ProseLine[], quote: string): Place[] {
  const places: Place[] = [];
  // Every entry of claims.yaml is looked for in every line: its quote is read once, and a quote
  // without `$` or `\` is in a line as the reader sees it exactly when it is in the raw line.
  const needle = needleOf(quote);
  const plain = !needle.includes('$') && !needle.includes('\\');
  for (const p of prose) {
    if (plain && !p.text.includes(needle)) continue;
    for (const span of occurrences(p.text, needle)) places.push({ line: p.line, ...span });
  }
  return places;
}

/**
 * Regular-expression syntax in a pattern, which would be taken literally: a class
 * (`[a-z]`) or an escape (`\d`). Returns the piece found, or null.
 */
export function regexSyntax(pattern: string): string | null {
  return /\\[a-zA-Z]|\[[^\]]*\]|\(\?/.exec(pattern)?.[0] ?? null;
}

/**
 * Every match of `pattern` in the raw line, as raw spans, case-insensitive: `*` is
 * any run of characters (the shortest that lets the rest match), all else literal.
 * Matches do not overlap. Each piece is found with indexOf from where the last one
 * ended, so the work is linear in the line for any pattern.
 */
export function findPattern(raw: string, pattern: string): Span[] {
  const read = line(raw);
  const { rawAt } = read;
  const hay = (read.folded ??= fold(read.text));
  const pieces = piecesOf(pattern);
  const first = pieces[0];
  const spans: Span[] = [];
  let from = 0;
  while (from <= hay.length) {
    let start: number;
    let at: number;
    if (first === '') {
      // A leading `*` adds nothing to what matches; the match starts at the next piece.
      start = -1;
      at = from;
    } else {
      start = hay.indexOf(first, from);
      if (start < 0) break;
      at = start + first.length;
    }
    let ok = true;
    for (let k = 1; k < pieces.length; k++) {
      if (pieces[k] === '') continue;
      const found = hay.indexOf(pieces[k], at);
      if (found < 0) {
        ok = false;
        break;
      }
      if (start < 0) start = found;
      at = found + pieces[k].length;
    }
    // A piece not found after `at` is not found after any later start either.
    if (!ok || start < 0) break;
    if (at > start) spans.push({ start: rawAt[start], end: rawAt[at - 1] + 1 });
    from = Math.max(at, start + 1);
  }
  return spans;
}

// A pattern is looked for in every line of the prose: its pieces are read once.
const patternPieces = new Kept<readonly string[]>(1_000);
function piecesOf(pattern: string): readonly string[] {
  return patternPieces.get(pattern, () => Object.freeze(fold(pattern.replace(/\\\$/g, '$')).split('*')));
}

/** Lower case, one character for one (so that offsets stay those of the text). */
function fold(s: string): string {
  let out = '';
  for (const c of s) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** The tokens of `line` that share at least one character with `span`. */
export function tokensIn(tokens: readonly NumberToken[], line: number, span: Span): NumberToken[] {
  return tokens.filter((t) => t.line === line && t.column - 1 < span.end && span.start < t.end - 1);
}

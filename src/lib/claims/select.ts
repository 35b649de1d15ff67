/**
 * Finding what an entry of claims.yaml points at: quoted text or a pattern on
 * a line of the release, matched as the reader sees the line (`$`, not the
 * release's `\$` escape), and the number tokens inside each match, located in
 * raw columns.
 */
import type { NumberToken } from './extract.ts';

/** A span of a raw line, 0-based, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The line as a reader sees it, with the raw offset of each of its characters (and of its end). */
export function readable(raw: string): { text: string; rawAt: number[] } {
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
  const { text, rawAt } = readable(raw);
  const needle = quote.replace(/\\\$/g, '$');
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push({ start: rawAt[at], end: rawAt[at + needle.length - 1] + 1 });
  }
  return spans;
}

/** Every match of `pattern` in the raw line, as raw spans. */
export function findPattern(raw: string, pattern: RegExp): Span[] {
  const { text, rawAt } = readable(raw);
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    if (m[0] === '') continue;
    spans.push({ start: rawAt[m.index], end: rawAt[m.index + m[0].length - 1] + 1 });
  }
  return spans;
}

/** The tokens of `line` that share at least one character with `span`. */
export function tokensIn(tokens: readonly NumberToken[], line: number, span: Span): NumberToken[] {
  return tokens.filter((t) => t.line === line && t.column - 1 < span.end && span.start < t.end - 1);
}

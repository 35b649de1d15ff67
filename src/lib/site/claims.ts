import type { Release } from '../types.ts';
import type { ProseNumber } from '../claims/index.ts';
import { siteVerification } from './checks.ts';

/** A piece of a prose line: plain text, or a number with how it is accounted for. */
export type Segment = { text: string; number?: ProseNumber };

/** The release's escapes (`\$`) as a reader sees them. */
const unescape = (s: string) => s.replace(/\\([$%&*_#])/g, '$1');

/**
 * The release's prose, line by line as published, each line cut into plain text and its
 * numbers (columns are 1-based characters of the raw line), for the claims page.
 */
export function proseWithNumbers(release: Release) {
  const { numbers } = siteVerification(release);
  const byLine = new Map<number, ProseNumber[]>();
  for (const n of numbers) {
    const list = byLine.get(n.line);
    if (list) list.push(n);
    else byLine.set(n.line, [n]);
  }
  const lines = release.prose.map((p) => {
    const chars = [...p.text];
    const segments: Segment[] = [];
    let at = 1;
    for (const n of (byLine.get(p.line) ?? []).sort((a, b) => a.column - b.column)) {
      if (n.column > at) segments.push({ text: unescape(chars.slice(at - 1, n.column - 1).join('')) });
      segments.push({ text: unescape(chars.slice(n.column - 1, n.end - 1).join('')), number: n });
      at = n.end;
    }
    if (at <= chars.length) segments.push({ text: unescape(chars.slice(at - 1).join('')) });
    return { ...p, segments };
  });
  return { lines, numbers };
}

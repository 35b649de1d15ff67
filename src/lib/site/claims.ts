import type { Release } from '../types.ts';
import type { ProseNumber } from '../claims/index.ts';
import { siteVerification } from './checks.ts';

/** A piece of a prose line: plain text, or a number with how it is accounted for. */
export type Segment = { text: string; number?: ProseNumber };

/** The release's escapes (`\$`) as a reader sees them. */
const unescape = (s: string) => s.replace(/\\([$%&*_#])/g, '$1');

/**
 * The characters of a line that are Markdown's bold marks, not the release's words: a copy
 * converted to Markdown (a Dow Jones wire copy) keeps them in release.txt, "**(11:30 GMT)**"
 * opening each flash. Only a pair enclosing words on the line counts: a lone "**" is a footnote
 * mark the release prints ("Net income**"), and an escaped "\*" is a star it prints.
 */
function boldMarks(chars: readonly string[]): Set<number> {
  const marks = new Set<number>();
  const line = chars.join('');
  if (!line.includes('**')) return marks;
  // Offsets of code points, as the columns of the line's numbers are.
  const at = (index: number) => [...line.slice(0, index)].length;
  for (const m of line.matchAll(/(?<![*\\\w])\*\*(?=[^\s*])([^*]+?)(?<=[^\s*\\])\*\*(?![*\w])/g)) {
    const open = at(m.index);
    const close = at(m.index + m[0].length - 2);
    for (const i of [open, open + 1, close, close + 1]) marks.add(i);
  }
  return marks;
}

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
    const bold = boldMarks(chars);
    // A list item's "- " (release.txt's mark of one) is the bullet a reader sees.
    const bullet = new Set<number>(p.kind === 'bullet' && chars[0] === '-' && chars[1] === ' ' ? [0] : []);
    // Characters from..to (0-based, to excluded) as a reader sees them: no bold marks, no escapes, its bullet.
    const shown = (from: number, to?: number) =>
      unescape(chars.slice(from, to).map((c, i) => (bold.has(from + i) ? '' : bullet.has(from + i) ? '•' : c)).join(''));
    const segments: Segment[] = [];
    let at = 1;
    for (const n of (byLine.get(p.line) ?? []).sort((a, b) => a.column - b.column)) {
      if (n.column > at) segments.push({ text: shown(at - 1, n.column - 1) });
      segments.push({ text: shown(n.column - 1, n.end - 1), number: n });
      at = n.end;
    }
    if (at <= chars.length) segments.push({ text: shown(at - 1) });
    return { ...p, segments };
  });
  return { lines, numbers };
}

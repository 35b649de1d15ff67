/**
 * A claims.yaml draft for an analyst to review (`tieout claims <release>
 * --suggest`): every automatic link as an entry that would confirm it, each
 * with its evidence in a comment; every unlinked number as a commented-out
 * entry listing its candidates; every number the linker found not derivable
 * (other than whole classes such as dates) with its reason. Each entry quotes
 * its number with just enough context to be found once.
 */
import type { Release } from '../types.ts';
import type { ProseNumber } from './analyze.ts';
import { CLASS_KINDS } from './extract.ts';
import { periodInWords } from './link.ts';
import { findInProse, readable } from './select.ts';

/** The draft, as YAML text. */
export function suggestClaims(release: Release, numbers: readonly ProseNumber[]): string {
  const period = release.meta.fiscalPeriod;
  const out: string[] = [
    `# claims.yaml draft for ${release.meta.id}, written by \`tieout claims ${release.meta.id} --suggest\`.`,
    '# Every number of the prose is linked automatically; this file only refines. Review each entry:',
    '#   keep it to confirm the link, correct its `is:`, or delete it (the number is then linked automatically).',
    '# Unlinked numbers are commented out with their candidates: uncomment one and write what it asserts,',
    '# or list it under not-derivable with the reason.',
    `period: ${period}`,
    '',
  ];
  const claims: string[] = [];
  const listed: string[] = [];
  const classes = new Set<string>(CLASS_KINDS);
  for (const n of numbers) {
    if (n.status === 'linked') {
      const how = n.source === 'hand' ? 'by claims.yaml' : `automatically (${n.confidence} confidence)`;
      claims.push(`  # release.txt:${n.line}: linked ${how}; verdict ${n.verdict}; check ${n.check}`);
      if (n.evidence) {
        const e = n.evidence;
        claims.push(`  #   “${e.subject.words}” → ${e.subject.label} (${e.subject.matched})`);
        if (e.base) claims.push(`  #   of “${e.base.words}” → ${e.base.label}`);
        claims.push(`  #   period: ${periodInWords(e.period)}${e.prior ? `; compared with ${periodInWords(e.prior)}` : ''}`);
        for (const note of e.notes) claims.push(`  #   ${note}`);
      }
      claims.push(`  - ${entry(release, n, { is: n.is })}`);
    } else if (n.status === 'unlinked') {
      claims.push(`  # release.txt:${n.line}: UNLINKED — ${n.reason}`);
      for (const c of n.candidates) claims.push(`  #   candidate: is: ${c.is}   (${c.title}: ${c.computed ?? 'n/a'}, ${c.verdict})`);
      claims.push(`  # - ${entry(release, n, { is: n.candidates[0]?.is ?? '…' })}`);
    } else if (!classes.has(n.kind)) {
      listed.push(`  - ${entry(release, n, { reason: n.reason })}`);
    }
  }
  // An empty list is written as one, so that the draft is a valid claims.yaml as it stands.
  const hasEntry = (lines: string[]) => lines.some((l) => l.startsWith('  - '));
  out.push(hasEntry(claims) ? 'claims:' : 'claims: []', ...claims, '', hasEntry(listed) ? 'not-derivable:' : 'not-derivable: []', ...listed);
  return `${out.join('\n')}\n`;
}

/** A flow-style entry quoting the number with the least context that finds it once. */
function entry(release: Release, n: ProseNumber, fields: Record<string, string>): string {
  const parts = [`text: ${quote(n.text)}`];
  const context = uniqueContext(release, n);
  if (context) parts.push(`context: ${quote(context)}`);
  for (const [key, value] of Object.entries(fields)) parts.push(`${key}: ${quote(value)}`);
  return `{ ${parts.join(', ')} }`;
}

/** YAML double-quoted scalar (JSON's string syntax is valid YAML). */
function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * The shortest run of whole words around the number, as a reader sees the line, that
 * occurs once in the prose (fewest words first, then fewest before the number); null
 * when the number's own text does.
 */
export function uniqueContext(release: Release, n: ProseNumber): string | null {
  if (findInProse(release.prose, n.text).length === 1) return null;
  const raw = release.prose.find((p) => p.line === n.line)?.text ?? '';
  const { text, rawAt } = readable(raw);
  // Readable offsets of the number (the raw `\$` escape is one character to a reader).
  const start = rawAt.findIndex((r) => r >= n.column - 1);
  const end = rawAt.findIndex((r) => r >= n.end - 1);
  if (start < 0 || end < 0) return null;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.slice(0, start).matchAll(/\S+/g)) starts.unshift(m.index);
  for (const m of text.slice(end).matchAll(/\S+/g)) ends.push(end + m.index + m[0].length);
  for (let words = 1; words <= 12; words++) {
    for (let before = 0; before <= words; before++) {
      const after = words - before;
      if (before > starts.length || after > ends.length) continue;
      const quoteText = text.slice(before === 0 ? start : starts[before - 1], after === 0 ? end : ends[after - 1]);
      if (findInProse(release.prose, quoteText).length === 1) return quoteText;
    }
  }
  return null;
}

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
    'claims:',
  ];
  const classes = new Set<string>(CLASS_KINDS);
  for (const n of numbers) {
    if (n.status === 'linked') {
      const how = n.source === 'hand' ? 'by claims.yaml' : `automatically (${n.confidence} confidence)`;
      out.push(`  # release.txt:${n.line}: linked ${how}; verdict ${n.verdict}; check ${n.check}`);
      if (n.evidence) {
        const e = n.evidence;
        out.push(`  #   “${e.subject.words}” → ${e.subject.label} (${e.subject.matched})`);
        if (e.base) out.push(`  #   of “${e.base.words}” → ${e.base.label}`);
        out.push(`  #   period: ${e.period.words}${e.prior ? `; compared with ${e.prior.words}` : ''}`);
        for (const note of e.notes) out.push(`  #   ${note}`);
      }
      out.push(`  - ${entry(release, n, { is: n.is })}`);
    } else if (n.status === 'unlinked') {
      out.push(`  # release.txt:${n.line}: UNLINKED — ${n.reason}`);
      for (const c of n.candidates) out.push(`  #   candidate: is: ${c.is}   (${c.title}: ${c.computed ?? 'n/a'}, ${c.verdict})`);
      out.push(`  # - ${entry(release, n, { is: n.candidates[0]?.is ?? '…' })}`);
    }
  }
  out.push('', 'not-derivable:');
  for (const n of numbers) {
    if (n.status !== 'not-derivable' || classes.has(n.kind)) continue;
    out.push(`  - ${entry(release, n, { reason: n.reason })}`);
  }
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
 * occurs once in the prose; null when the number's own text does.
 */
export function uniqueContext(release: Release, n: ProseNumber): string | null {
  if (findInProse(release.prose, n.text).length === 1) return null;
  const raw = release.prose.find((p) => p.line === n.line)?.text ?? '';
  const { text, rawAt } = readable(raw);
  let start = rawAt.indexOf(n.column - 1);
  let end = rawAt.indexOf(n.end - 1);
  if (start < 0 || end < 0) return null;
  for (let step = 0; step < 40; step++) {
    const quoteText = text.slice(start, end);
    if (findInProse(release.prose, quoteText).length <= 1) return quoteText;
    // Widen by a word on the side with more room, alternating.
    const grow = step % 2 === 0 ? (start > 0 ? 'before' : 'after') : end < text.length ? 'after' : 'before';
    if (grow === 'before' && start > 0) start = wordStart(text, start - 1);
    else if (end < text.length) end = wordEnd(text, end + 1);
    else break;
  }
  return text.slice(start, end);
}

function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i])) i--;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i - 1] ?? '')) i++;
  while (i < text.length && !/\s/.test(text[i])) i++;
  return i;
}

import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { META_KEYS, type DraftMeta } from './draft-meta.ts';

/** Keys written as quoted strings so that YAML never reads them as numbers or dates. */
const QUOTED = new Set(['fiscal_year_end']);

/**
 * release.yaml as drafted: every key with a comment saying where its value came from
 * ("assumed: …" for a value not read from the release), for the author to check. Call only
 * with a draft that misses nothing.
 */
export function metaYaml(draft: DraftMeta, sourceName: string): string {
  const lines = [
    `# Drafted by \`tieout import\` from ${sourceName}. Each value says where it came from; check them`,
    '# against the release before publishing (see README, "Adding a release").',
  ];
  const entries = META_KEYS.map((key) => {
    const found = draft.values[key]!;
    const value = QUOTED.has(key) ? JSON.stringify(found.value) : scalar(found.value);
    const from = found.from.replace(/\s+/g, ' ');
    // A value assumed rather than read says so first, for the author to confirm.
    // A value given by option is the user's own, never drafted again: no mark.
    const mark = from.startsWith('given with') ? '' : ` ${draftMark(key, found.value)}`;
    return { head: `${key}: ${value}`, comment: `${found.assumed && !from.startsWith('assumed') ? `assumed: ${from}` : from}${mark}` };
  });
  // Where the release is published, when the file or an option says: optional, so last.
  if (draft.sourceUrl) entries.push({ head: `source_url: ${scalar(draft.sourceUrl.value)}`, comment: draft.sourceUrl.from.replace(/\s+/g, ' ') });
  const width = Math.min(48, Math.max(...entries.map((e) => e.head.length)));
  for (const e of entries) lines.push(`${e.head.padEnd(width)}  # ${e.comment}`);
  return `${lines.join('\n')}\n`;
}

function scalar(value: string): string {
  if (value === '') return "''";
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * The mark a draft leaves on each value it writes, "[draft 3fa9c1]": a digest of the key and the value drafted. A
 * re-import tells by it a value nobody changed since it was drafted (the mark still matches the value) from one edited
 * by hand (it does not, or the mark is gone): the first is drafted again, so that a draft corrected since goes through
 * (ACC's re-import kept the earlier draft's fiscal_period 2024-q4 beside the new 2025-q1), the second is kept.
 */
export function draftMark(key: string, value: string): string {
  return `[draft ${createHash('sha256').update(`${key}\0${value}`).digest('hex').slice(0, 6)}]`;
}

/** Whether an inline comment of release.yaml carries the mark a draft left on this key and value. */
export function markedAsDrafted(comment: string | null | undefined, key: string, value: string): boolean {
  return comment?.trimEnd().endsWith(draftMark(key, value)) === true;
}

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
    return { head: `${key}: ${value}`, comment: found.assumed && !from.startsWith('assumed') ? `assumed: ${from}` : from };
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

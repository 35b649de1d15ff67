import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import { inferModel, type InferredModel, type InferredRelation } from '../lib/checks/index.ts';
import { companyModelFile, loadRelease, parseRelease } from '../lib/ingest/index.ts';
import { emptyModel, modelSchema } from '../lib/model/index.ts';
import type { Release } from '../lib/types.ts';
import { whyNotWritten, writeFileAtomic } from '../lib/write-atomic.ts';
import type { Io } from './io.ts';

export interface ModelInitOptions {
  /** Overwrite a model that exists. */
  force: boolean;
}

/**
 * `tieout model init <release-dir>`: drafts data/companies/<company>/model.yaml from what
 * the base model reads in the release, so that an analyst edits a draft instead of
 * writing one: the concepts it recognized with the rows that print them (certain ones as
 * aliases; likely ones as comments to confirm), the relations it inferred (as comments
 * with their reasons: the checks infer them anyway, an analyst pins or corrects them), the
 * likely readings that did not hold (where a relation may need stating), and the rows it
 * could not place. The draft is valid as written: `tieout check` accepts it and gives the
 * release the same checks. An existing model is left alone unless --force.
 */
export function modelInitCommand(dir: string, options: ModelInitOptions, io: Io): number {
  const release = loadRelease(dir);
  const file = companyModelFile(dir, release.meta.company);
  if (existsSync(file) && !options.force) {
    io.err(`${file}: a company model exists; tieout model init leaves it alone (--force overwrites it)\n`);
    return 2;
  }
  // Drafted from the release alone: with --force, the old model's table names and aliases must not leak in.
  const bare = parseRelease(release.text, release.meta, emptyModel, release.file);
  const inferred = inferModel(bare, emptyModel);
  const text = draft(bare, dir, inferred);
  // Whole or not at all: a stopped --force leaves the old model, never half of the new one.
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    // A disk that cannot take the draft is the user's to fix, not a bug (it ended in 'internal error', exit 3).
    io.err(`${file}: cannot write the company model: ${whyNotWritten(error)}; nothing was written\n`);
    return 2;
  }
  const certain = [...inferred.concepts.values()].reduce((n, c) => n + c.rows.filter((r) => r.certain).length, 0);
  io.out(
    `${file}: drafted from ${dir}: ${inferred.concepts.size} concepts on ${certain} rows, ` +
      `${inferred.footings.length} relations inferred, ${inferred.rejected.length} not holding, ` +
      `${[...inferred.unplaced.values()].reduce((n, r) => n + r.length, 0)} rows not placed\n`,
  );
  return 0;
}

/** The draft's text: YAML the model schema accepts, with what is not stated written as comments. */
export function draft(release: Release, dir: string, inferred: InferredModel): string {
  const concepts: Record<string, { label: string; aliases: string[] }> = {};
  for (const [id, c] of [...inferred.concepts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const aliases = c.rows.filter((r) => r.certain).map((r) => r.key);
    if (aliases.length > 0) concepts[id] = { label: c.label, aliases };
  }
  const body = { name: release.meta.name, tables: [], concepts };
  // Never write what the schema refuses: a draft `tieout check` would reject is worse than none.
  modelSchema.parse(body);
  const likely = [...inferred.concepts].flatMap(([id, c]) => c.rows.filter((r) => !r.certain).map((r) => `#   ${id}: ${r.key}  (${r.reason})`));
  const lines = [
    `# Company model of ${release.meta.name}, drafted by \`tieout model init ${dir}\` from`,
    `# ${release.meta.id} (${release.meta.title}).`,
    '# It names what the base model recognized; edit it, then run `tieout check`. The checks',
    '# read the relations below from the tables themselves: state one under `relations:` only',
    '# to pin it or correct it (see ARCHITECTURE.md, "Relations in the model").',
    '#',
    '# Tables (ids derived from their titles; add `tables:` entries to rename them):',
    ...inferred.tables.map((t) => `#   ${t.id}: ${t.kind}, ${t.reason}`),
    '',
    stringify(body, { lineWidth: 0 }).trimEnd(),
  ];
  if (likely.length > 0) {
    lines.push('', '# Likely the same concepts, not named above because nothing makes them certain. Add a', '# row to the concept\'s aliases if it prints the same figure:', ...likely);
  }
  lines.push('', '# Relations inferred from the tables (checked without being stated here):', ...relations(inferred.footings));
  if (inferred.rejected.length > 0) {
    lines.push('', '# Readings the tables suggest that do not hold in every column, so are not checked. If', '# one is what the release means, state it under relations.footings and its mismatch is reported:', ...relations(inferred.rejected));
  }
  if (inferred.unplaced.size > 0) {
    lines.push('', '# Rows no concept names and no relation reads:', ...[...inferred.unplaced].map(([t, rows]) => `#   ${t}: ${rows.join(', ')}`));
  }
  return `${lines.join('\n')}\n`;
}

function relations(list: InferredRelation[]): string[] {
  const out: string[] = [];
  let table = '';
  for (const r of list) {
    if (r.table !== table) {
      out.push(`#   ${r.table}:`);
      table = r.table;
    }
    out.push(`#     ${r.total}: ${r.expression}`, `#       # ${r.certain ? '' : 'likely: '}${r.reason}`);
  }
  return out;
}

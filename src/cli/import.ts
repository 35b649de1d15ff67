import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { ImportResult, IngestIssue } from '../lib/types.ts';
import { IngestError, loadRelease } from '../lib/ingest/index.ts';
import { binaryKind, decodeSource, importRelease, markedAsDrafted, messages, type MetaOptions, type ReadLinked } from '../lib/import/index.ts';
import { formatIssue } from '../lib/issues.ts';
import { overlongProse } from '../lib/claims/index.ts';
import { shownPath } from '../lib/shown-path.ts';
import { FolderTaken, isTemporaryName, writeFolderAtomic, writeStep } from '../lib/write-atomic.ts';
import type { Io } from './io.ts';

/** The options `tieout import` takes. */
export interface ImportFlags {
  id?: string;
  data?: string;
  force?: boolean;
  /** Exit 2 when the source has located problems (without it, a release whose tables were read is imported with exit 0). */
  strict?: boolean;
  title?: string;
  company?: string;
  name?: string;
  ticker?: string;
  exchange?: string;
  'fiscal-period'?: string;
  'fiscal-year-end'?: string;
  'fiscal-year-named-by'?: string;
  'release-date'?: string;
  currency?: string;
  scale?: string;
  'source-url'?: string;
}

// Markdown is text: its pipe tables are read through the HTML path (src/lib/import/markdown.ts).
const KINDS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'text', '.markdown': 'text' };

/**
 * `tieout import <file>`: makes `<data>/releases/<id>/` from a release as published: the
 * source verbatim, release.txt and a drafted release.yaml. Metadata the checks need and it
 * cannot infer is asked for by option (exit 2, nothing written); what it assumed is listed to
 * confirm. Problems in the source are reported at their line and column, everything valid
 * written: a release whose tables were read exits 0 (2 with --strict); one with no table at
 * all could not be read as a release (exit 2).
 */
export function importCommand(file: string, flags: ImportFlags, io: Io, root = process.cwd()): number {
  const show = (p: string) => shownPath(root, p);
  const path = resolve(root, file);
  const ext = extname(file).toLowerCase();
  const kind = KINDS[ext];
  if (!kind) {
    io.err(`${file}:1:1: ${messages.unsupportedType(ext)}\n`);
    return 2;
  }
  if (!existsSync(path) || !statSync(path).isFile()) {
    io.err(`${file}:1:1: expected a release file to import; none found\n`);
    return 2;
  }
  const bytes = readFileSync(path);
  const binary = binaryKind(bytes);
  if (binary) {
    io.err(`${file}:1:1: ${messages.notText(binary, ext)}\n`);
    return 2;
  }
  const { text, encoding, problems } = decodeSource(bytes);
  const data = resolve(root, flags.data ?? 'data');
  const companiesDir = join(data, 'companies');
  const companies = existsSync(companiesDir) ? readdirSync(companiesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const options: MetaOptions = {
    id: flags.id,
    title: flags.title,
    company: flags.company,
    name: flags.name,
    ticker: flags.ticker,
    exchange: flags.exchange,
    fiscalPeriod: flags['fiscal-period'],
    fiscalYearEnd: flags['fiscal-year-end'],
    fiscalYearNamedBy: flags['fiscal-year-named-by'],
    releaseDate: flags['release-date'],
    currency: flags.currency,
    scale: flags.scale,
    sourceUrl: flags['source-url'],
  };
  const own = ownRelease(path, data);
  if (own) options.id ??= own.id;
  const read = () => importRelease({ text, file, kind, encoding, decodeProblems: problems, readLinked: besideSource(dirname(path)) }, options, companies);
  let result = read();
  // What the text does not state, its own release.yaml does (a release date given by option at the first import).
  if (own && result.missing.length > 0 && keptOptions(own.yaml, result.missing.map((m) => m.key), options)) result = read();

  for (const issue of result.issues) io.err(`${formatIssue(issue)}\n`);
  // What the import could not check is said where the source prints it, as a warning: no problem of the source, not counted by --strict.
  for (const warning of result.warnings) io.err(`${formatIssue({ ...warning, message: `warning: ${warning.message}` })}\n`);
  if (result.invalid.length > 0 || result.missing.length > 0 || !result.id || !result.metaYaml) {
    for (const message of result.invalid) io.err(`tieout import: ${message}\n`);
    if (result.missing.length > 0) {
      io.err(`tieout import: nothing written; release.yaml needs what ${basename(file)} does not state:\n`);
      for (const m of result.missing) io.err(`  ${m.message}\n`);
      io.err(inferred(result));
    }
    return 2;
  }

  const dir = join(data, 'releases', result.id.value);
  if (existsSync(dir) && !flags.force) {
    io.err(`tieout import: ${messages.exists(show(dir))}\n`);
    return 2;
  }
  const sourceName = kind === 'html' ? 'source.html' : 'source.txt';
  // Re-importing a file of the release's own folder (its release.txt fixed by hand, as the
  // report advises) keeps the source as published: only a file from elsewhere replaces it.
  const fromInside = !relative(dir, path).startsWith('..') && relative(dir, path) !== '';
  const yamlFile = join(dir, 'release.yaml');
  let yaml = { text: result.metaYaml, kept: [] as string[] };
  if (existsSync(yamlFile)) {
    const merged = keepEdits(readFileSync(yamlFile, 'utf8'), result, !fromInside);
    if ('error' in merged) {
      io.err(`${show(yamlFile)}:${merged.line}:1: ${merged.error}\n`);
      return 2;
    }
    yaml = merged;
  }
  const written = new Set(['release.txt', 'release.yaml', ...(fromInside ? [] : ['source.html', 'source.txt'])]);
  try {
    // Whole or not at all (src/lib/write-atomic.ts): an import stopped part way leaves the old
    // release or the new one, and two imports of one id at once never mix their files.
    writeFolderAtomic(
      dir,
      (temporary) => {
        // What the import does not write is the user's: claims.yaml, notes, the source kept above.
        if (existsSync(dir)) {
          for (const name of readdirSync(dir)) {
            if (!written.has(name) && !isTemporaryName(name)) {
              cpSync(join(dir, name), join(temporary, name), { recursive: true, verbatimSymlinks: true });
              writeStep();
            }
          }
        }
        if (!fromInside) {
          writeFileSync(join(temporary, sourceName), bytes);
          writeStep();
        }
        writeFileSync(join(temporary, 'release.txt'), result.releaseText);
        writeStep();
        writeFileSync(join(temporary, 'release.yaml'), yaml.text);
        writeStep();
      },
      Boolean(flags.force),
    );
  } catch (e) {
    if (e instanceof FolderTaken) {
      io.err(`tieout import: ${e.how === 'exists' ? messages.exists(show(dir)) : messages.concurrent(show(dir))}\n`);
      return 2;
    }
    // A data folder that is a file, or one not writable: the user's setup, not a bug.
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    io.err(`tieout import: ${messages.cannotWrite(show(dir), reason)}\n`);
    return 2;
  }
  // What the import writes, the ingest must read: a figure it cannot is reported where release.txt prints it.
  const unread = readBack(dir, root);
  for (const issue of unread) io.err(`${formatIssue(issue)}\n`);
  io.out(report(result, file, show(dir), fromInside ? null : sourceName, bytes.length, yaml.kept, unread.length));
  if (result.summary.tables === 0) return 2;
  return flags.strict && result.issues.length + unread.length > 0 ? 2 : 0;
}

function report(result: ImportResult, file: string, dir: string, sourceName: string | null, size: number, kept: string[], unread: number): string {
  const s = result.summary;
  const left = s.leftOut;
  const lines = [
    `Imported ${file} into ${dir}/`,
    sourceName
      ? `  ${sourceName.padEnd(12)} the file as published, verbatim (${size.toLocaleString('en-US')} bytes${s.encoding !== 'utf-8' ? `, read as ${s.encoding}` : ''})`
      : `  ${'source'.padEnd(12)} kept as published: ${basename(file)} is a file of the release's own folder, not a new source`,
    `  ${'release.txt'.padEnd(12)} ${s.lines} lines: ${s.tables} table${s.tables === 1 ? '' : 's'} with ${s.figures} printed values, ${s.paragraphs} other lines, ${s.bullets} list items`,
    `  ${'release.yaml'.padEnd(12)} drafted from what the release states; check each value (its comment says where it came from):`,
    ...Object.entries(result.meta).map(([key, found]) => `    ${`${key}:`.padEnd(17)} ${found!.value === '' ? "''" : found!.value}${found!.assumed ? '  (assumed: confirm)' : ''}`),
  ];
  const assumed = Object.entries(result.meta).filter(([, f]) => f!.assumed);
  if (result.id?.assumed) assumed.unshift(['release id', result.id]);
  if (assumed.length > 0) {
    lines.push(`  confirm ${assumed.length === 1 ? 'this value' : `these ${assumed.length} values`}: assumed, not read from the release (release.yaml says why beside each):`);
    for (const [key, f] of assumed) lines.push(`    ${`${key}:`.padEnd(17)} ${f!.value}  (${f!.from.replace(/^assumed:\s*/, '')})`);
  }
  const empty = Object.entries(result.meta).filter(([k, f]) => f!.value === '' && !(k === 'exchange' && result.meta.ticker?.value));
  if (empty.length > 0) lines.push(`  left empty: ${empty.map(([k]) => k).join(', ')} (the release does not print ${empty.length === 1 ? 'it' : 'them'}; fill in release.yaml if the site should show ${empty.length === 1 ? 'it' : 'them'})`);
  if (s.source === 'html') {
    const parts = [
      left.chrome > 0 ? `${left.chrome} page elements that are not the release (navigation, scripts, styles, sharing and sign-up widgets, hidden text)` : '',
      left.duplicates > 0 ? `${left.duplicates} repeated cop${left.duplicates === 1 ? 'y' : 'ies'} of a section` : '',
      left.pageNumbers > 0 ? `${left.pageNumbers} page number${left.pageNumbers === 1 ? '' : 's'}` : '',
      left.beforeHeadline > 0 ? `${left.beforeHeadline} line${left.beforeHeadline === 1 ? '' : 's'} above the headline` : '',
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`  left out: ${parts.join('; ')}`);
    if (s.layoutTables > 0) lines.push(`  read as text: ${s.layoutTables} HTML table${s.layoutTables === 1 ? '' : 's'} holding no figures (layout, lists, contacts)`);
  } else if (left.pageNumbers > 0) {
    lines.push(`  left out: ${left.pageNumbers} page number${left.pageNumbers === 1 ? '' : 's'} and page continuation marks`);
  }
  lines.push(...kept);
  if (result.summary.tables === 0) lines.push('  no table of figures was read (above, on stderr): the release cannot be checked');
  else if (result.issues.length > 0) lines.push(`  ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in the source (above, on stderr): fix release.txt by hand or the source, then re-import with --force`);
  if (result.summary.tables > 0 && unread > 0) lines.push(`  ${unread} place${unread === 1 ? '' : 's'} of release.txt tieout facts will not read (above, on stderr): fix ${unread === 1 ? 'it' : 'them'} in release.txt`);
  lines.push(`Next: npx tieout facts ${dir}`);
  return `${lines.join('\n')}\n`;
}

/** What was inferred, so that a user asked for one key sees the rest. */
function inferred(result: ImportResult): string {
  const entries = Object.entries(result.meta);
  if (entries.length === 0) return '';
  return `  inferred so far:\n${entries.map(([k, f]) => `    ${`${k}:`.padEnd(17)} ${f!.value}  (${f!.from})\n`).join('')}`;
}

/**
 * release.yaml when one exists: the author's file with their values and comments, a key the
 * author lacks added from the draft, and a value given by option on this command set; so a
 * re-import never undoes an edit. Lines say which kept values the draft would have changed.
 * Imported again from a source (`redraft`), a value still as an earlier draft wrote it (its
 * draft mark matches it: meta-yaml.ts) is no edit: its line is drafted again, as a first import
 * writes it, so that a draft corrected since goes through. Re-importing the folder's own
 * release.txt keeps release.yaml's values: they state what that text may not.
 */
function keepEdits(existing: string, result: ImportResult, redraft: boolean): { text: string; kept: string[] } | { error: string; line: number } {
  const parsed = parseDocument(existing);
  if (parsed.errors.length > 0 || (parsed.contents !== null && !isMap(parsed.contents))) {
    const line = parsed.errors[0]?.linePos?.[0].line ?? 1;
    return { error: messages.yamlKept(parsed.errors[0]?.message.split('\n')[0] ?? 'it is not a map of keys and values'), line };
  }
  const show = (v: string) => (v === '' ? "''" : v);
  const kept: string[] = [];
  // Unedited values first, line for line, the rest of the file as it was.
  const draftLines = new Map((result.metaYaml ?? '').split('\n').map((l) => [/^([a-z_]+):/.exec(l)?.[1], l] as const));
  let text = existing;
  for (const [key, found] of Object.entries(result.meta)) {
    const node = parsed.get(key, true);
    if (!isScalar(node)) continue;
    const had = String(node.value ?? '');
    const line = draftLines.get(key);
    if (!redraft || !found || had === found.value || found.from.startsWith('given with') || !line || !markedAsDrafted(node.comment, key, had)) continue;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (at < 0 || /^\s/.test(lines[at + 1] ?? '')) continue; // one line only: a value folded over lines is left to the merge below
    lines[at] = line;
    text = lines.join('\n');
    kept.push(`  release.yaml ${`${key}:`.padEnd(17)} ${show(found.value)}  (drafted again: ${show(had)} was an earlier draft's, not edited since)`);
  }
  const doc = parseDocument(text);
  let changed = false;
  for (const [key, found] of Object.entries(result.meta)) {
    if (!found) continue;
    const node = doc.get(key, true);
    const had = isScalar(node) ? String(node.value ?? '') : node === undefined ? undefined : String(node);
    if (had === undefined || (found.from.startsWith('given with') && had !== found.value)) {
      doc.set(key, found.value);
      changed = true;
    } else if (had !== found.value) kept.push(`  release.yaml ${`${key}:`.padEnd(17)} ${show(had)}  (kept as you wrote it; this import drafted ${show(found.value)})`);
  }
  // Unchanged, the author's file stays as they wrote it, byte for byte.
  return { text: changed ? doc.toString({ lineWidth: 0 }) : text, kept };
}

/** The options each key of release.yaml answers. */
const YAML_OPTIONS: Record<string, keyof MetaOptions> = {
  title: 'title', company: 'company', name: 'name', ticker: 'ticker', exchange: 'exchange', fiscal_period: 'fiscalPeriod',
  fiscal_year_end: 'fiscalYearEnd', fiscal_year_named_by: 'fiscalYearNamedBy', release_date: 'releaseDate', currency: 'currency',
  scale: 'scale', source_url: 'sourceUrl',
};

/**
 * The release whose own release.txt is imported again (fixed by hand, as the report advises): its
 * folder is the release's id, and its release.yaml states what the text may not. Without it the
 * re-import stopped asking for the options of the first import, or drafted another id and wrote
 * a new folder without the source as published.
 */
function ownRelease(path: string, data: string): { id: string; yaml: string } | null {
  const folder = dirname(path);
  if (dirname(folder) !== join(data, 'releases') || basename(path) !== 'release.txt') return null;
  return { id: basename(folder), yaml: join(folder, 'release.yaml') };
}

/** Sets the options of the `missing` keys from release.yaml's values, as if given again; whether any was. */
function keptOptions(yamlFile: string, missing: string[], options: MetaOptions): boolean {
  if (!existsSync(yamlFile)) return false;
  const doc = parseDocument(readFileSync(yamlFile, 'utf8'));
  if (doc.errors.length > 0 || !isMap(doc.contents)) return false; // said where release.yaml is kept (keepEdits)
  let set = false;
  for (const key of missing) {
    const option = YAML_OPTIONS[key];
    const node = doc.get(key, true);
    if (!option || options[option] !== undefined || !isScalar(node) || node.value === null || String(node.value) === '') continue;
    (options as Record<string, string>)[option] = String(node.value);
    set = true;
  }
  return set;
}

/** The largest stylesheet read beside a release: real ones are a few hundred kilobytes. */
const MOST_SHEET_BYTES = 5_000_000;

/**
 * A stylesheet the page links to, read where it lives in the source's own folder: a relative href
 * inside it, reached through no link that leaves it. Anything else (a URL, an absolute path, a
 * path out of the folder) is null: never fetched or read, and said by the import.
 */
function besideSource(folder: string): ReadLinked {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return () => null;
  }
  const inside = (path: string) => {
    const rel = relative(real, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(href)) return null;
    let path: string;
    try {
      path = resolve(real, decodeURIComponent(href.replace(/[?#].*$/s, '')));
    } catch {
      return null;
    }
    if (!inside(path)) return null;
    try {
      const info = lstatSync(path);
      if (!info.isFile() || info.size > MOST_SHEET_BYTES || !inside(realpathSync(path))) return null;
      return decodeSource(readFileSync(path)).text;
    } catch {
      return null;
    }
  };
}

/**
 * The figures `tieout facts` will not read in the release.txt just written (none when it reads as
 * written), and the lines of its prose `tieout check` will not read for claims. Problems of a whole
 * line of a table (a table with no header) are the ones the import reported in the source already,
 * in its own words: only those at a cell are said again.
 */
function readBack(dir: string, root: string): IngestIssue[] {
  const own = (issues: IngestIssue[]) => issues.filter((i) => basename(i.file) === 'release.txt' && i.column > 1);
  try {
    const release = loadRelease(dir, root);
    return [...own(release.errors), ...overlongProse(release).issues].sort((a, b) => a.line - b.line || a.column - b.column);
  } catch (e) {
    // A company model that does not fit the release is the model's problem, said by tieout check.
    if (e instanceof IngestError) return own(e.issues);
    throw e;
  }
}

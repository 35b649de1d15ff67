import { readFileSync } from 'node:fs';
import { NotebookError } from '../notebook/index.ts';
import { DATA_DIR } from '../ingest/index.ts';
import { sayOnce } from './say-once.ts';

/** The example notebook (`release: _example`) documents the notebook format and is never published. */
export const EXAMPLE_RELEASE = '_example';

interface Entry {
  id: string;
  filePath?: string;
  data: { release: string; company?: string };
}

/**
 * The notebooks to publish: those whose `release:` names a release of the data folder. One
 * that names no release fails the build at its `release:` line, as a typo would otherwise
 * leave it silently unpublished.
 *
 * A site built from another data folder (TIEOUT_DATA) with the site's own notebooks (no
 * TIEOUT_NOTEBOOKS: see src/content.config.ts) builds those of its releases and says, on
 * stderr, which others it leaves out: they were written for the default data folder. The
 * sitemap asks too, `quiet`: a build renders it apart from the pages, with modules of its own, so
 * a note said by both would be said twice.
 */
export function publishedNotebooks<E extends Entry>(entries: E[], releases: string[], { quiet = false } = {}): E[] {
  const known = new Set(releases);
  const otherData = Boolean(process.env.TIEOUT_DATA) && !process.env.TIEOUT_NOTEBOOKS;
  const left: string[] = [];
  const published = entries.filter((entry) => {
    // A company notebook is published by its company (company-notebooks.ts).
    if (entry.data.company) return false;
    const release = entry.data.release;
    if (known.has(release)) return true;
    if (release === EXAMPLE_RELEASE) return false;
    const file = entry.filePath ?? entry.id;
    if (otherData) {
      left.push(`${file} (release: ${release})`);
      return false;
    }
    throw new NotebookError(
      frontmatterLine(file, 'release'),
      `release '${release}' names no release in ${DATA_DIR}/releases/ (there ${releases.length === 1 ? 'is' : 'are'}: ${releases.join(', ') || 'none'}); ` +
        'the notebook would not be published',
    );
  });
  if (left.length > 0 && !quiet) {
    sayOnce(
      `tieout: ${DATA_DIR}/releases/ (TIEOUT_DATA) holds no release for ${left.length} notebook(s), not built: ${left.join(', ')}; ` +
        'set TIEOUT_NOTEBOOKS to a notebooks folder of its own\n',
    );
  }
  return published;
}

/** Where `key:` is written in a file's front matter (its value's column), or the file's first line. */
export function frontmatterLine(file: string, key: string): { file: string; line: number; column: number } {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file, line: 1, column: 1 };
  }
  const lines = text.split(/\r\n?|\n/);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  for (let i = 1; i < end; i++) {
    const match = new RegExp(`^${key}:\\s*`).exec(lines[i]!);
    if (match) return { file, line: i + 1, column: match[0].length + 1 };
  }
  return { file, line: 1, column: 1 };
}

/**
 * Company notebooks (issue 32): a notebook whose front matter names a company (`company: nvda`)
 * rather than a release sees that company's releases together (./company-scope.ts) and is
 * published at /company/<company>/<notebook>/.
 *
 * A company notebook is published when the data folder holds a release of its company. One whose
 * company has none is left out and the build says so on stderr, naming the closest company: a
 * notebook of a company whose releases a site does not carry (NVIDIA's, in a site built from the
 * bundled release alone) must not fail that site's build.
 *
 * A notebook written against particular releases names them (`releases: [nvda-fy2023-q1, …]`)
 * and is published only when the data folder holds every one, left out otherwise as above: an
 * author who imports one NVIDIA release of their own (named `nvda-2023-q2` by the import) gets a
 * site, not a build stopped in the example notebook at a figure of a release they do not have.
 */
import { sayOnce } from './say-once.ts';
import { didYouMean } from '../did-you-mean.ts';
import { NotebookError } from '../notebook/index.ts';
import { DATA_DIR } from '../ingest/index.ts';

interface Entry {
  id: string;
  filePath?: string;
  data: { company?: string; releases?: readonly string[]; order: number };
}

/** Slugs a company notebook may not take: the company page's other addresses. */
const TAKEN = /^(\d+|facts\.csv|facts\.json)$/;


/** The releases a notebook names that the data folder does not hold (none: it can be published). */
export function missingReleases(entry: { data: { releases?: readonly string[] } }, releases: readonly string[]): string[] {
  const held = new Set(releases);
  return (entry.data.releases ?? []).filter((id) => !held.has(id));
}

/**
 * The company notebooks to publish, in reading order, given the companies with releases and,
 * for notebooks that name the releases they read, the releases the data folder holds.
 */
export function publishedCompanyNotebooks<E extends Entry>(entries: readonly E[], companies: readonly string[], releases: readonly string[] = [], { quiet = false } = {}): E[] {
  const known = new Set(companies);
  const left: string[] = [];
  const lacking: string[] = [];
  const published = entries.filter((entry) => {
    const company = entry.data.company;
    if (!company) return false;
    const file = entry.filePath ?? entry.id;
    const slug = entry.id.split('/').at(-1)!;
    if (TAKEN.test(slug)) throw new NotebookError({ file, line: 1, column: 1 }, `a company notebook may not be named '${slug}': the company's page uses that address`);
    if (known.has(company)) {
      const missing = missingReleases(entry, releases);
      if (missing.length === 0) return true;
      lacking.push(`${file} (releases: ${missing.join(', ')})`);
      return false;
    }
    const near = didYouMean(company, known);
    left.push(`${file} (company: ${company}${near ? `.${near}` : ''})`);
    return false;
  });
  if (left.length > 0 && !quiet) sayOnce(`tieout: ${DATA_DIR}/releases/ holds no release of the company of ${left.length} company notebook(s), not built: ${left.join(', ')}\n`);
  if (lacking.length > 0 && !quiet) sayOnce(`tieout: ${DATA_DIR}/releases/ lacks releases that ${lacking.length} company notebook(s) read, not built: ${lacking.join(', ')}\n`);
  return published.sort((a, b) => a.data.order - b.data.order);
}

/**
 * A simulated site of many releases, for the bench: copies of the bundled release (and its
 * notebooks) under new ids, spread over companies that each have a copy of its company model.
 * The first release is the bundled one, unchanged.
 * Written to a temporary folder and built with TIEOUT_DATA and TIEOUT_NOTEBOOKS; never committed.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const BUNDLED = 'inap-2010-q2';
const RELEASE_DIR = join(ROOT, 'data/releases', BUNDLED);
const NOTEBOOK_DIR = join(ROOT, 'src/notebooks', BUNDLED);

/** Releases per simulated company: a company's listing then has more than one page at 500 releases. */
export const RELEASES_PER_COMPANY = 25;

export interface SimulatedSite {
  data: string;
  notebooks: string;
  releases: string[];
}

/** The id of the i-th simulated release (0-based): `c003-r07` is the seventh release of company 3. */
export function simulatedId(i: number): string {
  const company = Math.floor(i / RELEASES_PER_COMPANY) + 1;
  const release = (i % RELEASES_PER_COMPANY) + 1;
  return `c${String(company).padStart(3, '0')}-r${String(release).padStart(2, '0')}`;
}

/** Writes (or extends) a site of `count` releases under `root`; the first is the bundled release as is. */
export function simulateSite(root: string, count: number): SimulatedSite {
  const data = join(root, 'data');
  const notebooks = join(root, 'notebooks');
  const releases: string[] = [];
  const meta = readFileSync(join(RELEASE_DIR, 'release.yaml'), 'utf8');
  const model = readFileSync(join(ROOT, 'data/companies/inap/model.yaml'), 'utf8');
  const notebookFiles = readdirSync(NOTEBOOK_DIR).filter((f) => f.endsWith('.mdx'));
  for (let i = 0; i < count; i++) {
    const id = i === 0 ? BUNDLED : simulatedId(i);
    const company = i === 0 ? 'inap' : id.split('-')[0]!;
    releases.push(id);
    const dir = join(data, 'releases', id);
    if (existsSync(join(dir, 'release.txt'))) continue;
    mkdirSync(dir, { recursive: true });
    cpSync(join(RELEASE_DIR, 'release.txt'), join(dir, 'release.txt'));
    cpSync(join(RELEASE_DIR, 'claims.yaml'), join(dir, 'claims.yaml'));
    writeFileSync(join(dir, 'release.yaml'), i === 0 ? meta : meta.replace(/^company: inap\b/m, `company: ${company}`).replace(/^title: (.*)$/m, `title: $1 (${id})`));
    const companyDir = join(data, 'companies', company);
    if (!existsSync(companyDir)) {
      mkdirSync(companyDir, { recursive: true });
      writeFileSync(join(companyDir, 'model.yaml'), model);
    }
    mkdirSync(join(notebooks, id), { recursive: true });
    for (const f of notebookFiles) {
      // Each copy's cells differ by a comment, as real notebooks differ, so that no cache keyed by content
      // (highlighted code, cell outputs) serves one copy from another's work in a cold build.
      const original = readFileSync(join(NOTEBOOK_DIR, f), 'utf8');
      const text = i === 0 ? original : original.replace(/^release: .*$/m, `release: ${id}`).replace(/^```js cell.*$/gm, (fence) => `${fence}\n// ${id}`);
      writeFileSync(join(notebooks, id, f), text);
    }
  }
  return { data, notebooks, releases };
}

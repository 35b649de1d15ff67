import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';

/** Builds the site from another data and notebooks folder; returns the exit status and the log. */
function buildFrom(data: string, notebooks: string) {
  const out = join(projectRoot, 'node_modules', '.cache', 'tieout-build-errors', 'dist');
  rmSync(join(out, '..'), { recursive: true, force: true });
  const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: userBuildEnv({ NO_COLOR: '1', TIEOUT_DATA: data, TIEOUT_NOTEBOOKS: notebooks, TIEOUT_ASTRO_CACHE: join(out, '..', 'astro-cache') }),
    timeout: 300_000,
  });
  return { status: build.status, log: build.stdout + build.stderr, out };
}

/** A stack frame line as Node prints it. */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/**
 * A notebook whose `release:` names no release of the data folder (a typo, a release not yet
 * added) used to be silently left unpublished. It fails the build at its `release:` line.
 */
describe('a notebook naming no release', () => {
  test('fails the build at its release: line, naming the releases there are, with no stack trace', () => {
    const { status, log, out } = buildFrom('test/fixtures/site-data', './test/fixtures/site-notebooks-unknown-release');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      "test/fixtures/site-notebooks-unknown-release/widget-2010-q2/typo.mdx:3:10: release 'widget-2010-q3' names no release in test/fixtures/site-data/releases/ (there is: widget-2010-q2); the notebook would not be published",
    );
    expect(log).not.toMatch(STACK_FRAME);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
  }, 300_000);
});

describe('a data problem met while rendering a page', () => {
  test('fails the build naming the data file, line and column, not with a stack trace', () => {
    // broken-2010-q2's company model names a row its release does not print.
    const { status, log } = buildFrom('test/fixtures/checks/data', './test/fixtures/site-data/notebooks-none');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      "test/fixtures/checks/data/companies/broken/model.yaml:10:25: 'relations.footings.statement-of-operations.operating-income': no row 'revenue' in table statement-of-operations",
    );
    expect(log).not.toMatch(STACK_FRAME);
  }, 300_000);
});

describe('a notebook showing a row its table does not have', () => {
  test('fails the build at the <ReleaseTable> line, naming the row and the rows the table has, with no stack trace', () => {
    const { status, log, out } = buildFrom('test/fixtures/site-data', './test/fixtures/site-notebooks-unknown-row');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      `test/fixtures/site-notebooks-unknown-row/widget-2010-q2/revenues.mdx:10: <ReleaseTable id="statement-of-operations" rows="products total-revenue" totals>: no row 'total-revenue' in statement-of-operations; its rows are revenues, products, services, total-revenues, operating-costs-and-expenses, cost-of-sales, selling, total-operating-costs-and-expenses, operating-income, net-income-loss`,
    );
    expect(log).not.toMatch(STACK_FRAME);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
  }, 300_000);
});

describe('a notebook citing a check the release does not have', () => {
  test('fails the build at the <Check> line, naming the closest check id, with no stack trace', () => {
    const { status, log } = buildFrom('test/fixtures/site-data', './test/fixtures/site-notebooks-unknown-check');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      "test/fixtures/site-notebooks-unknown-check/widget-2010-q2/cited.mdx:10: <Check id=\"footing/statement-of-operations/total-revenue/2010-q2\">: no check 'footing/statement-of-operations/total-revenue/2010-q2' in widget-2010-q2. Did you mean 'footing/statement-of-operations/total-revenues/2010-q2'?",
    );
    expect(log).not.toMatch(STACK_FRAME);
  }, 300_000);
});

/**
 * A notebook's cells run before its page writes a byte (prepare.ts), so that the dev server can
 * answer a failing cell with a whole page; the build still stops at the cell, located.
 */
describe('a notebook whose cell throws', () => {
  test('fails the build at the cell, naming the file, the cell and the line, with no stack trace', () => {
    const { status, log, out } = buildFrom('test/fixtures/site-data', './test/fixtures/site-notebooks-failing-cell');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(
      "test/fixtures/site-notebooks-failing-cell/widget-2010-q2/failing.mdx:17:14: In [2] (#broken) threw at line 2 of the cell: TypeError: Cannot read properties of undefined (reading 'length')",
    );
    expect(log).not.toMatch(STACK_FRAME);
    expect(existsSync(join(out, 'widget-2010-q2', 'failing'))).toBe(false);
  }, 300_000);
});

/**
 * Git carries symbolic links, so a contributed data folder can hold a release.txt that points at
 * any file of the machine that builds it (a .env, a key). The build reads no data file through a
 * link: it stops naming the file, and no page carries the target's lines.
 */
describe('a data file that is a symbolic link', () => {
  test.each([
    ['release.txt', 'release.txt'],
    ['release.yaml', 'release.yaml'],
    ['the release folder', ''],
    ['the company folder', 'companies'],
  ])('%s: the build fails naming it, and publishes nothing of its target', (_what, file) => {
    const root = mkdtempSync(join(tmpdir(), 'tieout-linked-'));
    const data = join(root, 'data');
    cpSync('test/fixtures/site-data', data, { recursive: true });
    const secret = join(root, 'secret');
    mkdirSync(secret);
    writeFileSync(join(secret, 'release.txt'), 'SECRET_TOKEN=hunter2\n');
    const release = join(data, 'releases', 'widget-2010-q2');
    cpSync(join(release, 'release.yaml'), join(secret, 'release.yaml'));
    let linked: string;
    let message = `${file === '' ? 'release folder' : 'file'}, found a symbolic link`;
    if (file === 'companies') {
      // A folder of the data folder that is a link: its model is reached through it.
      const company = join(data, 'companies', 'widget');
      mkdirSync(join(secret, 'widget'));
      writeFileSync(join(secret, 'widget', 'model.yaml'), 'SECRET_TOKEN: hunter2\n');
      mkdirSync(join(data, 'companies'));
      symlinkSync(join(secret, 'widget'), company);
      linked = join(company, 'model.yaml');
      message = `file inside the data folder, found it through ${company}, a symbolic link`;
    } else if (file === '') {
      cpSync(join(release, 'release.txt'), join(secret, 'release.txt'));
      rmSync(release, { recursive: true });
      symlinkSync(secret, release);
      linked = release;
    } else {
      rmSync(join(release, file));
      symlinkSync(join(secret, file), join(release, file));
      linked = join(release, file);
    }
    const { status, log, out } = buildFrom(data, './test/fixtures/site-data/notebooks-none');
    expect(status, log.slice(-3000)).not.toBe(0);
    expect(log).toContain(`${linked}:1:1: expected a ${message}`);
    expect(log).not.toMatch(STACK_FRAME);
    const pages = existsSync(out) ? (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')) : [];
    for (const page of pages) expect(readFileSync(join(out, page), 'utf8')).not.toContain('hunter2');
    rmSync(root, { recursive: true, force: true });
  }, 300_000);
});

// Nothing private is published, and a failed build keeps the last good site (issue 30): the build
// writes a new folder and puts it in place only when done (src/integrations/swap-out-dir.ts).
describe('a site built from a data folder elsewhere', () => {
  const data = mkdtempSync(join(tmpdir(), 'tieout-swap-data-'));
  cpSync('test/fixtures/site-data', data, { recursive: true });
  const out = join(projectRoot, 'node_modules', '.cache', 'tieout-build-swap', 'dist');
  const PROBE = 'tieout-secret-probe-2718281828';
  const run = () =>
    spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userBuildEnv({ NO_COLOR: '1', TIEOUT_DATA: data, TIEOUT_NOTEBOOKS: './test/fixtures/site-data/notebooks-none', TIEOUT_ASTRO_CACHE: join(out, '..', 'astro-cache'), TIEOUT_PROBE_SECRET: PROBE }),
      timeout: 300_000,
    });
  let pages: string[] = [];
  let home = '';

  test('names none of the building machine\'s paths or environment on any page', () => {
    rmSync(join(out, '..'), { recursive: true, force: true });
    const good = run();
    expect(good.status, (good.stdout + good.stderr).slice(-3000)).toBe(0);
    pages = (readdirSync(out, { recursive: true }) as string[]).sort();
    home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(pages).toContain('widget-2010-q2/index.html');
    const privateText = [projectRoot, data, tmpdir(), homedir(), PROBE].filter((p) => p.length > 4);
    for (const page of pages) {
      const file = join(out, page);
      if (!statSync(file).isFile()) continue;
      const text = readFileSync(file, 'latin1');
      for (const p of privateText) expect(text.includes(p), `${page} names ${p}`).toBe(false);
    }
  }, 600_000);

  test('a build that then fails leaves that site whole, and no folder of its own but the one it was writing', () => {
    expect(pages.length).toBeGreaterThan(0);
    writeFileSync(join(data, 'releases', 'widget-2010-q2', 'release.yaml'), 'title: [unclosed\n');
    const bad = run();
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/release\.yaml:\d+:\d+: expected valid YAML/);
    expect((readdirSync(out, { recursive: true }) as string[]).sort()).toEqual(pages);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(home);
    // Beside the output folder: the site it links to (swap-out-dir.ts) and the failed build's own folder.
    const beside = readdirSync(join(out, '..')).filter((n) => n.startsWith('.dist.'));
    const site = basename(realpathSync(out));
    expect(beside).toContain(site);
    expect(beside.filter((n) => n !== site)).toEqual([expect.stringMatching(/\.new$/)]);
  }, 600_000);
});

// `npx tieout` as a user runs it, after `npm install` on a machine whose own Node is older than
// the project's (issue 31): npm runs on that Node and, while package.json declared the Node the
// project needs in `engines`, warned of it in ten lines before the output (the first run after an
// install, when npm reads the installed tree again). The project's
// Node 22 is installed by `npm install` (the `node` dev dependency) and bin/tieout.mjs says so itself
// when run on another, so nothing is declared for npm to warn about.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/site.ts';

// The PATH a shell has: without the project's node_modules/.bin, which vitest's runner puts first.
const PATH = (process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.includes('node_modules')).join(delimiter);
const npx = PATH.split(delimiter).map((dir) => join(dir, 'npx')).find((file) => existsSync(file));

describe('npx tieout', () => {
  test('package.json declares no engines for npm to warn about before every command', () => {
    expect(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).engines).toBeUndefined();
  });

  test.skipIf(!npx)('prints its usage and not one npm warning, run by the shell’s npm', () => {
    // The machine's own npm settings are not the project's: an empty user configuration, and no
    // check for a newer npm (a notice, and a wait on a machine without the network).
    const userconfig = join(mkdtempSync(join(tmpdir(), 'tieout-npmrc-')), '.npmrc');
    writeFileSync(userconfig, '');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const run = spawnSync(npx!, ['--no-install', 'tieout', '--help'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...env, PATH, npm_config_userconfig: userconfig, npm_config_update_notifier: 'false' },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}tieout import/);
  });
});

// Loads the checks' fixture releases (test/fixtures/checks/data/…) with their company
// models, through ingest as the CLI would. Not a test file: the tests import it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { loadModel, type CompanyModel } from '../../../src/lib/model/index.ts';
import type { Check, Release, ReleaseMeta } from '../../../src/lib/types.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import { expect } from 'vitest';
import { excerpt } from './no-model.ts';

export const FIXTURES = 'test/fixtures/checks';

export interface Loaded {
  release: Release;
  model: CompanyModel;
  checks: Check[];
  /** The check with this id; throws when there is none, so that a test cannot pass on a missing check. */
  check(id: string): Check;
}

/** A release under test/fixtures/checks/data/releases, or the bundled one under data/. */
export function load(id: string, root = FIXTURES): Loaded {
  const dir = join(root, 'data', 'releases', id);
  const meta = loadReleaseMeta(join(dir, 'release.yaml'), id);
  const model = loadModel(join(root, 'data', 'companies', meta.company, 'model.yaml'));
  const file = join(dir, 'release.txt');
  const release = parseRelease(readFileSync(file, 'utf8'), meta, model, file);
  return withChecks(release, model);
}

/** A release parsed from text given in the test, with a company model given as an object. */
export function fromText(text: string, model: CompanyModel, id = 'widget-2010-q2', overrides: Partial<ReleaseMeta> = {}): Loaded {
  const meta: ReleaseMeta = {
    id, title: 'Widget Corp Reports Results', company: 'widget', name: 'Widget Corp', ticker: 'WDGT', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2010-q2', releaseDate: '2010-08-04', currency: 'USD', scale: 3, ...overrides,
  };
  return withChecks(parseRelease(text, meta, model, `${id}/release.txt`), model);
}

function withChecks(release: Release, model: CompanyModel): Loaded {
  if (release.errors.length > 0) throw new Error(release.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  const checks = runChecks(release, model);
  return {
    release,
    model,
    checks,
    check: (id) => {
      const c = checks.find((x) => x.id === id);
      if (!c) throw new Error(`no check ${id}; have:\n${checks.map((x) => x.id).join('\n')}`);
      return c;
    },
  };
}

/**
 * The excerpt `id` (test/fixtures/checks/corpus) with one printed figure altered beyond rounding, `from` → `to`:
 * `check` must then be a mismatch, the real error a reading must still catch.
 */
export function alteredIsMismatch(id: string, from: string, to: string, check: string): void {
  expect(excerpt(id, [[from, to]]).check(check).verdict).toBe('mismatch');
}


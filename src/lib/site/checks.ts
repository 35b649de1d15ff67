import type { Check, Release } from '../types.ts';
import { assertClaimsValid } from './claims.ts';
import { runChecks } from '../verify/index.ts';
import { locateRelationIssues, RelationsError } from '../checks/index.ts';
import { loadCompanyModel, type CompanyModel } from '../model/index.ts';
import { DATA_DIR } from '../ingest/index.ts';
import { IngestError } from '../issues.ts';
import { readTextFile } from '../text-file.ts';

/** A release's checks, run once per loaded release (siteRelease hands out the same object until its files change). */
const cache = new WeakMap<Release, Check[]>();
export function siteChecks(release: Release): Check[] {
  let checks = cache.get(release);
  if (!checks) {
    // A broken claims.yaml fails the build with its problems located, rather than publishing guesses.
    assertClaimsValid(release);
    try {
      checks = runChecks(release, siteModel(release));
    } catch (e) {
      // Relations that name what does not exist fail the build at their line of model.yaml, as in the CLI.
      if (!(e instanceof RelationsError)) throw e;
      const file = modelFile(release);
      throw new IngestError(locateRelationIssues(file, readTextFile(file), e.issues));
    }
    cache.set(release, checks);
  }
  return checks;
}

/** The company model of a release (empty when it has none: see siteModelNotice). */
export function siteModel(release: Release): CompanyModel {
  return loadCompanyModel(modelFile(release)).model;
}

/**
 * What a reader should know about the release's model, or null: a release whose company
 * has no model is checked by the base model alone, and the overview says so.
 */
export function siteModelNotice(release: Release): string | null {
  return loadCompanyModel(modelFile(release), modelFile(release), release.meta.company).notice;
}

function modelFile(release: Release): string {
  return `${DATA_DIR}/companies/${release.meta.company}/model.yaml`;
}

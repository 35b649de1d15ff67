/**
 * Vitest globalSetup of the "site" project (see vitest.config.ts): builds the
 * site into dist/ once per run, before any browser or build test file starts.
 *
 * A failed build does not abort the run: the unit tests still run and count,
 * and every site test fails with the build's error (serveSite() and
 * requireBuiltSite() in ./site.ts throw it), so a stale dist/ is never tested.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './site.ts';

export async function setup(project: TestProject): Promise<void> {
  try {
    await buildSite();
    project.provide('siteBuildError', null);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[site] ${message}`);
    project.provide('siteBuildError', message);
  }
}

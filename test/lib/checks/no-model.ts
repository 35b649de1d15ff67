// A bundled release as a user would have it with its company model and claims.yaml
// removed: the text and metadata copied to a folder of their own, with nothing beside
// them. Not a test file: the tests import it.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRelease } from '../../../src/lib/import/index.ts';
import { loadReleaseMeta, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import type { Loaded } from './fixture.ts';

export function withoutModel(id: string, root = '.'): Loaded {
  const from = join(root, 'data', 'releases', id);
  return fromFiles(id, join(from, 'release.txt'), join(from, 'release.yaml'));
}

/** A release from a release.txt and a release.yaml anywhere (an importer's golden files), alone in a folder. */
export function fromFiles(id: string, text: string, yaml: string): Loaded {
  const dir = join(mkdtempSync(join(tmpdir(), 'tieout-no-model-')), id);
  mkdirSync(dir);
  copyFileSync(text, join(dir, 'release.txt'));
  copyFileSync(yaml, join(dir, 'release.yaml'));
  const meta = loadReleaseMeta(join(dir, 'release.yaml'), id);
  const file = join(dir, 'release.txt');
  const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);
  const checks = runChecks(release, emptyModel);
  return {
    release,
    model: emptyModel,
    checks,
    check: (cid) => {
      const c = checks.find((x) => x.id === cid);
      if (!c) throw new Error(`no check ${cid}; have:\n${checks.map((x) => x.id).join('\n')}`);
      return c;
    },
  };
}

/** Excerpts of real releases of the corpus (test/fixtures/checks/corpus/README.md), checked with no company model. */
export const CORPUS_EXCERPTS = 'test/fixtures/checks/corpus';

/** The excerpt `id`, with `edits` made to its text (a figure altered by hand: a planted error). */
export function excerpt(id: string, edits: [string, string][] = []): Loaded {
  let text = readFileSync(`${CORPUS_EXCERPTS}/${id}/release.txt`, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tieout-excerpt-'));
  writeFileSync(join(dir, 'release.txt'), text);
  return fromFiles(id, join(dir, 'release.txt'), `${CORPUS_EXCERPTS}/${id}/release.yaml`);
}

/** The checks of a release text read under a stand-in release's metadata (`meta` overriding it), with no company model. */
export function checksOfText(text: string, meta: Partial<ReleaseMeta> = {}): Check[] {
  const base: ReleaseMeta = {
    id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 3,
  };
  return runChecks(parseRelease(text, { ...base, ...meta }, emptyModel, 'excerpt/release.txt'), emptyModel);
}

/** The footings of a release text read under a stand-in release's metadata (`meta` overriding it), with no company model. */
export function footingsOfText(text: string, meta: Partial<ReleaseMeta> = {}): Check[] {
  return checksOfText(text, meta).filter((c) => c.kind === 'footing');
}

/**
 * The checks of a plain-text excerpt of a real release (test/fixtures/import/text/, its README says whence), imported
 * as `tieout import` would and read with no company model, after `edits` (each must find its text), by id; `releaseDate`
 * the stand-in's (a release's date bounds the periods its columns may be read as).
 */
export function importedText(file: string, fiscalPeriod: string, edits: [string, string][] = [], releaseDate = '2023-04-18'): Map<string, Check> {
  const path = `test/fixtures/import/text/${file}`;
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const meta: ReleaseMeta = {
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod, releaseDate, currency: 'USD', scale: 6,
  };
  const imported = importRelease({ text, file: path, kind: 'text' }, { ticker: 'X' });
  return new Map(runChecks(parseRelease(imported.releaseText, meta, emptyModel, path), emptyModel).map((c) => [c.id, c]));
}

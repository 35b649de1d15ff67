// Helpers of the claims tests on real releases' excerpts. Not a test file: the tests import it.
import { expect } from 'vitest';
import { analyzeClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Release } from '../../../src/lib/types.ts';

/** The prose numbers of a release read with no model and no claims file. */
export const proseNumbers = (release: Release): ProseNumber[] => analyzeClaims(release, { claims: null, model: emptyModel }).numbers;

/** The number printed as `text` in the line that contains `quote`. */
export function numberOf(release: Release, quote: string, text: string): ProseNumber {
  const line = release.prose.find((p) => p.text.includes(quote));
  expect(line, `a prose line with “${quote}”`).toBeDefined();
  const n = proseNumbers(release).find((x) => x.line === line!.line && x.text === text);
  expect(n, `'${text}' on line ${line!.line}`).toBeDefined();
  return n!;
}

/** The release read again with `from` printed as `to`. */
export function edited(release: Release, from: string, to: string): Release {
  expect(release.text).toContain(from);
  return parseRelease(release.text.replace(from, to), release.meta, emptyModel, release.file);
}

/**
 * The hand review of the TAT-QA mismatches: test/fixtures/tatqa/review.yaml, an entry a mismatch,
 * keyed by the table's TAT-QA uid and the check id. `real`: the table as published cannot be right
 * (the reason gives both figures and where each is printed); `false`: a bug of tieout, with its
 * class. test/corpus/tatqa.test.ts fails on a mismatch not listed, on a real one no longer found,
 * and when more false ones are found than `tatqa_known_false` of test/corpus/ratchet.yaml allows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RATCHET_FILE } from './review.ts';
import { TATQA_DIR, type TatqaMismatch } from './tatqa-measure.ts';

export const TATQA_REVIEW_FILE = join(TATQA_DIR, 'review.yaml');

export interface TatqaReviewEntry {
  set: string;
  table: string;
  check: string;
  verdict: 'real' | 'false';
  class?: string;
  reason: string;
  printed: string;
  computed: string;
}

/** The review's entries by `<table uid> <check id>`. */
export function loadTatqaReview(file = TATQA_REVIEW_FILE): Map<string, TatqaReviewEntry> {
  const entries = new Map<string, TatqaReviewEntry>();
  if (!existsSync(file)) return entries;
  const doc = parseYaml(readFileSync(file, 'utf8')) as { mismatches?: TatqaReviewEntry[] };
  for (const [i, e] of (doc.mismatches ?? []).entries()) {
    if (e.verdict !== 'real' && e.verdict !== 'false') throw new Error(`${file}: mismatches[${i}] (${e.check}): expected verdict real or false, found ${e.verdict}`);
    if (!e.table || !e.check || !e.reason) throw new Error(`${file}: mismatches[${i}]: expected table, check and reason`);
    entries.set(`${e.table} ${e.check}`, e);
  }
  return entries;
}

export interface TatqaComparison {
  real: TatqaMismatch[];
  false: TatqaMismatch[];
  unlisted: TatqaMismatch[];
}

export function compareTatqaReview(found: readonly TatqaMismatch[], review: Map<string, TatqaReviewEntry>): TatqaComparison {
  const c: TatqaComparison = { real: [], false: [], unlisted: [] };
  for (const m of found) {
    const e = review.get(`${m.table} ${m.check.id}`);
    if (!e) c.unlisted.push(m);
    else if (e.verdict === 'real') c.real.push(m);
    else c.false.push(m);
  }
  return c;
}

/** The most TAT-QA mismatches reviewed false that the test allows. */
export function tatqaKnownFalse(file = RATCHET_FILE): number {
  const n = (parseYaml(readFileSync(file, 'utf8')) as { tatqa_known_false?: unknown }).tatqa_known_false;
  if (typeof n !== 'number') throw new Error(`${file}: expected tatqa_known_false: <number>`);
  return n;
}

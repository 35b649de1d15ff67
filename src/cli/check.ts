import { join } from 'node:path';
import type { Check, Release, Verdict } from '../lib/types.ts';
import { DATA_DIR, LINE_BREAK, loadRelease } from '../lib/ingest/index.ts';
import { loadCompanyModel } from '../lib/model/index.ts';
import { IngestError, formatIssue } from '../lib/issues.ts';
import { countByVerdict, locateRelationIssues, RelationsError, VERDICTS } from '../lib/checks/index.ts';
import { runChecks } from '../lib/verify/index.ts';
import { readTextFile } from '../lib/text-file.ts';
import { claimIssues } from '../lib/claims/index.ts';
import type { Io } from './io.ts';
import { compareToBaseline, findingsOf, readBaseline, writeBaseline } from './baseline.ts';

export interface CheckOptions {
  /** Print the checks as a JSON array instead of the readable report. */
  json: boolean;
  /** Exit 1 when any check is a mismatch. */
  strict: boolean;
  /** A baseline file of known mismatches: exit 1 only for a mismatch not in it. */
  baseline?: string;
  /** Write the mismatches found to this file, as a baseline. */
  writeBaseline?: string;
}

/**
 * `tieout check`: every relation in the release recomputed, as JSON or as a report
 * grouped by verdict, mismatches first. Exit status: 2 for bad input (the release, its
 * claims.yaml, the company model's relations or the baseline, located as `file:line:column: message`), after
 * whatever could be checked; 1 when a mismatch is found with --strict, or a mismatch that the
 * --baseline file does not list; 0 otherwise. Bad input wins over mismatches, so CI can tell
 * a data error (2) from a finding (1).
 */
export function checkCommand(dir: string, options: CheckOptions, io: Io): number {
  const baseline = options.baseline === undefined ? null : readBaseline(options.baseline);
  const release = loadRelease(dir);
  const modelFile = join(DATA_DIR, 'companies', release.meta.company, 'model.yaml');
  const { model, notice } = loadCompanyModel(modelFile, modelFile, release.meta.company);
  // A missing model is said, never silent: the base model alone checks the release.
  if (notice) io.err(`${dir}: ${notice}\n`);
  let checks: Check[];
  try {
    checks = runChecks(release, model);
  } catch (e) {
    if (e instanceof RelationsError) throw new IngestError(locateRelationIssues(modelFile, readTextFile(modelFile), e.issues));
    throw e;
  }
  io.out(options.json ? `${JSON.stringify(checks, null, 2)}\n` : report(release, checks));
  // Problems of claims.yaml are bad input like any other: located, and exit 2.
  const issues = [...release.errors, ...claimIssues(release)];
  for (const issue of issues) io.err(`${formatIssue(issue)}\n`);
  const findings = findingsOf(checks, release.file);
  let failed = options.strict && findings.length > 0;
  if (baseline) {
    const { fresh, gone } = compareToBaseline(findings, baseline);
    for (const f of fresh) io.err(`${f.at}: new mismatch, not in ${options.baseline}: ${f.check} printed ${f.printed}, computed ${f.computed ?? 'nothing'}\n`);
    for (const f of gone) {
      io.err(`${options.baseline}: ${f.release} no longer has the mismatch ${f.check} (printed ${f.printed}, computed ${f.computed ?? 'nothing'}); rewrite the baseline with --write-baseline\n`);
    }
    failed = fresh.length > 0;
  }
  if (options.writeBaseline !== undefined) writeBaseline(options.writeBaseline, findings);
  if (issues.length > 0) return 2;
  return failed ? 1 : 0;
}

const HEADINGS: Record<Verdict, string> = {
  mismatch: 'MISMATCH',
  unverifiable: 'UNVERIFIABLE',
  rounding: 'WITHIN ROUNDING',
  exact: 'EXACT',
};

/**
 * The readable report: a count by verdict, then the checks grouped by verdict, mismatches
 * first. Mismatches and unverifiable checks are shown in full, with the formula and the
 * explanation; the others one line each. Every check names its source as `release.txt:LINE:COLUMN`.
 */
function report(release: Release, checks: Check[]): string {
  const counts = countByVerdict(checks);
  // Lines as the ingest numbers them (a U+2028 breaks a line too), so each shown line is the one named.
  const source = release.text.split(LINE_BREAK);
  const out = [
    `${release.meta.id}: ${checks.length} checks — ${VERDICTS.map((v) => `${counts[v]} ${v}`).join(', ')}`,
  ];
  for (const verdict of VERDICTS) {
    const group = checks.filter((c) => c.verdict === verdict);
    if (group.length === 0) continue;
    out.push('', `${HEADINGS[verdict]} (${group.length})`);
    for (const c of group) {
      const at = `${release.file}:${c.reported.line}:${c.reported.column}`;
      const printed = unmarked(c.reported.text);
      if (verdict === 'mismatch' || verdict === 'unverifiable') {
        out.push(
          `  ${c.id}`,
          `    ${c.title}: printed ${printed}`,
          `    ${at}: ${unmarked(source[c.reported.line - 1] ?? '').trim().replace(/\t+/g, '  ')}`,
          `    ${c.formula}`,
          `    ${c.explanation}`,
        );
      } else {
        out.push(`  ${c.id}  ${at}  printed ${printed}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** Printed text without its markup: `<u>\$ 9,924</u>` → `$ 9,924`. */
function unmarked(text: string): string {
  return text.replace(/<\/?u>/g, '').replace(/\\\$/g, '$');
}

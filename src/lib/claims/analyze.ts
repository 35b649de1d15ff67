/**
 * Accounts for every number in a release's prose: each is linked by
 * claims.yaml to the expression it asserts and checked, or listed there as not
 * derivable from the tables with a reason. A number neither claimed nor listed
 * is an error located in release.txt; so is every entry of claims.yaml that
 * points at nothing, at the wrong thing, or at something another entry took.
 */
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../ingest/index.ts';
import { readRelations, RelationsError, type Relations } from '../checks/relations.ts';
import { loadModel, type CompanyModel } from '../model/index.ts';
import type { Check, IngestIssue, Release, SourceLocation, Verdict } from '../types.ts';
import { claimCheck, type DraftCheck } from './claim.ts';
import { ExpressionError } from '../checks/expression.ts';
import { ClaimError, type Context } from './evaluate.ts';
import { CLAIMABLE_KINDS, extractNumbers, type NumberToken } from './extract.ts';
import { loadClaims, type LoadedClaims } from './load.ts';
import { messages } from './messages.ts';
import type { ClaimEntry, NotDerivableEntry } from './schema.ts';
import { findPattern, findText, tokensIn, type Span } from './select.ts';

/** A number of the prose and how it is accounted for. */
export type ProseNumber = NumberToken &
  (
    | { status: 'claim'; check: string; verdict: Verdict; entry: SourceLocation }
    | { status: 'not-derivable'; reason: string; entry: SourceLocation }
    | { status: 'unaccounted'; message: string }
  );

export interface ClaimAnalysis {
  /** claims.yaml, relative to the project root. */
  file: string;
  numbers: ProseNumber[];
  checks: Check[];
  /** Errors in claims.yaml and numbers left unaccounted for, each located in its file. */
  issues: IngestIssue[];
}

export interface ClaimOptions {
  /** Project root that release.file and data/ are relative to; default: the working directory. */
  root?: string;
  /** An already loaded claims file (tests); default: claims.yaml beside release.txt. */
  claims?: LoadedClaims;
  /** The company model, if already loaded; default: read from data/companies/<company>/model.yaml. */
  model?: CompanyModel;
}

/** Claims, not-derivable listings and issues of one release; never throws for bad or missing claims. */
export function analyzeClaims(release: Release, options: ClaimOptions = {}): ClaimAnalysis {
  const root = options.root ?? process.cwd();
  const loaded = options.claims ?? loadClaims(release.file, root);
  const tokens = extractNumbers(release.prose);
  const issues: IngestIssue[] = [...loaded.issues];
  const at = (path: (string | number)[], message: string): IngestIssue => {
    const where = loaded.locate(path);
    return { file: loaded.file, ...where, message: `'${path.join('.')}': ${message}` };
  };
  if (loaded.missing) issues.push({ file: loaded.file, line: 1, column: 1, message: messages.missingFile() });

  const claimed = new Map<NumberToken, { check: DraftCheck; entry: SourceLocation }>();
  const listed = new Map<NumberToken, { reason: string; entry: SourceLocation }>();
  const file = loaded.value;
  if (file) {
    const lines = new Map(release.prose.map((p) => [p.line, p.text]));
    const terms = modelTerms(release, root, options.model);
    file.claims.forEach((entry, i) => {
      const token = claimToken(entry, lines, tokens, (key, message) => issues.push(at(['claims', i, key], message)));
      if (!token) return;
      const where = loaded.locate(['claims', i]);
      const taken = claimed.get(token);
      if (taken) {
        issues.push(at(['claims', i, 'text'], messages.claimedTwice(token.text, `${loaded.file}:${taken.entry.line}`)));
        return;
      }
      try {
        const check = claimCheck(entry, token, lines.get(token.line)!, {
          release: release.meta.id,
          facts: release.facts,
          periods: release.periods,
          ...terms,
          defaultPeriod: entry.period ?? file.period ?? release.meta.fiscalPeriod,
        });
        claimed.set(token, { check, entry: where });
      } catch (e) {
        if (!(e instanceof ExpressionError || e instanceof ClaimError)) throw e;
        issues.push(at(['claims', i, 'is'], e.message));
      }
    });
    file['not-derivable'].forEach((entry, i) => {
      const selected = notDerivableTokens(entry, release, tokens, (key, message) =>
        issues.push(at(['not-derivable', i, key], message)),
      );
      const where = loaded.locate(['not-derivable', i]);
      for (const token of selected) {
        const claim = claimed.get(token);
        if (claim) {
          issues.push(at(['not-derivable', i], messages.claimedAndListed(token.text, `${loaded.file}:${claim.entry.line}`)));
        } else if (!listed.has(token)) listed.set(token, { reason: entry.reason, entry: where });
      }
    });
  }

  const checks = uniqueIds([...claimed.values()].map((c) => c.check));
  const idOf = new Map([...claimed.values()].map((c, i) => [c.check, checks[i].id]));
  const numbers: ProseNumber[] = tokens.map((token) => {
    const claim = claimed.get(token);
    if (claim) return { ...token, status: 'claim', check: idOf.get(claim.check)!, verdict: claim.check.verdict, entry: claim.entry };
    const listing = listed.get(token);
    if (listing) return { ...token, status: 'not-derivable', reason: listing.reason, entry: listing.entry };
    const message = messages.unaccounted(token.text, loaded.file);
    issues.push({ file: release.file, line: token.line, column: token.column, message });
    return { ...token, status: 'unaccounted', message };
  });
  return { file: loaded.file, numbers, checks, issues };
}

/**
 * Ids `claim/<subject>/<period>`, in reading order; a later claim of the same
 * subject and period gets `/2`, `/3`, … so that an id never depends on line numbers.
 */
function uniqueIds(drafts: DraftCheck[]): Check[] {
  const order = [...drafts].sort((a, b) => a.reported.line - b.reported.line || a.reported.column - b.reported.column);
  const seen = new Map<string, number>();
  const ids = new Map<DraftCheck, string>();
  for (const d of order) {
    const base = ['claim', d.subject, d.period].filter(Boolean).join('/');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    ids.set(d, n === 1 ? base : `${base}/${n}`);
  }
  return drafts.map((draft) => {
    const { subject: _subject, ...check } = draft;
    return { id: ids.get(draft)!, ...check };
  });
}

function claimToken(
  entry: ClaimEntry,
  lines: ReadonlyMap<number, string>,
  tokens: readonly NumberToken[],
  fail: (key: string, message: string) => void,
): NumberToken | null {
  const raw = lines.get(entry.line);
  if (raw === undefined) return fail('line', messages.lineNotProse(entry.line)), null;
  const spans = findText(raw, entry.text);
  if (spans.length === 0) return fail('text', messages.textNotOnLine(entry.text, entry.line)), null;
  if (spans.length > 1 && entry.nth === undefined) {
    return fail('text', messages.textAmbiguous(entry.text, entry.line, spans.length)), null;
  }
  const nth = entry.nth ?? 1;
  if (nth > spans.length) return fail('nth', messages.nthTooLarge(entry.text, entry.line, nth, spans.length)), null;
  const inside = tokensIn(tokens, entry.line, spans[nth - 1]);
  const claimable = inside.filter((t) => CLAIMABLE_KINDS.includes(t.kind));
  if (claimable.length === 1) return claimable[0];
  if (claimable.length > 1) return fail('text', messages.manyNumbersInText(entry.text, claimable.map((t) => t.text))), null;
  if (inside.length > 0) return fail('text', messages.notClaimable(inside[0].text, inside[0].kind)), null;
  return fail('text', messages.noNumberInText(entry.text)), null;
}

function notDerivableTokens(
  entry: NotDerivableEntry,
  release: Release,
  tokens: readonly NumberToken[],
  fail: (key: string, message: string) => void,
): NumberToken[] {
  const onLine = (t: NumberToken) => entry.line === undefined || t.line === entry.line;
  if (entry.kind !== undefined) return tokens.filter((t) => t.kind === entry.kind && onLine(t));
  if (entry.line !== undefined && !release.prose.some((p) => p.line === entry.line)) {
    fail('line', messages.lineNotProse(entry.line));
    return [];
  }
  let find: (raw: string) => Span[];
  if (entry.text !== undefined) {
    const text = entry.text;
    find = (raw) => findText(raw, text);
  } else {
    let re: RegExp;
    try {
      re = new RegExp(entry.pattern!, 'giu');
    } catch (e) {
      fail('pattern', messages.badPattern(entry.pattern!, (e as Error).message));
      return [];
    }
    find = (raw) => findPattern(raw, re);
  }
  const selected = release.prose
    .filter((p) => entry.line === undefined || p.line === entry.line)
    .flatMap((p) => find(p.text).flatMap((span) => tokensIn(tokens, p.line, span)));
  if (selected.length === 0) fail(entry.text !== undefined ? 'text' : 'pattern', messages.selectsNothing());
  return [...new Set(selected)];
}

/** Concept ids of the company model with their labels, and its named measures. */
function modelTerms(release: Release, root: string, given: CompanyModel | undefined): Pick<Context, 'concepts' | 'measures'> {
  const model = given ?? loadModel(resolve(root, join(DATA_DIR, 'companies', release.meta.company, 'model.yaml')));
  const concepts = new Map(Object.entries(model.concepts).map(([id, c]) => [id, c.label]));
  for (const f of release.facts) if (f.concept && !concepts.has(f.concept)) concepts.set(f.concept, f.concept);
  let measures: Relations['measures'] = {};
  try {
    measures = readRelations(model.relations).measures;
  } catch (e) {
    // Malformed relations are the checks layer's to report (runChecks throws them, located); claims go on without measures.
    if (!(e instanceof RelationsError)) throw e;
  }
  return { concepts, measures: new Map(Object.entries(measures)) };
}

/**
 * Accounts for every number in a release's prose. Each is linked to what it
 * asserts — automatically (link.ts) or by claims.yaml — and checked; or left
 * unlinked with the reason and its candidates; or not derivable from the
 * tables, with the reason. claims.yaml only refines: an entry confirms or
 * corrects a link, adds one, or gives a reason; every number it does not
 * mention is linked automatically. Every problem of claims.yaml is an issue
 * located at its key; nothing is thrown for bad or missing claims.
 */
import { dirname, join, resolve } from 'node:path';
import { companyModelFile } from '../ingest/index.ts';
import { ExpressionError } from '../checks/expression.ts';
import { readRelations, RelationsError, type Relations } from '../checks/relations.ts';
import { BASE_CONCEPTS, loadModel, recognizeRelease, twinOf, type CompanyModel, type Recognition } from '../model/index.ts';
import type { Check, IngestIssue, Release, SourceLocation, Verdict } from '../types.ts';
import { claimCheck, type DraftCheck } from './claim.ts';
import { ClaimError, parseClaim, type Context } from './evaluate.ts';
import { CLAIMABLE_KINDS, extractNumbers, type NumberToken } from './extract.ts';
import { groupedPart } from './grouped-part.ts';
import { kindredLines } from './kindred-lines.ts';
import { linkMessages } from './link-messages.ts';
import { linkNumber, namedBy, type Confidence, type Evidence, type Outcome } from './link.ts';
import { linkContext } from './linker.ts';
import { loadClaims, type LoadedClaims } from './load.ts';
import { CLASS_REASONS, messages } from './messages.ts';
import { periodPhrases } from './prose-periods.ts';
import { readProse, type Reading } from './reading.ts';
import { ofOtherBasis } from './vocabulary.ts';
import type { ClaimEntry, NotDerivableEntry } from './schema.ts';
import { findInProse, findPattern, findText, regexSyntax, tokensIn, type Place } from './select.ts';
import { writeClaim } from './write-expression.ts';

/** A candidate of an unlinked number, as claims.yaml would write it. */
export interface CandidateView {
  is: string;
  title: string;
  /** Recomputed in the printed figure's units. */
  computed: string | null;
  verdict: Verdict;
}

/** How a number of the prose is accounted for. */
export type Accounting =
  | {
      status: 'linked';
      /** auto: the linker's; hand: an entry of claims.yaml (which may confirm the linker's). */
      source: 'auto' | 'hand';
      check: string;
      verdict: Verdict;
      /** What it asserts, as claims.yaml writes it. */
      is: string;
      /** The linker's confidence; null for a link only claims.yaml makes. */
      confidence: Confidence | null;
      /** The linker's evidence for this same link; null when claims.yaml links it otherwise. */
      evidence: Evidence | null;
      /** The entry of claims.yaml, for a hand link. */
      entry: SourceLocation | null;
      /** For a hand link: what the linker read, when it read something else (or nothing). */
      automatic: string | null;
    }
  | { status: 'unlinked'; source: 'auto'; reason: string; candidates: CandidateView[] }
  | {
      status: 'not-derivable';
      source: 'auto' | 'hand';
      reason: string;
      entry: SourceLocation | null;
      /**
       * Whether the number is a figure at all (an amount, a count, a percentage) rather than
       * something that names, orders or dates: a date, a period, a year, a footnote mark, an
       * ordinal, a length of time, part of a name. Only figures are claims.
       */
      figure: boolean;
    };

export type ProseNumber = NumberToken & Accounting;

export interface ClaimAnalysis {
  /** claims.yaml, relative to the project root. */
  file: string;
  numbers: ProseNumber[];
  checks: Check[];
  /** Problems of claims.yaml, each located at its key: bad input. */
  issues: IngestIssue[];
  /**
   * Located problems of release.txt's prose (a line printing more numbers than a paragraph is read
   * to): the release is read and checked without them, as with its tables' located problems.
   */
  proseIssues: IngestIssue[];
}

export interface ClaimOptions {
  /** Project root that release.file and data/ are relative to; default: the working directory. */
  root?: string;
  /** An already loaded claims file, or null to ignore claims.yaml; default: claims.yaml beside release.txt. */
  claims?: LoadedClaims | null;
  /** The company model, if already loaded; default: read from data/companies/<company>/model.yaml. */
  model?: CompanyModel;
}

interface HandClaim {
  check: DraftCheck;
  entry: SourceLocation;
  is: string;
}

/** The most numbers a line of prose may print and be read for claims: real paragraphs print a few dozen. */
export const MAX_NUMBERS_IN_LINE = 2_000;

/**
 * The lines of prose printing more numbers than any paragraph a reader reads as one (a file joined
 * into a line), as located problems: they are not read for claims, as reading one would take
 * minutes and no sentence of it could be placed for a reviewer. `tieout import` says so too.
 */
export function overlongProse(release: Pick<Release, 'prose' | 'file'>, tokens: NumberToken[] = extractNumbers(release.prose)): { issues: IngestIssue[]; lines: Set<number> } {
  const perLine = new Map<number, number>();
  for (const t of tokens) perLine.set(t.line, (perLine.get(t.line) ?? 0) + 1);
  const issues: IngestIssue[] = [];
  const lines = new Set<number>();
  for (const p of release.prose) {
    const n = perLine.get(p.line) ?? 0;
    if (n <= MAX_NUMBERS_IN_LINE || lines.has(p.line)) continue;
    lines.add(p.line);
    issues.push({ file: release.file, line: p.line, column: 1, message: messages.proseLineTooLong(n, MAX_NUMBERS_IN_LINE) });
  }
  return { issues, lines };
}

/**
 * A linked figure its own line does not tie, read again: as a part of a total its sentence breaks up (grouped-part.ts),
 * or as its line with the lines printing its kind qualified (kindred-lines.ts); any other outcome as it is.
 */
function asPartOfTotal(token: NumberToken, outcome: Outcome, lines: ReadonlyMap<number, string>, context: Omit<Context, 'defaultPeriod'>): Outcome {
  if (outcome.status !== 'linked' || outcome.link.check.verdict !== 'mismatch') return outcome;
  const at = { ...context, defaultPeriod: outcome.link.evidence.period.id };
  const text = lines.get(token.line) ?? '';
  const check = groupedPart(outcome.link.check, token, text, at) ?? kindredLines(outcome.link.check, outcome.link.expression, token, text, at);
  return check ? { ...outcome, link: { ...outcome.link, check } } : outcome;
}

/** Links, checks, listings and claims.yaml problems of one release. */
export function analyzeClaims(release: Release, options: ClaimOptions = {}): ClaimAnalysis {
  const root = options.root ?? process.cwd();
  const loaded = options.claims === undefined ? loadClaims(release.file, root) : options.claims;
  const file = loaded?.file ?? join(release.file, '..', 'claims.yaml');
  const issues: IngestIssue[] = [...(loaded?.issues ?? [])];
  const all = extractNumbers(release.prose);
  const overlong = overlongProse(release, all);
  const proseIssues = overlong.issues;
  const prose = release.prose.filter((p) => !overlong.lines.has(p.line));
  const tokens = prose.length === release.prose.length ? all : all.filter((t) => !overlong.lines.has(t.line));
  const read = prose.length === release.prose.length ? release : { ...release, prose };
  const context: Omit<Context, 'defaultPeriod'> = {
    release: release.meta.id,
    facts: release.facts,
    periods: release.periods,
    ...modelTerms(read, root, options.model),
  };
  const readings = new Map<NumberToken, Reading>(
    readProse(
      prose,
      tokens.filter((t) => CLAIMABLE_KINDS.includes(t.kind)),
    ).map((r) => [r.token, r]),
  );
  const linker = linkContext(read, context);
  const auto = new Map<NumberToken, Outcome>();
  for (const [token, reading] of readings) auto.set(token, asPartOfTotal(token, linkNumber(reading, linker), linker.lines, context));
  // A heading's numbers are not read as claims; those that name or date something are still told apart from figures.
  const textOf = new Map(prose.map((p) => [p.line, p.text]));
  for (const token of tokens) {
    if (readings.has(token) || !CLAIMABLE_KINDS.includes(token.kind)) continue;
    // A spelled-out number the reading left in a period phrase ("the first three quarters") names that
    // period: no figure, and not "printed in a heading", which it is not.
    if (token.kind === 'word' && inPeriodPhrase(token, textOf.get(token.line) ?? '')) {
      auto.set(token, { status: 'not-derivable', reason: CLASS_REASONS.period!, names: true });
      continue;
    }
    // A spelled-out number counts or orders things in a heading as in the text ("launches first two innovative ETFs"):
    // no figure, as linkNumber says of one in the text.
    if (token.kind === 'word') {
      auto.set(token, { status: 'not-derivable', reason: linkMessages.spelledOut(token.text), names: true });
      continue;
    }
    const names = namedBy(token, linker, false);
    if (names !== null) auto.set(token, { status: 'not-derivable', reason: names, names: true });
  }

  const hand = new Map<NumberToken, HandClaim>();
  const listed = new Map<NumberToken, { reason: string; entry: SourceLocation }>();
  const value = loaded?.value;
  if (loaded && value) {
    const at = (path: (string | number)[], message: string): IngestIssue => ({
      file: loaded.file,
      ...loaded.locate(path),
      message: `'${path.join('.')}': ${message}`,
    });
    const lines = new Map(release.prose.map((p) => [p.line, p.text]));
    for (const { index, entry } of value.claims) {
      const fail = (key: string, message: string) => issues.push(at(['claims', index, key], message));
      const token = claimToken(entry, release, tokens, fail);
      if (!token) continue;
      const where = loaded.locate(['claims', index]);
      const taken = hand.get(token);
      if (taken) {
        fail('text', messages.claimedTwice(token.text, `${loaded.file}:${taken.entry.line}`));
        continue;
      }
      const defaultPeriod = entry.period ?? value.period ?? release.meta.fiscalPeriod;
      const automatic = auto.get(token);
      try {
        let expression;
        if (entry.is !== undefined) expression = parseClaim(entry.is);
        else if (automatic?.status === 'linked') expression = automatic.link.expression;
        else {
          fail('text', messages.nothingToConfirm(token.text, automatic?.reason ?? 'it is not claimable'));
          continue;
        }
        const check = claimCheck({ ...entry, expression }, token, lines.get(token.line) ?? '', { ...context, defaultPeriod });
        hand.set(token, { check, entry: where, is: entry.is ?? writeClaim(expression, defaultPeriod) });
      } catch (e) {
        if (!(e instanceof ExpressionError || e instanceof ClaimError)) throw e;
        fail('is', e.message);
      }
    }
    for (const { index, entry } of value['not-derivable']) {
      const fail = (key: string, message: string) => issues.push(at(['not-derivable', index, key], message));
      const where = loaded.locate(['not-derivable', index]);
      for (const token of notDerivableTokens(entry, release, tokens, fail)) {
        const claim = hand.get(token);
        if (claim) issues.push(at(['not-derivable', index], messages.claimedAndListed(token.text, `${loaded.file}:${claim.entry.line}`)));
        else if (!listed.has(token)) listed.set(token, { reason: entry.reason, entry: where });
      }
    }
  }

  const drafts: DraftCheck[] = [];
  const draftOf = new Map<NumberToken, DraftCheck>();
  for (const token of tokens) {
    const claim = hand.get(token);
    const outcome = auto.get(token);
    const draft = claim?.check ?? (listed.has(token) ? undefined : outcome?.status === 'linked' ? outcome.link.check : undefined);
    if (draft) {
      drafts.push(draft);
      draftOf.set(token, draft);
    }
  }
  const checks = uniqueIds(drafts);
  const idOf = new Map(drafts.map((d, i) => [d, checks[i].id]));

  const numbers: ProseNumber[] = tokens.map((token): ProseNumber => {
    const claim = hand.get(token);
    const outcome = auto.get(token);
    const period = value?.period ?? linker.calendar.currentId;
    if (claim) {
      const same = outcome?.status === 'linked' && sameClaim(outcome.link.check, claim.check);
      return {
        ...token,
        status: 'linked',
        source: 'hand',
        check: idOf.get(claim.check)!,
        verdict: claim.check.verdict,
        is: claim.is,
        confidence: same && outcome.status === 'linked' ? outcome.link.confidence : null,
        evidence: same && outcome.status === 'linked' ? outcome.link.evidence : null,
        entry: claim.entry,
        automatic: same ? null : outcome?.status === 'linked' ? writeClaim(outcome.link.expression, period) : (outcome?.reason ?? null),
      };
    }
    const listing = listed.get(token);
    const figure = CLAIMABLE_KINDS.includes(token.kind) && !(outcome?.status === 'not-derivable' && outcome.names);
    if (listing) return { ...token, status: 'not-derivable', source: 'hand', reason: listing.reason, entry: listing.entry, figure };
    if (!outcome) return { ...token, status: 'not-derivable', source: 'auto', reason: CLASS_REASONS[token.kind] ?? linkMessages.inHeading(), entry: null, figure };
    if (outcome.status === 'linked') {
      const draft = draftOf.get(token)!;
      return {
        ...token,
        status: 'linked',
        source: 'auto',
        check: idOf.get(draft)!,
        verdict: draft.verdict,
        is: writeClaim(outcome.link.expression, period),
        confidence: outcome.link.confidence,
        evidence: outcome.link.evidence,
        entry: null,
        automatic: null,
      };
    }
    if (outcome.status === 'unlinked') {
      return {
        ...token,
        status: 'unlinked',
        source: 'auto',
        reason: outcome.reason,
        candidates: outcome.candidates.map((c) => ({ is: writeClaim(c.expression, period), title: c.title, computed: c.computed, verdict: c.verdict })),
      };
    }
    return { ...token, status: 'not-derivable', source: 'auto', reason: outcome.reason, entry: null, figure };
  });
  return { file, numbers, checks, issues, proseIssues };
}

/** Two checks of the same figure from the same facts: a hand entry that confirms the linker's reading. */
function sameClaim(a: DraftCheck, b: DraftCheck): boolean {
  return a.computed === b.computed && a.inputs.length === b.inputs.length && a.inputs.every((x, i) => x === b.inputs[i]);
}

/**
 * Ids `claim/<subject>/<period>`, in reading order. Where claims of one subject and period are
 * about rows of one id in different tables (each segment's "Revenues"), each is named
 * `<table>/<row>`; a later claim of the same figure gets `/2`, `/3`, … so that an id never
 * depends on line numbers.
 */
function uniqueIds(drafts: DraftCheck[]): Check[] {
  const order = [...drafts].sort((a, b) => a.reported.line - b.reported.line || a.reported.column - b.reported.column);
  const baseOf = (subject: string, d: DraftCheck) => ['claim', subject, d.period].filter(Boolean).join('/');
  const subjects = new Map<string, Set<string>>();
  for (const d of order) {
    const base = baseOf(d.subject, d);
    subjects.set(base, (subjects.get(base) ?? new Set()).add(d.tableSubject));
  }
  const seen = new Map<string, number>();
  const ids = new Map<DraftCheck, string>();
  for (const d of order) {
    const short = baseOf(d.subject, d);
    const base = subjects.get(short)!.size > 1 ? baseOf(d.tableSubject, d) : short;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    ids.set(d, n === 1 ? base : `${base}/${n}`);
  }
  return drafts.map((draft) => {
    const { subject: _subject, tableSubject: _tableSubject, ...check } = draft;
    return { id: ids.get(draft)!, ...check };
  });
}

/** Where an entry's quote is: its context (or text) found once in the prose, then its text inside. */
function quotedPlace(
  entry: { text: string; context?: string; nth?: number; line?: number },
  release: Release,
  fail: (key: string, message: string) => void,
): Place | null {
  const outer = entry.context ?? entry.text;
  const key = entry.context !== undefined ? 'context' : 'text';
  let places = findInProse(release.prose, outer);
  if (places.length === 0) return fail(key, messages.notFound(outer)), null;
  if (places.length > 1 && entry.line !== undefined) {
    const onLine = places.filter((p) => p.line === entry.line);
    if (onLine.length > 0) places = onLine;
  }
  if (entry.context === undefined) {
    if (places.length === 1) return places[0];
    if (entry.nth === undefined) return fail('text', messages.ambiguous(outer, places.map((p) => p.line))), null;
    if (entry.nth > places.length) return fail('nth', messages.nthTooLarge(entry.text, entry.nth, places.length)), null;
    return places[entry.nth - 1];
  }
  if (places.length > 1) return fail('context', messages.ambiguous(outer, places.map((p) => p.line))), null;
  const place = places[0];
  const raw = release.prose.find((p) => p.line === place.line)!.text;
  const inner = findText(raw, entry.text).filter((s) => s.start >= place.start && s.end <= place.end);
  if (inner.length === 0) return fail('text', messages.notInContext(entry.text, entry.context)), null;
  if (inner.length > 1 && entry.nth === undefined) return fail('text', messages.ambiguousInContext(entry.text, entry.context, inner.length)), null;
  const nth = entry.nth ?? 1;
  if (nth > inner.length) return fail('nth', messages.nthTooLarge(entry.text, nth, inner.length)), null;
  return { line: place.line, ...inner[nth - 1] };
}

function claimToken(
  entry: ClaimEntry,
  release: Release,
  tokens: readonly NumberToken[],
  fail: (key: string, message: string) => void,
): NumberToken | null {
  const place = quotedPlace(entry, release, fail);
  if (!place) return null;
  const inside = tokensIn(tokens, place.line, place);
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
  if (entry.kind !== undefined) {
    const selected = tokens.filter((t) => t.kind === entry.kind);
    if (selected.length === 0) fail('kind', messages.selectsNothing());
    return selected;
  }
  if (entry.text !== undefined) {
    const place = quotedPlace({ ...entry, text: entry.text }, release, fail);
    if (!place) return [];
    const selected = tokensIn(tokens, place.line, place);
    if (selected.length === 0) fail('text', messages.selectsNothing());
    return selected;
  }
  const pattern = entry.pattern!;
  const regex = regexSyntax(pattern);
  if (regex) {
    fail('pattern', messages.regexPattern(pattern, regex));
    return [];
  }
  const selected = new Set<NumberToken>();
  for (const p of release.prose) for (const span of findPattern(p.text, pattern)) for (const t of tokensIn(tokens, p.line, span)) selected.add(t);
  if (selected.size === 0) fail('pattern', messages.selectsNothing());
  return [...selected];
}

type FactConcept = { concept: string | null; origin: string; table: string; row: string; label: string; unit: string };

const PERCENT_UNITS = new Set(['percent', 'percentage-points', 'basis-points', 'ratio']);

/** A fact's concept for reading words (asked of every fact, by every reading: a module function, not a closure made per release). */
function certainConcept(f: FactConcept, recognition: Recognition): string | null {
  if (f.concept) return f.concept;
  if (f.origin !== 'cell') return null;
  const row = recognition.rows.get(`${f.table}/${f.row}`);
  // A likely reading is good enough for a relation that holds, not for reading words: only certain ones name a subject.
  if (!row || !row.certain) return null;
  // "Adjusted Diluted EPS(3)", the only per-share line of Pfizer's 1Q22 guidance table, read by the base model as diluted
  // EPS: a row whose own label names an adjusted measure, read as a GAAP concept, is that measure's line, a subject of its
  // own ("Adjusted Diluted EPS of $1.62" is not diluted EPS, 1.37). A non-GAAP concept ("Non-GAAP net income" for Copa's
  // "Adjusted Net Profit") is the measure; the company model's naming a row stays as it says.
  if (row.source !== 'company' && ofOtherBasis(f.label) && !ofOtherBasis(recognition.label(row.concept)) && twinOf(row.concept) === null) return null;
  // A share of an amount the base model reads ("Gross profit (as a percentage of net sales) 39.3%", or the "%" column
  // beside "Gross profit 993,612", Ulta's Q2 FY23) is that amount's ratio, not the amount: "Gross profit increased 7.1%"
  // is the growth of 993,612, not of 39.3%.
  if (row.source !== 'company' && PERCENT_UNITS.has(f.unit) && BASE_CONCEPTS[twinOf(row.concept) ?? row.concept]?.unit === 'money') return null;
  return row.concept;
}

/**
 * Concepts with their labels — the company model's, and the base model's that the release
 * prints where the recognition is certain — which concept each fact prints, and the
 * company model's named measures.
 */
function modelTerms(release: Release, root: string, given: CompanyModel | undefined): Pick<Context, 'concepts' | 'measures' | 'conceptOf'> {
  const model = given ?? loadModel(resolve(root, companyModelFile(dirname(resolve(root, release.file)), release.meta.company, root)));
  const concepts = new Map(Object.entries(model.concepts).map(([id, c]) => [id, c.label]));
  const recognition = recognizeRelease(release, model);
  const conceptOf = (f: FactConcept): string | null => certainConcept(f, recognition);
  for (const f of release.facts) {
    const concept = conceptOf(f);
    if (concept && !concepts.has(concept)) concepts.set(concept, recognition.label(concept));
  }
  let measures: Relations['measures'] = {};
  try {
    measures = readRelations(model.relations).measures;
  } catch (e) {
    // Malformed relations are the checks layer's to report (runChecks throws them, located); claims go on without measures.
    if (!(e instanceof RelationsError)) throw e;
  }
  return { concepts, measures: new Map(Object.entries(measures)), conceptOf };
}

/** Whether a token lies inside a period phrase of its line (columns 1-based, as the reading compares them). */
function inPeriodPhrase(token: NumberToken, text: string): boolean {
  return periodPhrases(text).some((ph) => ph.start <= token.column - 1 && token.end - 1 <= ph.end);
}

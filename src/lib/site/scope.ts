import type { Check, Fact, Release } from '../types.ts';
import { Decimal } from '../decimal.ts';
import { factsTable } from '../ingest/index.ts';
import * as format from '../format/index.ts';
import { paths, href } from './paths.ts';
import { didYouMean } from '../did-you-mean.ts';
import { baseConcepts } from './headline.ts';

/**
 * The release-specific names a notebook's cells see, beside baseScope()'s aq, Plot and charts:
 *
 * - `facts`: every fact as an Arquero table (values exact decimal strings);
 * - `fact(concept, period)`: the Fact printing a concept (or a `table/row`) for a period (throws naming both if none);
 *   the concept is the company model's, else the base model's certain reading of the line, as the overview's headline reads it;
 * - `value(concept, period)`: its value as a Decimal;
 * - `checks`, `check(id)`: the release's checks;
 * - `release`: metadata; `releaseData`: the whole Release (tables, periods, prose);
 * - `periodLabel(id)`, `period(id)` (its dates), `factsHref`; `Decimal`; `format`: the site's formatters.
 */
export function releaseScope(release: Release, checks: Check[]): Record<string, unknown> {
  // A release's notebooks share it, as they share the release and its checks (siteRelease and
  // siteChecks hand out the same objects): each page made the facts table and indexes anew.
  const made = scopes.get(release);
  if (made?.checks === checks) return made.scope;
  const scope = Object.freeze(newReleaseScope(release, checks));
  scopes.set(release, { checks, scope });
  return scope;
}

const scopes = new WeakMap<Release, { checks: Check[]; scope: Record<string, unknown> }>();

function newReleaseScope(release: Release, checks: Check[]): Record<string, unknown> {
  const byConcept = new Map<string, Fact>();
  for (const f of release.facts) {
    const key = `${f.concept}@${f.period}`;
    if (f.concept && f.origin === 'cell' && !byConcept.has(key)) byConcept.set(key, f);
    byConcept.set(`${f.table}/${f.row}@${f.period}`, f);
  }
  // The periods each name is printed for, to say which a misspelled name or period may have meant.
  const periodsOf = new Map<string, string[]>();
  const printedFor = (key: string) => {
    const at = key.lastIndexOf('@');
    const list = periodsOf.get(key.slice(0, at));
    if (list) list.push(key.slice(at + 1));
    else periodsOf.set(key.slice(0, at), [key.slice(at + 1)]);
  };
  for (const key of byConcept.keys()) printedFor(key);
  // A line the company model names no concept for is read as the base model reads it with certainty
  // ("Revenue"), as the overview's headline and a company notebook read it: on a release imported
  // with no model, fact('revenue', …) and <Fig of="revenue@…"> find the figure the overview shows.
  // A concept the company model names is its own: the base model's reading never adds printings to it.
  // Read on the first name the company model does not give (the base model's reading costs a pass over the release).
  let based = false;
  const addBase = () => {
    based = true;
    const named = new Set(release.facts.map((f) => f.concept));
    const baseOf = new Map<string, string>();
    for (const [concept, reading] of baseConcepts(release)) {
      if (named.has(concept)) continue;
      for (const row of reading.rows) if (row.certain && !baseOf.has(row.key)) baseOf.set(row.key, concept);
    }
    for (const f of release.facts) {
      const concept = f.concept === null && f.origin === 'cell' && !f.dimension ? baseOf.get(`${f.table}/${f.row}`) : undefined;
      const key = `${concept}@${f.period}`;
      if (concept && !byConcept.has(key)) {
        byConcept.set(key, f);
        printedFor(key);
      }
    }
  };
  /** By concept ("revenue") or by row ("balance-sheet/goodwill"), for a period. */
  const fact = (name: string, period: string): Fact => {
    if (!based && !byConcept.has(`${name}@${period}`)) addBase();
    const f = byConcept.get(`${name}@${period}`);
    if (f) return f;
    const kind = name.includes('/') ? 'row' : 'concept';
    const printed = periodsOf.get(name);
    if (!printed) {
      const names = [...periodsOf.keys()].filter((n) => n.includes('/') === name.includes('/'));
      // Nothing close ('net-income' where the release prints only 'net-income-attributable'): the concepts it
      // does print are the way forward; rows are too many to list, and a row's table names them.
      const near = didYouMean(name, names);
      const printedNames = kind === 'concept' && near === '' ? ` It prints ${listed(names.sort())}.` : '';
      throw new Error(`no fact prints ${kind} '${name}' in ${release.meta.id}.${near}${printedNames}`);
    }
    throw new Error(
      `no fact prints ${kind} '${name}' for period '${period}' in ${release.meta.id}; it is printed for ${printed.join(', ')}.${didYouMean(period, printed)}`,
    );
  };
  const checkById = new Map(checks.map((c) => [c.id, c]));
  const periodById = new Map(release.periods.map((p) => [p.id, p]));
  return {
    release: release.meta,
    releaseData: release,
    facts: factsTable(release.facts),
    fact,
    value: (concept: string, period: string) => {
      const f = fact(concept, period);
      if (f.value === null) throw new Error(`'${concept}' for '${period}' is printed as ${f.raw}, not a number`);
      return new Decimal(f.value);
    },
    checks,
    check: (id: string) => {
      const c = checkById.get(id);
      if (!c) throw new Error(`no check '${id}' in ${release.meta.id}.${didYouMean(id, checkById.keys())}`);
      return c;
    },
    /** "2010-q2" → "Q2 2010". */
    periodLabel: (id: string) => periodById.get(id)?.label ?? id,
    /** A period of the release by id: label, kind, start and end dates (throws naming it if the release has none). */
    period: (id: string) => {
      const p = periodById.get(id);
      if (!p) throw new Error(`no period '${id}' in ${release.meta.id}; it has ${[...periodById.keys()].join(', ')}.${didYouMean(id, periodById.keys())}`);
      return p;
    },
    /** URL of the release's facts.csv, for charts' data links. */
    factsHref: href(import.meta.env?.BASE_URL ?? '/', paths.download(release.meta.id, 'facts.csv')),
    Decimal,
    format,
  };
}

/** Concepts named for an error, at most twelve: "no concept", "concepts 'a', 'b' and 'c'", "concepts 'a', … and 3 more". */
function listed(names: readonly string[]): string {
  if (names.length === 0) return 'no concept';
  const quoted = names.slice(0, 12).map((n) => `'${n}'`);
  const more = names.length - quoted.length;
  const word = names.length === 1 ? 'concept' : 'concepts';
  if (more > 0) return `${word} ${quoted.join(', ')} and ${more} more`;
  return `${word} ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`}`;
}

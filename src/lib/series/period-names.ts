/**
 * Period identity across a company's releases (issue 32): the series compare figures by period id,
 * so one period must carry one id in every release. Where the releases disagree, this says so:
 *
 * - **named otherwise**: one span of time (a quarter, half, nine months or year ending on the same
 *   date, within a week, as 52/53-week calendars end theirs) carries other ids in other releases:
 *   fiscal against calendar naming ("2023-q2" and "2022-q2" for the quarter ended July 31, 2022), a
 *   fiscal year named by its start in one release and by its end in the next;
 * - **one name, other dates**: one id names spans ending more than a week apart (a change of fiscal
 *   calendar: "2024-q1" ended in March, then in June).
 *
 * Figures of such a period are not compared across the releases that name it otherwise (the
 * comparisons go by id), and the finding says so. Instants are named by their date and cannot
 * disagree; change columns compare periods and are none.
 */
import type { Period, Release } from '../types.ts';
import { pushTo } from '../grouped.ts';

export interface PeriodNaming {
  kind: 'named-otherwise' | 'other-dates';
  /** The span's length as its id says it: "q", "h", "9m", "fy". */
  length: string;
  /** Each name with the releases that give it, and the dates they give, oldest release first. */
  names: { id: string; label: string; start: string | null; end: string; releases: string[] }[];
}

/** Days a period's end may move between releases and still be one period (52/53-week calendars). */
const SAME_END_DAYS = 7;

const LENGTH = /^\d{4}-(q[1-4]|h[12]|9m|fy)$/;

/** Where a company's releases (any order; several companies are read each alone) name one period otherwise, or one name other periods. */
export function periodNamings(releases: readonly Release[]): PeriodNaming[] {
  const companies = new Map<string, Release[]>();
  for (const r of releases) pushTo(companies, r.meta.company, r);
  return [...companies.values()].flatMap(companyNamings);
}

function companyNamings(releases: readonly Release[]): PeriodNaming[] {
  const ordered = [...releases].sort((a, b) => a.meta.releaseDate.localeCompare(b.meta.releaseDate) || a.meta.id.localeCompare(b.meta.id));
  // Every name of a span of time with an end date, with the releases that give it.
  const named = new Map<string, { id: string; label: string; start: string | null; end: string; releases: string[] }[]>();
  for (const release of ordered) {
    for (const p of release.periods) {
      const length = lengthOf(p);
      if (!length || !p.end) continue;
      const list = named.get(p.id) ?? [];
      const same = list.find((n) => days(n.end, p.end!) <= SAME_END_DAYS);
      if (same) {
        if (!same.releases.includes(release.meta.id)) same.releases.push(release.meta.id);
      } else list.push({ id: p.id, label: p.label, start: p.start ?? null, end: p.end, releases: [release.meta.id] });
      named.set(p.id, list);
    }
  }
  const out: PeriodNaming[] = [];
  // One id, spans ending more than a week apart.
  for (const [id, list] of named) {
    if (list.length > 1) out.push({ kind: 'other-dates', length: lengthOf({ id } as Period)!, names: list.map((n) => ({ ...n, releases: [...n.releases] })) });
  }
  // One span (its length and end), several ids.
  const spans = [...named.values()].flat().sort((a, b) => a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  const done = new Set<(typeof spans)[number]>();
  for (const span of spans) {
    if (done.has(span)) continue;
    const length = lengthOf({ id: span.id } as Period)!;
    const same = spans.filter((o) => !done.has(o) && lengthOf({ id: o.id } as Period) === length && days(o.end, span.end) <= SAME_END_DAYS);
    for (const o of same) done.add(o);
    if (new Set(same.map((o) => o.id)).size > 1) out.push({ kind: 'named-otherwise', length, names: same.map((n) => ({ ...n, releases: [...n.releases] })) });
  }
  return out;
}

function lengthOf(p: Pick<Period, 'id'> & Partial<Period>): string | null {
  if (p.kind && p.kind !== 'duration') return null;
  return LENGTH.exec(p.id)?.[1]?.replace(/[1-4]$/, '') ?? null;
}

/** Whether two releases' periods of one id are one span of time (ends within a week); true where either has no end. */
export function sameSpan(a: Period | undefined, b: Period | undefined): boolean {
  return !a?.end || !b?.end || days(a.end, b.end) <= SAME_END_DAYS;
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A finding in words, for `tieout series` and the company page. */
export function namingSentence(n: PeriodNaming): string {
  const each = n.names.map((x) => `'${x.id}' (${x.label}, ${x.start ? `${x.start} to ` : 'ending '}${x.end}) in ${x.releases.join(', ')}`);
  return n.kind === 'named-otherwise'
    ? `one period is named otherwise across releases: ${each.join('; ')}. Its figures are not compared across these releases.`
    : `one name is given to periods ending on other dates: ${each.join('; ')}. Its figures are compared only where the dates agree.`;
}

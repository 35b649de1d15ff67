/**
 * Which columns print a line's own figure, for ties between tables. A column under a spanner
 * has a dimension (`Fact.dimension`): most are parts of the line (a segment's, a currency's
 * impact, an outlook), and a part never ties to the line printed elsewhere. Two kinds of
 * spanner are not parts:
 * - one naming the whole: "Consolidated" or "Total" beside the segments' columns (Computer
 *   Modelling's summary prints each segment's figures, then the consolidated ones);
 * - one made of words of time alone: "QUARTERLY" over "Q4 2024 | Q3 2024 | Q4 2023" (First
 *   Quantum's highlights), "Three months ended December 31" over the years, or with words that
 *   name the table rather than a part ("Results for the Three Months Ended", CNA's; "Consolidated
 *   Financial Highlights (Unaudited)", PNC's). The period is the
 *   column's; the spanner adds nothing to it. One that names a year is left alone: the
 *   column's period may have been read from another line of the header.
 * Their figures are the line's, as an unheaded column's are.
 */
import type { Fact, Period, Release } from '../types.ts';

const WHOLE = /^(consolidated|total|consolidated-total|total-consolidated|total-company|company-total)$/;
const TIME_WORD =
  /^(quarterly|quarters?|annual|annually|yearly|years?|fy|fiscal|months?|weeks?|ended|ending|end|for|the|periods?|ytd|to|date|and|three|six|nine|twelve|thirteen|twenty|fifty|two|three|four|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}|\d{1,2}(st|nd|rd|th))$/;

/** Words a spanner of the whole table prints beside its time: "Results for the Three Months Ended", "Consolidated Financial Highlights (Unaudited)". */
const NEUTRAL_WORD = /^(results|consolidated|financial|highlights|unaudited|audited|summary|selected|data|as|of|at|in)$/;

/**
 * The part `fact`'s column prints of its line: '' for the line itself, else its dimension. A
 * spanner naming the whole or a time reads as the line's own column only where no other column
 * of its table could be that period's ("Three Months Ended December 31, 2024" and, under
 * "Year", a column read as the same quarter: the spanner is what tells them apart, and the
 * second keeps it).
 */
export function tieDimension(release: Release, fact: Pick<Fact, 'table' | 'period' | 'dimension'>): string {
  if (!fact.dimension) return '';
  return ownColumns(release).has(`${fact.table}\0${fact.period}\0${fact.dimension}`) ? '' : fact.dimension;
}

/**
 * Whether a spanner names the whole, or only a time that the column's period does not
 * contradict ("Three months ended" over a column read as a year is a reading in doubt).
 */
function ownSpanner(dimension: string, period: Period | undefined): boolean {
  if (WHOLE.test(dimension)) return true;
  const words = dimension.split('-').filter(Boolean);
  if (words.length === 0 || !words.every((w) => TIME_WORD.test(w) || NEUTRAL_WORD.test(w))) return false;
  const months = monthsNamed(words);
  return months === null || (period?.kind === 'duration' && monthsOf(period) === months);
}

/** The length a spanner's words give a period, in months, or null when they give none. */
function monthsNamed(words: string[]): number | null {
  const text = words.join(' ');
  if (/\b(quarterly|quarters?|three months?|13 weeks|thirteen weeks)\b/.test(text)) return 3;
  if (/\bsix months?\b/.test(text)) return 6;
  if (/\bnine months?\b/.test(text)) return 9;
  if (/\b(annual|annually|yearly|years?|fy|fiscal|twelve months?)\b/.test(text)) return 12;
  return null;
}

/** A period's length in months where it is a quarter, a half, nine months or a year (of weeks too), else null. */
function monthsOf(period: Period): number | null {
  if (!period.start || !period.end) return null;
  // In days, so that a 13-week quarter and a 52/53-week year read as 3 and 12 months.
  const days = (Date.parse(`${period.end}T12:00:00Z`) - Date.parse(`${period.start}T12:00:00Z`)) / 86_400_000 + 1;
  for (const [months, from, to] of LENGTHS) if (days >= from && days <= to) return months;
  return null;
}

const LENGTHS: [number, number, number][] = [
  [3, 84, 98],
  [6, 175, 190],
  [9, 266, 280],
  [12, 357, 378],
];

const kept = new WeakMap<Release, Set<string>>();

/** The columns under a spanner that print their line's own figure, by table, period and dimension. */
function ownColumns(release: Release): Set<string> {
  let found = kept.get(release);
  if (found) return found;
  found = new Set();
  const periods = new Map(release.periods.map((p) => [p.id, p]));
  for (const table of release.tables) {
    const byPeriod = new Map<string, (string | null | undefined)[]>();
    for (const c of table.columns) {
      if (!c.period) continue;
      const list = byPeriod.get(c.period);
      if (list) list.push(c.dimension);
      else byPeriod.set(c.period, [c.dimension]);
    }
    for (const [period, dimensions] of byPeriod) {
      // Two columns of the period under one heading: the header was not read column by column (XP Power's "Europe North
      // America Asia" over two of its three regions, "Total" over the third, H1 2025), so no column is surely the whole.
      const named = dimensions.filter((d): d is string => !!d);
      if (new Set(named).size < named.length) continue;
      const own = dimensions.filter((d) => !d || ownSpanner(d, periods.get(period)));
      if (own.length === 1 && own[0]) found.add(`${table.id}\0${period}\0${own[0]}`);
    }
  }
  kept.set(release, found);
  return found;
}

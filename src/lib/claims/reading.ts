/**
 * How a sentence frames each of its numbers: what kind of statement the
 * number makes (a figure, a change, or a ratio to some base), the words that
 * name its subject, and the periods its words name. This is reading, not
 * linking: nothing here knows the tables.
 *
 * The rules follow how releases write:
 * - the subject comes before the number in its clause ("IP services revenue
 *   totaled $29.3 million"), or right after it ("$20.4 million in capital lease
 *   obligations"); asides (", which excludes …,", "(…)") are skipped;
 * - a figure's period follows it ("$64.4 million in the second quarter of
 *   2009"), is shared with the per-share figure beside it ("$(60.6) million, or
 *   $(1.22) per share, in the second quarter of 2009"), opens the sentence
 *   ("For fiscal 2023, revenue was …"), or is the release's own;
 * - a change compares the clause's period with the one its words name ("up 46.5
 *   percent year-over-year", "7 percent sequentially", "higher than the second
 *   quarter of 2009"), and "up", "declined", "a decrease of" give it its sign
 *   (wording.ts).
 */
import type { ProseLine } from '../types.ts';
import { isAsciiLetter } from '../char-classes.ts';
import { CLAIMABLE_KINDS, WEB_OR_MAIL, type NumberToken } from './extract.ts';
import { periodPhrases, type PeriodPhrase, type PeriodSpec } from './prose-periods.ts';
import { isStop, wordsOf, type Word } from './words-of.ts';
import { currencyOfSymbol } from '../ingest/index.ts';
import { findDateline } from '../import/release-date.ts';

export type Role = 'figure' | 'change' | 'ratio';

/** "… to $437 million": the figure a change ends at; never "compared to $651 million", a figure compared with. */
const ENDS_AT = /\bto\s*\(?$/i;
const COMPARED_TO = /\b(?:compared|relative|as\s+against|up|due|close|equal|similar)\s+to\s*\(?$/i;

/** A period named for a number, and how the reading found it. */
export interface NamedPeriod {
  spec: PeriodSpec;
  words: string;
  /** 'named': next to the number; 'shared': next to a figure it is paired with; 'topic': opening the sentence. */
  how: 'named' | 'shared' | 'topic' | 'same';
}

export interface Reading {
  token: NumberToken;
  role: Role;
  /** Words before the number in its clause, asides and other numbers left out, in reading order. */
  before: Word[];
  /** Words of a subject named right after the number ("in capital lease obligations"). */
  after: Word[];
  /** For a ratio: the words of its base ("of Data center services revenue"). */
  base: Word[];
  /** Content words of the heading above, if any. */
  heading: { text: string; line: number } | null;
  /** The figure's period (for a change: the current period); null for the release's own. */
  period: NamedPeriod | null;
  /** For a change: the period compared with; null when the words name none. */
  prior: NamedPeriod | null;
  /** A figure that is the term of a comparison ("compared with $51.8 million") and names no period. */
  compared: boolean;
  /** For a period named relatively ("$64.4 million a year ago"): the period it counts from; null for the release's. */
  relativeTo: NamedPeriod | null;
  /** Words right after the number, to its clause's next break: "on a diluted basis". */
  tail: Word[];
  /** The sentence, as printed (raw). */
  sentence: string;
  /** A forward-looking statement: an outlook, an expectation, a plan. */
  forward: boolean;
  /** The sentence has "respectively": its figures pair with subjects listed before them. */
  respectively: boolean;
  /** One of a list of figures closed by "respectively" that lists neither subjects nor periods one for each. */
  unpaired: boolean;
  /**
   * Paired by "respectively" with a subject that names no basis where another subject of its list names one ("Gross
   * Profit and Adjusted Gross Profit were $390 million and $392 million"): set against that one, it is the tables' own.
   */
  plainAgainstBasis?: boolean;
  /** One of several figures of a clause opening with a list of periods that no order pairs them with: the list's words. */
  periodsUnpaired?: string;
  /**
   * A figure printed in parentheses right after another ("EUR 266.9 (249.7) million", "14.1% (17.7%)"), where the
   * release states what such figures are ("The figures in parentheses refer to the same period in the previous
   * year"): the same line item a year before the figure it follows. Absent where the release states nothing.
   */
  statedPrior?: Pick<NumberToken, 'kind' | 'unit' | 'scale'> & {
    /** What the statement speaks of: "The quarterly figures in parentheses …" (Musti) says nothing of the year's. */
    of: 'quarter' | 'any';
  };
  /** The line that introduces the list the number is in ("The EFT Processing Segment reports the following results for …:"). */
  lead: { text: string; line: number } | null;
  /** The sentence before, in the same paragraph (raw), or null for the first: a sentence that names no segment speaks of the one it names. */
  previous: string | null;
}

interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? followed by a space and a capital, a quote or a parenthesis, or at the line's end.
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“(]?[A-Z0-9$\\])/g;
const FORWARD =
  /\b(?:expect(?:s|ed|ing)?|anticipat\w*|forecast\w*|outlook|guidance|projected|plans?\s+to|intends?\s+to|will\s+(?:be|pay|grow|increase|decrease|decline|remain|range)|over\s+the\s+(?:next|coming)\b)\b/i;
/**
 * An actual figure set against guidance given before: "Fourth quarter revenues of $60.7 million, in line with previous
 * guidance" (Kornit 4Q24), "at the high end of our outlook", "exceeded guidance". The sentence reports a period that
 * has ended; its word "guidance" makes it no outlook.
 */
const PAST_GUIDANCE =
  /\b(?:in\s+line\s+with|within|above|below|exceed(?:ed|ing|s)?|beat(?:ing|s)?|ahead\s+of|consistent\s+with|at\s+the\s+(?:high|top|low|upper|lower)(?:\s+|-)end\s+of)\s+(?:(?:our|the|its|their)\s+)?(?:(?:previous(?:ly\s+(?:issued|provided|announced|given))?|prior|earlier|original|most\s+recent|recent|updated|raised)\s+)*(?:guidance|outlook)(?:\s+range)?\b/gi;
const OUTLOOK_HEADING = /(?:^|\s)(?:outlook|guidance)(?:\s+for\b.*)?\s*:?$/i;
// Words right after a percentage that make it a change: "46.5 percent higher than", "3 percent year-over-year".
const COMPARISON_AFTER =
  /^[\s,]*(?:(?:higher|lower|greater|less|more|up|down|better|worse|above|below)\s+than\b|from\b|compared\b|versus\b|vs\.?|over\s+(?:the|a|last)\b|relative\s+to\b|year[\s-]over[\s-]year|year[\s-]on[\s-]year|sequential|quarter[\s-]over[\s-]quarter|on\s+a\s+(?:year|sequential|quarter|comparable)|y\/y|q\/q|yoy|qoq|a\s+year\s+ago|in\s+the\s+(?:year[\s-]ago|prior[\s-]year|same))/i;
// "a 12.0% increase over the prior-year quarter", "a 3 percent year-over-year decline".
const CHANGE_NOUN_AFTER =
  /^\s*(?:(?:year[\s-]over[\s-]year|sequential|quarter[\s-]over[\s-]quarter)\s+)?(?:increase|decrease|decline|growth|gain|rise|drop|improvement|reduction|jump)\b/i;
// Words just before a percentage that make it a change: "up 46.5 percent", "a decrease of 9 percent",
// "by almost 7 percent" (within the last few words, so that a verb far back does not count).
const DIRECTION_WORD =
  /^(?:up|down|increased?|increases|increasing|decreased?|decreases|decreasing|declined?|declines|declining|rose|risen|rise|rising|fell|fallen|fall|falling|grew|grown|grow|growth|gain(?:ed|s)?|improved?|improvement|dropped|drop|jumped|climbed|surged|expanded|contracted|reduced|reduction|lower|higher)$/i;
const BY_BEFORE = /\bby\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than|just\s+(?:over|under))\s+)?$/i;
// "The increase in general and administrative expenses of $65.1 million": the amount of a change named before it.
const CHANGE_IN_OF = /\b(?:increase|decrease|decline|improvement|reduction|rise|drop|growth)\s+in\s+(?:[A-Za-z&'’-]+,?\s+){1,6}of\s+(?:(?:almost|nearly|about|approximately|around|roughly)\s+)?\(?$/i;
// "versus 27% a year ago", "compared with 18.0 percent": a percentage that is the term of a comparison.
const TERM_BEFORE = /\b(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:an?\s+|the\s+)?(?:(?:almost|nearly|about|approximately)\s+)?$/i;
// "increased to 48 percent": a level, reached.
const TO_BEFORE = /\bto\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than|just\s+(?:over|under))\s+)?$/i;
// "Gross margin was 27.8 percent, up from 27.7 percent in the year-ago quarter": the level a change starts from.
const FROM_BEFORE = /\bfrom\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than|just\s+(?:over|under))\s+)?$/i;
// Words that make the period after them the one compared with ("over" is left out: "over the same period" spans it).
// "consistent with the prior year", "in line with last year" compare as "compared with" does.
const COMPARE_WORD = /\b(?:compared|than|versus|vs\.?|relative\s+to|from|below|above|consistent|in\s+line)\s+(?:with\s+|to\s+)?(?:the\s+|a\s+)?$/i;
// A direction right before an amount makes it a change; "increased to $X" and "up from $X" are levels.
const MONEY_CHANGE_BEFORE =
  /\b(?:up|down|increased?|decreased?|declined?|rose|fell|grew|improved|dropped|(?:an?\s+)?(?:increase|decrease|decline|improvement|reduction|rise|drop)\s+of)\s+(?:by\s+)?(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than)\s+)?\(?$/i;
// "Finance Costs reduced by $379,158 (44%)": the line reduced itself by the amount, a change. In the passive
// ("earnings per share were lowered by $0.02 due to a loss") the amount is an item's effect, not the change.
const REDUCED_BY = /(?<!\b(?:was|were|is|are|be|been|being)\s+)\b(?:reduced|lowered|trimmed)\s+by\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than)\s+)?\(?$/i;
// "increased in the second quarter of 2026 by $83.3 million": "by" after a direction verb a few words back.
const BY_AMOUNT = /\b(?<word>\w+)\s+by\s+(?:(?:almost|nearly|about|approximately|around|roughly|over|more\s+than)\s+)?\(?$/i;
// "driven by $5.0 million of …", "partially offset by $2.1 million": a cause of the change, not the change.
const CAUSE_BY = /^(?:driven|caused|offset|impacted|affected|led|explained|attributable|generated|provided|used|funded|supported|partially|primarily|mainly|largely|due|related|represented|reduced|increased|decreased)$/i;
const DIRECTION_VERB = /^(?:increased|decreased|declined|rose|fell|grew|improved|dropped|climbed|expanded|contracted)$/i;

// "Loan growth for the year ended December 31, 2024 was $60 million": a change named as the clause's subject
// (a few words, then the change noun, opening the clause), then "was": the amount of that change.
const CHANGE_SUBJECT = /^\s*(?:(?:the|our|total|net)\s+)?(?:[A-Za-z&'’-]+\s+){0,3}(?:growth|increase|decrease|decline|reduction)\b[^;]{0,100}?\s(?:was|were|totaled|totalled|amounted\s+to)\s+(?:(?:almost|nearly|about|approximately|around|roughly)\s+)?\(?$/i;

function directionBy(lead: string): boolean {
  const m = BY_AMOUNT.exec(lead);
  if (!m || CAUSE_BY.test(m.groups!.word)) return false;
  // The verb, with at most a short phrase between it and "by" (a period, "year over year"), in the same clause.
  const before = lead.slice(0, m.index + m.groups!.word.length).split(/[,;]/).at(-1)!;
  return before.split(/[^A-Za-z]+/).filter(Boolean).slice(-10).some((w) => DIRECTION_VERB.test(w));
}

// All that parts a change from the level it reaches: "increased 105.9 percent to $36.8 million".
const TO_LEVEL = /^\s*to\s+(?:(?:almost|nearly|about|approximately|around|roughly)\s+)?$/i;
// All between the level a change reaches and the period it is compared with: " million compared to the ".
const COMPARED_AFTER_LEVEL = /^(?:\s*(?:million|billion|thousand|[mbk]n?))?\s*,?\s*(?:as\s+)?(?:compared\s+(?:to|with)|versus|vs\.?|from|over)\s+(?:the\s+)?$/i;
/** A period phrase that names a quarter ("the prior-year quarter", "the same quarter last year"). */
const QUARTER_WORD = /\bquarter\b/i;
// Words that make the period after a change the change's own: "up 7 percent in the second quarter".
const DURING_BEFORE = /\b(?:during|in|for|throughout)\s+(?:the\s+)?$/i;
// "36.6 percent of Data center services revenue", "as a percentage of revenue".
const BASE_AFTER = /^\s*(?:of|as\s+a\s+percent(?:age)?\s+of)\s+(?!the\s+(?:first|second|third|fourth|prior|previous)\b)/i;
// What parts a level and its period from the next level of a list: " in the preceding quarter and ".
const LEVEL_LIST = /^\s*(?:in|for|during|at)\s[^,;%\d]{0,60}\s(?:and|or)\s+$/i;
// All that parts a percentage from the one it is compared with: "16.2 percent compared with 18.0 percent".
const COMPARED_WITH_ONLY = /^[\s,]*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?(?:(?:almost|nearly|about|approximately)\s+)?$/i;

/** The readings of every claimable number of the prose, in reading order. */
export function readProse(prose: readonly ProseLine[], tokens: readonly NumberToken[]): Reading[] {
  const byLine = new Map<number, NumberToken[]>();
  for (const t of tokens) {
    const list = byLine.get(t.line);
    if (list) list.push(t);
    else byLine.set(t.line, [t]);
  }
  const readings: Reading[] = [];
  let heading: Reading['heading'] = null;
  let forwardList = false;
  let forwardSection = false;
  // forwardSection set by a table's caption, not a heading (another caption ends it).
  let forwardCaption = false;
  // A period the heading names ("Full Year Highlights", "Fourth Quarter 2024 Results") is the topic of its section;
  // a period the line introducing a list names ("… for the full year 2024 compared with the same period of 2023:") is its items'.
  let sectionTopic: NamedPeriod | null = null;
  let lead: Reading['lead'] = null;
  let leadTopic: NamedPeriod | null = null;
  const stated = prose.map((p) => PARENTHESES_ARE_PRIOR.exec(p.text)).find((m) => m !== null);
  // The paragraph the dateline opens ("NEW YORK - April 29, 2020 - Criteo S.A. … today announced …"), found as the
  // import finds it: the headings above it are the title's decks ("AMIDST A CHALLENGING ENVIRONMENT" under Criteo's
  // headline), which head nothing of the body.
  const dateline = findDateline({ prose: prose.filter((p) => p.kind !== 'heading'), tables: [] })?.line ?? null;
  let contacts = false;
  let versus = false;
  for (const p of prose) {
    if (p.line === dateline) heading = null;
    if (p.kind !== 'bullet') {
      lead = null;
      leadTopic = null;
    }
    // A wire's dateline ("BUTTE, Mont. … --(BUSINESS WIRE)--February 12, 2025--", "HONG KONG, Feb. 13, 2025", "PR Newswire")
    // stands alone as a heading does, but heads nothing: it opens the body, closing the title's section above it.
    if (p.kind === 'heading' && isDateline(p.text)) {
      heading = null;
      sectionTopic = null;
      forwardList = false;
      forwardSection = forwardCaption = false;
      continue;
    }
    // A contacts block ("Contact:", names, "Oracle Corporate Communications", telephone numbers, e-mail addresses, each
    // alone on its line, above Oracle's FY22 Q4 headline) heads nothing, to its last line.
    if (p.kind === 'heading' && (contacts || CONTACT_LINE.test(p.text.trim()))) {
      contacts = true;
      heading = null;
      continue;
    }
    contacts = false;
    // A heading set over three lines, "Fourth quarter 2021", "vs.", "third quarter 2021" (Citizens' 4Q21): the period
    // after "vs." is the one compared with, the topic still the one before it. The "vs." alone may be read as a paragraph.
    if (p.kind !== 'bullet' && heading !== null && VERSUS.test(p.text)) {
      versus = true;
      continue;
    }
    if (p.kind === 'heading' && versus) {
      versus = false;
      if (topicOf(p.text)) continue;
    }
    versus = false;
    if (p.kind === 'heading') {
      heading = { text: p.text, line: p.line };
      // A deck of the title naming no period ("AMIDST A CHALLENGING ENVIRONMENT") leaves the headline's period the topic.
      const deck: boolean = dateline !== null && p.line < dateline && sectionTopic !== null;
      sectionTopic = topicOf(p.text) ?? (deck ? sectionTopic : null);
      // "NVIDIA's outlook for the second quarter of fiscal 2023 is as follows:" may stand as a heading.
      forwardList = /:\s*$/.test(p.text) && FORWARD.test(p.text);
      // Everything under "Outlook", "2026 Revised Outlook", "Guidance for Fiscal 2025" looks ahead.
      forwardSection = OUTLOOK_HEADING.test(p.text.trim());
      forwardCaption = false;
      continue;
    }
    // A table's caption that names a span ("B. Results of operations variance analysis – six-month periods")
    // is the topic of the text under its table too, until the next heading: "the current period" there is that span.
    if (p.kind === 'caption') {
      const span = topicOf(p.text);
      if (span && span.spec.type === 'months' && span.spec.end === null) sectionTopic = span;
      // A table captioned as an outlook ("FY2025 Guidance" over Ferguson's, FY2024) looks ahead, and so does the text
      // under it, its rows set as prose ("Capital expenditures   $400 - $450 million"), until a heading or another caption.
      if (OUTLOOK_HEADING.test(p.text.trim())) forwardSection = forwardCaption = true;
      else if (forwardCaption) forwardSection = forwardCaption = false;
    }
    if (p.kind !== 'bullet') forwardList = false;
    const lineTokens = byLine.get(p.line) ?? [];
    const read = readLine(p, lineTokens, heading, forwardList || forwardSection, leadTopic ?? sectionTopic, lead);
    if (stated) readPriorInParentheses(p.text, read, stated.groups?.quarterly ? 'quarter' : 'any');
    for (const r of read) readings.push(r);
    // "The outlook for the fourth quarter is as follows:" makes the list below it forward-looking.
    if (p.kind !== 'bullet' && /:\s*$/.test(p.text) && FORWARD.test(p.text)) forwardList = true;
    if (p.kind !== 'bullet' && /:\s*$/.test(p.text)) {
      lead = { text: p.text, line: p.line };
      leadTopic = topicOf(p.text);
    }
  }
  return readings;
}

// A release's statement of what a figure in parentheses after another is: "The figures in parentheses refer to the
// same period in the previous year, unless otherwise mentioned" (HKFoods), "the figures in brackets refer to the
// year-on-year comparison period" (Teleste), "Figures in parentheses refer to the corresponding period for 2023"
// (Outokumpu), as Nordic reports state it once for the whole report. "The quarterly figures in parentheses refer to …"
// (Musti, whose year of 15 months is compared with one of 12) speaks of quarters only.
const PARENTHESES_ARE_PRIOR =
  /\b(?:(?<quarterly>quarterly)\s+)?(?:figures|amounts|numbers)\s+(?:\w+\s+){0,2}in\s+(?:parenthes[ie]s|brackets)\s+(?:\w+\s+){0,2}(?:refer|relate|correspond)s?\s+to\s+(?:[^.;]|\b(?:i\.e|e\.g)\.){0,80}?\b(?:(?:same|corresponding|comparable|comparison)\s+period\s+(?:(?:in|of|for|last|a)\s+)?(?:the\s+)?(?:(?:previous|prior|preceding|last)\s+year|(?:19|20)\d{2})|year[\s-]on[\s-]year\s+comparison\s+period|(?:previous|prior|preceding)\s+year)\b/i;
// Between a figure and the one in parentheses after it: its unit or scale, and a currency mark ("2.8 (2.2) per cent").
const BEFORE_PRIOR = /^\s?(?:%|per\s?cent|percent|[mk]|mn|bn|million|billion)?\s?\(\s?(?:[A-Z]{3}\s?|[€£$]\s?)?$/;

/**
 * Reads each figure printed in parentheses right after another as the release states it: the line item of the figure
 * before, a year before that figure's period, in its unit and scale ("EUR 266.9 (249.7) million": 249.7 is EUR
 * millions). Only after a level whose own period is named or the release's: a change's comparison (the prior
 * year's change) and a figure already counted from another are left as they were, unlinked.
 */
function readPriorInParentheses(text: string, read: Reading[], of: 'quarter' | 'any'): void {
  for (let i = 1; i < read.length; i++) {
    const r = read[i];
    const prev = read[i - 1];
    if (prev.statedPrior || (prev.role !== 'figure' && prev.role !== 'ratio') || prev.compared || prev.relativeTo) continue;
    if (prev.period && (prev.period.spec.type === 'relative' || prev.period.spec.type === 'same' || prev.period.spec.type === 'unknown')) continue;
    const gap = text.slice(prev.token.end - 1, r.token.column - 1);
    if (!BEFORE_PRIOR.test(gap) || !/^\s?(?:%|per\s?cent|percent|[mk]|mn|bn|million|billion)?\s?\)/.test(text.slice(r.token.end - 1))) continue;
    read[i] = {
      ...r,
      role: prev.role,
      before: prev.before,
      after: prev.after,
      base: prev.base,
      period: { spec: { type: 'relative', basis: 'yoy' }, words: 'the figure in parentheses', how: 'named' },
      prior: null,
      compared: false,
      relativeTo: prev.period,
      tail: prev.tail,
      // The token stays the one printed (claims are keyed by it); its unit and scale are the figure's before it.
      statedPrior: { kind: prev.token.kind, unit: prev.token.unit, scale: prev.token.scale, of },
    };
  }
}

// The wire services whose name a dateline carries: "(BUSINESS WIRE)", "/PRNewswire/", "(GLOBE NEWSWIRE)", "PR Newswire".
const WIRE = /\b(?:business\s*wire|pr\s*newswire|globe\s*newswire|canada\s*newswire|accesswire|newsfile|marketwired|prweb|cision)\b/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// A place and the day it was written, and nothing else: "HONG KONG, Feb. 13, 2025", "Stockholm, 12 February 2025 at 8:00 EET".
const PLACE_DATE = new RegExp(
  `^[A-Z][^,\\d]{0,60}(?:,[^,\\d]{1,60}){0,3},\\s*(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4})(?:\\s+(?:at\\s+)?\\d{1,2}[.:]\\d{2}\\b[^,]{0,20})?\\s*[-–—/]*\\s*$`,
  'i',
);
// Words of a heading about a period ("Fourth Quarter, December 31, 2024"): no place.
const PERIOD_WORD = /\b(?:quarter|months?|weeks?|year|ended|ending|period|fiscal|results|half|highlights|as\s+of)\b/i;

/** A line that opens or belongs to a contacts block: "Contacts:", "Media Contact", an e-mail or web address, a telephone number. */
const CONTACT_LINE = new RegExp(
  String.raw`^(?:(?:media|investors?|press|company)\s+(?:relations\s+)?contacts?\b|contacts?\s*:|(?:${WEB_OR_MAIL.source})$|\+?[\d(][\d\s().-]{6,}\d$)`,
  'i',
);

/** Whether a line standing alone is a wire's dateline rather than a heading: where and when the release was issued, or by which wire. */
export function isDateline(text: string): boolean {
  const t = text.trim();
  if (WIRE.test(t) && t.length <= 120) return true;
  return PLACE_DATE.test(t) && !PERIOD_WORD.test(t);
}

/** A heading line that only says a comparison follows: "vs.", "versus", "compared with". */
const VERSUS = /^\s*(?:vs\.?|versus|compared\s+(?:with|to))\s*$/i;

/**
 * The period a heading or a list's introduction names, as the topic of what it heads; null for none, a relative one, or
 * spans of two lengths: under AZZ's "Fourth Quarter and Fiscal Year Results" a sentence that names no period of its own
 * ("Reported operating income increased 3.1% …", the year's) may be of either, so the heading sets neither.
 */
function topicOf(text: string): NamedPeriod | null {
  // Spans only: a date line under the title ("May 25, 2022") is when the release was published, no topic.
  const spans = periodPhrases(text).filter((x) => ['quarter', 'half', 'year', 'months', 'year-to-date', 'to-date'].includes(x.spec.type));
  const ph = spans[0];
  if (!ph || spans.some((x) => spanLength(x.spec) !== spanLength(ph.spec))) return null;
  return { spec: ph.spec, words: ph.text, how: 'topic' };
}

/** A span's length as its words give it ("quarter", "year", "6 months"); a year to date or a fiscal year to a date names none. */
function spanLength(spec: PeriodSpec): string {
  return spec.type === 'months' ? `${spec.months}m` : spec.type;
}

function readLine(
  p: ProseLine,
  tokens: readonly NumberToken[],
  heading: Reading['heading'],
  forwardList: boolean,
  sectionTopic: NamedPeriod | null,
  intro: Reading['lead'],
): Reading[] {
  // A line without a claimable number (most lines) has nothing to read.
  if (tokens.length === 0) return [];
  const text = p.text;
  const words = wordsOf(text);
  const phrases = periodPhrases(text);
  // Every lookup below is a range of one of these sorted lists, found by binary search: a line with
  // thousands of numbers is read in time proportional to its length.
  const spans = tokens.map((t) => ({ start: t.column - 1, end: t.end - 1, token: t }));
  const readings: Reading[] = [];
  // Amounts read as changes because they continue one before them ("… by $24.8 million and free cash flow by …").
  const continued = new Set<Reading>();
  // Figures a change ends at ("to $68.2 million"), their period the change's own: see ENDS_AT below.
  const reachedBy = new Set<NumberToken>();
  let topic: NamedPeriod | null = sectionTopic;
  let last: NamedPeriod | null = null;
  let previous: string | null = null;
  for (const sentence of sentences(text)) {
    const sentencePhrases = inRange(phrases, sentence.start, sentence.end);
    const raw = text.slice(sentence.start, sentence.end);
    const before = previous;
    previous = raw;
    const forward = forwardList || FORWARD.test(raw.replace(PAST_GUIDANCE, ' '));
    // A spelled-out number inside a period phrase ("during the six months") is part of the period.
    const claimable = inRange(spans, sentence.start, sentence.end)
      .map((x) => x.token)
      .filter((t) => CLAIMABLE_KINDS.includes(t.kind) && !(t.kind === 'word' && sentencePhrases.some((ph) => ph.start <= t.column - 1 && t.end - 1 <= ph.end)));
    // A period opening the sentence ("For fiscal 2023, …") is its topic, and the line's from then on.
    const opening = sentencePhrases.find((ph) => lowerBound(words, ph.start) - lowerBound(words, sentence.start) <= 2);
    const firstToken = claimable[0];
    const leading = sentencePhrases.find(
      (ph) => firstToken && ph.end <= firstToken.column - 1 && ph.spec.type !== 'relative' && !COMPARE_WORD.test(text.slice(Math.max(sentence.start, ph.start - 40), ph.start)),
    );
    if (opening && opening.spec.type !== 'relative' && (!firstToken || opening.end <= firstToken.column - 1)) {
      topic = { spec: opening.spec, words: opening.text, how: 'topic' };
    }
    const sentenceTopic = leading && leading !== opening ? { spec: leading.spec, words: leading.text, how: 'topic' as const } : topic;
    const respectively = /\brespectively\b/i.test(raw);
    for (const clause of clauses(text, sentence)) {
      const inClause = claimable.filter((t) => t.column - 1 >= clause.start && t.end - 1 <= clause.end);
      const clauseFrom = readings.length;
      const clausePhrases = inRange(sentencePhrases, clause.start, clause.end);
      const framed: (NamedPeriod | undefined)[] = [];
      const groups = statementsOf(text, inClause, clausePhrases, clause.start, framed);
      // A clause after a semicolon may open with a period of its own ("Fourth quarter net income of
      // $1.21 …; full year net income of $2.39 …"): its topic, not the sentence's.
      const leadPhrase =
        clause.start > sentence.start && inClause[0]
          ? clausePhrases.filter((ph) => ph.end <= inClause[0]!.column - 1 && ph.spec.type !== 'relative' && !COMPARE_WORD.test(text.slice(Math.max(clause.start, ph.start - 40), ph.start))).at(-1)
          : undefined;
      const clauseTopic: NamedPeriod | null = leadPhrase ? { spec: leadPhrase.spec, words: leadPhrase.text, how: 'topic' } : sentenceTopic;
      let firstFigure: NamedPeriod | null | undefined;
      // What the first figure's period counts from, where it is a year alone ("$14.5 million in 2024" under "Full Year
      // 2024"): a figure compared with it ("compared to $15.5 million in 2023") counts from the same (Adaptive, 4Q24);
      // so does one after a first figure of "the prior quarter", which counts from the statement's period, not from that.
      let firstCountsFrom: NamedPeriod | null = null;
      const isDated = (p: NamedPeriod | null | undefined) => p?.spec.type === 'same' && p.spec.year !== undefined;
      inClause.forEach((token, i) => {
        const start = token.column - 1;
        const end = token.end - 1;
        const prevEnd = i > 0 ? inClause[i - 1].end - 1 : clause.start;
        const nextStart = i + 1 < inClause.length ? inClause[i + 1].column - 1 : clause.end;
        const lead = text.slice(Math.max(prevEnd, start - 200), start);
        const follow = text.slice(end, Math.min(nextStart, end + 200));
        let role = roleOf(token, lead, follow);
        const prevReading = readings.length > clauseFrom ? readings.at(-1) : undefined;
        const continues = role === 'figure' && prevReading?.role === 'change' && prevReading.token.kind === token.kind && continuesChange(lead, follow);
        if (continues) role = 'change';
        // "Gross margin … was 16.2 percent compared with 18.0 percent a year ago": two levels
        // compared, each a figure of its period; a direction just before the first makes both
        // changes ("grew 12 percent compared with 8 percent").
        if (role === 'change' && token.kind === 'percent') {
          const next = inClause[i + 1];
          const prev = inClause[i - 1];
          const levels = next?.kind === 'percent' && COMPARED_WITH_ONLY.test(follow) && !lead.split(/[^A-Za-z]+/).filter(Boolean).slice(-4).some((w) => DIRECTION_WORD.test(w));
          // "improved to 28% in Q2 FY2025 versus 27% a year ago": the term compared with a level is a level.
          const term = prev?.kind === 'percent' && (COMPARED_WITH_ONLY.test(lead) || TERM_BEFORE.test(lead)) && readings.at(-1)?.token === prev && readings.at(-1)?.role === 'figure';
          // "compared to 4.59% in the preceding quarter and 4.37% in the same quarter last year" (Horizon Financial, 3Q FY2006):
          // a level, then its period, then "and": the next percentage is a level of another period, not a change.
          const listed =
            prev?.kind === 'percent' &&
            readings.at(-1)?.token === prev &&
            readings.at(-1)?.role === 'figure' &&
            LEVEL_LIST.test(lead) &&
            !lead.split(/[^A-Za-z]+/).some((w) => DIRECTION_WORD.test(w));
          if (levels || term || listed) role = 'figure';
        }
        let period: NamedPeriod | null = null;
        let prior: NamedPeriod | null = null;
        let compared = false;
        let relativeTo: NamedPeriod | null = null;
        if (role === 'change') {
          // A period right after the change and introduced by "during", "in" or "for" is its own
          // ("increased 420 basis points during the third quarter of fiscal 2026, compared to the
          // prior-year period"); else the first figure's period in the clause, else the sentence's topic.
          // "up $2.2 million, or 3.0%, from the comparable prior-year period": figures joined by ", or" share what follows them.
          let joined = i;
          while (joined + 1 < inClause.length && JOIN.test(text.slice(inClause[joined].end - 1, inClause[joined + 1].column - 1))) joined++;
          const following = inRange(clausePhrases, end, joined + 1 < inClause.length ? inClause[joined + 1].column - 1 : clause.end);
          const own = following.find((ph) => ph.spec.type !== 'relative' && DURING_BEFORE.test(text.slice(Math.max(end, ph.start - 40), ph.start)));
          // "Net income increased 105.9 percent to $36.8 million for the first half of 2026" (Karat Packaging, 2Q26): the
          // period named right after the level the change reaches is the change's too.
          const level = !own && i + 1 < inClause.length && TO_LEVEL.test(text.slice(end, inClause[i + 1].column - 1)) ? inClause[i + 1]! : undefined;
          const reached = level
            ? inRange(clausePhrases, level.end - 1, i + 2 < inClause.length ? inClause[i + 2].column - 1 : clause.end).find(
                (ph) => ph.spec.type !== 'relative' && /^\s*,?\s*(?:during|in|for)\s+(?:the\s+)?$/i.test(text.slice(level.end - 1, ph.start)),
              )
            : undefined;
          period = own ? { spec: own.spec, words: own.text, how: 'named' } : reached ? { spec: reached.spec, words: reached.text, how: 'shared' } : (firstFigure ?? clauseTopic);
          if (!own && isDated(firstFigure)) relativeTo = firstCountsFrom;
          const after = following.find((ph) => ph !== own);
          // "increased 12.0 percent from $1.07 billion in the third quarter of 2023": the period of the figure it is from.
          const from = !after && i + 1 < inClause.length && /^\s*,?\s*(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?\(?$/i.test(follow);
          const fromPhrase = from
            ? inRange(clausePhrases, inClause[i + 1].end - 1, i + 2 < inClause.length ? inClause[i + 2].column - 1 : clause.end)[0]
            : undefined;
          // A comparison named before the change, unless the figure it is from names its own: "… from $1.72 million for the
          // preceding quarter and decreased $52,000 from $1.28 million for the comparable quarter one year ago" (Timberland,
          // fiscal 2Q20): "the preceding quarter" is the figure's before, and the change is from the quarter a year ago.
          const cue =
            after ??
            (fromPhrase
              ? undefined
              : inRange(clausePhrases, prevEnd, start)
                  .filter((ph) => ph.spec.type === 'relative' || COMPARE_WORD.test(text.slice(Math.max(prevEnd, ph.start - 40), ph.start)))
                  .at(-1));
          // "decreased 3.2 percent to $293.6 million from net sales of $303.5 million for the prior year 13-week fiscal quarter":
          // the period of the figure a later "from" introduces.
          let fromLater: PeriodPhrase | undefined;
          // "increased 43.2% to $28.8 million compared to the prior year second quarter" (Krispy Kreme, 2Q26): the period
          // compared with after the level the change reaches is the change's comparison.
          if (!cue && !fromPhrase && level) {
            const k = inClause.indexOf(level);
            fromLater = inRange(clausePhrases, level.end - 1, k + 1 < inClause.length ? inClause[k + 1].column - 1 : clause.end).find((ph) =>
              COMPARED_AFTER_LEVEL.test(text.slice(level.end - 1, ph.start)),
            );
          }
          if (!cue && !fromPhrase && !fromLater) {
            for (let k = i + 1; k < inClause.length && !fromLater; k++) {
              const gap = text.slice(inClause[k - 1].end - 1, inClause[k].column - 1);
              if (!/\b(?:from|compared\s+(?:with|to)|versus)\b/i.test(gap)) continue;
              fromLater = inRange(clausePhrases, inClause[k].end - 1, k + 1 < inClause.length ? inClause[k + 1].column - 1 : clause.end)[0];
              break;
            }
          }
          if (cue) prior = { spec: cue.spec, words: cue.text, how: 'named' };
          else if (fromPhrase) prior = { spec: fromPhrase.spec, words: fromPhrase.text, how: 'named' };
          else if (fromLater) prior = { spec: fromLater.spec, words: fromLater.text, how: 'named' };
          else {
            // "… was $1.20 billion compared to $1.07 billion for the third quarter of 2023, an increase of 12%":
            // the change is between the figures before it, so it compares with the period of the one compared with.
            const compared = readings.slice(clauseFrom).filter((r) => r.role === 'figure' && r.period && r.period.how !== 'topic' && r.period.spec.type !== 'relative' && r.period.words !== period?.words);
            const term = compared.at(-1);
            if (term?.period && period) prior = { spec: term.period.spec, words: term.period.words, how: 'named' };
          }
          // "Adjusted EBITDA increased 43.2% to $28.8 million compared to the prior year second quarter" (Krispy Kreme,
          // 2Q26): a change from a quarter a year or more back, the sentence naming no period of its own, is of that
          // quarter this year: the words establish it as plainly as "in the second quarter" would.
          if (period === null && prior?.spec.type === 'quarter' && (prior.spec.yearsBack ?? 0) > 0) {
            period = { spec: { type: 'quarter', n: prior.spec.n, year: null }, words: `the quarter compared with ${prior.words}`, how: 'named' };
          }
          // "… an increase of 23 percent compared with the prior-year quarter": a quarter a year back named by no number is
          // the one before the quarter ending with the release's period, and the change is of that quarter (three months
          // to the release's end: an annual release's fourth quarter). "The prior-year period" says no span: left unnamed.
          else if (period === null && prior?.spec.type === 'relative' && prior.spec.basis === 'yoy' && QUARTER_WORD.test(prior.words)) {
            period = { spec: { type: 'months', months: 3, end: null }, words: `the quarter compared with ${prior.words}`, how: 'named' };
          }
        } else {
          const found = groups[i];
          compared = found === 'compared';
          period = found === 'compared' ? null : (found ?? clauseTopic);
          // "a year ago" counts from the statement's own period: its first figure's, or the sentence's;
          // so does a figure compared with that names no period ("compared with $51.8 million").
          const dated = period?.spec.type === 'same' && period.spec.year !== undefined;
          if (period?.spec.type === 'relative' || compared || dated) relativeTo = framed[i] ?? (isDated(firstFigure) || firstFigure?.spec.type === 'relative' ? firstCountsFrom : firstFigure) ?? clauseTopic;
          if (period?.spec.type === 'same' && !dated) period = last ? { ...last, how: 'same' } : null;
          // "Cash and cash equivalents increased $18 million compared to December 31, 2019 to $437 million" (Criteo, 1Q20):
          // the figure a change ends at ("to $437 million") is of the change's own period, not of the one it compares with.
          // The change's period where it names one; else the release's own, which the change compares with the named one
          // (at its end where what is compared is a balance on a day).
          if (prevReading?.role === 'change' && prevReading.prior && period?.words === prevReading.prior.words && ENDS_AT.test(lead) && !COMPARED_TO.test(lead)) {
            period = prevReading.period ?? { spec: prevReading.prior.spec.type === 'instant' ? { type: 'period-end' } : { type: 'current' }, words: `the figure it changed to since ${prevReading.prior.words}`, how: 'named' };
            relativeTo = prevReading.relativeTo;
            reachedBy.add(token);
          }
          // "increased 43.2% to $28.8 million compared to the prior year second quarter": the level a change reaches, no
          // period of its own named, is of the change's period where the words name or imply one.
          else if (period === null && !compared && prevReading?.role === 'change' && prevReading.token === inClause[i - 1] && prevReading.period?.how === 'named' && TO_LEVEL.test(text.slice(inClause[i - 1]!.end - 1, start))) {
            period = { ...prevReading.period, how: 'shared' };
            relativeTo = prevReading.relativeTo;
            reachedBy.add(token);
          }
          // "… to $68.2 million, or 21.5% of revenue, compared with …" (Dave & Buster's Q3 fiscal 2021): a figure joined by
          // ", or" to the figure a change ends at restates it in other terms, of the same period.
          else if (i > 0 && prevReading?.token === inClause[i - 1] && reachedBy.has(prevReading.token) && JOIN.test(text.slice(inClause[i - 1]!.end - 1, start))) {
            period = prevReading.period;
            relativeTo = prevReading.relativeTo;
            reachedBy.add(token);
          }
          if (firstFigure === undefined) {
            firstFigure = period;
            firstCountsFrom = relativeTo;
          }
        }
        if (period && period.how !== 'same' && period.spec.type !== 'relative') last = period;
        // "$(0.03) per share": the words of the figure itself name what it is per.
        const own = token.kind === 'per-share' ? wordsOf(text.slice(start, end), start).filter((w) => /^[a-z]/i.test(w.text)) : [];
        const reading: Reading = {
          token,
          role,
          before: [...subjectWords(text, words, clause.start, start, spans, phrases), ...own],
          after: role === 'ratio' ? [] : afterSubject(text, words, end, nextStart, clausePhrases),
          base: role === 'ratio' ? baseWords(text, words, end, nextStart, clause.end) : [],
          heading,
          period,
          prior,
          compared,
          relativeTo,
          tail: tailWords(text, words, end, nextStart),
          sentence: raw,
          forward,
          respectively,
          unpaired: false,
          lead: intro,
          previous: before,
        };
        readings.push(reading);
        if (continues) continued.add(reading);
      });
      // "… by $24.8 million and free cash flow by $43.2 million year-over-year": a comparison named after the last of
      // changes stated alike is each one's that names none.
      for (let k = readings.length - 1; k > clauseFrom; k--) {
        const [a, b] = [readings[k - 1], readings[k]];
        if (continued.has(b) && a.role === 'change' && !a.prior && b.prior) a.prior = b.prior;
      }
      pairRespectively(text, clause, readings.slice(clauseFrom), clausePhrases, respectively);
      unpairedPeriods(text, clause, readings.slice(clauseFrom), clausePhrases);
    }
  }
  return readings;
}

// What may join the figures of a "respectively" list, and what closes it.
const LIST_JOIN = /^\s*(?:,\s*)?(?:and\s+)?$/;
const RESPECTIVELY_AFTER = /^\s*,?\s*respectively\b/i;
// Words that end a subject in a list: verbs, prepositions and determiners around it ("for MasterCraft and Pontoon were").
const LIST_EDGE =
  /^(?:increased?|decreased?|rose|fell|grew|declined?|improved?|were|was|are|is|totaled|totalled|reached|came|amounted|of|in|for|during|by|to|from|compared|at|with|on|as|reported|recorded|up|down|the|our|its|their|both|each|while|whereas|respectively)$/i;
const MAX_ITEM_WORDS = 6;
// Words that modify a head noun listed once after them: "GAAP and non-GAAP gross margins", "basic and diluted earnings per share".
const MODIFIER = /^(?:(?:non-?)?gaap|(?:non-?)?ifrs|basic|diluted|reported|adjusted|organic|comparable|domestic|international|gross|net|total)$/i;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * "Revenues and Adjusted EBITDA increased … by $83.3 million and $26.7 million, respectively":
 * the k-th figure of a list closed by "respectively" is the k-th subject of the list of as many
 * subjects before it, so each figure's words lose the other subjects ("Revenues increased …" and
 * "Adjusted EBITDA increased …"); a head noun the last subject ends with is shared by modifiers
 * listed before it ("GAAP and non-GAAP gross margins": GAAP gross margins, non-GAAP gross
 * margins). The figures after the first make the first's statement (its role and periods).
 * With no such list of subjects, a list of as many periods pairs the same way ("for the year and
 * quarter ended December 31, 2023, respectively", "for the fourth quarter and full year 2024 was
 * $47.5 million and $179.0 million, respectively"). With neither, the figures are unpaired: which
 * is which the sentence does not say.
 */
function pairRespectively(text: string, clause: Span, clauseReadings: Reading[], phrases: readonly PeriodPhrase[], stated: boolean): void {
  let from = clause.start;
  // Where "respectively" stands in the clause, found once: a search from each run to the clause's end would read a
  // sentence with no full stop once a figure (issue 30's five-million-character line).
  const marks = [...text.slice(clause.start, clause.end).matchAll(/\brespectively\b/gi)].map((m) => clause.start + m.index);
  // The last run paired with a list of subjects, for a run of its changes that names none of its own.
  let paired: Reading[] | null = null;
  for (let i = 0; i < clauseReadings.length; i++) {
    let j = i;
    // "loss attributable to noncontrolling interest of $1.4 million and income attributable to noncontrolling interest of
    // $2.0 million for the three-month periods ended March 31, 2020 and December 31, 2019, respectively" (Valaris, 1Q20):
    // items that name their own subjects are a list too, which "respectively" pairs with the periods listed.
    let interleaved = false;
    for (;;) {
      if (j + 1 >= clauseReadings.length) break;
      const between = text.slice(clauseReadings[j].token.end - 1, clauseReadings[j + 1].token.column - 1);
      if (LIST_JOIN.test(between)) j++;
      else if (listItem(between) && clauseReadings[j + 1].token.kind === clauseReadings[j].token.kind) {
        interleaved = true;
        j++;
      } else break;
    }
    const run = clauseReadings.slice(i, j + 1);
    const closing = RESPECTIVELY_AFTER.exec(text.slice(run.at(-1)!.token.end - 1, clause.end));
    // "… $8.3 million and $5.8 million, respectively": closed right after the run, or after a period list that follows it.
    const respectivelyAt = marks.find((at) => at >= run.at(-1)!.token.end - 1);
    // "Preliminary Tier 1 leverage capital and total risk-based capital ratios were 10.84% and 15.19%" (Home Bancorp,
    // 1Q20): as many figures as the subjects listed right before "were" pair with them in order, "respectively" unsaid.
    const inOrder =
      !stated &&
      run.length >= 2 &&
      !interleaved &&
      COPULA_BEFORE.test(text.slice(from, run[0].token.column - 1)) &&
      subjectList(text, from, run[0].token.column - 1, run.length) !== null;
    // "For the twelve months ended December 31, 2020 and 2021, this amount relates to … of $11,588 million and $7,061
    // million" (Amazon, 4Q21): as many figures as the periods listed before them, each list joined by "and", pair in order.
    const periodsInOrder =
      !stated && !inOrder && run.length >= 2 && !interleaved && run.every((r) => r.token.kind === run[0].token.kind) &&
      periodList(text, phrases, from, run[0].token.column - 1) === run.length;
    if (!stated && !inOrder && !periodsInOrder) {
      from = run.at(-1)!.token.end - 1;
      i = j;
      continue;
    }
    if (run.length >= 2 && (closing || respectivelyAt !== undefined || inOrder || periodsInOrder)) {
      const runEnd = run.at(-1)!.token.end - 1;
      // A comparison named after the list ("…, respectively, compared to the third quarter of 2023") is every figure's.
      const cue = inRange(phrases, runEnd, clause.end).find((ph) => ph.spec.type === 'relative' || COMPARE_WORD.test(text.slice(Math.max(runEnd, ph.start - 40), ph.start)));
      const prior = run.find((r) => r.prior)?.prior ?? (cue ? { spec: cue.spec, words: cue.text, how: 'named' as const } : null);
      const list = (closing || inOrder) && !interleaved ? subjectList(text, from, run[0].token.column - 1, run.length) : null;
      // "for the three and twelve months ended December 31, 2024 were 103.3 million and 101.1 million, respectively":
      // a list whose items are period phrases lists the periods, not subjects.
      const items = list && list.spans.every((sp) => phrases.some((ph) => ph.start < sp.end && sp.start < ph.end)) ? null : list;
      if (items) {
        const { spans, shared } = items;
        // "non-GAAP net income and earnings per share were $208.9 million and $3.40": a basis opening the list is every
        // subject's, unless another names its own ("GAAP net income and adjusted EPS").
        const basis = basisOpening(text, spans);
        // "Gross Profit and Adjusted Gross Profit": one measure named twice, once with a basis, so the other is the
        // tables' own; "non-GAAP basic and diluted net income per share" names two measures, the basis opening both.
        const itemWords = spans.map((sp) => (text.slice(sp.start, sp.end).match(/[A-Za-z][\w-]*/g) ?? []).map((w) => w.toLowerCase()));
        const namesBasis = itemWords.map((ws) => ws.some((w) => BASIS_WORD.test(w)));
        const core = itemWords.map((ws) => ws.filter((w) => !BASIS_WORD.test(w)).join(' '));
        run.forEach((r, k) => {
          if (basis === null && !namesBasis[k] && core[k] !== '' && core.some((c, m) => m !== k && namesBasis[m] && c === core[k])) r.plainAgainstBasis = true;
          const others = spans.filter((_, m) => m !== k);
          const kept = (w: Word) => (shared !== null && w.start >= shared.start && w.end <= shared.end) || (basis !== null && w.start >= basis.start && w.end <= basis.end);
          r.before = r.before.filter((w) => kept(w) || !others.some((o) => w.start >= o.start && w.end <= o.end));
          if (k > 0) Object.assign(r, { role: run[0].role, period: run[0].period, compared: run[0].compared, relativeTo: run[0].relativeTo });
          if (inOrder) r.respectively = true;
          // "… by $128.6 million and $38.6 million, respectively, compared to the third quarter of 2023": the comparison is every figure's.
          r.prior = prior;
        });
        paired = run;
        // "…, respectively, compared to $197.3 million and $3.27 in 2023": as many figures compared with, in the same order,
        // are the same subjects' (NorthWestern, 2024): each takes its pair's words, never the list's words all at once.
        const opens = j + 1 < clauseReadings.length && COMPARED_RUN.test(text.slice(run.at(-1)!.token.end - 1, clauseReadings[j + 1].token.column - 1));
        let m = opens ? j + 1 : j;
        while (opens && m + 1 < clauseReadings.length && LIST_JOIN.test(text.slice(clauseReadings[m].token.end - 1, clauseReadings[m + 1].token.column - 1))) m++;
        const compared = clauseReadings.slice(j + 1, m + 1);
        if (compared.length === run.length && compared.every((r, k) => r.role === run[k].role && r.token.kind === run[k].token.kind)) {
          // "… compared to $197.3 million and $3.27 in 2023": the period closing the run is each figure's.
          const last = compared.at(-1)!;
          compared.forEach((r, k) => {
            r.before = run[k].before;
            r.after = run[k].after;
            if (r !== last && r.compared && r.period === null && last.period && !last.compared) Object.assign(r, { period: last.period, compared: false, relativeTo: last.relativeTo });
          });
          i = m;
          from = compared.at(-1)!.token.end - 1;
          continue;
        }
      } else {
        const listed = (lo: number, hi: number) => inRange(phrases, lo, hi).filter((ph) => ph.spec.type !== 'relative' && ph.spec.type !== 'same');
        const after = respectivelyAt !== undefined ? listed(runEnd, respectivelyAt) : [];
        // A list before the figures is theirs only when no other list closed by "respectively" stands between.
        const before = /\brespectively\b/i.test(text.slice(from, run[0].token.column - 1)) ? [] : listed(from, run[0].token.column - 1);
        const periods = after.length === run.length ? after : before.length === run.length ? before : null;
        // "Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively, an increase over prior
        // year of 14% and 15%, respectively" (HanesBrands, 4Q24): changes as many as the figures just paired, joined to
        // them by words naming a change and nothing else, are those subjects' changes, in order.
        const ofPaired =
          periods === null && paired !== null && paired.length === run.length && run[0].role === 'change' &&
          CHANGE_OF_PAIRED.test(text.slice(paired.at(-1)!.token.end - 1, run[0].token.column - 1));
        if (ofPaired) {
          run.forEach((r, k) => {
            Object.assign(r, { before: paired![k].before, plainAgainstBasis: paired![k].plainAgainstBasis });
            if (k > 0) Object.assign(r, { role: run[0].role, period: run[0].period, prior: run[0].prior, compared: run[0].compared, relativeTo: run[0].relativeTo });
          });
          from = run.at(-1)!.token.end - 1;
          i = j;
          continue;
        }
        // "a decrease of $2.3 million and $490,000 when compared to the fourth quarter of 2019 and the first quarter of
        // 2019, respectively" (Horizon, 1Q20): changes whose listed periods follow a comparison word are compared with them,
        // each in order; their own period is the first's.
        const comparedWith =
          periods === after &&
          run[0].role === 'change' &&
          COMPARE_WORD.test(text.slice(Math.max(runEnd, after[0].start - 40), after[0].start));
        run.forEach((r, k) => {
          if (periods && comparedWith) {
            Object.assign(r, { role: 'change', period: run[0].period, prior: { spec: periods[k].spec, words: periods[k].text, how: 'named' }, compared: false, relativeTo: run[0].relativeTo });
          } else if (periods) {
            r.period = { spec: periods[k].spec, words: periods[k].text, how: 'named' };
            if (k > 0) Object.assign(r, { role: run[0].role, prior, compared: false, relativeTo: null });
            if (r.role === 'figure') Object.assign(r, { compared: false, relativeTo: null });
          } else r.unpaired = true;
        });
      }
    }
    from = run.at(-1)!.token.end - 1;
    i = j;
  }
}

/**
 * "For the three months ended December 31, 2024 and 2023, net investment income totaled $13.0 million, or $0.20 per
 * share and $15.7 million, or $0.24 per share" (PennantPark, 1Q FY2025): a clause opening with a list of periods,
 * whose figures neither "respectively" nor their order pairs with them, does not say which figure is of which period.
 * Figures left with the list's first period, two or more of them, are marked unpaired; one figure compared with
 * another ("$X compared to $Y") keeps its reading.
 */
function unpairedPeriods(text: string, clause: Span, clauseReadings: Reading[], phrases: readonly PeriodPhrase[]): void {
  // "Fourth-quarter and full-year 2024 Net income … of $36 million and $772 million, respectively, and … $726 million and
  // $2.49 billion, respectively" (Plains All American, 4Q24): "respectively" pairs the lists, however many.
  if (clauseReadings.length < 2 || clauseReadings.some((r) => r.respectively)) return;
  const lo = clause.start;
  const hi = clauseReadings[0].token.column - 1;
  if (periodList(text, phrases, lo, hi) < 2) return;
  const listed = inRange(phrases, lo, hi).filter((ph) => ph.spec.type !== 'relative' && ph.spec.type !== 'same');
  const same = clauseReadings.filter((r) => r.role === 'figure' && !r.compared && !r.unpaired && (r.period?.how === 'named' || r.period?.how === 'topic') && r.period.words === listed[0].text);
  if (same.length < 2) return;
  const words = text.slice(listed[0].start, listed.at(-1)!.end);
  for (const r of same) r.periodsUnpaired = words;
}

/**
 * How many periods the text from `lo` to `hi` lists as one list, each joined to the next by "and" alone ("December 31,
 * 2020 and 2021"); 0 where it lists fewer than two so, or periods besides them.
 */
function periodList(text: string, phrases: readonly PeriodPhrase[], lo: number, hi: number): number {
  const listed = inRange(phrases, lo, hi).filter((ph) => ph.spec.type !== 'relative' && ph.spec.type !== 'same');
  if (listed.length < 2) return 0;
  for (let k = 1; k < listed.length; k++) if (!/^\s*,?\s*and\s*$/i.test(text.slice(listed[k - 1].end, listed[k].start))) return 0;
  return listed.length;
}

// What joins a list of figures closed by "respectively" to a list of their changes: ", respectively, an increase over
// prior year of", ", respectively, up".
const CHANGE_OF_PAIRED =
  /^\s*,?\s*respectively\s*,?\s*(?:(?:and|which\s+(?:was|were|is|are)|representing|reflecting)\s+)?(?:an?\s+)?(?:(?:year[\s-]+over[\s-]+year|sequential)\s+)?(?:increases?|decreases?|growth|declines?|rises?|gains?|up|down)(?:\s+(?:over|from|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?(?:prior|previous|last|same)\s+(?:year|quarter|period)(?:'s)?(?:\s+(?:period|quarter|year))?)?\s*(?:of|by)?\s*$/i;

// Words that state a basis: a measure of its own ("non-GAAP net income"), not a part of the line's name.
const BASIS_WORD = /^(?:(?:non-?)?gaap|(?:non-?)?ifrs|adjusted|reported|organic|comparable|underlying|core|normali[sz]ed)$/i;
// The verb between a list of subjects and their figures: "… capital ratios were 10.84% and 15.19%".
const COPULA_BEFORE = /\b(?:were|are)\s+(?:(?:approximately|about|around|roughly)\s+)?\(?$/i;
// What parts a list closed by "respectively" from as many figures it is compared with.
const COMPARED_RUN = /^\s*,?\s*respectively\s*,?\s*(?:as\s+)?(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+\(?$/i;

/** The basis words opening a list's first subject where no other subject names a basis, as a span; else null. */
function basisOpening(text: string, spans: readonly Span[]): Span | null {
  const wordsIn = (sp: Span) => [...text.slice(sp.start, sp.end).matchAll(/[A-Za-z][\w-]*/g)].map((m) => ({ text: m[0], start: sp.start + m.index, end: sp.start + m.index + m[0].length }));
  const first = wordsIn(spans[0]);
  let n = 0;
  while (n < first.length - 1 && BASIS_WORD.test(first[n].text)) n++;
  if (n === 0) return null;
  if (spans.slice(1).some((sp) => wordsIn(sp).some((w) => BASIS_WORD.test(w.text)))) return null;
  return { start: first[0].start, end: first[n - 1].end };
}

/**
 * The last list of exactly `n` subjects ("A and B", "A, B and C") in text[from, to), as spans, with the head
 * noun the modifiers before the last share ("GAAP and non-GAAP gross margins": "gross margins"); null when there is none.
 */
function subjectList(text: string, from: number, to: number, n: number): { spans: Span[]; shared: Span | null } | null {
  // Asides keep their length so that offsets hold.
  const lead = text.slice(from, to).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const tokens = [...lead.matchAll(/[A-Za-z0-9][\w'’&.-]*|,/g)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  for (let a = tokens.length - 1; a >= 0; a--) {
    if (tokens[a].text.toLowerCase() !== 'and') continue;
    // After "and": the last subject, up to an edge word or a comma.
    const last: typeof tokens = [];
    for (let k = a + 1; k < tokens.length && tokens[k].text !== ',' && !LIST_EDGE.test(tokens[k].text) && last.length < MAX_ITEM_WORDS; k++) last.push(tokens[k]);
    // Before it: n − 1 subjects separated by commas (an Oxford comma before "and" allowed).
    const items: (typeof tokens)[] = [];
    let k = a - 1;
    if (k >= 0 && tokens[k].text === ',') k--;
    while (items.length < n - 1 && k >= 0) {
      const item: typeof tokens = [];
      while (k >= 0 && tokens[k].text !== ',' && !LIST_EDGE.test(tokens[k].text) && item.length < MAX_ITEM_WORDS) item.unshift(tokens[k--]);
      if (item.length === 0) break;
      items.unshift(item);
      if (items.length < n - 1) {
        if (k < 0 || tokens[k].text !== ',') break;
        k--;
      }
    }
    if (last.length === 0 || items.length !== n - 1) continue;
    // Subjects are words, not the years or dates of a period ("June 30, 2026 and 2025").
    if ([...items, last].some((item) => !item.some((t) => /^[A-Za-z]/.test(t.text) && !MONTH_WORD.test(t.text)))) continue;
    // The list has exactly n subjects: no further comma-separated subject before it.
    if (k >= 0 && tokens[k].text === ',' && k > 0 && !LIST_EDGE.test(tokens[k - 1].text)) continue;
    const spans = [...items, last].map((item) => ({ start: item[0].start, end: item.at(-1)!.end }));
    const shared =
      last.length >= 2 && [...items.map((item) => item), [last[0]]].every((item) => item.length === 1 && MODIFIER.test(item[0].text))
        ? { start: last[1].start, end: last.at(-1)!.end }
        : null;
    return { spans, shared };
  }
  return null;
}

/** The first index of a list sorted by start whose item starts at or after `at`. */
function lowerBound(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that lie within [from, to). */
function inRange<T extends { start: number; end: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from); i < items.length && items[i].start < to; i++) if (items[i].end <= to) out.push(items[i]);
  return out;
}

// "Improved operating cash flow by $24.8 million and free cash flow by $43.2 million year-over-year" (Forterra, 1Q20):
// another subject and "by" after an amount of change; "an increase of $354,000 from the fourth quarter of 2019 and $2.2
// million from the first quarter of 2019" (Horizon, 1Q20): another amount from another period.
const AND_BY = /^\s*,?\s*and\s+(?:[^\s,;]+\s+){0,6}by\s+\(?$/i;
const AND_FROM = /^\s*,?\s*(?:from|compared\s+(?:with|to)|over)\s+[^,;$%]{1,60}?\s+and\s+\(?$/i;
const FROM_NEXT = /^\s*\)?\s*,?\s*(?:from|compared\s+(?:with|to)|over)\s/i;

/** An amount joined by "and" to an amount of change before it and stated the same way is a change too. */
function continuesChange(lead: string, follow: string): boolean {
  return AND_BY.test(lead) || (AND_FROM.test(lead) && FROM_NEXT.test(follow));
}

// "an increase over prior year of 14%": the change noun more than four words back, its comparison between.
const CHANGE_OVER_OF =
  /\b(?:increase|decrease|decline|improvement|reduction|rise|drop|growth|gain)\s+(?:over|from|versus|vs\.?|compared\s+(?:to|with))\s+(?:the\s+)?(?:prior|previous|last|same)[\s-]+(?:year|quarter|period)(?:'s)?(?:\s+(?:period|quarter|year))?\s+(?:of|by)\s+(?:(?:almost|nearly|about|approximately|around|roughly)\s+)?\(?$/i;
function roleOf(token: NumberToken, lead: string, follow: string): Role {
  if (token.kind === 'flat' || token.kind === 'basis-points') return 'change';
  // "up $2.2 million", "increased $9.2 million", "a decrease of $0.05 per share": an amount of change.
  if (token.kind === 'money' || token.kind === 'per-share') return MONEY_CHANGE_BEFORE.test(lead) || REDUCED_BY.test(lead) || CHANGE_IN_OF.test(lead) || CHANGE_SUBJECT.test(lead) || directionBy(lead) ? 'change' : 'figure';
  if (token.kind !== 'percent') return 'figure';
  if (BASE_AFTER.test(follow) && !COMPARISON_AFTER.test(follow)) return 'ratio';
  if (TO_BEFORE.test(lead) || FROM_BEFORE.test(lead)) return 'figure';
  if (COMPARISON_AFTER.test(follow) || CHANGE_NOUN_AFTER.test(follow) || BY_BEFORE.test(lead) || CHANGE_OVER_OF.test(lead)) return 'change';
  if (lead.split(/[^A-Za-z]+/).filter(Boolean).slice(-4).some((w) => DIRECTION_WORD.test(w))) return 'change';
  return 'figure';
}

// What joins the figures of one statement: "$(60.6) million, or $(1.22) per share", "$0.89 per share ($0.88 …", and one
// naming the line again, "$1,512,000 (or a loss of $0.21 per fully diluted share) for its six months ended …" (SunLink, Q2 FY25).
const JOIN = /^\s*,?\s*(?:or\s*)?\(?\s*(?:or\s+(?:(?:a|an)\s+)?(?:net\s+)?(?:loss|income|earnings|profit)\s+of\s+)?$/;
// A dollar's country glued before its sign: "US$16.68", "C$0.42", "NT$7.99" (Copa, 4Q24: "US$671.0 million or US$16.68 per share").
const DOLLAR_COUNTRY = /[A-Z]{1,3}$/;

/** The text between two figures, a dollar's country glued before the second's sign left out (it is the figure's, not a word between). */
function joining(text: string, a: NumberToken, b: NumberToken): string {
  const between = text.slice(a.end - 1, Math.min(b.column - 1, a.end + 40));
  return /^\\?\$/.test(text.slice(b.column - 1, b.column + 1)) ? between.replace(DOLLAR_COUNTRY, '') : between;
}

// Words that make a figure the term of a comparison: "compared with net income of $51.8 million".
const COMPARISON_BEFORE = /\b(?:compared|comparison|versus|vs\.?|from|than|against|relative)\b/i;

/**
 * Each figure's period: named right after its statement — the figure and those joined to it
 * ("$(60.6) million, or $(1.22) per share, in the second quarter of 2009", "$51.8 million, or
 * $1.05 per share ($1.04 per share on a diluted basis) for the third quarter of fiscal 2023")
 * — or named just before it ("normalized net loss in the second quarter of 2009 of $(1.5)
 * million"). A figure that is the term of a comparison and names no period is 'compared':
 * it is not the sentence's period, and which one it is the linker must find from its value.
 * One pass over the clause: each statement is read once.
 */
function statementsOf(
  text: string,
  tokens: readonly NumberToken[],
  phrases: readonly PeriodPhrase[],
  clauseStart = 0,
  framed: (NamedPeriod | undefined)[] = [],
): (NamedPeriod | 'compared' | null)[] {
  const out: (NamedPeriod | 'compared' | null)[] = [];
  const gap = (k: number) => joining(text, tokens[k], tokens[k + 1]);
  let first = 0;
  while (first < tokens.length) {
    let last = first;
    while (last + 1 < tokens.length && JOIN.test(gap(last))) last++;
    const from = tokens[last].end - 1;
    // A spelled-out ordinal that opens a list of periods ("2.27% in both the fourth and first quarter of 2021", PNC's
    // 1Q22) is part of the period after it, no figure ending this statement before it.
    let next = last + 1;
    while (next < tokens.length && opensPeriodList(text, tokens[next], phrases)) next++;
    const to = next < tokens.length ? tokens[next].column - 1 : Infinity;
    // A comparison's period after the statement belongs to the figure compared with, not to this one; so does a
    // period inside a parenthesis that encloses the next figure ("$200 (December 31, 2018: $169)", "(2018 $10.6 million)").
    // A figure that is itself the term of a comparison takes the period a comparison word names after it, where that
    // closes its statement: "compared to $51.2 million, or $1.96 per diluted share compared to the prior fiscal year" (AZZ,
    // fiscal 4Q20) is the prior year's net income, not the term of a comparison of its own.
    const term = first > 0 && COMPARISON_BEFORE.test(text.slice(Math.max(tokens[first - 1].end - 1, tokens[first].column - 1 - 200), tokens[first].column - 1));
    const closes = (ph: PeriodPhrase) => /^\s*(?:[,.;:)]|$)/.test(text.slice(ph.end, Number.isFinite(to) ? to : ph.end + 40));
    // "Reported Diluted EPS of $0.97, a Year-Over-Year Decline of 29%" (Pfizer, 1Q23): a period naming the change that
    // follows ("a Year-Over-Year Decline of") is that change's comparison, not this figure's period.
    const ofChange = (ph: PeriodPhrase) => CHANGE_NOUN_AFTER.test(text.slice(ph.end, Number.isFinite(to) ? to : ph.end + 40));
    const named = inRange(phrases, from, to).filter(
      (ph) => (!COMPARE_WORD.test(text.slice(Math.max(from, ph.start - 40), ph.start)) || (term && closes(ph))) && !asideOfNext(text, from, ph, to) && !ofChange(ph),
    );
    // A dated or named period says more than "the prior year" beside it; a year alone right after the statement
    // ("… compared to $4.5 billion, $426 million and $4.33 per share in 2023", Russel Metals, 4Q24) is its own period,
    // never the sentence's opening one.
    const after = named.find((ph) => ph.spec.type !== 'relative') ?? named[0] ?? bareYear(text, from, to);
    let found: NamedPeriod | 'compared' | null = null;
    // "increased by $279,829 to $2,249,470 from $1,969,641 for the three months ended December 31, 2024, compared to the
    // same period in 2023" (Intelligent Bio Solutions, 2Q FY2025): the figure after "from", the figure before it after
    // "to" with no period of its own, is the level the change starts from; the period named after it, itself compared
    // with another, frames the whole change, not this figure.
    const framing =
      !!after &&
      first > 0 &&
      FROM_BEFORE.test(text.slice(tokens[first - 1].end - 1, tokens[first].column - 1)) &&
      TO_BEFORE.test(text.slice(first > 1 ? tokens[first - 2].end - 1 : Math.max(clauseStart, tokens[first - 1].column - 1 - 60), tokens[first - 1].column - 1)) &&
      inRange(phrases, tokens[first - 1].end - 1, tokens[first].column - 1).length === 0 &&
      /^[\s,]*(?:as\s+)?(?:compared|versus|vs\.?|relative)\b/i.test(text.slice(after.end, Number.isFinite(to) ? to : after.end + 60));
    if (framing) {
      // The figure after "to" is of the framing period (it names none of its own), and so are those joined to it.
      for (let k = first - 1; k >= 0 && (k === first - 1 || JOIN.test(gap(k))); k--) {
        const own = out[k];
        if (own === null || own === 'compared' || own.how !== 'named') out[k] = { spec: after.spec, words: after.text, how: 'shared' };
      }
      // The period it is compared with, where the words name it ("compared to the same period in 2023"), is this figure's.
      const against = inRange(phrases, after.end, to).find((ph) => /^[\s,]*(?:as\s+)?(?:compared|versus|vs\.?|relative)\b[^.;]*$/i.test(text.slice(after.end, ph.start)));
      for (let k = first; k <= last; k++) {
        out.push(against ? { spec: against.spec, words: against.text, how: 'named' } : 'compared');
        framed[k] = { spec: after.spec, words: after.text, how: 'named' };
      }
      first = last + 1;
      continue;
    }
    // "debt of $410.5 million, which included $262.8 million principal amount of our Senior Notes, as of December 31,
    // 2023" (Danaos, 4Q24): a figure whose statement a relative clause follows, itself holding figures, then a period set
    // off by a comma closing the clause, is of that period, as the figures of the aside are; read without it, the figure
    // took the previous sentence's date.
    const closingAside = !after && next < tokens.length ? closingPeriodPastAside(text, from, tokens, next, phrases) : undefined;
    if (closingAside) {
      for (let k = first; k <= last; k++) out.push({ spec: closingAside.spec, words: closingAside.text, how: 'named' });
      first = last + 1;
      continue;
    }
    if (!after && first > 0) {
      const leadFrom = tokens[first - 1].end - 1;
      const leadTo = tokens[first].column - 1;
      // "… $55.1 million … for the twelve months ended December 31, 2024 compared to adjusted net income of $74.4
      // million": a period before a comparison word is the statement's before it, not the figure compared with.
      const before = inRange(phrases, leadFrom, leadTo).filter((ph) => ph.spec.type !== 'relative' && !/\b(?:compared|versus|vs\.?|than)\b/i.test(text.slice(ph.end, leadTo))).at(-1);
      if (before) found = { spec: before.spec, words: before.text, how: 'named' };
      else if (COMPARISON_BEFORE.test(text.slice(Math.max(leadFrom, leadTo - 200), leadTo))) found = 'compared';
    }
    // "first-half gross margin increased from 38% to 41%": the clause's first figure, right after "from", is the level
    // the change starts from, of the period compared with, never the clause's own (Bioceres, 2Q FY2025).
    if (!after && first === 0 && FROM_BEFORE.test(text.slice(Math.max(clauseStart, tokens[0].column - 1 - 200), tokens[0].column - 1))) found = 'compared';
    for (let k = first; k <= last; k++) out.push(after ? { spec: after.spec, words: after.text, how: last === k ? 'named' : 'shared' } : found);
    // "This compares to total revenue of $286.4 million, gross margin of 19.7%, operating margin of 1.6%, and net loss of
    // $10.3 million … in the prior quarter" (Ultra Clean, 1Q20): a list of noun phrases, each "<line> of <figure>", names
    // its period once, after its last item; the items before that name none of their own are of it too.
    if (after) {
      let end = first - 1;
      while (end >= 0 && out[end] === null && listItem(text.slice(tokens[end].end - 1, tokens[end + 1].column - 1))) {
        // The item's statement: its figures joined by ", or".
        let start = end;
        while (start > 0 && JOIN.test(gap(start - 1))) start--;
        // An item whose period is named before it ("normalized net loss in the second quarter of 2009 of $(1.5) million") is its own.
        if (out.slice(start, end + 1).some((p) => p !== null) || inRange(phrases, start > 0 ? tokens[start - 1].end - 1 : clauseStart, tokens[start].column - 1).length > 0) break;
        for (let k = start; k <= end; k++) out[k] = { spec: after.spec, words: after.text, how: 'shared' };
        end = start - 1;
      }
    }
    first = last + 1;
  }
  return out;
}

/** A number spelled out ("fourth") joined by "and" or "or" to the period phrase after it ("… and first quarter of 2021"). */
function opensPeriodList(text: string, token: NumberToken, phrases: readonly PeriodPhrase[]): boolean {
  if (token.kind !== 'word') return false;
  const from = token.end - 1;
  return phrases.some((ph) => ph.start >= from && /^\s*,?\s*(?:and|or|&)\s+(?:the\s+)?$/i.test(text.slice(from, ph.start)));
}

// What parts two items of a list of noun phrases: ", gross margin of ", ", and net loss of ".
const LIST_ITEM = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[A-Za-z][\w'’&-]*\s+){1,6}of\s+[$(]*$/i;

/** Whether the text between two figures opens the next item of a list of "<line> of <figure>", no comparison or change. */
function listItem(between: string): boolean {
  return LIST_ITEM.test(between) && !COMPARISON_BEFORE.test(between) && !between.split(/[^A-Za-z]+/).some((w) => DIRECTION_WORD.test(w));
}

// "… $4.33 per share in 2023.", "… for 2023, …": a year, and nothing more of a period, closing the statement.
const BARE_YEAR = /^\s*,?\s*(?:in|for|during)\s+(fiscal\s+)?(\d{4})(?!\d)(?=\s*(?:[,.;)]|$|and\b|compared\b|versus\b|vs\b))/i;

/** A year alone after a statement (text from `from` to the next figure at `to`) as the statement's period: the same period in that year. */
function bareYear(text: string, from: number, to: number): PeriodPhrase | undefined {
  // The year itself may be read as a number ("for 2023"), so the next figure is no bound: the words allow nothing between.
  const m = BARE_YEAR.exec(text.slice(from, from + 60));
  if (!m || (Number.isFinite(to) && from + m[0].length > to + m[2].length)) return undefined;
  const start = from + m[0].length - m[2].length - (m[1]?.length ?? 0);
  return { start, end: from + m[0].length, text: m[0].trim().replace(/^,\s*/, ''), spec: { type: 'same', year: Number(m[2]), calendar: !m[1], bare: true } };
}

/** Whether a period phrase after a figure (text from `from`) sits in a parenthesis that also encloses the next figure (at `next`). */
/** A relative clause set off after a figure: ", which included", ", including", ", of which". */
const ASIDE_OPENS = /^\s*,\s*(?:(?:which|that)\s+(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of)|including|of\s+which)\b/i;

/**
 * The period closing a clause past a relative clause that follows the figure (ending at `from`), the aside's figures
 * starting at tokens[next]: "(,) as of December 31, 2023." after "…, which included $262.8 million … Notes". Only a
 * period that ends the clause, with no other period, figure or comparison between it and the aside's figure.
 */
function closingPeriodPastAside(text: string, from: number, tokens: readonly NumberToken[], next: number, phrases: readonly PeriodPhrase[]): PeriodPhrase | undefined {
  if (!ASIDE_OPENS.test(text.slice(from, tokens[next].column - 1))) return undefined;
  const asideFrom = tokens[next].end - 1;
  const ph = inRange(phrases, asideFrom, Infinity)[0];
  if (!ph || ph.spec.type === 'relative') return undefined;
  const between = text.slice(asideFrom, ph.start);
  if (/[.;]|\b(?:compared|versus|vs|than|from)\b/i.test(between)) return undefined;
  // Closing the clause: nothing but its end follows the period.
  if (!/^\s*(?:[.;]|$)/.test(text.slice(ph.end, ph.end + 3))) return undefined;
  // No figure of another statement between the aside and the period.
  if (tokens.some((t) => t.column - 1 > asideFrom && t.column - 1 < ph.start)) return undefined;
  return ph;
}

function asideOfNext(text: string, from: number, ph: PeriodPhrase, next: number): boolean {
  if (!Number.isFinite(next)) return false;
  const open = text.lastIndexOf('(', ph.start);
  if (open < from || text.slice(open, ph.start).includes(')')) return false;
  const close = text.indexOf(')', ph.end);
  return close > next;
}

/** The last line split into sentences: each figure of a line asks for its sentence, and a line may be megabytes long. */
let lastSplit: { text: string; spans: readonly Span[] } | null = null;

/** Sentences of a line, as spans (the same array for the same line: read it, never change it). */
export function sentences(text: string): Span[] {
  if (lastSplit !== null && lastSplit.text === text) return lastSplit.spans as Span[];
  const spans = splitSentences(text);
  lastSplit = { text, spans };
  return spans;
}

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    // A full stop inside an abbreviation ("p.m. EDT", "U.S. dollars", "ICL sales Ex. China") is not a sentence's end.
    if (/\b(?:[ap]\.m|U\.S|Inc|Corp|Co|Ltd|No|vs|approx|e\.g|i\.e|ex|excl|incl)\.$/i.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    spans.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * The clauses of a sentence: parted by semicolons, and by ", while" or ", whereas", which open a clause of its own
 * subject and period ("The fourth quarter combined ratio improved to 94.4%, …, while the full year combined ratio
 * improved 10.1 points to 99.2%", United Fire's 4Q24: the year's ratio, not the quarter's).
 */
function clauses(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  const raw = text.slice(sentence.start, sentence.end);
  const cuts = [...raw.matchAll(/;|,\s+(?=(?:while|whereas)\b)/gi)].map((m) => ({ at: sentence.start + m.index, next: sentence.start + m.index + m[0].length }));
  for (const cut of cuts) {
    spans.push({ start, end: cut.at });
    start = cut.next;
  }
  spans.push({ start, end: sentence.end });
  return spans;
}

// Figures whose place between two words parts the words before from those after (a footnote mark or a year does not).
const FIGURE_KINDS: ReadonlySet<string> = new Set(['money', 'per-share', 'percent', 'basis-points', 'number']);
const YEAR = /^(?:19|20)\d\d$/;

// How far back the subject of a number is looked for: a clause's subject is never further.
const WINDOW = 60;

// Asides: in parentheses, or set off by ", which … ,". Neither matches empty. And a difference named by its two terms,
// "the excess of current assets over current liabilities" (Fosrich, 3Q23, of its net current assets): it names neither
// term, so neither may be taken for the subject (the second, nearest the figure, was linked to current liabilities).
const ASIDES = [/\([^()]*\)/g, /,\s*(?:which|who|that|excluding|including)\b[^,]*,/gi, /\bexcess\s+of\s+[^,;()]{1,80}?\s+over\s+(?:[A-Za-z'’&-]+\s+){0,5}[A-Za-z'’&-]+/gi];

/**
 * The words that can name the subject of a number at `at`: its clause up to it (its last
 * WINDOW words), without asides in parentheses or set off by ", which … ,", without numbers
 * and without period phrases.
 */
function subjectWords(
  text: string,
  words: readonly Word[],
  from: number,
  at: number,
  tokens: readonly { start: number; end: number; token?: NumberToken }[],
  phrases: readonly PeriodPhrase[],
): Word[] {
  const hi = lowerBound(words, at);
  const lo = Math.max(lowerBound(words, from), hi - WINDOW);
  if (lo >= hi) return [];
  const start = Math.max(from, words[lo].start);
  const hidden: Span[] = [];
  const segment = text.slice(start, at);
  // exec with lastIndex rather than matchAll (a copied pattern and an iterator for every number of the prose).
  for (const aside of ASIDES) {
    aside.lastIndex = 0;
    for (let m = aside.exec(segment); m !== null; m = aside.exec(segment)) hidden.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  for (const t of inRange(tokens, Math.max(0, start - 200), at + 1)) hidden.push(t);
  for (const ph of inRange(phrases, Math.max(0, start - 200), at + 1)) hidden.push(ph);
  const kept = words.slice(lo, hi).filter((w) => w.end <= at && !hidden.some((h) => w.start < h.end && h.start < w.end) && !namesItsDollar(text, w));
  // A year ("Operating expenses for 2024, which included …", Adeptus) parts nothing, in a period phrase or not.
  // Nor a note's digit set against a word ("EBITDA1 of $455 million").
  const figures = inRange(tokens, start, at + 1).filter(
    (t) => t.token && FIGURE_KINDS.has(t.token.kind) && !(t.token.kind === 'number' && (YEAR.test(t.token.text) || isAsciiLetter(text.charCodeAt(t.start - 1)))),
  );
  // A period phrase between two kept words hides no name: "SKYTROFA® full year 2024 revenue" is SKYTROFA's revenue.
  return kept.map((w, i) => {
    if (i === 0) return w;
    const from = kept[i - 1]!.end;
    if (figures.some((t) => t.start >= from && t.end <= w.start)) return { ...w, afterFigure: true };
    // Only after a name ("SKYTROFA®", "Data Center"): "all-time high full year net sales" is the company's net sales.
    if (w.start - from <= 3 || !/^\p{Lu}/u.test(kept[i - 1]!.text)) return w;
    const ph = inRange(phrases, from, w.start).find((p) => p.start >= from && p.end <= w.start);
    // Only marks and spaces beside the phrase ("®", "*"): a comma or another word would part the two.
    return ph && /^[\s®™*]*$/.test(text.slice(from, ph.start) + text.slice(ph.end, w.start)) ? { ...w, afterPeriod: true } : w;
  });
}

/** Letters printed against a figure's "$" that name its dollar ("NT$2.15", "C$1.2 million"): part of a figure, no word of a subject. */
function namesItsDollar(text: string, w: Word): boolean {
  return text[w.end] === '$' && /^[A-Z]{1,3}$/.test(w.text) && currencyOfSymbol(`${w.text}$`, 'USD') !== null;
}

/**
 * A subject right after the number, unless it is a period: "$20.4 million in capital lease
 * obligations", "the $1.35 billion Arm acquisition termination charge".
 */
function afterSubject(text: string, words: readonly Word[], from: number, to: number, phrases: readonly PeriodPhrase[]): Word[] {
  const follow = text.slice(from, Math.min(to, from + 400));
  const m = /^\s+(?:(?:in|of)\s+(?:the\s+)?)?(?=[A-Za-z])/i.exec(follow);
  if (!m) return [];
  const start = from + m[0].length;
  if (phrases.some((ph) => ph.start <= start + 4 && ph.end > start)) return [];
  const stop = follow.slice(m[0].length).search(/[,.;:(–—]|\s-\s/);
  const end = stop < 0 ? from + follow.length : start + stop;
  const found = inRange(words, start, end).slice(0, WINDOW);
  // Without a preposition, only a noun phrase joined to the figure counts, up to its first stop word.
  if (m[0].trim() === '') {
    const first = found.findIndex((w) => isStop(w.norm) || /(?:ed|ing)$/.test(w.norm));
    return first < 0 ? found : found.slice(0, first);
  }
  return found;
}

/** The words after the number up to the next number or a break (a comma, a closing parenthesis, a full stop). */
function tailWords(text: string, words: readonly Word[], from: number, to: number): Word[] {
  const limit = Math.min(to, from + 400);
  const stop = text.slice(from, limit).search(/[,;.)]/);
  const end = stop < 0 ? limit : from + stop;
  return inRange(words, from, end);
}

/** The base of a ratio: the words after "of" up to the clause's next break. */
function baseWords(text: string, words: readonly Word[], from: number, to: number, clauseEnd: number): Word[] {
  const follow = text.slice(from, Math.min(clauseEnd, from + 400));
  const m = BASE_AFTER.exec(follow);
  if (!m) return [];
  const start = from + m[0].length;
  const limit = Math.min(to, clauseEnd, start + 400);
  const stop = text.slice(start, limit).search(/[,.;:(–—]|\s(?:in|for|during|compared|versus|and)\s/);
  const end = stop < 0 ? limit : start + stop;
  return inRange(words, start, end);
}

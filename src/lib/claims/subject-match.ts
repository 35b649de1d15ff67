/**
 * Which line items the words before a number name, and how well. A subject's
 * term matches when its core words all occur in the window, close together and
 * close to the number; its context words (section, table title) add weight;
 * words between them that belong to neither count against it. So in "IP
 * services segment profit was $17.8 million" the segment profit of IP services
 * (five words) beats total segment profit (two) and IP services revenue (two of
 * three), and in "Normalized net income, which excludes stock-based
 * compensation, was $1.4 million" the aside was removed before matching.
 *
 * Words right before the match that no term explains ("Data Center revenue"
 * when the tables print only total revenue) are returned as qualifiers: the
 * words then name something the tables do not print, and the linker will not
 * call a differing figure a mismatch on their account.
 */
import type { Subject, Term } from './vocabulary.ts';
import { isStop, NET_WORD, WEAK, type Word, wordsOf } from './words-of.ts';

export interface SubjectMatch {
  subject: Subject;
  term: Term;
  score: number;
  /** Every core word of the term was found. */
  full: boolean;
  /** The words of the window that matched, as printed, in order. */
  words: Word[];
  /** Content words right before or inside the match that the term does not explain. */
  qualifiers: string[];
  /** Matched in the words after the number ("$20.4 million in capital lease obligations"). */
  after: boolean;
  /** Content words between the match and the number that name something else ("restructuring charge" in
   * "net loss … included a restructuring charge of $1.2 million"): the number is likely theirs. */
  between: string[];
}

// Verbs and the like that end a noun phrase when reading backwards from a subject.
const NOT_QUALIFIER =
  /^(?:.*(?:ed|ing)|helped|improve|drove|drive|report|reported|had|have|see|saw|was|were|is|are|generated|total|grew|rose|fell|up|down|higher|lower|quarter|fiscal|year|month|period|first|second|third|fourth|q[1-4]|fy\d*|\d+|new|strong|solid|continued|ongoing|overall|quarterly|annual|record|compared|versus|also|both|full)$/;

// Words ending like verbs that are adjectives of a line item's name: "operating" in "Adjusted Operating Profit",
// "related" in "Fee-related earnings"; before a subject they qualify it.
const ADJECTIVE = new Set([
  'operating', 'adjusted', 'related', 'diluted', 'restricted', 'consolidated', 'combined', 'recurring', 'continuing', 'discontinued',
  'accumulated', 'deferred', 'unrealized', 'realized', 'weighted', 'owned', 'based', 'managed', 'funded', 'secured', 'unsecured',
  'branded', 'leased', 'billed', 'unbilled', 'earned', 'unearned', 'annualized', 'normalized', 'distributed', 'invested', 'advised',
  // "LIFO-valued inventories", "dollar-denominated debt", "asset-backed securities": a measure or a kind of the thing.
  'valued', 'denominated', 'linked', 'backed', 'indexed', 'priced', 'traded', 'listed',
]);

// "non-brokered deposits" (Farmers National, 1Q20): a "non-" word ending like a verb is an adjective that names a part of
// the line (total deposits less the brokered ones), never a verb ending the noun phrase.
const adjective = (w: string) => ADJECTIVE.has(w) || /^non[a-z]{3,}ed$/.test(w);

/**
 * "north american consumer packaging net sales were $ 2.2 billion" (International Paper's 2009 10-K, FinQA): an "-ing"
 * word bound to a noun before it ("consumer packaging", "investment banking", "commercial lending") is a noun of the
 * compound that names a business, not a verb ending the phrase ("primarily reflecting net sales" has no noun before it).
 */
function nounOfCompound(window: readonly Word[], i: number): boolean {
  const w = window[i]!;
  const prev = window[i - 1];
  if (!/^[a-z]{3,}ing$/.test(w.norm) || !prev || w.afterPeriod || prev.end < w.start - 2) return false;
  return !isStop(prev.norm) && !NOT_QUALIFIER.test(prev.norm) && !/ly$/.test(prev.norm) && /^[a-z]/.test(prev.norm);
}

// A segment named with "in" weighs as a core word less the word's own weight as context: the words bind the line to it.
const SEGMENT_WEIGHT = 3;
const SEGMENT_PREPOSITION = /^(?:in|within)$/;

// Words of a comparison that may stand inside a subject's span ("Net income … compared to … per diluted share").
const COMPARISON = /^(?:compare|compared|comparison|versus|vs|against|from)$/;

// Words that set one figure against another: the figures compared are of one measure.
const COMPARED = /^(?:compare|compared|comparison|versus|vs|against)$/;

// Words that may stand between a subject and its number: verbs of reporting and change.
const BETWEEN_OK =
  /^(?:increase|decrease|decline|growth|gain|improvement|reduction|change|rise|drop|jump|business|unit|division|operation|operating|amount|total|level|figure|result|compare|versus|vs|approximately|almost|nearly|about|around|roughly|more|over|just|respectively|same|period|quarter|year|month|ago|basis|point|percent|charge|expense|cost|item|benefit|credit)$/;

// A term that is another name of a line (vocabulary.ts's variants and the base model's names), not its printed label.
const OTHER_NAME = /^“[^”]*”, (?:another name of|a name of) /;

/** Whether a match names its subject by another name of it (OTHER_NAME), not by the label it prints. */
export const byOtherName = (m: SubjectMatch): boolean => OTHER_NAME.test(m.term.source);

/** Whether a normal form is one of a core entry's alternatives ("income|loss"). */
export function isCore(entry: string, norm: string): boolean {
  return entry === norm || (entry.includes('|') && entry.split('|').includes(norm));
}

/**
 * Every subject whose terms match the window, best first. `before` are the words
 * before the number (reading order), `after` a subject phrase right after it.
 */
export function matchSubjects(subjects: readonly Subject[], before: readonly Word[], after: readonly Word[]): SubjectMatch[] {
  const matches: SubjectMatch[] = [];
  // Every term of every subject is looked for in the same two windows: each is indexed once.
  const beforeIndex = indexWindow(before);
  const afterIndex = indexWindow(after);
  // Subjects of the same terms (a line printed in many tables) match alike: each is worked out once a window.
  const alike = new Map<string, { at: number; match: SubjectMatch } | null>();
  for (const subject of subjects) {
    const terms = distinctTerms(subject);
    const key = termsKey(subject);
    const known = alike.get(key);
    if (known !== undefined) {
      if (known) matches.push({ ...known.match, words: [...known.match.words], qualifiers: [...known.match.qualifiers], between: [...known.match.between], subject, term: terms[known.at] });
      continue;
    }
    // Terms are compared by score; only the best one's matched words are worked out.
    let best: Scored | null = null;
    for (const term of terms) {
      if (before.length > 0) best = scoreTerm(term, beforeIndex, false, best) ?? best;
      if (after.length > 0) best = scoreTerm(term, afterIndex, true, best) ?? best;
    }
    const match = best ? matchOf(best, subject) : null;
    alike.set(key, match ? { at: terms.indexOf(match.term), match } : null);
    if (match) matches.push(match);
  }
  return nearestStatement(matches, before).sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score);
}

/**
 * "Net cash provided by operating activities was $293 million and free cash flow was $270 million" (Pinterest, 2Q26):
 * where a line is named in full after the clause's last figure before the number, that name is the number's subject,
 * and words before that figure are the figure's own. A match across it ("cash provided … operating activities" taken
 * with "free cash" as its table's context) is let go; with no full name after the figure ("Revenue was $1.2 billion,
 * up $128.6 million") the window's subject stands.
 */
function nearestStatement(matches: SubjectMatch[], before: readonly Word[]): SubjectMatch[] {
  let boundary = -1;
  for (let i = before.length - 1; i > 0; i--) {
    if (before[i].afterFigure) {
      boundary = before[i].start;
      break;
    }
  }
  if (boundary < 0) return matches;
  const reachesBack = (m: SubjectMatch) => !m.after && m.words.some((w) => w.start < boundary);
  // Words on both sides of the figure: no line's name is printed across a figure. A match wholly before it may name
  // what the clause's figures share ("The Building Materials business achieved revenues of $1.6 billion and gross
  // profit of $472 million", Martin Marietta, 4Q24): it stays, and the linker weighs it as before.
  const straddles = (m: SubjectMatch) => reachesBack(m) && m.words.some((w) => w.start >= boundary);
  const near = matches.filter((m) => m.full && !m.after && m.words.length > 0 && !reachesBack(m));
  if (near.length === 0) return matches;
  // A match whose name holds the near one's ("GAAP net income of $979 million" after "… attributable to Antero … $0.81
  // per share") is that name read more closely, not another line's. Where it takes one of the near one's words before
  // the figure too, it is the name of the figure before, carried on only where the clause compares the figures ("GAAP
  // net income from continuing operations was $49.1 million …, compared with GAAP net loss of $14.1 million …, and GAAP
  // net income of $37.9 million … a year ago") or the near words are of that name ("Non-performing assets (NPAs) were
  // 0.12% of total assets …, unchanged"); in a list of figures that compares none, a near name of words of its own is
  // the number's ("… CORE INCOME OF $1.25 PER SHARE FULL YEAR 2024 NET INCOME OF $3.52 PER SHARE", CNA's headline:
  // $3.52 is net income's, not core income's).
  const shared = (n: SubjectMatch) => new Set(coreForms(n.term).flat());
  const compares = (m: SubjectMatch) => before.some((w) => w.start >= m.words[0]!.start && w.start < boundary && COMPARED.test(w.norm));
  const ownWords = (m: SubjectMatch, n: SubjectMatch) => {
    const label = labelNorms(m.subject);
    const last = before.findIndex((w) => w.start === n.words.at(-1)!.start);
    let first = before.findIndex((w) => w.start === n.words[0]!.start);
    while (first > 0 && before[first - 1]!.start >= boundary && !isStop(before[first - 1]!.norm)) first--;
    return before.slice(first, last + 1).some((w) => !isStop(w.norm) && !label.has(w.norm));
  };
  const holds = (m: SubjectMatch, n: SubjectMatch) =>
    n.term.core.every((c) => m.term.core.some((e) => sameEntry(e, c))) &&
    (!m.words.some((w) => w.start < boundary && shared(n).has(w.norm)) || compares(m) || !ownWords(m, n));
  // "gross profit of $405 million, EBITDA1 of $455 million" (First Quantum, 4Q24): a name wholly before the figure before,
  // only small words between it and that figure, is that figure's subject, not this one's.
  const ofFigureBefore = (m: SubjectMatch) => {
    if (m.after || m.words.length === 0 || m.words.at(-1)!.start >= boundary) return false;
    for (let j = before.findIndex((w) => w.start === m.words.at(-1)!.start) + 1; j > 0 && j < before.length; j++) {
      if (before[j]!.afterFigure) return true;
      if (!isStop(before[j]!.norm)) return false;
    }
    return false;
  };
  // Unless its name holds the near one's ("GAAP net income of $979 million" after "net income attributable to Antero …").
  const holdsNear = (m: SubjectMatch) => near.some((n) => n.term.core.every((c) => m.term.core.some((e) => sameEntry(e, c))));
  return matches.filter((m) => (!straddles(m) || near.every((n) => holds(m, n))) && (straddles(m) || holdsNear(m) || !ofFigureBefore(m)));
}

/** Whether two core entries name the same word ("income|loss" and "income"). */
function sameEntry(a: string, b: string): boolean {
  if (a === b) return true;
  const bs = b.split('|');
  return a.split('|').some((x) => bs.includes(x));
}

// A line item printed in n tables has n terms, most of them alike (issue 30: a release printing its
// statements many times over read each number against every copy). A term that scores as an earlier one
// (the same core, context and segment words) never beats it, as only a higher score replaces the best.
const distinctOf = new WeakMap<Subject, { terms: readonly Term[]; key: string }>();
function distinct(subject: Subject): { terms: readonly Term[]; key: string } {
  let found = distinctOf.get(subject);
  if (found) return found;
  const seen = new Set<string>();
  const terms = subject.terms.filter((t) => {
    if (t.core.length === 0) return false;
    const key = [t.core.join(' '), t.context.join(' '), t.segment?.join(' ') ?? '\u0001'].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  found = { terms, key: [...seen].join('\u0002') };
  distinctOf.set(subject, found);
  return found;
}
const distinctTerms = (subject: Subject) => distinct(subject).terms;
/** What a subject's match depends on: its distinct terms, in order. */
const termsKey = (subject: Subject) => distinct(subject).key;

/** A full match beats a partial one; then the higher score. */
function beats(full: boolean, score: number, best: Scored | null): boolean {
  return best === null || (full !== best.full ? full : score > best.score);
}

/** The words of a window, with where each normal form occurs and how many content words end it. */
interface WindowIndex {
  words: readonly Word[];
  /** Positions of each normal form, nearest the number (last) first. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** contentFrom[i]: words from position i to the end that are not stop words. */
  contentFrom: readonly number[];
  /** Positions of each core entry with alternatives ("income|loss"), as worked out. */
  alternatives: Map<string, readonly number[]>;
  /** plain[i]: the word at i is neither a stop word nor a weak qualifier (so a term must explain it). */
  plain: readonly boolean[];
}

const NOWHERE: readonly number[] = [];

function indexWindow(words: readonly Word[]): WindowIndex {
  const positions = new Map<string, number[]>();
  const contentFrom: number[] = new Array(words.length + 1);
  const plain: boolean[] = new Array(words.length);
  contentFrom[words.length] = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const norm = words[i].norm;
    const list = positions.get(norm);
    if (list) list.push(i);
    else positions.set(norm, [i]);
    const stop = isStop(norm);
    contentFrom[i] = contentFrom[i + 1] + (stop ? 0 : 1);
    plain[i] = !stop && !WEAK.has(norm);
  }
  return { words, positions, contentFrom, alternatives: new Map(), plain };
}

/** Positions of any of a core entry's alternatives, nearest the number first. */
function positionsOf(index: WindowIndex, entry: string, forms: readonly string[]): readonly number[] {
  if (forms.length === 1) return index.positions.get(forms[0]) ?? NOWHERE;
  let positions = index.alternatives.get(entry);
  if (!positions) {
    const all = new Set<number>();
    for (const form of forms) for (const i of index.positions.get(form) ?? NOWHERE) all.add(i);
    index.alternatives.set(entry, (positions = [...all].sort((a, b) => b - a)));
  }
  return positions;
}

/** Whether any core word of the term occurs in the window: most terms tried do not, and are let go at once. */
function anyCore(index: WindowIndex, term: Term): boolean {
  for (let k = 0; k < term.core.length; k++) {
    const entry = term.core[k];
    if (index.positions.has(entry)) return true;
    if (entry.includes('|') && coreForms(term)[k].some((form) => index.positions.has(form))) return true;
  }
  return false;
}

/** A term's best placing in a window: the position picked for each core word (-1 where absent), and its score. */
interface Scored {
  term: Term;
  index: WindowIndex;
  isAfter: boolean;
  picked: number[];
  score: number;
  /** Every core word was found. */
  full: boolean;
}

/** The term's best placing in the window, if it beats `best` (the subject's best so far): else null. */
function scoreTerm(term: Term, index: WindowIndex, isAfter: boolean, best: Scored | null): Scored | null {
  if (!anyCore(index, term)) return null;
  const window = index.words;
  const forms = coreForms(term);
  // Positions of each core word in the window, nearest the number first.
  const at: (readonly number[])[] = new Array(forms.length);
  let full = true;
  for (let k = 0; k < forms.length; k++) {
    at[k] = positionsOf(index, term.core[k], forms[k]);
    if (at[k].length === 0) full = false;
  }
  const termWords = wordsOfTerm(term);
  let bestAnchor = -1;
  let bestScore = -Infinity;
  // Anchor on each occurrence of each core word; take every other word's occurrence nearest the anchor.
  for (const positions of at) {
    for (let a = 0; a < positions.length && a < 3; a++) {
      const anchor = positions[a];
      let found = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (let k = 0; k < at.length; k++) {
        const ps = at[k];
        if (ps.length === 0) continue;
        const p = nearest(ps, anchor);
        found++;
        if (p < lo) lo = p;
        if (p > hi) hi = p;
      }
      let gaps = 0;
      for (let i = lo; i <= hi; i++) if (index.plain[i] && !termWords.has(window[i].norm)) gaps++;
      let context = 0;
      // Indexed, not for…of: a shared term's arrays are frozen, which V8 iterates without its fast path.
      for (let c = 0; c < term.context.length; c++) if (near(index.positions.get(term.context[c]), lo - 4, hi + 4)) context++;
      const distance = isAfter ? 0 : index.contentFrom[hi + 1];
      const segment = term.segment ? segmentNamed(index, term.segment, lo, hi) : 0;
      const score = 4 * found + context + SEGMENT_WEIGHT * segment - 1.5 * gaps - 0.3 * distance + (isAfter ? 5 : 0);
      // The first anchor of the best score wins, as it did when each anchor's picks were kept.
      if (bestAnchor < 0 || score > bestScore) {
        bestAnchor = anchor;
        bestScore = score;
      }
    }
  }
  // A placing that loses to the best so far is let go before its picks are worked out.
  if (!beats(full, bestScore, best)) return null;
  // Only the best anchor's picks are kept: worked out again rather than for every anchor.
  const picked: number[] = new Array(at.length);
  for (let k = 0; k < at.length; k++) picked[k] = at[k].length === 0 ? -1 : nearest(at[k], bestAnchor);
  return { term, index, isAfter, picked, score: bestScore, full };
}

/**
 * How many words of the row's section the window names as a segment, "in" and the section's words right after
 * the match ("Net revenues in Investment Banking were …") or before it ("In Investment Banking, net revenues
 * were …"): 0 unless all of them are. Named so, the section is what the line is of, as binding as the label: the
 * words name the segment's "Net revenues", not the statement's fee line "Investment banking" under "Revenues".
 */
function segmentNamed(index: WindowIndex, segment: readonly string[], lo: number, hi: number): number {
  const window = index.words;
  const runs = (from: number) => from >= 0 && from + segment.length <= window.length && segment.every((w, k) => window[from + k]?.norm === w);
  const isIn = (i: number) => i >= 0 && i < window.length && SEGMENT_PREPOSITION.test(window[i].norm);
  if (isIn(hi + 1) && runs(hi + 2)) return segment.length;
  const before = lo - segment.length - 1;
  if (isIn(before) && runs(before + 1)) return segment.length;
  return 0;
}

/** The position nearest the anchor; of two as near, the one nearer the number (listed first). */
function nearest(positions: readonly number[], anchor: number): number {
  let p = positions[0];
  for (let j = 1; j < positions.length; j++) if (Math.abs(positions[j] - anchor) < Math.abs(p - anchor)) p = positions[j];
  return p;
}

/** Whether any of the positions lies in [lo, hi]. */
function near(positions: readonly number[] | undefined, lo: number, hi: number): boolean {
  if (positions) for (const i of positions) if (i >= lo && i <= hi) return true;
  return false;
}

/** What a term's best placing matched: the words, the qualifiers before and inside, what stands between it and the number. */
function matchOf({ term, index, isAfter, picked, score, full }: Scored, subject: Subject): SubjectMatch {
  const window = index.words;
  const termWords = wordsOfTerm(term);
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of picked) {
    if (p < 0) continue;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  const qualifiers: string[] = [];
  for (let i = lo; i <= hi; i++) {
    const w = window[i];
    // Verbs and words of comparison inside the span ("Net income … compared to … per diluted share") qualify nothing.
    if (!termWords.has(w.norm) && !isStop(w.norm) && !WEAK.has(w.norm) && !(NOT_QUALIFIER.test(w.norm) && !adjective(w.norm)) && !COMPARISON.test(w.norm)) qualifiers.push(w.text);
  }
  // "Net capital expenditures … were $102.7 million" (Saia, 1Q20: purchases of property less the proceeds of disposals)
  // where the line is "Acquisition of property and equipment", which the words name only by another name of it: "net"
  // says the figure is netted of something, and neither the line's label nor the name says so. ("Net sales" for
  // "Revenues" is a name of its own that prints the word.)
  const netQualifies = lo > 0 && window[lo - 1]!.norm === 'net' && OTHER_NAME.test(term.source) && !NET_WORD.test(term.source) && !NET_WORD.test(subject.label);
  if (netQualifies) qualifiers.unshift(window[lo - 1]!.text);
  // Adjacent words before the match, back to a stop word: "Data Center" in "Data Center revenue",
  // "Fee-related" in "Fee-related earnings", "operating" in "Distributable operating earnings".
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const w = window[i];
    if (isStop(w.norm) || (NOT_QUALIFIER.test(w.norm) && !adjective(w.norm) && !nounOfCompound(window, i)) || (w.end < window[i + 1].start - 2 && !window[i + 1].afterPeriod)) break;
    if (!termWords.has(w.norm) && !WEAK.has(w.norm)) qualifiers.unshift(w.text);
  }
  // After the number, words before the match that the term does not explain: "$2 billion of retail
  // capital per month via our combined wealth solutions platforms" is not the line "Wealth solutions".
  if (isAfter) {
    // … and after it: "$0.4 million of long term debt repayments" is not the balance "Long-term debt".
    for (let i = 0; i < window.length; i++) {
      const w = window[i];
      if ((i < lo || i > hi) && !termWords.has(w.norm) && !isStop(w.norm) && !WEAK.has(w.norm)) qualifiers.push(w.text);
    }
  }
  const between: string[] = [];
  if (!isAfter) {
    // A word of the line's own label, the term matched being another name of it, names nothing else: "Cash flows from
    // operating activities of $583 million" matched as cash from operations, the label "… operating activities".
    const own = labelNorms(subject);
    for (let i = hi + 1; i < window.length; i++) {
      const w = window[i];
      if (termWords.has(w.norm) || own.has(w.norm) || isStop(w.norm) || WEAK.has(w.norm) || NOT_QUALIFIER.test(w.norm) || BETWEEN_OK.test(w.norm)) continue;
      between.push(w.text);
    }
  }
  // The words that matched, with the qualifiers the match took in stride ("GAAP net loss", not "loss").
  let from = lo;
  while (from > 0 && WEAK.has(window[from - 1].norm) && !(netQualifies && from === lo)) from--;
  const matched: Word[] = [];
  for (let i = from; i <= hi; i++) if (termWords.has(window[i].norm) || WEAK.has(window[i].norm)) matched.push(window[i]);
  return {
    score,
    full,
    words: matched,
    qualifiers,
    after: isAfter,
    between,
    subject,
    term,
  };
}

/** The normal forms of a subject's label's words, read once a subject (every match of every number asks). */
function labelNorms(subject: Subject): ReadonlySet<string> {
  let own = labelNormsOf.get(subject);
  if (!own) labelNormsOf.set(subject, (own = new Set(wordsOf(subject.label).map((w) => w.norm))));
  return own;
}
const labelNormsOf = new WeakMap<Subject, ReadonlySet<string>>();

// Each core entry's alternatives ("income|loss"), asked for at every word of every window: split once per term.
const coreAlternatives = new WeakMap<Term, string[][]>();
function coreForms(term: Term): string[][] {
  let forms = coreAlternatives.get(term);
  if (!forms) coreAlternatives.set(term, (forms = term.core.map((c) => c.split('|'))));
  return forms;
}

// A term's words are asked for at every anchor of every window: computed once per term.
const termWords = new WeakMap<Term, Set<string>>();
function wordsOfTerm(term: Term): Set<string> {
  let words = termWords.get(term);
  if (!words) termWords.set(term, (words = new Set([...term.core, ...term.context].flatMap((w) => w.split('|')))));
  return words;
}

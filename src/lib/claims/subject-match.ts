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
import { isStop, WEAK, type Word } from './words-of.ts';

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

// Words that may stand between a subject and its number: verbs of reporting and change.
const BETWEEN_OK =
  /^(?:increase|decrease|decline|growth|gain|improvement|reduction|change|rise|drop|jump|business|unit|division|operation|operating|amount|total|level|figure|result|compare|versus|vs|approximately|almost|nearly|about|around|roughly|more|over|just|respectively|same|period|quarter|year|month|ago|basis|point|percent|charge|expense|cost|item|benefit|credit)$/;

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
  const windows = [
    [indexWindow(before), false],
    [indexWindow(after), true],
  ] as const;
  for (const subject of subjects) {
    // Terms are compared by score; only the best one's matched words are worked out.
    let best: Scored | null = null;
    for (const term of subject.terms) {
      if (term.core.length === 0) continue;
      for (const [window, isAfter] of windows) {
        if (window.words.length === 0) continue;
        const m = scoreTerm(term, window, isAfter);
        if (m && (!best || better(m, best))) best = m;
      }
    }
    if (best) matches.push({ ...matchOf(best), subject, term: best.term });
  }
  return matches.sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score);
}

/** A full match beats a partial one; then the higher score. */
function better(a: Pick<SubjectMatch, 'full' | 'score'>, b: Pick<SubjectMatch, 'full' | 'score'>): boolean {
  return a.full !== b.full ? a.full : a.score > b.score;
}

/** The words of a window, with where each normal form occurs and how many content words end it. */
interface WindowIndex {
  words: readonly Word[];
  /** Positions of each normal form, nearest the number (last) first. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** contentFrom[i]: words from position i to the end that are not stop words. */
  contentFrom: readonly number[];
}

const NOWHERE: readonly number[] = [];

function indexWindow(words: readonly Word[]): WindowIndex {
  const positions = new Map<string, number[]>();
  const contentFrom: number[] = new Array(words.length + 1);
  contentFrom[words.length] = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const norm = words[i].norm;
    const list = positions.get(norm);
    if (list) list.push(i);
    else positions.set(norm, [i]);
    contentFrom[i] = contentFrom[i + 1] + (isStop(norm) ? 0 : 1);
  }
  return { words, positions, contentFrom };
}

/** Positions of any of a core entry's alternatives, nearest the number first. */
function positionsOf(index: WindowIndex, forms: readonly string[]): readonly number[] {
  if (forms.length === 1) return index.positions.get(forms[0]) ?? NOWHERE;
  const all = new Set<number>();
  for (const form of forms) for (const i of index.positions.get(form) ?? NOWHERE) all.add(i);
  return [...all].sort((a, b) => b - a);
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

function scoreTerm(term: Term, index: WindowIndex, isAfter: boolean): Scored | null {
  const window = index.words;
  // Positions of each core word in the window, nearest the number first.
  const at = coreForms(term).map((forms) => positionsOf(index, forms));
  if (at.every((positions) => positions.length === 0)) return null;
  const termWords = wordsOfTerm(term);
  let best: { picked: number[]; score: number } | null = null;
  // Anchor on each occurrence of each core word; take every other word's occurrence nearest the anchor.
  for (const positions of at) {
    for (let a = 0; a < positions.length && a < 3; a++) {
      const anchor = positions[a];
      const picked: number[] = new Array(at.length);
      let found = 0;
      let lo = Infinity;
      let hi = -Infinity;
      for (let k = 0; k < at.length; k++) {
        const ps = at[k];
        if (ps.length === 0) {
          picked[k] = -1;
          continue;
        }
        let p = ps[0];
        for (let j = 1; j < ps.length; j++) if (Math.abs(ps[j] - anchor) < Math.abs(p - anchor)) p = ps[j];
        picked[k] = p;
        found++;
        if (p < lo) lo = p;
        if (p > hi) hi = p;
      }
      let gaps = 0;
      for (let i = lo; i <= hi; i++) {
        const w = window[i].norm;
        if (!termWords.has(w) && !isStop(w) && !WEAK.has(w)) gaps++;
      }
      let context = 0;
      for (const c of term.context) {
        if ((index.positions.get(c) ?? NOWHERE).some((i) => i >= lo - 4 && i <= hi + 4)) context++;
      }
      const distance = isAfter ? 0 : index.contentFrom[hi + 1];
      const score = 4 * found + context - 1.5 * gaps - 0.3 * distance + (isAfter ? 5 : 0);
      if (!best || score > best.score) best = { picked, score };
    }
  }
  if (!best) return null;
  return { term, index, isAfter, picked: best.picked, score: best.score, full: at.every((positions) => positions.length > 0) };
}

/** What a term's best placing matched: the words, the qualifiers before and inside, what stands between it and the number. */
function matchOf({ term, index, isAfter, picked, score, full }: Scored): Omit<SubjectMatch, 'subject' | 'term'> {
  const window = index.words;
  const termWords = wordsOfTerm(term);
  const found = picked.filter((p) => p >= 0).sort((a, b) => a - b);
  const lo = found[0];
  const hi = found[found.length - 1];
  const qualifiers: string[] = [];
  for (let i = lo; i <= hi; i++) {
    const w = window[i];
    if (!termWords.has(w.norm) && !isStop(w.norm) && !WEAK.has(w.norm)) qualifiers.push(w.text);
  }
  // Adjacent words before the match, back to a stop word: "Data Center" in "Data Center revenue".
  for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
    const w = window[i];
    if (isStop(w.norm) || NOT_QUALIFIER.test(w.norm) || w.end < window[i + 1].start - 2) break;
    if (!termWords.has(w.norm) && !WEAK.has(w.norm)) qualifiers.unshift(w.text);
  }
  const between: string[] = [];
  if (!isAfter) {
    for (let i = hi + 1; i < window.length; i++) {
      const w = window[i];
      if (termWords.has(w.norm) || isStop(w.norm) || WEAK.has(w.norm) || NOT_QUALIFIER.test(w.norm) || BETWEEN_OK.test(w.norm)) continue;
      between.push(w.text);
    }
  }
  // The words that matched, with the qualifiers the match took in stride ("GAAP net loss", not "loss").
  let from = lo;
  while (from > 0 && WEAK.has(window[from - 1].norm)) from--;
  const matched = window.slice(from, hi + 1).filter((w) => termWords.has(w.norm) || WEAK.has(w.norm));
  return {
    score,
    full,
    words: matched,
    qualifiers,
    after: isAfter,
    between,
  };
}

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

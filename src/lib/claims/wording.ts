/**
 * What the words around a number add to it: a qualifier ("almost 7 percent",
 * "approximately $19 million") that changes the interval the figure stands
 * for, and, for a change, a direction ("up", "declined", "higher than") that
 * gives the unsigned figure its sign.
 */

export type Qualifier = 'almost' | 'approximately' | 'more-than' | 'less-than';
export type Direction = 'up' | 'down';

export interface Wording {
  qualifier: { kind: Qualifier; word: string } | null;
  direction: { kind: Direction; word: string } | null;
}

const WORDING_WINDOW = 400;

// Only words immediately before the number qualify it.
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(almost|nearly|just under)\s+$/i, 'almost'],
  [/\b(approximately|about|around|roughly)\s+$/i, 'approximately'],
  [/\b(more than|over|above|at least|just over|in excess of)\s+$/i, 'more-than'],
  [/\b(less than|under|below|up to)\s+$/i, 'less-than'],
];

const UP =
  /\b(up|increased?|increases|increasing|rose|risen|rise|rising|grew|grown|grow|growth|improved?|improves|improving|improvement|higher|gain(?:ed|s)?)\b/gi;
const DOWN =
  /\b(down|decreased?|decreases|decreasing|declined?|declines|declining|fell|fallen|fall|falling|lower|dropped|drop|reduced|reduction|shrank)\b/gi;
// "46.5 percent higher than …": a comparative right after the number.
const AFTER = /^\s+(higher|more|greater|above|lower|less|below)\s+than\b/i;
const AFTER_UP = /^(higher|more|greater|above)$/i;
// "a 12.0% increase", "a 3 percent year-over-year decline": the change's own noun, right after it.
const NOUN_AFTER =
  /^\s+(?:(?:year[\s-]over[\s-]year|sequential|quarter[\s-]over[\s-]quarter)\s+)?(increase|growth|gain|rise|improvement|jump|decrease|decline|drop|reduction)\b/i;
const NOUN_UP = /^(increase|growth|gain|rise|improvement|jump)$/i;

/**
 * The wording of the number at [start, end) of `line` (0-based character
 * offsets). The direction is the comparative right after the number if there
 * is one, else the nearest direction word before it in the same clause (back
 * to the previous ";" or end of sentence), so that "declined 3 percent
 * year-over-year and 7 percent sequentially" reads both as decreases.
 */
export function readWording(whole: string, start: number, end: number): Wording {
  // The clause around the number is all that counts: a window keeps a line of thousands of numbers linear.
  const from = Math.max(0, start - WORDING_WINDOW);
  const line = whole.slice(from, end + WORDING_WINDOW);
  start -= from;
  end -= from;
  const before = line.slice(0, start);
  let qualifier: Wording['qualifier'] = null;
  for (const [re, kind] of QUALIFIERS) {
    const m = before.match(re);
    if (m) {
      qualifier = { kind, word: m[1] };
      break;
    }
  }
  return { qualifier, direction: directionOf(line, start, end) };
}

function directionOf(line: string, start: number, end: number): Wording['direction'] {
  const after = line.slice(end).match(AFTER);
  if (after) return { kind: AFTER_UP.test(after[1]) ? 'up' : 'down', word: `${after[1]} than` };
  const noun = line.slice(end).match(NOUN_AFTER);
  if (noun) return { kind: NOUN_UP.test(noun[1]) ? 'up' : 'down', word: noun[1] };
  // exec with lastIndex rather than matchAll (a copied pattern and an iterator for every number of the prose).
  let boundary = 0;
  const before = line.slice(0, start);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m !== null; m = CLAUSE_END.exec(before)) boundary = m.index + 1;
  const clause = line.slice(boundary, start);
  let best: { at: number; kind: Direction; word: string } | null = null;
  for (const { re, kind } of DIRECTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      if (!best || m.index > best.at) best = { at: m.index, kind, word: m[1] };
    }
  }
  return best && { kind: best.kind, word: best.word };
}

// None of these matches empty.
const CLAUSE_END = /[;.!?](?=\s)/g;
const DIRECTIONS: readonly { re: RegExp; kind: Direction }[] = [
  { re: UP, kind: 'up' },
  { re: DOWN, kind: 'down' },
];

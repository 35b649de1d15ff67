/**
 * Spelled-out numbers: the cardinals one to twenty, the tens, "hundred" and
 * "dozen", their hyphenated compounds ("twenty-five"), and the ordinals first
 * to twelfth. Scale words standing alone ("in thousands", "Thousands of
 * companies") are not numbers: they state units or a vague quantity.
 */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** First to twelfth, in order. */
export const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
];

/** Regex alternatives, longest first so that "twenty-five" wins over "twenty". */
export const NUMBER_WORDS = [
  `(?:${TENS.join('|')})-(?:${UNITS.slice(1).join('|')})`,
  ...TENS,
  ...TEENS,
  ...UNITS,
  'hundred',
  'dozen',
  ...ORDINALS,
];

/** The value of a number word as a decimal string ("fourth" → "4", "twenty-five" → "25"). */
export function wordValue(word: string): string {
  const w = word.toLowerCase();
  const ordinal = ORDINALS.indexOf(w);
  if (ordinal >= 0) return String(ordinal + 1);
  if (w === 'hundred') return '100';
  if (w === 'dozen') return '12';
  const [tens, unit] = w.split('-');
  const t = TENS.indexOf(tens);
  if (t >= 0) return String((t + 2) * 10 + (unit ? UNITS.indexOf(unit) : 0));
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return String(teen + 10);
  return String(UNITS.indexOf(w));
}

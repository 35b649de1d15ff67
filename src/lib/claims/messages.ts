/**
 * Every sentence the claims layer writes: errors in claims.yaml, numbers left
 * unaccounted for, and the wording part of a claim's explanation. Tests pin
 * the exact text.
 */

// A verdict in a reading's words.
const VERDICT_WORDS: Record<string, string> = { exact: 'exact', rounding: 'within rounding', mismatch: 'does not tie', unverifiable: 'cannot be verified' };

export const messages = {
  // claims.yaml: finding the number an entry quotes
  notFound: (quote: string) =>
    `'${quote}' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry`,
  ambiguous: (quote: string, lines: number[]) =>
    `'${quote}' occurs ${lines.length} times in the prose (lines ${[...new Set(lines)].join(', ')}): add context: a longer quote around it`,
  notInContext: (text: string, context: string) => `expected '${text}' inside its context '${context}'; it is not there`,
  ambiguousInContext: (text: string, context: string, count: number) =>
    `'${text}' occurs ${count} times in '${context}': quote less context, or add nth: 1 … ${count}`,
  nthTooLarge: (text: string, nth: number, count: number) =>
    `expected occurrence ${nth} of '${text}'; there ${count === 1 ? 'is 1' : `are ${count}`}`,
  noNumberInText: (text: string) => `expected a number in '${text}'; it has none that a claim can assert`,
  manyNumbersInText: (text: string, found: string[]) =>
    `expected one number in '${text}'; it has ${found.length} (${found.map((f) => `'${f}'`).join(', ')}): quote less`,
  notClaimable: (text: string, kind: string) =>
    `'${text}' is a ${kind}, which names or locates something: list it as not derivable instead of claiming it`,
  selectsNothing: () => 'expected this entry to select at least one number in the prose; it selects none',
  regexPattern: (pattern: string, piece: string) =>
    `'${pattern}' looks like a regular expression ('${piece}'); a pattern is literal text in which * stands for any run of characters`,
  claimedTwice: (text: string, first: string) => `'${text}' is already claimed by the entry at ${first}`,
  claimedAndListed: (text: string, claim: string) =>
    `'${text}' is claimed by the entry at ${claim} and also listed here as not derivable: keep one`,
  nothingToConfirm: (text: string, why: string) =>
    `'${text}' has no automatic link to confirm (${why}): write what it asserts with is:`,

  // The expression of a claim (`is:`); its syntax errors are checks/expression.ts's, shared with the relations.
  unknownConcept: (concept: string, measures: string[]) =>
    `no concept '${concept}' in the company model; use a concept id from model.yaml${measures.length ? `, a measure (${measures.join(', ')})` : ''} or a fact id in [brackets]`,
  measureCycle: (name: string) => `the measure '${name}' refers to itself`,
  badMeasure: (name: string, problem: string) => `the model's measure '${name}' cannot be read here: ${problem}`,
  unknownPeriod: (period: string, known: string[]) => `no period '${period}' in this release (it has ${known.join(', ')})`,
  noFact: (concept: string, period: string) => `the release prints no ${concept} for ${period}`,
  unknownFact: (id: string) => `no fact '${id}' in this release`,
  dimensions: (op: string, left: string, right: string) => `cannot ${op} ${left} and ${right}`,
  unitMismatch: (text: string, wants: string, got: string) => `'${text}' states ${wants}, but the expression gives ${got}`,

  // Wording, as the first sentence of an explanation.
  direction: (word: string, signed: string) => `“${word}” gives the change its sign: ${signed}.`,
  sizeOfNegative: (word: string) =>
    `The line is printed negative in both periods (an expense or outflow in parentheses), so “${word}” speaks of its size: the change is taken between the sizes.`,
  flat: () => '“flat” reads as a change of 0 percent at whole-percent precision (±0.5).',
  approximately: (word: string, unit: string) =>
    `“${word}” allows a whole unit of the last significant digit (${unit}) instead of half a unit.`,
  bounded: (word: string, lo: string | null, hi: string | null) =>
    hi === null ? `“${word}” stands for ${lo} or more.` : lo === null ? `“${word}” stands for ${hi} or less.` : `“${word}” stands for ${lo} to ${hi}.`,
  boundedWithin: (computed: string, from: string | undefined) =>
    `Computed ${computed}${from ? ` (from ${from})` : ''} lies within.`,
  boundedOutside: (computed: string, from: string | undefined, lo: string, hi: string) =>
    `Computed ${computed}${from ? ` (from ${from})` : ''} lies outside: the rounded inputs allow ${lo} to ${hi}.`,
  inputsUnverifiable: (reason: string) => `Cannot verify: ${reason}.`,
  // A part of a total the sentence breaks up (grouped-part.ts).
  groupedPart: (line: string, group: readonly string[], alone: string, grouped: string) =>
    `The sentence breaks a total into parts, which may each join lines the table prints apart. Read as “${line}” alone: ${alone} ` +
    `Read as ${group.map((l) => `“${l}”`).join(' + ')}, printed together under the same total: ${grouped} ` +
    'The words do not say which: no reading is certain.',
  kindredLines: (line: string, group: readonly string[], alone: string, together: string) =>
    `The table prints “${line}” and ${group.length === 2 ? 'a line' : 'lines'} of the same kind qualified, which the words may take in. Read as “${line}” alone: ${alone} ` +
    `Read as ${group.map((l) => `“${l}”`).join(' + ')}: ${together} The words do not say which: no reading is certain.`,
  lineAlone: (line: string, verdict: string) => `“${line}” alone: ${VERDICT_WORDS[verdict] ?? verdict}`,
  linesGrouped: (group: readonly string[], verdict: string) =>
    `${group.map((l) => `“${l}”`).join(' + ')}: ${VERDICT_WORDS[verdict] ?? verdict}`,
  proseLineTooLong: (numbers: number, max: number) =>
    `this line of prose prints ${numbers.toLocaleString('en-US')} numbers, more than the ${max.toLocaleString('en-US')} a paragraph is read to for claims: they are not read as claims (break it into paragraphs to have them read)`,
} as const;

/** Why a whole class of numbers is not derivable, when claims.yaml says nothing of it. */
export const CLASS_REASONS: Record<string, string> = {
  period: 'names the period a figure is about; the period is not itself an amount',
  date: 'a calendar date: when something happened or will happen',
  year: 'a year, naming when something happened',
  time: 'a time of day',
  phone: 'a telephone number',
  'form-name': 'the name of an SEC filing form',
  footnote: 'a footnote marker, or the number of the footnote it marks',
  enumeration: 'the number of an item in an enumeration',
  url: 'part of a web or mail address',
};

/** Names of the wordings a claim can carry, as its explanation states them. */
export const QUALIFIER_WORDS = {
  almost: 'almost',
  approximately: 'approximately',
  'more-than': 'more than',
  'less-than': 'less than',
} as const;

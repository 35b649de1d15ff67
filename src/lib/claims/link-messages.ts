/**
 * Every sentence the automatic linker writes: why a number is not derivable,
 * why it is left unlinked, and the notes of a link's evidence. Tests pin the
 * exact text.
 */
export const linkMessages = {
  // Not derivable
  forward: () => 'a forward-looking statement (an outlook, an expectation or a plan): the tables report only periods that have ended',
  futurePeriod: (words: string) => `about ${words}, a period after the release's own: the tables cannot confirm it`,
  spelledOut: (text: string) => `“${text}” is a spelled-out number that counts or orders things, not a figure of the tables`,
  duration: (text: string) => `“${text}” names a length of time, not an amount`,
  ordinal: (text: string) => `“${text}” is an ordinal that orders things, not a figure of the tables`,
  inHeading: () => 'printed in a heading, which states no claim of its own: the text below it does',
  year: (text: string) => `“${text}” is a year, naming when something happened`,
  partOfName: (name: string) => `part of a name (“${name}”), not a quantity`,
  noValue: (text: string) => `“${text}” has no single value (it is part of a name or a code)`,
  notFinancial: (text: string, about: string) =>
    about ? `“${text}” is about ${about}, which the tables do not report` : `“${text}” is no financial figure the tables report`,

  // Unlinked
  priorInParentheses: () =>
    'the comparison period\'s figure, printed in parentheses after this period\'s (“14.1% (17.7%)”): its period is not established here',
  nothingNamed: (about: string) => `the words around it${about ? ` (${about})` : ''} name no line item the tables print`,
  notPrinted: (named: string) => `the words name “${named}”, which no table prints`,
  changeNamedAfter: (named: string, before: string) =>
    `a change of “${named}”, as the words after it name, not of “${before}”, named before it for another figure; that the tables print it as one line the words do not establish`,
  nounOfFigureBefore: (named: string) => `“${named}” is printed right after the figure before, as its noun; no line item is named right after this one`,
  printedNegative: (label: string) => `“${label}” is printed negative, as the table presents it; the prose states a size, and it is compared with the line's size`,
  otherClause: (named: string, clause: string) => `“${named}” is the figure before's; “${clause}” opens a clause of its own, whose figure is what its verb names, no line the tables print`,
  several: (labels: string[]) => `several line items fit it equally: ${labels.map((l) => `“${l}”`).join(', ')}`,
  loosely: (labels: string[]) =>
    `the words point at ${labels.slice(0, 3).map((l) => `“${l}”`).join(' or ')} only in part: the value of a figure is no evidence of what it is`,
  between: (label: string, between: string[]) => `the words name “${label}”, but “${between.join(' ')}” stands between it and the figure`,
  noPeriodNamed: (label: string) =>
    `the words name “${label}” but no period, and its figure for the release's own period differs: the release reports more than one period`,
  noComparisonNamed: (label: string) =>
    `the words name “${label}” but not the period it is compared with, and the change from the only one the tables print differs`,
  effectOn: (words: string) =>
    `the figure is an effect on a line (“${words}”), neither the line's level nor its change between periods: the tables print no such effect`,
  cashNotSaid: (label: string) =>
    `the tables print “${label}” in the statement of cash flows, the cash paid or received for it, which may settle in another period than the transaction: the words name the transaction and do not say the figure is the cash, and the two differ`,
  rateLevelOrPoints: (label: string) =>
    `“${label}” is printed in percent, itself a rate: “increased” or “decreased” by a percentage may state its level or its change in points, and neither reading agrees with the tables`,
  presentedAsPart: (words: string, label: string) =>
    `the sentence presents the figure as a part (“${words}”), not the whole of “${label}”: the tables print no such part`,
  partWithin: (label: string, whole: string) =>
    `the sentence presents the figure as the part of “${label}” within “${whole}”, not all of “${label}”: the tables print no such part`,
  countedWith: (label: string, counted: string) =>
    `the words count more or less than “${label}” in the figure (“${counted}”), which the line does not state: the tables print no such line`,
  grossOfNet: (gross: string, counterpart: string) => `a net figure, where the tables print “${gross}” and “${counterpart}” apart`,
  annualized: (base: string) =>
    `a share of a span shorter than a year in “${base}”, which the release annualizes (it says “annualized”) without saying how (by days or by four)`,
  levelOrChange: (words: string) => `“${words}” may state the line at its level or by its change from the period before; the words do not say which`,
  partGivenRise: (label: string) => `what one event gave rise to in “${label}”: a part of the line, which the tables do not print apart`,
  growthRateLine: (label: string) => `the words name the line '${label}', whose figures are themselves growth rates: the figure is one of them, not a change of them, and the words do not say which`,
  namedAsPercentage: (printed: string, label: string) =>
    `the sentence gives its words as a percentage (“${printed}”): they name a ratio there, whose change is no growth of “${label}”`,
  otherBasis: (basis: string) => `a figure on another basis than the tables' (“${basis}”)`,
  partBeside: (label: string, part: string) => `the words name “${label}”, but the tables also print “${part}”, which they may include`,
  attributableOrNot: (printed: string, attributable: string) =>
    `the words name “${printed}”, which the tables print both as such and, for a share of it, as “${attributable}”: the figure states the first, and which one the words mean is not established`,
  attributableOther: (printed: string, attributable: string, other: string) =>
    `the words name “${printed}”, which the tables print as “${attributable}” and as “${other}”: the figure states the second, and which one the words mean is not established`,
  guidanceBase: (label: string, table: string) =>
    `the tables print “${label}” for this period only in an outlook table (${table}), as the base of its guidance, whose basis the release may set apart: which figure the words mean is not established`,
  conflict: (label: string, period: string) => `the tables print more than one figure of “${label}” for ${period}: which one the words mean is not established`,
  together: (a: string, b: string) => `the words name “${a}” and “${b}” together: whether the figure is one of them or their sum they do not say`,
  fromPrinted: (figures: string) => `the change of the rounded figures the sentence prints (${figures}); the tables' unrounded figures give another`,
  segmentNotRead: (segment: string, label: string) =>
    `the sentence names no segment, and the one before speaks of “${segment}”: the words are about its line, which no table prints in the figure's unit, not the company's “${label}”`,
  periodsUnpaired: (periods: string) => `the sentence opens with several periods (“${periods}”) and does not say which of its figures is of which`,
  unpaired: () => 'one of a list closed by “respectively”, whose subjects or periods the sentence does not list one for each figure',
  ratioOfItself: (label: string) => `the words name “${label}” both as the part and as the whole: the part is something no table prints`,
  farFrom: (label: string, text: string) =>
    `the words name “${label}”, but its figure is far from ${text}: the sentence is likely about something else`,
  noComparison: (label: string) => `the words name “${label}” but not the period it is compared with, and the tables print more than one`,
  noFactInPeriod: (label: string, when: string) => `the tables print no “${label}” for ${when}`,

  // Evidence
  releasePeriod: () => "the release's period",
  defaultPeriod: (label: string) => `${label} (the release's period; no period named)`,
  spanEndPeriod: (label: string, words: string) => `${label} (the end of “${words}”, a span, for a balance)`,
  spanEndNotEstablished: (label: string, words: string) =>
    `the words name “${label}” with “${words}”, a span, but the line is a balance at a date: that the figure is the one at the span's end the words do not establish, and there it differs`,
  onlyPeriod: (label: string) => `${label} (no period named; the only one the tables print to compare with)`,
  outflow: (label: string) => `“${label}” is printed as a negative amount; the prose states its size`,
  headingNamesLine: (line: string, subject: string) => `the heading names the line “${line}”: the figure is likely that line's, not the company's “${subject}”`,
  partNamedBefore: (part: string, label: string) =>
    `the words speak of “${part}”, a part of the company named before, and which part the release does not establish here: not the “${label}” the tables print`,
  segmentBefore: (segment: string) => `the sentence names no segment, and the one before speaks of “${segment}”, whose line this is`,
  rateLevel: (label: string) => `“${label}” is printed in percent, itself a rate: the percentage after “increased” or “decreased” is its level`,
  underHeading: (heading: string) => `under the heading “${heading}”, which names nothing in the tables`,
  qualifiers: (words: string[]) => `the words “${words.join(' ')}” are not in its label`,
  partial: (of: number, found: number) => `the words name it in part (${Math.min(found, of)} of ${of} words of its label)`,
} as const;

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
  partOfName: (name: string) => `part of a name (“${name}”), not a quantity`,
  noValue: (text: string) => `“${text}” has no single value (it is part of a name or a code)`,
  notFinancial: (text: string, about: string) =>
    about ? `“${text}” is about ${about}, which the tables do not report` : `“${text}” is no financial figure the tables report`,

  // Unlinked
  nothingNamed: (about: string) => `the words around it${about ? ` (${about})` : ''} name no line item the tables print`,
  notPrinted: (named: string) => `the words name “${named}”, which no table prints`,
  several: (labels: string[]) => `several line items fit it equally: ${labels.map((l) => `“${l}”`).join(', ')}`,
  noAgreement: (labels: string[]) =>
    `the words point at ${labels.slice(0, 3).map((l) => `“${l}”`).join(' or ')} only loosely, and no figure of ${labels.length > 1 ? 'them' : 'it'} agrees`,
  farFrom: (label: string, text: string) =>
    `the words name “${label}”, but its figure is far from ${text}: the sentence is likely about something else`,
  noComparison: (label: string) => `the words name “${label}” but no period to compare with, and no comparison agrees`,
  noFactInPeriod: (label: string, when: string) => `the tables print no “${label}” for ${when}`,

  // Evidence
  releasePeriod: () => "the release's period",
  defaultPeriod: (label: string) => `${label} (the release's period; no period named)`,
  periodFromValue: (label: string) => `${label} (no period named; the figure agrees with this one only)`,
  outflow: (label: string) => `“${label}” is printed as a negative amount; the prose states its size`,
  underHeading: (heading: string) => `under the heading “${heading}”, which names nothing in the tables`,
  qualifiers: (words: string[]) => `the words “${words.join(' ')}” are not in its label`,
  sumOfParts: (labels: string[]) => `the words name ${labels.length} line items together: the figure is their sum, linked because it agrees`,
  partial: (of: number, found: number) => `the words name it in part (${Math.min(found, of)} of ${of} words of its label)`,
} as const;

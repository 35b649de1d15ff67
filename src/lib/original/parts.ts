/**
 * The original document as the page writes it: safe HTML in pieces, between which sit the
 * slots of its figures (`parts` alternates strings and slot numbers). Each slot has the digits
 * it prints without grouping (`figures`, for aligning with the facts) and its text as printed
 * (`slotText`, plain text; `underlined` where the release rules it as a total).
 */
export interface OriginalParts {
  parts: (string | number)[];
  figures: string[];
  slotText: string[];
  underlined?: boolean[];
}

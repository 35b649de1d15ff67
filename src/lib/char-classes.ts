/**
 * Character classes by code (`text.charCodeAt(i)`), for the scanners that read every word of a
 * release by hand rather than by a pattern (claims/words-of.ts, site/labels.ts): each answers as
 * the class it is named for does in a regular expression.
 */

/** [A-Za-z] */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** [0-9] */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** \s */
export function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

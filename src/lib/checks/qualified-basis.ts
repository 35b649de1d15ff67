/**
 * The words that put a change on a qualified basis: not the change of the figures as printed, but of figures the
 * release adjusts and does not print (at constant currency, organic, same-store, …). One vocabulary for every check
 * that reads a change: ./growth.ts (a change column's header), ./growth-rows.ts (a growth row's label or its
 * heading), ./change-columns.ts and ./change-rows.ts (the change impacts bridge the reported one to).
 *
 * Two tiers. A basis word names another basis wherever it stands. A bridge word ("Core", "Operational", "Adjusted",
 * "excluding", "Non-GAAP") names one only where impacts printed beside it bridge the reported change to it (PepsiCo's
 * "Core Constant Currency % Change", J&J's "Operational", or "Operations" in its supplementary sales data's "Percent
 * Change: Total | Operations | Currency"): elsewhere it as often names a measure whose own printed
 * figures the change is of ("Adjusted EBITDA growth", Oracle's "Non-GAAP" change of its non-GAAP columns, "Core FFO"),
 * and a change of printed figures is checked.
 */

/** Words naming a change on another basis than as printed, wherever they stand; the longer of two forms first. */
const BASIS = [
  String.raw`constant[\s-]+currenc(?:y|ies)`,
  'constant',
  'cer',
  'cc',
  String.raw`(?:excluding|ex|excl\.?)[\s-]+(?:foreign[\s-]+)?(?:currency|fx|exchange)`,
  String.raw`(?:fx|currency)[\s-]+neutral`,
  String.raw`local[\s-]+currenc(?:y|ies)`,
  'organic',
  String.raw`same[\s-]+(?:stores?|property)`,
  String.raw`comparable(?:[\s-]+(?:stores?|sales))?`,
  String.raw`like[\s-]+for[\s-]+like`,
  'lfl',
  'underlying',
  String.raw`pro[\s-]+forma`,
];

/** Words naming a basis only where impacts bridge the reported change to it. */
const BRIDGE = ['core', 'operational', 'operations', 'adjusted', 'excluding', String.raw`ex\.?`, 'non-gaap'];

const words = (alternatives: readonly string[]) => new RegExp(String.raw`\b(?:${alternatives.join('|')})\b`, 'i');

const BASIS_WORDS = words(BASIS);
const BRIDGED_WORDS = words([...BASIS, ...BRIDGE]);

/**
 * The basis a text names for a change ("constant currency", "organic", "like-for-like" for the abbreviation European
 * releases print, "LfL change": Carmila), lower case; null where it names none.
 */
export function qualifiedBasis(text: string): string | null {
  const m = BASIS_WORDS.exec(text);
  return m ? m[0].toLowerCase().replace(/\s+/g, ' ').replace(/^lfl$/, 'like-for-like') : null;
}

/** Whether a text names a change on another basis than as printed, wherever it stands. */
export const namesBasis = (text: string): boolean => BASIS_WORDS.test(text);

/** Whether a text names the change impacts bridge the reported one to: a basis, or a bridge word. */
export const namesBridgedBasis = (text: string): boolean => BRIDGED_WORDS.test(text);

/**
 * Currencies printed by name before a figure: "Yen 263.8" (Cboe's Japanese equities, 4Q24, beside "EUR 0.233" of its
 * European ones). The names are the last word of each ISO 4217 currency's English name as CLDR gives it (through
 * Intl), kept where that word names one currency alone: "Yen" (Japanese Yen), "Euro", "Rand", "Zloty", "Baht";
 * "Dollar", "Pound", "Franc", "Peso", "Krone" and "Won" name several and say nothing alone. Codes beginning with X
 * (funds, metals, drawing rights) are no currency a release prints amounts in. Shared by the importer (a name in a
 * cell of its own belongs to the figure after it) and the ingest (the figure's currency).
 */

/** Each name word, as CLDR prints it, with its code. */
function names(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'currency' });
  const byWord = new Map<string, string[]>();
  for (const code of Intl.supportedValuesOf('currency')) {
    const word = english.of(code)?.split(' ').at(-1);
    if (!word) continue;
    byWord.set(word, [...(byWord.get(word) ?? []), code]);
  }
  const out = new Map<string, string>();
  for (const [word, codes] of byWord) if (codes.length === 1 && !codes[0]!.startsWith('X') && /^\p{Lu}\p{Ll}+$/u.test(word)) out.set(word, codes[0]!);
  return out;
}

const NAMES = names();

/** The ISO code a currency's name word names, as printed ("Yen") or in capitals ("YEN"); null for any other word. */
export function currencyOfName(word: string): string | null {
  const w = word.trim();
  return NAMES.get(w) ?? NAMES.get(w.charAt(0) + w.slice(1).toLowerCase()) ?? null;
}

/** A regular-expression source matching a currency's name word, as printed or in capitals (the caller adds anchors). */
export const CURRENCY_NAME = String.raw`(?:${[...NAMES.keys()].flatMap((w) => [w, w.toUpperCase()]).join('|')})\b`;

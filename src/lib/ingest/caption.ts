/** What a table's title block says. */
export interface Caption {
  title: string;
  /** "(In thousands, except per share amounts)" as printed, or null. */
  unitNote: string | null;
  /** Power of ten the unit statement names, or null when it names none. */
  scale: number | null;
}

const UNIT_NOTE = /\((?:dollars\s+|amounts\s+)?in\s+(thousands|millions|billions)\b[^)]*\)/i;
const SCALES: Record<string, number> = { thousands: 3, millions: 6, billions: 9 };

/**
 * Reads a title block: the unit statement wherever it is, and the title from the
 * remaining short lines less the company's name.
 */
export function readCaption(lines: string[], companyName: string): Caption {
  const text = lines.join(' ');
  const note = UNIT_NOTE.exec(text);
  const company = companyName.trim().toUpperCase();
  const titleLines = lines
    .map((l) => l.trim())
    .filter((l) => l.length <= 100 && !l.endsWith(':') && !UNIT_NOTE.test(l))
    .filter((l) => !(company && l.toUpperCase() === company));
  // A caption line may start with the company's name ("… CORPORATION NON-GAAP (ADJUSTED) …").
  const title = titleLines
    .join(' ')
    .replace(company ? new RegExp(`^${escapeRegExp(company)}\\s+`, 'i') : /^$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    title,
    unitNote: note ? note[0] : null,
    scale: note ? SCALES[note[1].toLowerCase()] : null,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

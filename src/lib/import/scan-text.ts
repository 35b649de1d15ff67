/**
 * A light reading of a release text for drafting release.yaml: its prose lines, and per
 * table the title block, each column's joined header and the printed cells. The ingest
 * is the real reader; this only gathers the evidence metadata is inferred from.
 */
import { ruleSegments } from './text-tokens.ts';

export interface ScannedText {
  prose: { line: number; text: string }[];
  tables: ScannedTable[];
}

export interface ScannedTable {
  line: number;
  title: string[];
  /** Each column's header lines joined top to bottom ("Three Months Ended October 30, 2022"). */
  columns: string[];
  /** Every printed value cell. */
  cells: string[];
  /** The labels of rows that print no value: captions and statements inside the table ("SEK m", "(In thousands)"). */
  labels: string[];
  /** The unit a row's label ends on, in parentheses, where the row prints values ("Gross rental income (EURm)"). */
  rowUnits: string[];
}

const hasTab = (l: string) => l.includes('\t');
/** A line drawn with dashes or equals signs between a table's lines: it names no column and holds no figure. */
const isRule = (l: string) => ruleSegments(l.replace(/\t/g, ' ')) !== null;
/** A caption between a table's rows: short, not a sentence ("Operating expenses:", "Commitments and contingencies"). */
const isCaption = (l: string) => {
  const t = l.trim();
  return (t.length <= 80 || (t.length <= 200 && t.endsWith(':'))) && !/[.!?]$/.test(t);
};
const isHeader = (l: string) => hasTab(l) && !isRule(l) && l.split('\t')[0].trim() === '' && l.replace(/\t/g, '').trim() !== '';

export function scanText(text: string): ScannedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const prose: ScannedText['prose'] = [];
  const tables: ScannedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!hasTab(lines[i])) {
      if (lines[i].trim() !== '') prose.push({ line: i + 1, text: lines[i].trim() });
      i++;
      continue;
    }
    const start = i;
    const header: string[][] = [];
    while (i < lines.length && (isHeader(lines[i]) || (header.length > 0 && isRule(lines[i])))) {
      if (isRule(lines[i])) i++;
      else header.push(lines[i++].split('\t').slice(1));
    }
    const cells: string[] = [];
    const labels: string[] = [];
    const rowUnits: string[] = [];
    for (;;) {
      if (i >= lines.length) break;
      if (!hasTab(lines[i])) {
        // Captions between rows ("Operating expenses:") and blank lines keep the table going when rows follow, as the ingest reads them.
        let k = i;
        let captions = 0;
        while (k < lines.length && !hasTab(lines[k]) && captions <= 3 && (lines[k].trim() === '' || isCaption(lines[k]))) {
          if (lines[k].trim() !== '') captions++;
          k++;
        }
        if (cells.length === 0 || k >= lines.length || !hasTab(lines[k]) || lines[k].split('\t')[0]!.trim() === '' || captions > 3) break;
        i = k;
      }
      if (isRule(lines[i])) {
        i++;
        continue;
      }
      // A header line after rows starts the next table; an unlabelled row of figures does not.
      if (isHeader(lines[i]) && cells.length > 0 && /[A-Za-z]/.test(lines[i].replace(/<\/?u>/g, ''))) break;
      const [label, ...values] = lines[i++].split('\t');
      const printed = values.map((c) => c.trim()).filter(Boolean);
      if (printed.length === 0 && label!.trim() !== '') labels.push(label!.trim());
      const unit = printed.length > 0 ? /\(([^()]{1,40})\)\s*$/.exec(label!) : null;
      if (unit) rowUnits.push(unit[1]!);
      cells.push(...printed);
    }
    // The title block: the lines without tabs just above the table, up to a blank line.
    const title: string[] = [];
    for (let k = start - 1; k >= 0 && lines[k].trim() !== '' && !hasTab(lines[k]); k--) title.unshift(lines[k].trim());
    tables.push({ line: start + 1, title, columns: joinColumns(header), cells, labels, rowUnits });
  }
  return { prose, tables };
}

/** Joins header lines per column; an empty cell after a span phrase takes the phrase (hand-written text). */
function joinColumns(header: string[][]): string[] {
  const width = Math.max(0, ...header.map((h) => h.length));
  const filled = header.map((cells) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push((cells[c] ?? '').trim() || (/ended|ending/i.test(out[c - 1] ?? '') ? out[c - 1] : ''));
    return out;
  });
  return Array.from({ length: width }, (_, c) => filled.map((row) => row[c]).filter(Boolean).join(' ').replace(/\s+/g, ' '));
}

/**
 * How a check names line items in its formula and title: as the release prints them,
 * with just enough context to tell apart rows that share a label.
 */
import { baseLabel, type CompanyModel } from '../model/index.ts';
import type { Fact, Table, TableRow } from '../types.ts';

/**
 * A row's label in words. A bare "Total", or a label the table prints in several sections
 * (row ids with `--`), is prefixed with its section, cut at its first comma:
 * "Segment Profit — Total", "Direct cost of network — Data center services"; a line printed
 * with no label is a subtotal: "Current assets — subtotal".
 */
export function rowWords(row: Pick<TableRow, 'id' | 'label' | 'section'> | Pick<Fact, 'row' | 'label' | 'section'>): string {
  const id = 'id' in row ? row.id : row.row;
  const section = row.section[row.section.length - 1];
  // A line of figures printed with no label is the subtotal its id says (ingest's 'subtotal'): "Current assets — subtotal".
  const label = row.label.trim() === '' ? 'subtotal' : row.label;
  const ambiguous = /^(?:sub)?total$/i.test(label) || id.includes('--');
  if (ambiguous && section) return `${section.split(',')[0]} — ${label}`;
  return label === 'subtotal' ? 'Subtotal' : label;
}

/** A concept's label from the company model, else the base model's, else its id. */
export function conceptWords(model: CompanyModel, concept: string): string {
  return model.concepts[concept]?.label ?? baseLabel(concept) ?? concept;
}

/** A table as a reader knows it: its title, else the first lines it is named by, else its id in words (never a bare id). */
export function tableName(table: Pick<Table, 'id' | 'title' | 'name'>): string {
  return table.title || table.name || tableWords(table.id);
}

/** A table id in words: "statement-of-operations" → "statement of operations". */
export function tableWords(table: string): string {
  return table.replace(/-/g, ' ');
}

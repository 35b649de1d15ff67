/**
 * The period of a cell's figure and the reading that set it, told as the figure's evidence. A figure is of its
 * column's period unless its row or sections say otherwise, first by the first of: the span its section names, ending
 * where its column's ends; its column's header in the year its label names; its label's own period; a caption over its
 * lines; its column's end, as its section says or as a balance is held; the change to its column's since a date its
 * section names. Each reading is found by `build-table.ts`; this says which of them holds and how.
 */

const q = (text: string): string => JSON.stringify(text);

export interface PeriodReadings {
  /** The cell's column: its period, header, and whether it holds references to notes. */
  column: { period: string; header: string; reference: boolean };
  /** The span the row's section names, ending where the column's ends ("Six months ended"), with that section. */
  span: { period: string; section: string } | null;
  /** The twelve months ending where the column's period ends, the row's label naming them ("Net income -- TTM"). */
  trailing?: { period: string; label: string } | null;
  /** The column's header in the year the row's label names (`yearCompletes`). */
  year: string | null;
  /** The row's label's own period; `spanDated` where it prints only the date the columns' span ends on. */
  label: { period: string; spanDated: boolean } | null;
  /** A caption over the row's lines naming one period. */
  caption: { period: string; label: string } | null;
  /** The row's section saying its lines stand at the period's end ("At December 31"). */
  atEnd: string | undefined;
  /** The row is a balance held at its column's end, and the section saying it is one where that is what says so. */
  balance: { section: string | undefined } | null;
  /** The row's section naming a change since a date ("Change since December 31, 2023"). */
  since: string | undefined;
  endOf: (period: string) => string;
  changeSince: (label: string, period: string) => string | null;
}

export type PeriodReading =
  | { by: 'span'; period: string; section: string }
  | { by: 'trailing'; period: string; label: string }
  | { by: 'year'; period: string; header: string }
  | { by: 'label'; period: string; spanDated: boolean }
  | { by: 'caption'; period: string; caption: string }
  | { by: 'end'; period: string; section: string }
  | { by: 'balance'; period: string; section: string | undefined }
  | { by: 'since'; period: string; section: string }
  | { by: 'column'; period: string };

/** The reading that sets a cell's period, the first that applies. */
export function cellPeriod(r: PeriodReadings): PeriodReading {
  const { column } = r;
  // The row's own words name its span: "Operating cash flow -- trailing twelve months (TTM)" under "Q4 2022" is the
  // twelve months ending December 31, 2022, never the quarter (Amazon's supplemental metrics).
  if (r.trailing && !column.reference) return { by: 'trailing', ...r.trailing };
  if (r.span) return { by: 'span', ...r.span };
  if (r.year) return { by: 'year', period: r.year, header: column.header };
  if (r.label && !column.reference) return { by: 'label', ...r.label };
  if (r.caption && column.period === '' && !column.reference) return { by: 'caption', period: r.caption.period, caption: r.caption.label };
  // The end of the column's period, or the change since a date, where it is another period than the column's own.
  const moved = (period: string | null) => period !== null && period !== column.period;
  if (r.atEnd !== undefined || r.balance) {
    const period = r.endOf(column.period);
    if (!moved(period)) return { by: 'column', period: column.period };
    return r.atEnd !== undefined ? { by: 'end', period, section: r.atEnd } : { by: 'balance', period, section: r.balance!.section };
  }
  const since = r.since !== undefined ? r.changeSince(r.since, column.period) : null;
  if (moved(since)) return { by: 'since', period: since!, section: r.since! };
  return { by: 'column', period: column.period };
}

/** The evidence a reading gives for a figure's period: empty where it is its column's. */
export function periodEvidence(reading: PeriodReading): string {
  switch (reading.by) {
    case 'span':
      return `; period ${reading.period}: the span its section ${q(reading.section)} names, ending where its column's ends`;
    case 'trailing':
      return `; period ${reading.period}: the twelve months ending where its column's period ends, as its label ${q(reading.label)} says`;
    case 'year':
      return `; period ${reading.period}: its column's header ${q(reading.header)} in the year its label names`;
    case 'label':
      return `; period ${reading.period}: ${reading.spanDated ? `the span its columns' header names, ending on the date its label prints` : 'its label'} (the columns name none)`;
    case 'caption':
      return `; period ${reading.period}: the caption ${q(reading.caption)} over its lines (the columns name none)`;
    case 'end':
      return `; period ${reading.period}: the end of its column's, as its section ${q(reading.section)} says`;
    case 'balance':
      return `; period ${reading.period}: the end of its column's, as a balance is held${reading.section !== undefined ? ` (its section ${q(reading.section)} says it is one)` : ''}`;
    case 'since':
      return `; period ${reading.period}: the change to its column's since the date its section ${q(reading.section)} names`;
    case 'column':
      return '';
  }
}

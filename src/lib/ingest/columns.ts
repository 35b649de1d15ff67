/**
 * A table's header lines → its columns: each column's joined header text, its period, the
 * name of the column within that period (a dimension), its unit, currency and scale, and the
 * key that ends its facts' ids. Change columns are resolved from the neighbouring period
 * columns; a share column ("% of total") takes the period of the column it follows.
 */
import type { Period } from '../types.ts';
import { splitCells, type Cell } from './cells.ts';
import { findDates } from './dates.ts';
import { changePeriod, isSpanHeader, namesChange, parseHeaderPeriod, periodInTitle, priorPeriod, spanEndingOn, titleSpan, TRAILING, withoutChangeWords, type ChangeMeasure, type HeaderContext } from './periods.ts';
import { readHeaderUnit, readUnitStatement, type StatedUnit } from '../units/unit-statements.ts';
import { countHeadingScale, headsCount, headsMeasure, headsYears } from './units.ts';
import { slugify } from './labels.ts';
import { messages } from './messages.ts';
import { monthsOf, nearDates, shiftMonths } from './release-periods.ts';
import { duration, fiscalPeriod, instant } from './fiscal-calendar.ts';

export interface Column {
  /** 0-based index among the value cells of a line. */
  index: number;
  /** The header texts joined top to bottom, markup removed. */
  header: string;
  /** Its own, lowest header text ("% Change" under a span "Year Ended December 31,"), which names a change. */
  own: string;
  line: number;
  column: number;
  /** What the column holds: a period's figures, a change, a share of a period's total, a named column, or nothing readable. */
  kind: 'period' | 'change' | 'share' | 'named' | 'none';
  /** The last part of its facts' ids: `2010-q2`, `2023-q2.outlook`, `2010-q2-vs-2009-q2`, `note`; null for 'none'. */
  key: string | null;
  /** Period id; '' for a column that names none. */
  period: string;
  /** Slug of the column's name within its period ("outlook", "level-1", "note"); null when the period alone names it. */
  dimension: string | null;
  unit: StatedUnit;
  /** Cells are references to notes, not quantities ("Note" columns). */
  reference: boolean;
  /** Its heading names a count ("Number of leases", "Headcount"): its figures are counts, not the money stated for the table. */
  count: boolean;
  /** Its heading names a year as what its figures are ("Year Built"): those printed as years name one, and measure nothing. */
  years?: true;
  /** For change columns: ratio (growth in percent) or difference, when the header says. */
  measure: ChangeMeasure | null;
  /** For change columns: its sign says better or worse, not up or down ("Fav/(Unfav)"). */
  favourable: boolean;
  /** For a change on another basis whose current figures the table prints in a column of their own: that column. */
  current?: Column;
  /** Where its period came from, or why it has none. */
  evidence: string;
  /** Its header says its figures are restated ("As Restated", "2018 (Restated)", "As Recast") or as first printed ("As Previously Reported"): see basisOf. */
  basis: ColumnBasis | null;
  /** A named column under a span with no date ("Fourth Quarter Ended" over "Americas"): the span's length, which a row's date ends. */
  span?: { months: number; weeks?: number };
}

export type ColumnBasis = 'restated' | 'previously-reported';

/**
 * What a column's header says of its figures against an earlier printing: restated ("As
 * Restated", "As Revised", "As Recast", "(Restated)", "Restated and Recast"), or as previously
 * reported ("As Previously Reported", "As Originally Reported"); null for anything else. "As
 * Reported" alone is not read: in a reconciliation it names the GAAP figures, not an earlier
 * printing.
 */
export function basisOf(header: string): ColumnBasis | null {
  if (/\b(?:previously|originally)\s+(?:reported|presented|filed|issued)\b/i.test(header)) return 'previously-reported';
  if (/\b(?:restated|revised|recast|re-?presented)\b/i.test(header)) return 'restated';
  return null;
}

export interface Header {
  columns: Column[];
  periods: Period[];
  /** Number of value columns the header names. */
  width: number;
  /** A unit statement printed in the header's top-left cell ("($ in millions, except earnings per share)"). */
  cornerUnit: (StatedUnit & { note: string }) | null;
}

type Report = (line: number, column: number, message: string) => void;

/**
 * Reads header lines (0-based line numbers into `lines`). `title` is the table's title, which
 * names the period of a table whose columns name none ("Three Months Ended May 1, 2022"
 * above segment columns).
 */
/** A column's own cell naming a margin: "Margin (%)", "Gross margin %", "Operating Margin". */
/** A column of references to notes: "Note", "Notes", "Note ref.", "Reference". */
const REFERENCE_HEADING = /^(?:notes?|note\s+ref(?:erence)?s?\.?|refs?\.?|references?)$/i;
/** A statement of flows by its title: operations, income, earnings, comprehensive income, cash flows. */
const FLOWS_TITLE = /\b(?:statements?\s+of\s+(?:consolidated\s+)?(?:operations|income|earnings|comprehensive\s+(?:income|loss)|(?:net\s+)?loss|cash\s+flows?)|income\s+statements?|cash\s+flows?\s+statements?)\b/i;
const MARGIN_OWN = /^(?:(?:gross|operating|net|ebitda|profit)\s+)?margins?(?:\s*\(%\)|\s*%)?$/i;

export function readHeader(
  headerLines: number[],
  lines: string[],
  title: string,
  ctx: HeaderContext & { currency: string },
  at: Report,
  markers: ReadonlySet<number> = new Set(),
  percents: ReadonlySet<number> = new Set(),
): Header {
  const rows = headerLines.map((n) => splitCells(lines[n]).map((c) => ({ ...c, line: n + 1 })));
  const corner = rows.map((cells) => cells[0].text).filter((t) => t !== '');
  const cornerText = corner.join(' ');
  const cornerUnit = readUnitStatement(cornerText, ctx.currency);
  // A span phrase in the corner ("Year ended December 31,") heads every column.
  const cornerSpan = !cornerUnit && isSpanHeader(cornerText) ? cornerText : '';
  const valueRows = rows.map((cells) => cells.slice(1));
  let width = 0;
  for (const cells of valueRows) {
    for (let i = cells.length - 1; i >= 0; i--) {
      if (cells[i].text) {
        width = Math.max(width, i + 1);
        break;
      }
    }
  }

  // A header that writes a span phrase in each column it covers ("Quarter Ended December 28, 2024" three
  // times, as the import writes every span it reads) writes all its spans so: a cell written once covers
  // its own column only ("Impact from" over "Foreign | Currency", "Quarter" over "Ended | December | 30, 2023").
  // So does one heading of any words written into every column of its line, three at least ("FIRST QUARTER" over each
  // of J&J's five, 1Q23): its "Percent" over "to Sales" alone heads no "Amount" beside it. So does a line of periods
  // named without their year, each written into two columns or more, every column under one ("Q3 | Q3 | Q4 | Q4 | FULL
  // YEAR | FULL YEAR", J&J's 8-K recasting 2023); not headings of other words so written (Pfizer's "DEVELOPED EUROPE"
  // over each of its four columns: a "% Change" written once over "Total | Oper." under it still heads both), nor a
  // line of periods beside other headings (Saia's "First Quarter | First Quarter | % | Amount/Workday | …"). (Dates
  // repeated, "December 31 | December 31", are each their own column's.)
  const spansWrittenOut = valueRows.some(
    (cells) => cells.some((c, i) => i > 0 && isSpanHeader(c.text) && clean(c.text) === clean(cells[i - 1].text)) || writtenAcross(cells.slice(0, width)) || periodsAcross(cells.slice(0, width)),
  );
  // A column of percentages past the last heading, where amounts and percentages alternate up to it: the share beside the
  // last period's amounts, its heading spanning the amounts alone or none printed (Dave & Buster's "14 Weeks Ended February
  // 4, 2018" over "$ 35,640" and nothing over "11.7%", beside "13 Weeks Ended February 3, 2019" over "$ 29,436 | 8.9 %").
  if (width >= 2 && percents.has(width) && percents.has(width - 2) && !percents.has(width - 1)) width++;
  const texts: string[][] = Array.from({ length: width }, () => (cornerSpan ? [cornerSpan] : []));
  const origin: ({ line: number; column: number } | null)[] = Array.from({ length: width }, () => null);
  // A column's header is the lines right above its figures: prose printed over them (a side panel's bullets beside the
  // header, a note the page set in the columns) ends it, and nothing above the prose heads the column.
  const proseTo = Array.from({ length: width }, (_, i) => valueRows.findLastIndex((cells) => isProse(clean(cells[i]?.text ?? ''))));
  valueRows.forEach((cells, k) => {
    if (titleOverSpans(valueRows, k, ctx.currency)) return;
    for (let i = 0; i < width; i++) {
      const cell = cells[i];
      if (!cell?.text) continue;
      const text = clean(cell.text);
      let last = i;
      while (
        last + 1 < width &&
        !cells[last + 1]?.text &&
        underOneHeading(valueRows, k, i, last + 1) &&
        (spansWrittenOut ? trailingSpan(text, valueRows, k, i, last + 1) : spreads(text, valueRows, k, i, last + 1))
      )
        last++;
      for (let j = i; j <= last; j++) {
        if (k <= proseTo[j]) continue;
        texts[j].push(text);
        origin[j] ??= { line: cell.line, column: cell.column };
      }
    }
  });
  // A column printing only note marks ("(b)" beside each figure) heads nothing, whatever span runs over it.
  for (const i of markers) if (i < width) texts[i] = [];
  percentOfChangeUnderSpan(texts);
  percentBesideChange(texts, percents);

  const readings = texts.map((parts, i) => {
    const header = (datedSpanOverYear(texts, i) ?? parts.join(' ')).replace(/\s+/g, ' ').trim();
    // A column's own unit statement, "(millions of Pesos unless otherwise stated)" over one group of columns and
    // "(millions of Dollars, …)" over the other (FIBRA Macquarie): its currency and scale are that column's alone.
    // A statement its column's cells leave open ("(millions of Dollars, unless" over "4Q23") is one too.
    const statement = readUnitStatement(header, ctx.currency);
    const open = statement ? null : readUnitStatement(header.replace(/\(([^()]*)$/, '($1)'), ctx.currency);
    const printed = readHeaderUnit(statement ? header.replace(statement.note, ' ') : header, ctx.currency);
    const stated = statement ?? open;
    const unit = stated ? { ...printed, currency: printed.currency ?? stated.currency, scale: printed.scale ?? stated.scale, statement: true as const } : printed;
    const where = origin[i] ?? { line: headerLines[0] + 1, column: 1 };
    let reading = parseHeaderPeriod(unit.rest, ctx, unit.percent);
    // A change phrase over a column whose own cell names a margin ("Year/Year Growth (%)" over "Margin (%)", as
    // ServiceNow's 1Q20 page stacks one table's headings over the next): the column holds the period's margin, no change.
    if (reading?.kind === 'change' && parts.length > 1 && MARGIN_OWN.test(parts.at(-1)!)) {
      const kept = parts.filter((p, k) => k === parts.length - 1 || !namesChange(p)).join(' ');
      reading = parseHeaderPeriod(readHeaderUnit(kept, ctx.currency).rest, ctx, unit.percent);
    }
    // "Three Months" spread over "December 31, 2024 | December 31, 2023 | Change $" (Choice Properties, 4Q24) spans the
    // periods the change compares, no "three months' change": the change is between the columns beside it, as its own
    // cell, read alone, says nothing of which.
    if (reading?.kind === 'change' && reading.basis === 'qoq' && !reading.pair && !reading.against && parts.length > 1 && i > 0 && texts[i - 1]![0] === parts[0]) {
      const alone = parseHeaderPeriod(readHeaderUnit(parts.slice(1).join(' '), ctx.currency).rest, ctx, unit.percent);
      if (alone?.kind === 'change' && alone.basis === null) reading = { ...reading, basis: null };
    }
    return { header, own: parts.at(-1) ?? '', unit, where, reading };
  });
  const anyPeriod = readings.some((r) => r.reading?.kind === 'period');
  const titlePeriod = anyPeriod ? null : parseHeaderPeriod(title, ctx);
  // A year printed alone under a title that states the span ("Three months ended December 31," over
  // "2024 2023") is that span of that year, not the fiscal year. Only where every period column prints
  // its year alone: beside "Q1-08 … Q3-10", a "2008" is the year, whatever day the title is "as of".
  // A share column dated by a year over its phrase ("2020 % of Net Sales") is read with them.
  const dated = (r: (typeof readings)[number]) => r.reading?.kind === 'period' || (r.reading?.kind === 'share' && r.reading.period !== undefined);
  const periodReadings = readings.filter(dated);
  const allBare = periodReadings.length > 0 && periodReadings.every((r) => (r.reading?.kind === 'period' || r.reading?.kind === 'share') && r.reading.bareYear !== undefined);
  const span = allBare ? (titleSpan(title, ctx) ?? quarterOverHeader(readings.map((r) => ({ header: r.header, bareYear: (r.reading?.kind === 'period' || r.reading?.kind === 'share') && r.reading.bareYear !== undefined })), ctx)) : null;
  const fromTitle = new Set<number>();
  const trailingFromTitle = new Set<number>();
  if (span) {
    readings.forEach((r, i) => {
      if ((r.reading?.kind !== 'period' && r.reading?.kind !== 'share') || r.reading.bareYear === undefined) return;
      const spanned = periodInTitle(r.reading.bareYear, span, ctx);
      // A balance sheet's years under a title naming the span its statements cover ("STATEMENT OF FINANCIAL POSITION
      // SIX MONTHS ENDED 30 JUNE 2022" over "2022 | 2021") stand at the span's end: balances, never flows.
      const period = spanned?.kind === 'duration' && ctx.balanceSheet && spanned.end ? instant(spanned.end) : spanned;
      if (period) {
        r.reading = { ...r.reading, period, bareYear: undefined };
        fromTitle.add(i);
      }
    });
  }
  // A span the title states over columns that each print a day alone ("Nine Months Ended" over "May 28, 2026 | May 29,
  // 2025": Micron's cash flows, whose heading row's first cell the page left as a line of the title) is that span ending
  // on each day, where the span can end there. A day at the fiscal year's end that the span cannot end on, beside days
  // it does, is the year ended that day: a statement of flows prints the audited year beside the year to date ("Six
  // months ended" over "June 30, 2023 | June 30, 2022 | December 31, 2022"). Only where every column is so read, and
  // never on a balance sheet, whose days stand as printed.
  const allDays = periodReadings.length > 0 && periodReadings.every((r) => r.reading?.kind === 'period' && r.reading.dayAlone === true);
  const daySpan = allDays && !ctx.balanceSheet ? titleSpan(title, ctx) : null;
  const spannedDays = new Map<number, 'span' | 'year' | 'release-year'>();
  if (daySpan) {
    const read = periodReadings.map((r) => {
      const day = r.reading?.kind === 'period' ? r.reading.period.end : undefined;
      return day ? spanEndingOn(day, daySpan, ctx) : null;
    });
    const yearEnd = (r: (typeof readings)[number]): Period | null => {
      const day = r.reading?.kind === 'period' ? r.reading.period.end : undefined;
      const year = day ? duration(day, 12, ctx.calendar) : null;
      return year?.id.endsWith('-fy') && daySpan.months !== 12 && daySpan.months !== null ? year : null;
    };
    const whole = read.some((p) => p !== null) && periodReadings.every((r, k) => read[k] !== null || yearEnd(r) !== null);
    if (whole) {
      periodReadings.forEach((r, k) => {
        const period = read[k] ?? yearEnd(r);
        if (r.reading?.kind !== 'period' || !period) return;
        r.reading = { ...r.reading, period, dayAlone: undefined };
        spannedDays.set(readings.indexOf(r), read[k] ? 'span' : 'year');
      });
    }
  }
  // A statement of flows whose title states no span, over days alone ("STATEMENTS OF OPERATIONS" over "Dec. 31, 2024 |
  // Dec. 31, 2023", Royalty Management's 2024 results), in a release of a whole fiscal year that ends on one of those
  // days: the years ended those days, as its reader takes them from the headline. Never in a release of a quarter,
  // where the days may end the quarter or the year to date alike.
  if (allDays && !ctx.balanceSheet && spannedDays.size === 0 && ctx.wholeYear && ctx.fiscalYear !== undefined && FLOWS_TITLE.test(title) && !daySpan) {
    const years = periodReadings.map((r) => (r.reading?.kind === 'period' && r.reading.period.end ? duration(r.reading.period.end, 12, ctx.calendar) : null));
    if (years.every((y) => y !== null && y.id.endsWith('-fy')) && years.some((y) => y!.id === `${ctx.fiscalYear}-fy`)) {
      periodReadings.forEach((r, k) => {
        if (r.reading?.kind !== 'period') return;
        r.reading = { ...r.reading, period: years[k]!, dayAlone: undefined };
        spannedDays.set(readings.indexOf(r), 'release-year');
      });
    }
  }
  // A title that calls its columns trailing four quarters ("FREE CASH FLOW—TRAILING 4-QUARTERS" over
  // "Fiscal 2014 | Q1"): each column is the twelve months ending where its quarter ends, never the quarter.
  const trailingTitle = TRAILING.test(title) && !readings.some((r) => TRAILING.test(r.header));
  if (trailingTitle) {
    readings.forEach((r, i) => {
      if (r.reading?.kind !== 'period' || r.reading.period.kind !== 'duration' || !r.reading.period.end) return;
      r.reading = { ...r.reading, period: duration(r.reading.period.end, 12, ctx.calendar), bareYear: undefined };
      trailingFromTitle.add(i);
    });
  }
  const quoted = (t: string) => `"${t.length > 80 ? `${t.slice(0, 79)}…` : t}"`;
  // "Three Months Ended May 31," over "2022 GAAP | Adj. | 2022 Non-GAAP": a column whose own words name no year, between
  // two columns of one period under the same span, is that period's, named within it (Oracle, 4Q FY2022). Never at
  // a table's edge, nor between two periods.
  const between = (i: number): Period | null => {
    const [left, right] = [readings[i - 1]?.reading, readings[i + 1]?.reading];
    if (readings[i]!.reading?.kind !== 'error' || left?.kind !== 'period' || right?.kind !== 'period' || left.period.id !== right.period.id) return null;
    const span = texts[i]![0];
    return span && isSpanHeader(span) && texts[i - 1]![0] === span && texts[i + 1]![0] === span && !YEAR.test(readings[i]!.own) ? left.period : null;
  };

  const periods = new Map<string, Period>();
  const columns: Column[] = readings.map(({ header, own, unit, where, reading }, index) => {
    const heading = reading && 'rest' in reading ? reading.rest : unit.rest;
    // "CPU Units k": the scale its things counted are printed in, which no currency's scale reads.
    const countScale = !unit.percent && unit.currency === null ? countHeadingScale(heading) : null;
    const column: Column = {
      index, header, own, ...where, kind: 'none', key: null, period: '', dimension: null, basis: basisOf(header),
      unit: { currency: unit.currency, scale: unit.scale ?? countScale, percent: unit.percent, ...(unit.points ? { points: true as const } : {}), ...(unit.basisPoints ? { basisPoints: true as const } : {}), ...(unit.statement ? { statement: true as const } : {}) }, reference: false, measure: null, favourable: false,
      count: !unit.percent && unit.currency === null && (headsCount(heading) || headsMeasure(header)),
      ...(!unit.percent && unit.currency === null && headsYears(heading) ? { years: true as const } : {}),
      evidence: `no period: its header ${quoted(header)} names none${title ? ', nor does the title' : ''}`,
    };
    // "First Quarter", "Full Year" with no year, under a title that names the period they are of.
    const within = titlePeriod?.kind === 'period' && (reading?.kind === 'error' || reading?.kind === 'named') ? periodWithin(header.replace(/<\/?u>/gi, ''), titlePeriod.period, ctx) : null;
    if (within) {
      periods.set(within.id, within);
      return { ...column, kind: 'period', period: within.id, evidence: `its header ${quoted(header)}, ${titlePeriod?.kind === 'period' && within === titlePeriod.period ? 'the period' : 'a quarter of the year'} the title ${quoted(title)} names` };
    }
    const inside = between(index);
    if (inside) {
      return { ...column, kind: 'period', period: inside.id, dimension: dimensionOf(own), evidence: `the period of the columns either side of it, under the same span ${quoted(texts[index]![0]!)}; its words ${quoted(own)} name the column within it` };
    }
    if (reading?.kind === 'error') {
      column.evidence = `no period: its header ${quoted(header)} cannot be read as one${reading.message ? ` (${reading.message})` : ''}`;
      at(where.line, where.column, reading.message ? messages.badDate(header, reading.message) : messages.badPeriod(header));
      // Its figures are kept, under the header's words, rather than lost with the header.
      return { ...column, kind: 'named', dimension: dimensionOf(header) ?? `column-${index + 1}` };
    }
    // A "Note" column under a span of the period (OpenText's reconciliations, "Three Months Ended September 30, 2023"
    // over "GAAP-based Measures | Adjustments | Note | Non-GAAP-based Measures"): its "(1)", "(2)" are references to
    // the notes under the table, never figures of the period.
    if (reading?.kind === 'period' && REFERENCE_HEADING.test(clean(own)) && reading.rest !== '' && REFERENCE_HEADING.test(reading.rest.trim())) {
      return { ...column, kind: 'named', dimension: dimensionOf(reading.rest), reference: true, evidence: `references to notes: its header ${quoted(header)}` };
    }
    if (reading?.kind === 'period') {
      periods.set(reading.period.id, reading.period);
      const evidence = trailingFromTitle.has(index)
        ? `its header ${quoted(header)} names the period's end; the title ${quoted(title)} makes it twelve months trailing to it`
        : spannedDays.get(index) === 'span'
        ? `its header ${quoted(header)} prints the day alone; the span from the title ${quoted(title)}, ending that day`
        : spannedDays.get(index) === 'release-year'
        ? `its header ${quoted(header)} prints the day alone over a statement of flows (the title ${quoted(title)}); the release's own period is the fiscal year: the year ended that day`
        : spannedDays.get(index) === 'year'
        ? `its header ${quoted(header)} prints the fiscal year's last day alone, beside the title's span ${quoted(title)} ending on the other columns' days: the year ended that day`
        : fromTitle.has(index)
        ? `its header ${quoted(header)} prints the year alone; the span and day from the title ${quoted(title)}`
        : reading.bareYear !== undefined
          ? `its header ${quoted(header)} prints the year alone, read as the fiscal year${ctx.balanceSheet ? "'s end (a balance sheet)" : ''}`
          : `its header ${quoted(header)}`;
      return { ...column, kind: 'period', period: reading.period.id, dimension: dimensionOf(reading.rest), evidence };
    }
    // "$ Change": the currency taken out of the header says the change is a difference.
    if (reading?.kind === 'change') {
      return { ...column, kind: 'change', measure: reading.measure ?? (unit.currency ? 'difference' : null), favourable: reading.favourable === true, evidence: `a change: its header ${quoted(header)}` };
    }
    if (reading?.kind === 'share') {
      if (reading.period) {
        periods.set(reading.period.id, reading.period);
        const dates = fromTitle.has(index) ? `, whose year the title ${quoted(title)} gives its span and day` : reading.bareYear !== undefined ? ', whose year alone is read as the fiscal year' : ', which dates it';
        return { ...column, kind: 'share', period: reading.period.id, dimension: `percent-of-${slugify(reading.rest) || 'total'}`, unit: { ...column.unit, percent: true }, evidence: `a share of a total: its header ${quoted(header)}${dates}` };
      }
      return { ...column, kind: 'share', dimension: `percent-of-${slugify(reading.rest) || 'total'}`, unit: { ...column.unit, percent: true }, evidence: `a share of a total: its header ${quoted(header)}; the period of the column before it` };
    }
    if (reading?.kind === 'named' && reading.rest) {
      const dimension = dimensionOf(reading.rest);
      const reference = REFERENCE_HEADING.test(reading.rest);
      if (titlePeriod?.kind === 'period' && !reference) {
        periods.set(titlePeriod.period.id, titlePeriod.period);
        return { ...column, kind: 'named', period: titlePeriod.period.id, dimension, reference, evidence: `the title ${quoted(title)}; its header ${quoted(header)} names the column within it` };
      }
      // A span with no date ("Three Months", "Year Ended") under a title or introducing sentence dating one day ("… for the
      // three months and year ended December 31, 2024:", Choice Properties' reconciliations to its proportionate share):
      // that span ending that day, where it can end there.
      const day = reading.spanWithoutDate && reading.span && !reference ? (titleDay(title) ?? ctx.spanEnd ?? null) : null;
      const ending = day ? spanEndingOn(day.iso, { months: reading.span!.months, ...(reading.span!.weeks ? { weeks: reading.span!.weeks } : {}), dates: [], days: [], asOf: false }, ctx) : null;
      if (ending) {
        periods.set(ending.id, ending);
        return { ...column, kind: 'named', period: ending.id, dimension, evidence: `its header ${quoted(header)} names the span; the day it ends, ${quoted(day!.text)}, the title or the sentence introducing the table dates; ${quoted(reading.rest)} names the column` };
      }
      const evidence = reference
        ? `references to notes: its header ${quoted(header)}`
        : reading.spanWithoutDate
          ? `no period: its header ${quoted(header)} names a span but no date or year; ${quoted(reading.rest)} names the column`
          : column.evidence;
      return { ...column, kind: 'named', dimension, reference, evidence, ...(reading.span && !reference ? { span: reading.span } : {}) };
    }
    return column;
  });

  // "Three months ended | Three months ended" over "March 31 2022 | Per Common Share": a column named under the
  // span its left neighbour dates, with no date of its own, is that period's, named within it.
  for (let i = 1; i < columns.length; i++) {
    const [left, column] = [columns[i - 1], columns[i]];
    const reading = readings[i].reading;
    if (column.kind !== 'named' || column.period || reading?.kind !== 'named' || !reading.spanWithoutDate || left.kind !== 'period' || !left.period) continue;
    const span = texts[i][0];
    if (!span || span !== texts[i - 1][0] || !isSpanHeader(span)) continue;
    column.period = left.period;
    column.evidence = `the period of the column before it, under the same span ${quoted(span)}; ${quoted(reading.rest)} names the column within it`;
  }
  resolveChanges(columns, periods, ctx, readings.map((r) => r.reading));
  spannedChanges(columns, texts);
  resolveShares(columns);
  for (const c of columns) if (c.kind === 'share' && !c.period) c.evidence = `no period: a share of a total (${quoted(c.header)}) with no period column before it`;
  assignKeys(columns, at);
  return { columns, periods: [...periods.values()], width, cornerUnit };
}

/**
 * "Three months ended December 31, 2025 | Year ended December 31, 2025" over "2025 | 2024 | 2025 | 2024" (Chipotle's
 * reconciliations): a span printed with a full date over columns that each print a year alone, the date's year one of
 * theirs, is that span ending on the date's day in each column's own year. The header so read, or null where the
 * column is not one of such a group.
 */
function datedSpanOverYear(texts: string[][], i: number): string | null {
  const parts = texts[i]!;
  const own = parts.at(-1) ?? '';
  if (parts.length < 2 || !BARE_YEAR.test(own)) return null;
  const above = parts.slice(0, -1).join(' ');
  const dates = isSpanHeader(above) ? findDates(above) : [];
  if (dates.length !== 1 || !dates[0]!.iso) return null;
  // One span and one year above, the year that of its date: a heading naming the table's periods over headings of
  // their own ("Three and Twelve Months Ended December 31, 2024 and 2023" over "Three Months Ended December 31," and
  // "2024", Cboe's) is no dated span to carry down to each year.
  if ((above.match(/\b(?:19|20|21)\d{2}\b/g) ?? []).length !== 1 || (above.match(/\bended\b/gi) ?? []).length !== 1) return null;
  const group = texts.filter((p) => p.length === parts.length && p.slice(0, -1).join(' ') === above && BARE_YEAR.test(p.at(-1) ?? '')).map((p) => p.at(-1)!);
  if (group.length < 2 || new Set(group).size !== group.length || !group.includes(dates[0]!.iso.slice(0, 4))) return null;
  const date = dates[0]!;
  const day = date.text.replace(/(?:19|20|21)\d{2}(?!.*\d{4})/, own);
  return `${above.slice(0, date.index)}${day}${above.slice(date.index + date.length)}`;
}
const BARE_YEAR = /^(?:19|20|21)\d{2}$/;

/**
 * "THREE MONTHS ENDED%" over "5/31/2026 | 5/31/2025 | Change" (Nike's 4Q FY26 EX-99.1 as text: its "% Change" written
 * on two lines, the "%" joined to the span beside it): the sign heads the change column, not the dated ones, whose
 * figures are dollars ("Cost of sales 5,579" was read as 5,579 percent). A span of periods ending in "%" over a column
 * that names a change loses the sign over the columns that name none; the change column keeps it.
 */
function percentOfChangeUnderSpan(texts: string[][]): void {
  // Only a "%" after a span of periods ("THREE MONTHS ENDED%"): "Gross margin %" over "2026 | 2025 | Change" heads
  // margins in every column.
  const glued = (part: string) => /[A-Za-z,)]\s*%$/.test(part) && isSpanHeader(part.replace(/\s*%$/, ''));
  for (let i = 0; i < texts.length; i++) {
    const parts = texts[i];
    const own = parts.at(-1);
    if (parts.length < 2 || own === undefined || own.includes('%') || namesChange(own)) continue;
    texts[i] = parts.map((part, k) => {
      if (k === parts.length - 1 || !glued(part)) return part;
      const overChange = texts.some((other, j) => j !== i && other.length > 1 && other.slice(0, -1).includes(part) && namesChange(other.at(-1)!));
      return overChange ? part.replace(/\s*%$/, '') : part;
    });
  }
}

/**
 * A column printing only percentages with no heading of its own, right of a change headed "Change" that prints none
 * (eBay's "Second Quarter" over "2023 | 2022 | Change", then "$ 118 | 5%", the "5%" under nothing but the spanner):
 * the same change in percent, as a reader takes it, headed "% Change" under the spanners the two share.
 */
function percentBesideChange(texts: string[][], percents: ReadonlySet<number>): void {
  for (const i of percents) {
    const left = texts[i - 1];
    const own = texts[i];
    if (i === 0 || i >= texts.length || !left || !own || percents.has(i - 1)) continue;
    const change = left.at(-1);
    if (change === undefined || left.length <= own.length || !own.every((p, k) => p === left[k])) continue;
    if (!namesChange(change) || /%|percent/i.test(change)) continue;
    texts[i] = [...own, `% ${change}`];
  }
}

/**
 * A header cell of prose: a side panel's bullets beside a table's header (PNC's "Second Quarter Highlights"), a note
 * the page's layout set in the columns above one (Pfizer's notes, as pdftotext lays them out). Words enough for a
 * sentence, and a sentence's marks or many more words than any heading prints.
 */
export function isProse(text: string): boolean {
  const words = text.split(' ').filter((w) => /[a-z]{2}/i.test(w)).length;
  if (words >= 16 || (words >= 4 && /\b(?:the\s+following|as\s+follows)\s*:$/i.test(text))) return true;
  return words >= 8 && (/[a-z)][.;]$/.test(text) || /[a-z][.;] [A-Z]/.test(text) || /[▪•●]/.test(text));
}

/** The one day a title dates, ISO and as printed; null where it dates none or several. */
function titleDay(title: string): { iso: string; text: string } | null {
  const dates = findDates(title).filter((d) => d.iso !== null);
  return dates.length === 1 ? { iso: dates[0]!.iso!, text: dates[0]!.text } : null;
}

function clean(text: string): string {
  return text.replace(/<\/?u>/gi, '').replace(/\s+/g, ' ').trim();
}

/**
 * A header cell covers the empty cells to its right when it is a span phrase ("Three Months
 * Ended") or when a header line below it has text there (a merged cell written once). A span
 * phrase stops where a line below prints a span of its own: "Three Months Ended December" over
 * "31, | 31, | Year Ended December 31," heads two columns, not the year's. A merged cell heads a
 * group from its first column, and a group does not start with a change: a word over a change
 * ("Constant" over "Currency | % Change") is that column's own, not spread over the periods after it
 * ("Full year | 2024"), as fixed-width text stacks a long heading's words; nor is a span phrase over a
 * change ("Three Month" over "Change", between "December 31, 2005" and "September 30, 2005").
 */
/**
 * Where the header writes its spans out in full, a span phrase written once at the end of its line still heads
 * the columns after it that head nothing on that line: Amazon's "Twelve Months Ended March 31," written once over
 * "2021 | 2022" beside "Three Months Ended March 31," written over each of its years; Pfizer's "Fourth-Quarter
 * 2021" written over six of its seven columns. Never over a change, nor a column that names a span of its own.
 */
function trailingSpan(text: string, rows: Cell[][], k: number, i: number, j: number): boolean {
  if (!(isSpanHeader(text) || YEAR.test(text)) || rows[k].slice(j).some((c) => clean(c.text) !== '')) return false;
  const under = clean(rows.slice(k + 1).map((cells) => cells[j]?.text ?? '').join(' '));
  // The column's own words below name no period, or a year alone ("2022" under "Twelve Months Ended March 31,").
  const ownPeriod = YEAR.test(under) && !/^(?:fiscal\s+)?\d{4}$/i.test(under);
  return under !== '' && !ownPeriod && !isSpanHeader(under) && !namesChange(under);
}
const YEAR = /\b(?:19|20)\d{2}\b/;

/** One heading, no date, written into every column of its line, three at least: a span the import wrote out. */
function writtenAcross(cells: Cell[]): boolean {
  const texts = cells.map((c) => clean(c.text));
  return texts.length >= 3 && texts[0] !== '' && texts.every((t) => t === texts[0]) && !YEAR.test(texts[0]) && !MONTH_DAY.test(texts[0]);
}
/**
 * A period's name alone, without its year: "Q3", "3Q", "H1", "FULL YEAR", "Fourth Quarter", "Year to Date". Strict (the
 * names only, nothing around them): a line of them is read as periods written across columns.
 */
const PERIOD_NAME_ALONE = /^(?:q[1-4]|[1-4]q|h[12]|full\s+year|six\s+months|nine\s+months|(?:first|second|third|fourth)\s+quarter|year\s+to\s+date|ytd)$/i;

/** A line of periods named without their year, each written into a run of two columns or more, every column under one. */
function periodsAcross(cells: Cell[]): boolean {
  const texts = cells.map((c) => clean(c.text));
  if (texts.length < 4 || !texts.every((t) => PERIOD_NAME_ALONE.test(t))) return false;
  const runs: number[] = [];
  texts.forEach((t, i) => (i > 0 && t === texts[i - 1] ? (runs[runs.length - 1] += 1) : runs.push(1)));
  return runs.length >= 2 && runs.every((n) => n >= 2);
}
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;

/**
 * A header line of one heading naming periods ("Fourth Quarter and Full Year Earnings Summary") over a line that
 * names its own spans ("Fourth quarter ended December 31, | Year ended December 31,") is the table's title, not a
 * heading of its columns: read into each, its "Fourth Quarter" made Watts Water's full-year columns the quarter's.
 * A unit statement is never one ("(Dollars in millions)" over the spans heads them all).
 */
function titleOverSpans(rows: Cell[][], k: number, currency: string): boolean {
  const texts = rows[k]!.map((c) => c.text).filter((t) => t !== '');
  // Or one heading written into every column that names each period the columns below name apart ("Three Months Ended
  // December 31, 2024 and Three Months Ended December 31, 2023" over Danaos' "December 31, 2024" and "December 31, 2023"
  // columns, 4Q24, a converter writing the spanner out): read into each, every column named three dates.
  const both = texts.length > 0 && new Set(texts.map(clean)).size === 1 && new Set(texts[0]!.match(DATED) ?? []).size >= 2;
  if (!both && (texts.length !== 1 || !/\b(?:quarters?|years?|months|weeks|half)\b/i.test(texts[0]!) || isSpanHeader(texts[0]!))) return false;
  if (readUnitStatement(texts[0]!, currency)) return false;
  return rows.slice(k + 1).some((cells) => new Set(cells.map((c) => clean(c.text)).filter((t) => t !== '' && (isSpanHeader(t) || (both && A_DATE.test(t))))).size >= 2);
}

/** A day printed with its month and year: "December 31, 2024". */
const DATED = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/gi;
const A_DATE = new RegExp(DATED.source, 'i');

/**
 * Whether columns `i` and `j` stand under one heading on the nearest line above line `k` that heads both: a heading
 * never spreads past the one above it. Under "Net Income | Earnings per share - diluted", each written over its four
 * columns, McDonald's "Excluding" (of "Inc/ (Dec) Excluding Currency Translation") over the fourth column of the first
 * does not reach the second's "2023 | 2022 | Inc/ (Dec)" (1Q23): its earnings per share were read as excluding currency.
 */
function underOneHeading(rows: Cell[][], k: number, i: number, j: number): boolean {
  for (let r = k - 1; r >= 0; r--) {
    const [a, b] = [clean(rows[r]?.[i]?.text ?? ''), clean(rows[r]?.[j]?.text ?? '')];
    if (a === '' || b === '') continue;
    return a === b;
  }
  return true;
}

function spreads(text: string, rows: Cell[][], k: number, i: number, j: number): boolean {
  const below = rows.slice(k + 1).map((cells) => cells[j]?.text ?? '');
  const under = (c: number) => rows.slice(k + 1).map((cells) => cells[c]?.text ?? '').join(' ');
  if (namesChange(under(i)) && !namesChange(under(j))) return false;
  // A change heading never reaches a column whose own heading starts above it, where its own column prints nothing:
  // OpenText's "% Change" over the quarter's change beside "Q3 FY'24 | (blank) | in CC*", its constant-currency revenue
  // centred on three lines (3Q FY24). Spread, the revenue was read as a percentage change.
  const above = (c: number) => rows.slice(0, k).some((cells) => clean(cells[c]?.text ?? '') !== '');
  if (namesChange(text) && above(j) && !above(i)) return false;
  // A change heading written out over each change column it heads ends where it is last written: U.S. Bancorp's
  // "Percent Change" written over "4Q21 vs 3Q21" and again over "4Q21 vs 4Q20" does not head "Full Year 2021 |
  // Full Year 2020" after them. (A heading written once still spreads: "% Change" over "Quarter | Year" heads both;
  // so does one the import wrote into some of the cells it spans, Aames's "FACTOR INFORMATION PER $1000 …".)
  if (namesChange(text) && i > 0 && clean(rows[k][i - 1]?.text ?? '') === text && !namesChange(under(j))) return false;
  // So does one naming percentage points, whatever it stands beside (PepsiCo's "Percentage Point Impact" written over
  // its two impacts does not head "Organic % Change" after them).
  if (POINTS_HEADING.test(text) && i > 0 && clean(rows[k][i - 1]?.text ?? '') === text) return false;
  // A year alone heads its own columns, not a change beside them: Palomar's "2023" over "Amount | % of GWP | Change |
  // % Change" heads the first two; the change compares it with 2024. The change may be named above the year's line:
  // Pfizer's "% Change" over "Total | Oper.", the years printed between (2Q23, pdftotext).
  const around = (c: number) => rows.filter((_, r) => r !== k).map((cells) => cells[c]?.text ?? '').join(' ');
  // So does a period named short: OpenText's "FY'24" over "YTD in | CC*" beside "% Change in CC*" (3Q FY24), BNP
  // Paribas' "1H24" beside "Chg. / | 1H24" (2Q25).
  if ((/^(?:fiscal\s+)?(?:19|20)\d{2}$/i.test(text) || SHORT_PERIOD.test(text)) && !namesChange(around(i)) && namesChange(around(j))) return false;
  // Nor does a change heading head a year beside its columns: Oracle's "Percent Change" over "Actual | Constant" (TAT-QA,
  // its amortization and revenues by geography) ends before "2018", the year the changes compare 2019 with.
  if (namesChange(text) && /^(?:fiscal\s+)?(?:19|20)\d{2}$/i.test(clean(under(j)))) return false;
  // Nor a column whose heading goes on on the next line with a period where its own column's does not: BNP Paribas'
  // "Chg. /" over "(blank) | 1H24", beside "2Q25 | 2Q24" printed on that blank's line (2Q25's profit and loss). Ally's
  // "CHANGE VS." over "3Q 21 | 4Q 20" on one line heads both; Pegasystems' "Change" over "(blank) | %" heads both.
  const nextOf = (c: number) => clean(rows[k + 1]?.[c]?.text ?? '');
  if (namesChange(text) && nextOf(i) === '' && (SHORT_PERIOD.test(nextOf(j)) || /^(?:19|20)\d{2}$/.test(nextOf(j)))) return false;
  if (isSpanHeader(text)) return !below.some((t) => t !== '' && isSpanHeader(t));
  // A heading left open by "&" goes on in its own column on the next line that prints it, never over its neighbours:
  // BNP Paribas' "Investment &" over "Protection | Services" (2Q25's business lines). Nor does any heading reach a column
  // whose own heading starts on a line above it, or is printed whole below it before its own column's heading goes on:
  // "CIB" beside "Operating / Divisions" begun a line higher, "Corporate" (over "Center") beside "Group" printed between
  // the two. (Aames' "FACTOR INFORMATION PER $1000 …" still spans "PRIOR / PRINCIPAL / BALANCE", going on below it.)
  const firstText = (c: number, from: number) => rows.findIndex((cells, r) => r >= from && clean(cells[c]?.text ?? '') !== '');
  const goesOn = firstText(i, k + 1);
  if (/&\s*$/.test(text) && goesOn >= 0) return false;
  // (A period printed above a column is no heading of its own: Watts' "Fourth Quarter Ended" set one column right of the
  // "December 31, 2023" it spans with.)
  const wordsAbove = (c: number) => rows.slice(0, k).some((cells) => {
    const t = clean(cells[c]?.text ?? '');
    return t !== '' && !isSpanHeader(t) && !A_DATE.test(t);
  });
  if (wordsAbove(j) && !above(i)) return false;
  const startsBelow = firstText(j, k + 1);
  if (goesOn >= 0 && startsBelow >= 0 && startsBelow < goesOn && firstText(j, goesOn) < 0) return false;
  // A word that a column before it prints, on the line below, as the first word of its own heading is the first word of
  // this column's heading, wrapped: Spire's "Gas" over "Marketing", beside "Gas Utility" (fiscal 3Q24), heads "Gas
  // Marketing" alone, not "Midstream | Other | Total" after it.
  const next = rows[k + 1]?.slice(0, i).map((c) => clean(c.text)) ?? [];
  if (!/\s/.test(text) && clean(rows[k + 1]?.[i]?.text ?? '') !== '' && next.some((t) => t.toLowerCase().startsWith(`${text.toLowerCase()} `))) return false;
  // A heading whose words run on into the line below, written out again over another column ("% of" over "GWP" twice,
  // Palomar's gross written premiums by product, 4Q24), is one heading with the words under it, written on two lines:
  // it heads that column alone, not the next. Written once, it spreads ("Dec 31, 2021 % Change from" over two dates).
  if (RUNS_ON.test(text) && clean(rows[k + 1]?.[i]?.text ?? '') !== '' && rows[k]!.some((c, m) => m !== i && clean(c.text) === text)) return false;
  return below.some((t) => t !== '');
}
const POINTS_HEADING = /\bpercentage[\s-]+points?\b/i;
/** A period named short, its year in two or four digits: "2Q25", "1H24", "Q3 FY'24", "FY2024", "9M 2025". */
const SHORT_PERIOD = /^(?:(?:[1-4]Q|Q[1-4]|[12]H|H[12]|9M)\s?(?:FY\s?)?|FY\s?)['’]?(?:\d{2}|(?:19|20)\d{2})$/i;
const RUNS_ON = /(?:^|\s)(?:of|in|to|from|for|per|as\s+a)\s*$/i;

function dimensionOf(rest: string): string | null {
  const slug = slugify(rest.replace(/%/g, ' percent '));
  return slug === '' ? null : slug;
}

/**
 * A change column compares two periods:
 * - a header that names both ("2Q24 vs 2Q23") compares them; one that names the prior only
 *   ("% Change vs. Q1 2010") compares it with the printed period of the same length after it,
 *   the table's first when that is one;
 * - with a basis ("Y/Y", "Q/Q", "Sequential"), a period of its group with the one a year or a
 *   period before, when both are printed; else a period of its group with the printed period
 *   it is the year or period before ("Q2 2010 | Q2 2009 | Y/Y | Q1 2010 | Q/Q": Q2 2010 against
 *   Q1 2010); else the latest period of its group (or the table's first) with the one before it,
 *   not printed;
 * - without one ("% Change", "Variance"), the two periods of its group, later against earlier,
 *   or the table's first period against the one period of its group ("2Q24 | 2Q23 | % chg |
 *   1Q24 | % chg").
 * Its group is the run of period columns to its left, back to the previous change column.
 * Otherwise the comparison is recorded as unknown: a change period with no `compare`.
 */
/** Whether `prior` is the period a year (`yoy`) or a period (`qoq`) before `current`: a duration's prior period, an instant three or twelve months before. */
function apart(current: Period, prior: Period, ctx: HeaderContext): 'yoy' | 'qoq' | null {
  return (
    (['yoy', 'qoq'] as const).find((b) =>
      current.kind === 'duration'
        ? priorPeriod(current, b, ctx.calendar)?.id === prior.id
        : current.kind === 'instant' && prior.kind === 'instant' && current.end !== undefined && prior.end !== undefined && nearDates(prior.end, shiftMonths(current.end, b === 'yoy' ? -12 : -3)),
    ) ?? null
  );
}

function resolveChanges(columns: Column[], periods: Map<string, Period>, ctx: HeaderContext, readings: ReturnType<typeof parseHeaderPeriod>[]) {
  const durationOrInstant = (c: Column) => c.kind === 'period' && periods.get(c.period)!.kind !== 'change';
  const first = columns.find(durationOrInstant);
  const ends = (p: Period) => p.end ?? '';
  const latestFirst = (ps: Period[]) => [...ps].sort((a, b) => ends(b).localeCompare(ends(a)));
  const printed = latestFirst([...new Set(columns.filter(durationOrInstant).map((c) => c.period))].map((id) => periods.get(id)!));
  const isPrinted = (id: string | undefined) => printed.find((p) => p.id === id) ?? null;
  for (const column of columns) {
    if (column.kind !== 'change') continue;
    const reading = readings[column.index];
    const basis = reading?.kind === 'change' ? reading.basis : null;
    let i = column.index - 1;
    while (i >= 0 && (columns[i].kind === 'change' || columns[i].kind === 'share' || columns[i].kind === 'none')) i--;
    const group: Period[] = [];
    // A period printed in several columns (within it: "As Reported", "Impact from Foreign Currency") is one period of the group.
    for (; i >= 0 && columns[i].kind !== 'change'; i--) {
      if (durationOrInstant(columns[i]) && !group.some((p) => p.id === columns[i].period)) group.unshift(periods.get(columns[i].period)!);
    }
    const firstPeriod = first ? periods.get(first.period)! : null;
    let pair: [Period, Period] | null = null;
    let relation: 'yoy' | 'qoq' | 'other' = basis ?? 'other';
    if (reading?.kind === 'change' && reading.pair) {
      const named: [Period, Period] = [periods.get(reading.pair[0].id) ?? reading.pair[0], periods.get(reading.pair[1].id) ?? reading.pair[1]];
      // Two dates the columns before it do not date as one span each compare nothing the table establishes: no pair rather than a year against a day.
      pair = reading.dated ? endingOn(reading.pair, group, ctx) ?? bareDateAsSpan(reading.pair, columns, column, periods, readings, ctx) : named;
      // Named by the header, the pair is a year or a period apart where its periods are (PNC's "06/30/21 vs 03/31/21"):
      // the header, not the layout, establishes it.
      if (pair && !basis) relation = apart(pair[0], pair[1], ctx) ?? 'other';
    } else if (reading?.kind === 'change' && reading.against) {
      const prior = periods.get(reading.against.id) ?? reading.against;
      const candidates = [firstPeriod, ...printed].filter((p): p is Period => p !== null && p.id !== prior.id && sameSpan(p, prior) && ends(p) > ends(prior));
      const related = (p: Period) => (['yoy', 'qoq'] as const).find((b) => p.kind === 'duration' && priorPeriod(p, b, ctx.calendar)?.id === prior.id);
      const current = candidates[0];
      if (current) {
        pair = [current, prior];
        relation = related(current) ?? 'other';
      }
    } else if (basis) {
      // An instant's prior is the printed instant a year or three months before it ("One Year Change" of a balance sheet).
      const before = (p: Period) =>
        p.kind === 'duration' ? priorPeriod(p, basis, ctx.calendar)
        : p.kind === 'instant' && p.end ? (printed.find((q) => q.kind === 'instant' && q.end && nearDates(q.end, shiftMonths(p.end!, basis === 'yoy' ? -12 : -3))) ?? null)
        : null;
      const ordered = latestFirst(group);
      const withPrior = ordered.map((p) => [p, isPrinted(before(p)?.id)] as const).find(([, prior]) => prior);
      const asPrior = ordered.map((p) => [printed.find((q) => before(q)?.id === p.id), p] as const).find(([current]) => current);
      // "December 31, 2005 | Three Month Change | September 30, 2005 | One Year Change | December 31, 2004": a
      // change printed between its periods compares the table's first with the printed one a year before it.
      const fromFirst = firstPeriod ? isPrinted(before(firstPeriod)?.id) : null;
      if (withPrior) pair = [withPrior[0], withPrior[1]!];
      else if (asPrior) pair = [asPrior[0]!, asPrior[1]];
      else if (firstPeriod && fromFirst) pair = [firstPeriod, fromFirst];
      else {
        const current = ordered[0] ?? firstPeriod;
        const prior = current ? before(current) : null;
        if (current && prior) pair = [current, periods.get(prior.id) ?? prior];
      }
    } else if (group.length === 2 && ends(group[0]) !== ends(group[1])) {
      const [a, b] = ends(group[0]) > ends(group[1]) ? group : [group[1], group[0]];
      pair = [a, b];
    } else if (group.length === 1 && firstPeriod && firstPeriod !== group[0] && ends(firstPeriod) > ends(group[0])) {
      pair = [firstPeriod, group[0]];
    } else if (group.length === 1 && durationOrInstant(columns[column.index + 1] ?? column) && sameSpan(group[0], periods.get(columns[column.index + 1].period)!) && ends(group[0]) > ends(periods.get(columns[column.index + 1].period)!)) {
      // "Nine Months Ended December 31, 2005 | Change | Nine Months Ended December 31, 2004": printed between the two it compares.
      pair = [group[0], periods.get(columns[column.index + 1].period)!];
    } else if (group.length === 0 && i >= 0) {
      // "Q4 2024 | Q4 2023 | Reported % Change | FX Impact | Constant Currency % Change": only columns
      // with no period since the change before it, so it measures that change another way.
      const before = periods.get(columns[i].period)?.compare;
      if (before) {
        pair = [periods.get(before.current)!, periods.get(before.prior)!];
        relation = before.basis;
      }
    }
    // "FY'24 YTD | FY'23 YTD | $ Change | % Change | FY'24 YTD in CC* | % Change in CC*" (OpenText): a change after the
    // current period's figures on another basis, named by the same words as they are, compares those figures with the
    // prior figures of the change before it, as the words say (the prior year as reported, its currency the basis).
    if (!pair && group.length === 1 && i >= 0) {
      const own = columns.slice(i + 1, column.index).find((c) => c.kind === 'period' && c.period === group[0]!.id && c.dimension !== null && sameQualifier(c, column));
      const before = periods.get(columns[i]!.period)?.compare;
      if (own && before && before.current === group[0]!.id && periods.has(before.prior)) {
        pair = [group[0]!, periods.get(before.prior)!];
        relation = before.basis;
        column.current = own;
      }
    }
    const change: Period = pair
      ? changePeriod(pair[0], pair[1], relation)
      : { id: slugify(column.own.replace(/%/g, ' percent ')) || 'change', kind: 'change', label: column.header };
    if (column.measure) change.compare &&= { ...change.compare, measure: column.measure };
    if (!periods.has(change.id)) periods.set(change.id, change);
    column.period = change.id;
    column.evidence += pair ? `, comparing ${pair[0].id} with ${pair[1].id}${relation !== 'other' ? ` (${relation})` : ''}` : '; what it compares is not printed';
    if (column.current) column.evidence += `, the current figures those of ${JSON.stringify(column.current.header)}, named by the same words`;
  }
}

/**
 * Whether a change column's header names the basis a figures column names within its period: the words left of the
 * change's header less its change words ("% Change in CC*": "cc") are the column's name ("FY'24 YTD in CC*": "cc").
 */
function sameQualifier(figures: Column, change: Column): boolean {
  const wordsOf = (text: string) => slugify(text).split('-').filter((w) => w && !QUALIFIER_STOP.has(w));
  const words = wordsOf(withoutChangeWords(unmarked(change.header)).replace(/\$/g, ' '));
  const named = wordsOf(figures.dimension ?? '');
  // Words before the name are a spanner over both ("Three Months Ended June 30,"): printed over the figures too.
  const spanned = new Set(wordsOf(unmarked(figures.header)));
  const lead = words.length - named.length;
  return named.length > 0 && lead >= 0 && named.every((w, k) => w === words[lead + k]) && words.slice(0, lead).every((w) => spanned.has(w));
}
const QUALIFIER_STOP = new Set(['in', 'at', 'on', 'a', 'basis', 'of']);

/**
 * The periods a change names by two dates alone, as the table's columns date them: for each date,
 * the period printed just before the change that ends on it, both of one span. Wells Fargo's "Dec 31, 2021 % Change from Sep 30, 2021" after "Quarter ended Dec 31,
 * 2021 | Sep 30, 2021 | Dec 31, 2020" compares the two quarters, not the year 2021 with the day
 * September 30. Where the table prints only the first ("Quarter ended Dec 31, 2021" beside the two
 * changes), the second is the period a quarter or a year before it that ends on the other date. Null
 * where no one pair of the same span is printed or follows.
 */
function endingOn(named: [Period, Period], group: Period[], ctx: HeaderContext): [Period, Period] | null {
  const pairs = group.flatMap((a) => (a.end === named[0].end ? group.filter((b) => b.end === named[1].end && b.id !== a.id && sameSpan(a, b)).map((b) => [a, b] as [Period, Period]) : []));
  if (pairs.length === 1) return pairs[0]!;
  if (pairs.length > 1) return null;
  const current = group.filter((p) => p.kind === 'duration' && p.end === named[0].end);
  if (current.length !== 1) return null;
  const priors = (['qoq', 'yoy'] as const).map((b) => priorPeriod(current[0]!, b, ctx.calendar)).filter((p): p is Period => p !== null && p.end === named[1].end);
  return priors.length === 1 ? [current[0]!, priors[0]!] : null;
}

/**
 * A date printed alone over a column, read as a day, that a change column compares with a span ending on its
 * other date: the span of as many months ending on the first date, as a change compares like with like. Wells
 * Fargo's 4Q21 "Selected Company-wide Financial Information" prints "Dec 31, 2021" bare (its "Quarter ended"
 * spanner stands over the next two columns alone), then "Quarter ended Sep 30, 2021" and "Dec 31, 2020", then
 * "Dec 31, 2021 % Change from Sep 30, 2021": the first column is the quarter ended December 31, 2021. The column is
 * re-read so, saying why, where exactly one column before the change prints the first date as a day and the table's
 * changes compare that date with two spans at least printed before it, the quarter and the year before the one re-read
 * (a quarter's "% Change from" the quarter before and the same quarter a year before); else null. One change alone
 * says too little: "Dec 31, 2021 | Quarter ended Sep 30, 2021 | … % Change from Sep 30, 2021" over "Total equity"
 * compares two balances under a misplaced spanner as well as two quarters.
 */
function bareDateAsSpan(named: [Period, Period], columns: Column[], change: Column, periods: Map<string, Period>, readings: ReturnType<typeof parseHeaderPeriod>[], ctx: HeaderContext): [Period, Period] | null {
  const before: Column[] = [];
  for (let i = change.index - 1; i >= 0 && columns[i].kind !== 'change'; i--) if (columns[i].kind === 'period') before.push(columns[i]);
  const at = (c: Column) => periods.get(c.period);
  const days = before.filter((c) => at(c)?.kind === 'instant' && at(c)!.end === named[0].end);
  const spans = [...new Set(before.filter((c) => at(c)?.kind === 'duration' && at(c)!.end === named[1].end).map((c) => c.period))];
  if (days.length !== 1 || spans.length !== 1 || before.some((c) => at(c)?.kind === 'duration' && at(c)!.end === named[0].end)) return null;
  const prior = periods.get(spans[0]!)!;
  const span = duration(named[0].end!, Math.round(monthsOf(prior)), ctx.calendar);
  // Every span the table's changes compare the day with, printed before this change: the quarter and the year before.
  const compared = new Set<string>();
  for (const c of columns) {
    const r = readings[c.index];
    if (c.kind !== 'change' || r?.kind !== 'change' || !r.pair || !r.dated || r.pair[0].end !== named[0].end) continue;
    const ending = before.filter((b) => at(b)?.kind === 'duration' && at(b)!.end === r.pair![1].end);
    if (ending.length === 1) compared.add(ending[0]!.period);
  }
  const priors = (['qoq', 'yoy'] as const).map((b) => priorPeriod(span, b, ctx.calendar)?.id);
  if (compared.size < 2 || ![...compared].every((id) => priors.includes(id)) || !priors.includes(prior.id)) return null;
  if (!periods.has(span.id)) periods.set(span.id, span);
  const day = days[0]!;
  day.period = span.id;
  day.evidence += `; read as ${span.label}: the change column ${JSON.stringify(change.header)} compares it with ${prior.label}, a span of as many months`;
  return [span, prior];
}

/** Two periods of the same kind and length: both instants, or durations of as many months. */
function sameSpan(a: Period, b: Period): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'duration') return true;
  return Math.abs(monthsOf(a) - monthsOf(b)) < 1;
}


/**
 * A change column under a spanner that names the column within its period for the value columns under it is that
 * column's change, as they are its figures: Pfizer's "UNITED STATES | TOTAL INTERNATIONAL(a) | WORLDWIDE", each over
 * "2022 | 2021 | % Change", read its amounts as 2022-q2.worldwide but its worldwide growth as the table's unqualified
 * 2022-q2-vs-2021-q2. Only a spanner whose words are the whole of those columns' name (their own cells name nothing
 * more), so a period's span ("Three Months Ended") or a name of the value column's own cell never becomes one.
 */
function spannedChanges(columns: Column[], texts: string[][]) {
  for (const column of columns) {
    if (column.kind !== 'change' || column.dimension) continue;
    const parts = texts[column.index]!;
    for (let k = parts.length - 2; k >= 0; k--) {
      const above = parts.slice(0, k + 1);
      const under = columns.filter((c) => c.kind !== 'change' && c.period && texts[c.index]!.length > k + 1 && above.every((p, m) => texts[c.index]![m] === p));
      const names = new Set(under.map((c) => c.dimension));
      const name = [...names][0];
      // Their name as read leaves out the words a period's reading takes ("DEVELOPED REST OF WORLD(i)": developed-rest-world).
      if (under.length === 0 || names.size !== 1 || !name || contentSlug(name) !== contentSlug(dimensionOf(unmarked(parts[k]!)) ?? '')) continue;
      column.dimension = name;
      column.evidence += `; under ${JSON.stringify(parts[k])}, as the columns of figures it compares`;
      break;
    }
  }
}

const contentSlug = (slug: string) => slug.split('-').filter((w) => !/^(?:of|and|the|in|for|to|on|at|by|from)$/.test(w)).join('-');

/** A header's words less footnote marks, standing apart ("(2)", "*") or glued to a word ("TOTAL INTERNATIONAL(a)"); "401(k)" keeps its letter. */
function unmarked(text: string): string {
  return clean(text).split(' ').filter((w) => !/^(?:\((?:\d{1,2}|[a-z])\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)$/i.test(w)).map((w) => w.replace(/(?<=\p{L}{2})\((?:\d{1,2}|[a-z])\)$/iu, '')).join(' ');
}

/** A share column ("% of total") is the share of the period printed just before it. */
function resolveShares(columns: Column[]) {
  for (const column of columns) {
    if (column.kind !== 'share' || column.period) continue;
    let i = column.index - 1;
    while (i >= 0 && columns[i].kind !== 'period') i--;
    if (i < 0) for (i = column.index + 1; i < columns.length && columns[i].kind !== 'period'; i++);
    if (columns[i]?.kind === 'period') column.period = columns[i].period;
  }
}

/** Keys end fact ids: unique within the table; a second column with the same key is reported and numbered. */
function assignKeys(columns: Column[], at: Report) {
  const seen = new Map<string, Column>();
  for (const column of columns) {
    if (column.kind === 'none') continue;
    let key = [column.period, column.dimension].filter(Boolean).join('.');
    if (!key) continue;
    const earlier = seen.get(key);
    if (earlier) {
      // "$ Change" and "% Change" compare the same periods: their headers tell them apart, by the words
      // after those they share ("% Change, As Reported" | "% Change, Constant Currency": constant-currency).
      // A footnote mark on a header ("Constant Currency % Change (2)"), or glued to its word ("TOTAL INTERNATIONAL(a)",
      // Pfizer's spanner), names nothing. A change already named by its spanner keeps that name before its own words
      // ("WORLDWIDE % Change Oper." beside "… Total": worldwide-oper).
      const words = (c: Column) => unmarked(c.header).split(' ');
      const [before, mine] = [words(earlier), words(column)];
      let shared = 0;
      while (shared < before.length && shared < mine.length - 1 && before[shared] === mine[shared]) shared++;
      const named = slugify(mine.slice(shared).join(' ').replace(/%/g, ' percent ')) || slugify(column.own.replace(/%/g, ' percent '));
      const dimension = [column.dimension, named].filter(Boolean).join('-');
      const renamed = [column.period, dimension].join('.');
      if (column.kind === 'change' && named && !seen.has(renamed) && clean(earlier.header) !== clean(column.header)) {
        column.dimension = dimension;
        key = renamed;
      } else {
        let k = 2;
        while (seen.has(`${key}-${k}`)) k++;
        at(column.line, column.column, messages.duplicateColumn(column.header, key, `${key}-${k}`, earlier.line, earlier.column));
        key = `${key}-${k}`;
      }
    }
    column.key = key;
    seen.set(key, column);
  }
}

const ORDINAL_QUARTER = /^(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q([1-4]))$/i;
const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const WHOLE_YEAR = /^(?:full|total|whole)?\s*(?:fiscal\s+)?year$/i;

/**
 * The period a header that names a quarter or the year but no year of its own stands for under a title that
 * names the period: under "for the year ended December 31, 2019", "First Quarter" … "Fourth Quarter" are the year's
 * quarters and "Full Year" the year (nVent's reconciliation of 2019, EX-99.1 of April 2020: read as the year four
 * times before, named "first" … "fourth"); under "for the quarter ended March 31, 2020", "First Quarter" is that
 * quarter. Null where the header names something else, or a quarter the title's period is not.
 */
function periodWithin(header: string, title: Period, ctx: HeaderContext): Period | null {
  const text = header.trim();
  const year = /^(\d{4})-fy$/.exec(title.id);
  const quarter = /^(\d{4})-q([1-4])$/.exec(title.id);
  if (WHOLE_YEAR.test(text)) return year ? title : null;
  const q = ORDINAL_QUARTER.exec(text);
  if (!q) return null;
  const n = q[2] ? Number(q[2]) : QUARTER_NUMBER[q[1]!.toLowerCase()]!;
  if (quarter) return Number(quarter[2]) === n ? title : null;
  return year ? fiscalPeriod(Number(year[1]), 3, 3 * n, ctx.calendar) : null;
}

/**
 * The quarter a header names with no year, set off its years by the page's layout: J&J's "FIRST QUARTER" over its
 * segment sales (1Q23, PDF text) stands over "Reported", not over "2023 | 2022", so each year read alone as the fiscal
 * year. Where the header names one quarter and no other span (no year, half, months, weeks or year to date), and no
 * column printing its year alone stands under it, each such year is that quarter of its year, as a title naming the
 * quarter says (`titleSpan`). Null otherwise.
 */
function quarterOverHeader(columns: readonly { header: string; bareYear: boolean }[], ctx: HeaderContext): ReturnType<typeof titleSpan> {
  const quartered = columns.filter((c) => QUARTER_NO_YEAR.test(c.header));
  if (quartered.length === 0 || quartered.some((c) => c.bareYear)) return null;
  const named = new Set(quartered.map((c) => QUARTER_NO_YEAR.exec(c.header)![0]!.toLowerCase().replace(/\s+/g, ' ')));
  if (named.size !== 1 || columns.some((c) => OTHER_SPAN.test(c.header))) return null;
  const span = titleSpan([...named][0]!, ctx);
  return span?.quarter ? span : null;
}

/** A quarter named by its ordinal with no year after it: "FIRST QUARTER", "Second Quarter". */
const QUARTER_NO_YEAR = /\b(?:first|second|third|fourth)[\s-]+quarter\b(?![\s-]*(?:of\s+)?(?:fiscal\s+)?'?\d)/i;
/** Words naming a span other than a quarter. */
const OTHER_SPAN = /\b(?:years?|annual|full|twelve|six|nine|months?|weeks?|half|ytd|year[\s-]+to[\s-]+date|fy)\b/i;

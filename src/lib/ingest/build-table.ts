import type { Fact, IngestIssue, Period, RowReading, Table, TableColumn, TableRow } from '../types.ts';
import { exceptedNames, inExceptedSection } from './excepted-sections.ts';
import { issueAt } from '../issues.ts';
import { asSeparated, separatorMisprints } from './separator-misprints.ts';
import { splitCells, indentOf, codePoints, figureLed, type Cell } from './cells.ts';
import { pushedFigures } from './pushed-figures.ts';
import { noteLetters } from '../note-marks.ts';
import { parseValue, type ParsedValue } from './parse-value.ts';
import { dayOfIntro, dayUnderHeader, parseHeaderPeriod, periodInTitle, spanEndOfIntro, titleSpan, TRAILING, type FiscalCalendar, type HeaderContext } from './periods.ts';
import { readHeader, type Column } from './columns.ts';
import { scheduleHeader, titledColumnHeader } from './schedule-rows.ts';
import { parseLabel, rowSlug, sectionSlug, slugify, isAllCaps, lineItem } from './labels.ts';
import { namesBalance, notAtEnd } from './balances.ts';
import { captionCounts, countsByScaleAlone, inferKind, LabelUnits, namesMoney, printsRate, printsYear, scaleOfKind, titleCounts, unitOf, unitOfText, type TextUnit } from './units.ts';
import { currencyOfSymbol } from '../units/currencies.ts';
import { scaleOfWord } from '../units/unit-statements.ts';
import { countsSharesItself, findLabelNumbers } from './label-numbers.ts';
import { messages } from './messages.ts';
import { closesEmpty, closesSection, closingLines } from './section-totals.ts';
import { ratioLines } from './ratio-lines.ts';
import { countsInBlocks, exercisePriceColumns, partsOfMeasures, percentInBlocks, perShareColumns, perShareInBlocks, pointsInBlocks, shareCountColumns, sharesInBlocks } from './per-share-blocks.ts';
import type { TableBlock } from './layout.ts';
import { ruleMarks } from './rule-lines.ts';
import { shareReach } from './share-reach.ts';
import type { Caption } from './caption.ts';
import { changePeriod, duration, instant } from './fiscal-calendar.ts';
import { findDates } from './dates.ts';
import { cellPeriod, periodEvidence } from './cell-period.ts';

/** A column of what an item did to a change: "Impact of Foreign exchange translation", "Currency effect". */
const IMPACT_HEADER = /\b(?:impacts?|effects?)\b/i;
/** A header naming a change in percent: "Reported % Change", "Organic % Change, Non-GAAP Measure", "Percent Change". */
const PERCENT_CHANGE_HEADER = /(?:%|\bpercent(?:age)?)\s*(?:change|growth)\b|\bgrowth\b/i;
/** A title closing on percentage points ("… Percentage Point Impact"): the line over its columns of impacts. */
const TITLE_POINTS = /\bpercentage[\s-]+points?(?:\s+[A-Za-z]+){0,2}$/i;

/** How a count's scale reads where nothing stated one (parse-release.ts rescales such counts where the release states their scale elsewhere). */
export const COUNT_SCALE_UNSTATED = 'in units, or the scale its own words, its section or its block state';

export interface TableContext {
  file: string;
  release: string;
  lines: string[];
  calendar: FiscalCalendar;
  /** release.yaml's fiscal year end, "MM-DD". */
  fiscalYearEnd: string;
  /** Months from the start of the fiscal year to the end of the release's own period (see HeaderContext). */
  intoYear?: number;
  /** The fiscal year of the release's own period (see HeaderContext). */
  fiscalYear?: number;
  /** The release's own period is its whole fiscal year (see HeaderContext). */
  wholeYear?: boolean;
  /** Power of ten for tables whose caption states no scale. */
  defaultScale: number;
  /**
   * The release's statements that speak of share data all except it ("(in thousands, except share
   * and per share data)"): share counts of a table that states no unit are printed in full too.
   */
  sharesInFull?: boolean;
  /** The release's currency (ISO 4217), for tables and figures that state none. */
  currency: string;
  /** Concept of a `table/row` key. */
  concepts: ReadonlyMap<string, string>;
}

export interface BuiltTable {
  table: Table | null;
  facts: Fact[];
  periods: Period[];
  issues: IngestIssue[];
}

/** A row read from a line, before ids are given. */
interface DraftRow {
  line: number;
  labelCell: Cell;
  label: ReturnType<typeof parseLabel>;
  rawLabel: string;
  indent: number;
  section: string[];
  /** Units stated by the enclosing sections, outermost first. */
  sectionUnits: TextUnit[];
  kind: TableRow['kind'];
  total: boolean;
  values: { index: number; cell: Cell; parsed: ParsedValue; unclosed?: true }[];
}

/**
 * A section whose caption says its figures stand at the end of the period ("AT PERIOD END", "At year
 * end", "Period-end balances", "End of period"): a bank's selected data prints balances under a year's
 * column beside that year's income; each is the instant at the column's end, not the year.
 */
const AT_PERIOD_END = /^(?:(?:at|as\s+of)\s+(?:the\s+)?(?:period|year|quarter|fiscal\s+year)[\s-]+end|(?:period|year|quarter)[\s-]+end(?:\s+balances?)?|(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:period|year|quarter))\s*:?$/i;

/**
 * A section whose caption says its lines are the change since a date ("Change since December 31, 2023",
 * "Increase (decrease) from December 31, 2023"): Pegasystems' backlog prints under it, unlabelled, the
 * change in each column's amount since that date and the change in percent. Each figure is the change
 * from that date to its column's period, not an amount of the period.
 */
const CHANGE_SINCE = /^(?:change|increase\s*(?:\/\s*)?(?:\(\s*decrease\s*\))?|decrease|growth)\s+(?:since|from)\s+(.+?)\s*:?$/i;

/**
 * A section caption that is a span and nothing else ("12 months ended Dec 31:", "9 months ended Dec 31:",
 * "Six months ended June 30,"): Dow Jones' summary tables print the year's (or year-to-date) block under
 * the quarter's header of bare years ("2024 | 2023"), each figure of that span ending where its column's
 * quarter ends, never the quarter itself.
 */
const SPAN_CAPTION = /^(?:for\s+the\s+)?(?:\d{1,2}|three|six|nine|twelve)[\s-]+months?\s+(?:period\s+)?ended\b[^.;]{0,30}$/i;

/**
 * A caption naming the balance sheet, a part of it or a summary of it ("Assets and Liabilities:", "Balance Sheet Data"):
 * the lines it heads are balances at a date, whatever period the columns span.
 */
const POSITION_CAPTION = /^(?:(?:selected|condensed|summary|summarized)\s+)?(?:balance\s+sheets?(?:\s+(?:data|items|highlights|information))?|assets\s+and\s+liabilities|(?:statements?\s+of\s+)?financial\s+(?:position|condition))\s*:?$/i;

/** A statement of financial position by its title: only balances at a date. */
const POSITION_STATEMENT = /\b(?:balance\s+sheets?|statements?\s+of\s+financial\s+position|statements?\s+of\s+condition)\b/i;

const BALANCE_SHEET = /\b(?:balance\s+sheets?|financial\s+position|statements?\s+of\s+condition|assets\s+and\s+liabilities|net\s+assets)\b/i;

/** A line that names a balance, a stock at a date: what is owed, held or owned. */
const STOCK = /\b(?:borrowings|debt|cash(?:\s+and\s+cash\s+equivalents)?|assets|liabilities|equity|inventor(?:y|ies)|receivables?|payables?|deposits|loans|securities|leases)\b/i;
/** Words of a flow over a period, or of an average over it: such a line is no balance at the period's end. */
const FLOW = /\b(?:revenues?|sales|income|expenses?|profit|loss(?:es)?|earnings|flows?|provided|used|change|increase|decrease|proceeds|payments?|purchases?|repayments?|dividends?|interest|costs?|charges?|average|ratio|margin|rate|yield|return|per|%)|%/i;

/**
 * A table whose every line of figures names a balance and none a flow (Legrand's "Calculation of net financial debt":
 * short-term and long-term borrowings, cash and cash equivalents, net financial debt, under "2023 | 2024"): a bare
 * year over it is the year's last day, as on a balance sheet. Two lines at least; a caption or title naming an
 * average or a flow leaves it read as the years.
 */
function balancesOnly(block: TableBlock, lines: readonly string[], bodyCells: ReadonlyMap<number, Cell[]>): boolean {
  const body = block.body.map((n) => bodyCells.get(n)!);
  const labels = body.filter((cells) => cells.length > 1 && /\d/.test(cells.slice(1).map((c) => c.text).join(' '))).map((cells) => cells[0]!.text.trim());
  const captions = [...block.caption, ...block.body.filter((n) => bodyCells.get(n)!.length <= 1)].map((n) => lines[n]!);
  return labels.length >= 2 && labels.every((l) => STOCK.test(l) && !FLOW.test(l)) && !captions.some((c) => /\baverage\b|\bflows?\b|\bchanges?\b/i.test(c));
}

/** The one period a title states ("Quarter ended December 31, 2024", "As of June 30, 2025"), or null: none, or more than one day. */
function periodOfTitle(title: string, ctx: HeaderContext): Period | null {
  const span = titleSpan(title, ctx);
  // "Quarters ended December 31, 2024 and 2023": a year besides the date's names another period.
  if (!span || span.dates.length !== 1 || span.days.length > 1 || (title.match(/\b(?:19|20)\d{2}\b/g) ?? []).length > 1) return null;
  if (span.asOf) return instant(span.dates[0]!);
  return span.months === null ? null : duration(span.dates[0]!, span.months, ctx.calendar, span.weeks);
}

/** The day the sentence just above the table's title block (or among its lines) dates it at, as dayOfIntro reads it. */
function introducedDay(block: TableBlock, lines: string[]): string | null {
  const days = [...new Set(introCandidates(block, lines).map(dayOfIntro).filter((d): d is string => d !== null))];
  return days.length === 1 ? days[0]! : null;
}

/** The day the sentence introducing the table says its spans end, as spanEndOfIntro reads it. */
function introducedSpanEnd(block: TableBlock, lines: string[]): { iso: string; text: string } | null {
  const ends = introCandidates(block, lines).map(spanEndOfIntro).filter((d) => d !== null);
  return ends.length > 0 && ends.every((d) => d.iso === ends[0]!.iso) ? ends[0]! : null;
}

/** The lines of the table's title block and the line of prose just above it (across a blank line or two). */
function introCandidates(block: TableBlock, lines: string[]): string[] {
  const top = block.caption[0] ?? block.header[0] ?? block.body[0];
  if (top === undefined) return [];
  let k = top - 1;
  while (k >= 0 && k >= top - 2 && lines[k]!.trim() === '') k--;
  return [...block.caption.map((n) => lines[n]!), ...(k >= 0 && !lines[k]!.includes('\t') ? [lines[k]!] : [])];
}

/**
 * Turns one located table into a Table and its facts. Problems are collected, never
 * thrown: every value that can be read becomes a fact even when its neighbours cannot.
 */
export function buildTable(block: TableBlock, caption: Caption, id: string, ctx: TableContext): BuiltTable {
  const issues: IngestIssue[] = [];
  const at = (line: number, column: number, message: string) =>
    issues.push(issueAt(ctx.file, { line, column }, message));

  // Each body line is split into cells once: the header's mark columns, the share columns and the rows read the same cells.
  const bodyCells = new Map(block.body.map((n) => [n, splitCells(ctx.lines[n])]));
  const headerContext = {
    calendar: ctx.calendar,
    fiscalYearEnd: ctx.fiscalYearEnd,
    balanceSheet: BALANCE_SHEET.test(caption.title) || balancesOnly(block, ctx.lines, bodyCells),
    intoYear: ctx.intoYear,
    fiscalYear: ctx.fiscalYear,
    wholeYear: ctx.wholeYear,
    currency: ctx.currency,
    spanEnd: introducedSpanEnd(block, ctx.lines),
  };
  // A schedule with no header, its lines naming the periods ("Fiscal 2023 $ 750"): one column, read by its rows.
  const schedule = scheduleHeader(block, bodyCells, (label) => periodOfLabel(label, headerContext) !== null);
  // Or a column of the one period its title states ("Quarter ended December 31, 2024" over "Net assets $ 494.3").
  const titled = schedule ? null : titledColumnHeader(block, bodyCells, periodOfTitle(caption.title, headerContext), caption.title);
  if (block.header.length === 0 && !schedule && !titled) {
    const first = block.body[0];
    at(first + 1, 1, messages.noHeader());
    return { table: null, facts: [], periods: [], issues };
  }
  // The columns' day printed as the first row under the header ("MARCH 31," under "2020 | 2019"): read with the
  // title, where a title stating no span of its own leaves the day to it.
  const firstRow = block.body.length > 0 ? bodyCells.get(block.body[0]!)! : [];
  const dayRow = firstRow.length > 0 && firstRow.slice(1).every((c) => c.text.trim() === '') ? dayUnderHeader(firstRow[0]!.text) : null;
  // Or in the sentence introducing the table, for a table whose title dates nothing ("… by collateral type at March 31, 2020:"
  // over Timberland's "Amount | Percent").
  const introDay = dayRow ? null : introducedDay(block, ctx.lines);
  const dated = dayRow ?? (introDay && findDates(caption.title).length === 0 ? introDay : null);
  // A table going on from another under its unit statement printed again reads its years under that one's title.
  const ownTitle = caption.title || caption.goesOnFrom || '';
  const headerTitle = dated && !titleSpan(ownTitle, headerContext) ? `${ownTitle} ${dated}` : ownTitle;
  const bodyRows = [...bodyCells.values()];
  const { columns, periods, width, cornerUnit } = schedule ?? titled ?? readHeader(block.header, ctx.lines, headerTitle, headerContext, at, markerColumns(bodyRows), percentColumns(bodyRows));
  // A column re-keyed as the share beside its period's amounts names no period twice: its problem goes.
  for (const { column, was } of sharesBesideAmounts(columns, [...bodyCells.values()])) {
    const i = issues.findIndex((x) => x.line === column.line && x.column === column.column && x.message.endsWith(`kept under ${was}`));
    if (i >= 0) issues.splice(i, 1);
  }
  // A period a row's words establish joins the table's periods once; its id is the fact's.
  const adopt = (period: Period): string => {
    if (!periods.some((q) => q.id === period.id)) periods.push(period);
    return period.id;
  };
  // The instant at a duration's end, for rows a section says stand at the period's end.
  const endOf = (id: string): string => {
    const p = periods.find((q) => q.id === id);
    return p?.kind === 'duration' && p.end ? adopt(instant(p.end)) : id;
  };
  // The change from the date a section names to a column's period ("Change since December 31, 2023" under "As of December 31, 2024").
  const changeSince = (label: string, id: string): string | null => {
    const m = CHANGE_SINCE.exec(label.trim());
    const dates = m ? findDates(m[1]!) : [];
    const current = periods.find((q) => q.id === id);
    if (dates.length !== 1 || !dates[0]!.iso || !current || current.kind === 'change' || !current.end || current.end <= dates[0]!.iso) return null;
    const since = periods.find((q) => q.kind === 'instant' && q.end === dates[0]!.iso) ?? instant(dates[0]!.iso);
    const change = changePeriod(current, since, 'other');
    adopt(since);
    return adopt(change);
  };
  // The span a section names, ending where its column's period ends ("12 months ended Dec 31:" over "2024"'s
  // fourth quarter: the year 2024); null where the section's day is not the column's, so no period is established.
  const spanned = (label: string, id: string): string | null => {
    const span = titleSpan(label.trim().replace(/[:,]\s*$/, ''), headerContext);
    const current = periods.find((q) => q.id === id);
    if (!span || span.months === null || span.asOf || current?.kind !== 'duration' || !current.end) return null;
    if (span.dates.length > 0 ? !span.dates.includes(current.end) : span.days.length > 0 && !span.days.includes(current.end.slice(5))) return null;
    const period = periodInTitle(Number(current.end.slice(0, 4)), span, headerContext);
    return period && period.end === current.end ? adopt(period) : null;
  };
  // The twelve months ending where a column's period ends (a quarter's, or a balance's date); null for a column of no
  // dated period, so no period is established.
  const trailing = (id: string): string | null => {
    const current = periods.find((q) => q.id === id);
    const end = current?.kind !== 'change' ? current?.end : undefined;
    return end ? adopt(duration(end, 12, headerContext.calendar)) : null;
  };
  // A table whose columns name no period and whose rows do ("Year ended March 31, 2017" down the side,
  // "Revenue Contrail | Other Subsidiaries" across): each figure is of its row's period.
  // A change column naming no pair it compares ("% Chg" beside each region's "$", Caterpillar's sales by region, 1Q22,
  // under "First Quarter 2022" and then "First Quarter 2021") leaves the rows to name the period of the others.
  const pairless = (c: (typeof columns)[number]) => c.kind === 'change' && !periods.find((p) => p.id === c.period)?.compare;
  const byRow = !columns.some((c) => c.kind === 'period' || (c.kind === 'change' && !pairless(c)) || (c.kind !== 'change' && c.period !== ''));
  const scale = caption.scale ?? cornerUnit?.scale ?? ctx.defaultScale;
  const currency = caption.currency ?? cornerUnit?.currency ?? ctx.currency;
  const units = new LabelUnits(ctx.currency);
  const drafts = readRows(
    block.body.filter((n) => !block.rules.has(n)),
    bodyCells,
    ruleMarks(block.body, ctx.lines, width),
    width,
    columns,
    ctx,
    units,
    at,
  );
  const exceptPer = exemptPerUnits(caption.unitNote ?? cornerUnit?.note ?? '');
  // "(In thousands, except share and per share data)": share counts are printed in full.
  const ownNote = caption.unitNote ?? cornerUnit?.note ?? null;
  const exceptShares = ownNote !== null ? exemptsShares(ownNote) : ctx.sharesInFull === true;
  // "(in millions, except shares (thousands) and per share data)": the counts in the scale the exception names.
  const sharesStated = ownNote !== null && exceptShares ? exceptedSharesScale(ownNote) : null;
  // "(In thousands, except rig activity)": the rows under "Rig activity:" are in units, amounts where their block prints a currency symbol.
  const exceptedSections = exceptedNames(caption.unitNote ?? cornerUnit?.note ?? '');
  const moneyBlocks = blocksPrintingMoney(drafts);
  // A unit statement that names a volume, "(In Millions of KWHs)", "(thousands of tons)", makes
  // the table's lines counts in that scale, as a section so named does: never money. It counts as
  // the outermost section; its other words ("except per share") are read elsewhere. "(Percent)" alone makes them
  // percentages so.
  const statedUnit = unitOfText(caption.unitNote ?? cornerUnit?.note ?? '', ctx.currency);
  const tableUnits: TextUnit[] = statedUnit.kind === 'count' || statedUnit.kind === 'percent' ? [statedUnit] : [];
  const spacedLines = new Set([...block.spaced].map((n) => n + 1));
  // Columns that name segments under one span without a date ("Fourth Quarter Ended" over "Americas | Europe | Total",
  // Watts Water's organic sales): a row's label that ends in a date ("Net sales December 31, 2024") is that span's.
  const keyed = columns.filter((c) => c.key !== null && !c.reference);
  const sharedSpan = byRow && keyed.length > 0 && keyed.every((c) => c.span && c.span.months === keyed[0]!.span!.months && c.span.weeks === keyed[0]!.span!.weeks) ? keyed[0]!.span! : null;
  const spanDated = new Set<number>();
  const labelPeriods = drafts.map((d, r) => {
    if (!byRow || !d.values.length) return null;
    const own = periodOfLabel(d.label.text, headerContext);
    if (own || !sharedSpan) return own;
    const dated = spanEndingInLabel(d.label.text, sharedSpan, headerContext);
    if (dated) spanDated.add(r);
    return dated;
  });
  // A caption over a block of lines naming one period and nothing else ("Q1 Fiscal 2022" over Qualcomm's reconciliation
  // lines, "Q1 Fiscal 2021" over the same lines below it, 1Q22): where the columns name none, the period of its lines.
  // It heads the lines up to the next such caption, whether or not it opens a section.
  let caption_: { period: Period; label: string } | null = null;
  const sectionPeriods = drafts.map((d, r) => {
    if (!byRow) return null;
    if (!d.values.length) {
      const label = d.label.text.trim().replace(/:$/, '');
      const period = label ? periodOfLabel(label, headerContext) : null;
      if (period) caption_ = { period, label };
      return null;
    }
    return labelPeriods[r] ? null : caption_;
  });
  // A column naming a span and its day but no year ("For the Three Months Ended March 31"), on a row naming only the
  // year ("2019"): that span in that year (PS Business Parks' same-park quarters, 1Q20), never the year itself.
  const completed = new Map<string, Period | null>();
  const yearCompletes = (header: string, label: string): string | null => {
    const year = /^\s*((?:19|20)\d{2})\s*$/.exec(label)?.[1];
    if (!year) return null;
    const key = `${header}\n${year}`;
    if (!completed.has(key)) {
      const reading = parseHeaderPeriod(`${header.trim().replace(/,\s*$/, '')}, ${year}`, headerContext);
      completed.set(key, reading?.kind === 'period' && reading.rest === '' && reading.period.kind !== 'change' ? reading.period : null);
    }
    const period = completed.get(key) ?? null;
    if (period && !periods.some((p) => p.id === period.id)) periods.push(period);
    return period?.id ?? null;
  };
  const ids = rowIds(drafts, labelPeriods);
  const tableColumns = columns.filter((c) => c.key !== null);
  const position = new Map(tableColumns.map((c, i) => [c.index, i]));
  const reportedEmpty = new Set<number>();

  // The caption naming a change since a date over each row: a section's, or the caption line just above a run of
  // unlabelled rows (Pegasystems' "Change since December 31, 2023" over the change in amount, then in percent).
  const sinceLabels = drafts.map((d, r) => {
    const own = d.section.findLast((label) => CHANGE_SINCE.test(label.trim()));
    if (own !== undefined || d.label.text !== '') return own;
    let k = r - 1;
    while (k >= 0 && drafts[k]!.label.text === '' && drafts[k]!.values.length > 0) k--;
    return k >= 0 && drafts[k]!.values.length === 0 && CHANGE_SINCE.test(drafts[k]!.label.text.trim()) ? drafts[k]!.label.text : undefined;
  });
  const moneyOverShares = sharesAmongMoney(drafts, tableUnits, units);
  const moneyBySigns = betweenCurrencySigns(drafts, tableUnits, units);
  const amountsOfPerShare = amountsUnderPerShare(drafts, tableUnits, units);
  const linesMarked = new Set<number>();
  // Columns whose figures each print their unit: a bare figure there is no percentage (see columnsPercentByFirst).
  const markedEach = new Set<number>();
  const percentByFirst = columnsPercentByFirst(drafts, columns, linesMarked, markedEach);
  const bareChanges = changesPrintingNoPercent(drafts, columns);
  // The rows past the block a "%" header heads, and the columns read there: no share, nor of what a share is.
  const reach = shareReach(drafts, columns.filter((c) => c.unit.percent).map((c) => c.index));
  const pastReach = new Map([...reach.keys()].map((i) => [i, { ...columns[i]!, dimension: null, unit: { ...columns[i]!.unit, percent: false } }]));
  const plain = { percent: false, reference: false };
  const blockRows = drafts.map((d) => {
    const own = units.ofItem(d.label.text);
    return { kind: d.values.length ? inferKind(own, [...tableUnits, ...d.sectionUnits], null, plain) : null, own, values: d.values.map((v) => v.parsed), label: d.label.text, section: d.section };
  });
  const inBlock = perShareInBlocks(blockRows);
  const countedInBlock = sharesInBlocks(blockRows);
  const pointedInBlock = pointsInBlocks(blockRows);
  // A table stating no unit of its own: its lines before any caption may be stated in percent by their first line.
  const percentInBlock = percentInBlocks(blockRows, ownNote === null && caption.scale === null && caption.currency === null && cornerUnit === null);
  const ratioLine = ratioLines(blockRows);
  // The lines that add up to a line of tonnes or ounces above them are tonnes or ounces too.
  const measuredParts = partsOfMeasures(blockRows);
  // The lines under a caption naming things counted, bare: counts in the one scale the block states.
  const countedBlocks = countsInBlocks(blockRows);
  const scaleAlone = countsByScaleAlone(drafts.map((d) => d.label.text), units);
  const volumeEffect = volumeEffects(drafts.map((d) => d.label.text), units);
  // A table whose title names things counted, stating no unit and printing no currency nor fraction: counts.
  const countedTable = ownNote === null && tableCounts(caption.title, drafts, columns) ? caption.title : null;
  // Only columns printing figures say what their neighbours' are: a column of prose under a header ("Second Quarter
  // Highlights", PNC's 2Q21, its bullets read into the header, "Adjusted EPS was $4.50" among them) says nothing.
  const printing = new Set(drafts.flatMap((d) => d.values.map((v) => v.index)));
  const perShareColumn = perShareColumns(columns.filter((c) => printing.has(c.index)));
  const shareCountColumn = shareCountColumns(columns);
  const exercisePriceColumn = exercisePriceColumns(columns);
  const tableStatement = caption.unitNote
    ? `the table's statement ${JSON.stringify(caption.unitNote)}, printed ${caption.noteFrom === 'title' ? 'in its title' : caption.noteFrom === 'under the header' ? 'under its header' : caption.noteFrom === 'the table it continues' ? 'over the table it continues' : 'in its title and completed under its header'}${caption.scaleHeading ? `; its lines read in the scale the heading ${JSON.stringify(caption.scaleHeading)} over the header states` : ''}`
    : cornerUnit
      ? `the table's statement ${JSON.stringify(cornerUnit.note)}, printed in the header's corner`
      : `none printed: the release's scale (${ctx.defaultScale}) and currency (${ctx.currency})`;
  // A product's active users counted under a statement of scale naming no currency ("(in millions, except percentages and
  // ARPU)" over Reddit's "DAUq: Global 126.8"): the statement scales them as it does every line it does not except.
  const statement = caption.unitNote !== null ? { scale: caption.scale, currency: caption.currency, moneyOnly: caption.moneyOnly } : cornerUnit ? { scale: cornerUnit.scale, currency: cornerUnit.currency, moneyOnly: false } : null;
  const peopleScale = statement !== null && statement.currency === null && !statement.moneyOnly ? statement.scale : null;
  // A table rolling a balance from its period's beginning to its end is a statement of flows, whatever its title: its
  // lines of cash keep its convention (DTL's "Represented by: Cash & cash equivalents 890,148" above "Net cash and cash
  // equivalents at end of period 864,225", net of overdrafts, 1Q23).
  const rollsBalance = drafts.some((d) => ROLL_END.test(d.label.text));
  // A statement of financial position holds balances alone: each amount stands at its column's end, even under a span
  // ("Year Ended December 31," over Avient's balance sheet in its wire copy, 2024 and 2023 beneath). Not a title that
  // joins another statement or a change ("Balance Sheet and Cash Flow Highlights", "Changes in Net Assets").
  const positionStatement = POSITION_STATEMENT.test(caption.title) && !notAtEnd([caption.title]);
  // Lines of words alone before the first figures name the table ("Summary Average Balance Sheet" under Bank of America's
  // 4Q24 header): a table of averages holds no balance at the period's end.
  const firstFigures = drafts.findIndex((d) => d.values.length > 0);
  const heads = drafts.slice(0, firstFigures < 0 ? 0 : firstFigures).map((d) => d.label.text);
  const facts: Fact[] = [];
  const rows: TableRow[] = [];
  // A loop in buildTable, not a callback made per table: the hottest code of ingest, whose
  // optimized code V8 would drop with each table's callback and make again.
  // A table whose negatives all open a parenthesis and none closes one (Strattec's 8-K as text, every ")" in a cell of its
  // own lost) prints them so by its layout, not by a slip: each is read as the negative it opens, and no misprint.
  const opened = drafts.reduce((n, d) => n + d.values.filter((v) => v.unclosed).length, 0);
  const unclosedLayout = opened >= 2 && !drafts.some((d) => d.values.some((v) => !v.unclosed && v.parsed.value !== null && /\(\s*(?:\$\s*)?\d/.test(v.cell.text)));
  for (let r = 0; r < drafts.length; r++) {
    const draft = drafts[r];
    const rowId = ids[r];
    const base = {
      release: ctx.release,
      table: id,
      label: draft.label.text,
      section: draft.section,
      total: draft.total,
    };
    const labelUnit = units.ofText(draft.label.text);
    const namedUnit = units.ofRowLabel(draft.label.text);
    // A label printing its own count of shares ("Outstanding shares — 509 and 509 | 5 | 5", Amazon's common stock)
    // holds that count in its words: the figures of its columns are what the table's other lines are, not the count again.
    const itemUnit = namedUnit.kind === 'shares' && countsSharesItself(draft.label.text) ? { ...namedUnit, kind: null, shareCount: false }
      : volumeEffect.has(r) && namedUnit.kind === 'count' ? { ...namedUnit, kind: null }
      : namedUnit;
    // The line item with the currency its whole label states ("Less: Voyage Expenses (in '000s of US$)", whose item is "Less").
    const ownUnit = itemUnit.currency === null && labelUnit.currency !== null && itemUnit.kind === null ? { ...itemUnit, currency: labelUnit.currency } : itemUnit;
    const cells: (string | null)[] = tableColumns.map(() => null);
    let reading: RowReading | undefined;
    let readFromMark = false;
    const labelPeriod = labelPeriods[r];
    if (labelPeriod && !periods.some((p) => p.id === labelPeriod.id)) periods.push(labelPeriod);
    const sectionPeriod = sectionPeriods[r];
    if (sectionPeriod && !periods.some((p) => p.id === sectionPeriod.period.id)) periods.push(sectionPeriod.period);
    // Share counts printed in full under a table's scale (16,136,132 shares in a table "in thousands" of
    // dollars, or in millions): a count of seven digits or more cannot be in millions, nor in
    // thousands where the statement scales only dollars.
    const titlePoints = TITLE_POINTS.test(caption.title.trim());
    const inFull = draft.values.every(({ parsed }) => parsed.value === null || /^-?\d{7,}$/.test(parsed.value)) && (scale >= 6 || caption.moneyOnly);
    // The units the row's cells are read under, the same for each of them.
    const sectionUnits = [...tableUnits, ...draft.sectionUnits];
    const innermostFirst = sectionUnits.toReversed();
    const partOf = measuredParts.get(r);
    const countedBy = countedBlocks.get(r);
    const inCountedBlock = countedBy !== undefined;
    // A count's scale: the line it is a part of, its block's, else the first its own words or a counting section states
    // ("1 to 100 units" under "Account size ending units in service (000's)": thousands of units).
    const countScale = partOf !== undefined ? blockRows[partOf]!.own.scale
      : countedBy !== undefined ? countedBy.scale
      : scaleAlone.has(r) ? labelUnit.scale
      : itemUnit.people && labelUnit.scale === null ? draft.sectionUnits.findLast((u) => u.kind === 'count' && u.scale !== null)?.scale ?? peopleScale
      : labelUnit.kind === 'count' && labelUnit.scale === null ? draft.sectionUnits.findLast((u) => u.kind === 'count')?.scale ?? null
      : [labelUnit, ...innermostFirst].find((u) => u.kind === 'count')?.scale ?? null;
    const excepted = inExceptedSection(exceptedSections, draft.section);
    const atEnd = labelPeriod ? undefined : draft.section.find((label) => AT_PERIOD_END.test(label.trim()));
    // A balance named whole, or any line of a balance sheet, outside a statement of flows and a section naming another
    // moment: held at the period's end.
    // So is every line under a caption naming the balance sheet or its part (PennantPark's highlights, 1Q FY2025:
    // "Credit Facility $ 460.0" under "Assets and Liabilities:", beside "Net investment income" under "Operating
    // Results:", all under "Quarter ended December 31, 2024").
    const positionCaption = draft.section.find((label) => POSITION_CAPTION.test(label.trim()));
    const balance = !labelPeriod && atEnd === undefined && !rollsBalance && !notAtEnd([caption.title, ...heads, ...draft.section]) && (positionStatement || positionCaption !== undefined || namesBalance(lineItem(draft.label.text)));
    const since = labelPeriod ? undefined : sinceLabels[r];
    const spanLabel = labelPeriod || atEnd !== undefined ? undefined : draft.section.findLast((label) => SPAN_CAPTION.test(label.trim()));
    // A line whose own words name trailing twelve months ("-- TTM", "LTM Adjusted EBITDA"), its label naming no period.
    const trailingLabel = !labelPeriod && TRAILING.test(draft.label.text);
    // A bare figure between two changes in percent on its line, under a header naming no year of its own and in the
    // first change's period: what bridges one change to the other, in points (PepsiCo 4Q22's "Reported % Change | Foreign exchange translation | Impact of
    // Acquisitions … | 53rd reporting week | Organic % Change": "25 % 1 — (7) 18 %", the spanner "Impact of" set over
    // one column of three; its 8 and (7) were $8 and $(7) million, summed down the segments).
    // Per row, once: which cells print "%" and which print thousands.
    const percentHere = new Set(draft.values.flatMap((v) => (v.parsed.unitHint === 'percent' ? [v.index] : [])));
    const thousands = new Set(draft.values.flatMap((v) => (v.parsed.value !== null && Math.abs(Number(v.parsed.value)) >= 1000 ? [v.index] : [])));
    const bridging = (k: number) => {
      const own = columns[k];
      // A header stating a scale names an amount ("Purchase Trans. (Mil.)" between Mastercard's growths); points
      // print no thousands.
      if (!own || own.unit.percent || own.unit.currency !== null || own.unit.scale !== null || own.kind === 'change' || namesAYear(own)) return false;
      if (thousands.has(k)) return false;
      const percentAt = (j: number) => percentHere.has(j) && PERCENT_CHANGE_HEADER.test(columns[j]?.header ?? '');
      let left = k - 1;
      while (left >= 0 && !percentAt(left) && !columns[left]!.unit.percent) left--;
      let right = k + 1;
      while (right < columns.length && !percentAt(right) && !columns[right]!.unit.percent) right++;
      // Of the left change's own period: a column of another period between two changes is that period's figures
      // (HanesBrands' "Years Ended December 28, 2024" between the quarter's "% Change" and the year's).
      return left >= 0 && right < columns.length && percentAt(left) && percentAt(right) && columns[left]!.period === own.period;
    };
    const figured = (v: (typeof draft.values)[number]) => v.parsed.status === 'reported' || v.parsed.status === 'range';
    const linePercent = draft.values.some(figured) && draft.values.every((v) => !figured(v) || (v.parsed.unitHint === 'percent' && !v.parsed.dollar && v.parsed.symbol === null));
    for (const { index, cell, parsed, unclosed } of draft.values) {
      const column = r >= (reach.get(index) ?? Infinity) ? pastReach.get(index)! : columns[index];
      if (!column || column.key === null) {
        if (!reportedEmpty.has(index)) at(draft.line, cell.column, messages.noColumn(cell.text));
        reportedEmpty.add(index);
        continue;
      }
      const spanPeriod = spanLabel !== undefined && !column.reference && column.kind !== 'change' ? spanned(spanLabel, column.period) : null;
      const trailingPeriod = trailingLabel && !column.reference && column.kind !== 'change' ? trailing(column.period) : null;
      const yearPeriod = labelPeriod && column.period === '' && !column.reference ? yearCompletes(column.header, draft.label.text) : null;
      // A caption naming the whole period over lines whose columns name none (Spire's segments under "Three Months Ended
      // June 30, 2023") dates them itself: no span to end where a column's period ends.
      if (spanLabel !== undefined && !column.reference && column.kind !== 'change' && spanPeriod === null && !(column.period === '' && sectionPeriod)) {
        at(draft.line, cell.column, messages.sectionSpan(spanLabel.trim(), column.period, cell.text));
        continue;
      }
      // A bare change beside percentages, in a change column whose "%" marks its lines of amounts: points (The
      // Hartford's Group Benefits, "Loss ratio 71.9% 74.7% (2.8)" under "Net income $104 $118 (12)%").
      // So is one in a change column that names no measure and prints "%" nowhere, on a line whose other figures are all
      // percentages (The Hartford's reconciliation of its margin: "Net income margin 6.9% 7.7% (0.8)", 6.9 − 7.7).
      const pointsBesidePercent =
        parsed.status === 'reported' && parsed.unitHint === null && !parsed.dollar && parsed.symbol === null &&
        (linesMarked.has(index) ? draft.values.some((v) => v.index !== index && v.parsed.unitHint === 'percent') : bareChanges.has(index) && percentsBeside(draft.values, columns));
      // A figure printed with a currency symbol is money whatever its line counts: "$ 3,377" under
      // "Weighted average shares outstanding:" is no count of shares, "$ 0.39" of "Economic EPS" there is per share;
      // nor is "$ 23.09" a percentage, whatever its column's header says.
      const printedMoney = parsed.dollar || parsed.symbol !== null;
      // A nil mark in a column of percentages by its first figure ("--" among Timberland's loan percentages) is a nought percent, not dollars.
      // So is a mark printing no figure ("N/A") on a line whose every figure is a percentage (Amazon's "Operating income
      // (loss) -- Y/Y growth (decline), excluding F/X | N/A | 347% | …"): the line's unit, not the table's money.
      const columnPercent = !printedMoney && (column.unit.percent || (percentByFirst.has(index) && ((parsed.status === 'reported' && !markedEach.has(index)) || parsed.status === 'nil')) || (parsed.status !== 'reported' && parsed.status !== 'range' && parsed.unitHint === null && linePercent));
      // A bare figure under a header naming percentage points is points ("Percentage Point Impact" over "Foreign
      // Exchange Translation": PepsiCo's (6) is no $6 million).
      // So is one under a title closing on percentage points (PepsiCo's "Operating Profit and EPS" / "Percentage Point
      // Impact" over "Items Affecting Comparability | Foreign Exchange Translation"), in a column printing no "%" nor currency.
      // So is one under a header naming an impact ("Impact of Foreign exchange translation") on a line printing its
      // other figures with "%" (PepsiCo's reconciliation of organic revenue growth: "18 %  (6)  1  13 %").
      const impactBesidePercent = IMPACT_HEADER.test(column.header) && !column.unit.percent && column.unit.currency === null && column.kind !== 'change' &&
        draft.values.some((v) => v.index !== index && v.parsed.unitHint === 'percent') && draft.values.every((v) => !v.parsed.dollar && v.parsed.symbol === null);
      const pointsHeaded = column.unit.points === true || impactBesidePercent || bridging(index) || (titlePoints && !column.unit.percent && column.unit.currency === null && column.kind !== 'change');
      const columnPoints = pointsHeaded && parsed.unitHint === null && !printedMoney;
      // A bare figure under a header naming basis points is basis points (LPL's "Net Yield (bps)" beside its revenue, read
      // as thousands of dollars). A change column's are left to the growth check, which reads its header itself.
      const columnBasisPoints = column.unit.basisPoints === true && column.kind !== 'change' && parsed.unitHint === null && !printedMoney;
      // A year under a heading naming one ("Year Built" 2012): a date the row names, no amount (Danaos' fleet list).
      const yearNamed = column.years === true && parsed.status === 'reported' && parsed.unitHint === null && !printedMoney && printsYear(cell.text);
      const stand = inferKind(ownUnit, sectionUnits, pointsBesidePercent || columnPoints ? 'percentage-points' : columnBasisPoints ? 'basis-points' : parsed.unitHint, { percent: columnPercent, reference: column.reference || yearNamed, count: column.count });
      // An exchange rate, named so and printed as rates are quoted (Sears 2004's 0.7353): a ratio, never summed as money.
      // One named by its pair of currencies is one whatever its decimals, even under "Per share data" (ASE's "FX (NTD/USD)").
      const quoted = itemUnit.pair ? stand === 'money' || stand === 'per-share' : stand === 'money' && printsRate(draft.values.map((v) => v.parsed.value));
      const alone = quoted && itemUnit.rate && !parsed.dollar && parsed.symbol === null ? 'ratio' : stand;
      // A per-share block's lines, and the columns a header calls per share ("Earnings | Earnings per
      // Common Share" under each period): a line naming both ("earnings/EPS") is money beside them.
      // So is a line naming a change in the count of shares whose figures are all in the columns per share: its effect
      // on them (Chesapeake Utilities' variances, "Increase in shares outstanding due to 2025 and 2026 equity offerings
      // — — (0.03)" under "Pre-tax Income | Net Income | Earnings Per Share").
      const sharesEffect = alone === 'shares' && CHANGE_OF_COUNT.test(draft.label.text) && draft.values.some((v) => v.parsed.status === 'reported' && perShareColumn.has(v.index)) && draft.values.every((v) => v.parsed.status !== 'reported' || perShareColumn.has(v.index));
      const byColumn = perShareColumn.size === 0 || (alone !== 'money' && alone !== 'per-share' && !sharesEffect) ? null : perShareColumn.has(index) ? 'per-share' : 'money';
      const byBlock = (alone === 'money' && (inBlock.has(r) || pointedInBlock.has(r))) || (alone === 'per-share' && countedInBlock.has(r));
      const counted = shareCountColumn.has(index) && (alone === 'money' || byColumn === 'money') ? 'shares'
        : exercisePriceColumn.has(index) && (alone === 'money' || byColumn === 'money') ? 'per-share'
        : null;
      // A bare figure on a line naming a ratio: a percentage or a quotient, never an amount (ratio-lines.ts).
      // In a column of changes, a ratio's bare change is a difference of percentages, points (The Hartford's "Combined ratio
      // 99.1 96.1 3.0" under "Change"); a column of changes in percent leaves it unread as before.
      const ratioLineRead = alone === 'money' && !percentInBlock.has(r) && parsed.unitHint === null && !printedMoney ? ratioLine.get(r) : undefined;
      const ratioBy = ratioLineRead === undefined || column.kind !== 'change' ? ratioLineRead
        : ratioLineRead.kind === 'percent' && column.measure !== 'ratio' ? { kind: 'percentage-points' as const, why: `percentage-points: ${ratioLineRead.why.replace(/^percent: /, '')}, in a column of changes` }
        : undefined;
      const read = counted ?? byColumn ?? (alone === 'money' && percentInBlock.has(r) ? 'percent' : null) ?? ratioBy?.kind ?? (alone === 'money' && (partOf !== undefined || inCountedBlock || scaleAlone.has(r) || countedTable !== null) ? 'count' : null) ?? (byBlock ? (alone === 'money' ? (pointedInBlock.get(r) ?? 'per-share') : 'shares') : alone === 'per-share' && amountsOfPerShare[r] ? 'money' : alone);
      // (A column the header calls shares keeps them: the line's money is in the others.)
      const inferred = (read === 'shares' && (moneyOverShares[r] || moneyBySigns[r]) && !shareCountColumn.has(index)) || (read === 'count' && moneyOverShares[r] && alone === 'count') ? 'money' : read;
      // A bare difference of percentages under a header of differences in "$/bps" is in basis points, as the header says
      // for lines that are not money (Citizens' "Allowance for credit losses to loans and leases 1.51 1.63 … (12)" under
      // "4Q21 change from 3Q21 $/bps").
      const bpsDifference = column.kind === 'change' && column.measure === 'difference' && BPS_HEADER.test(column.header) && parsed.status === 'reported' && parsed.unitHint === null && !printedMoney;
      const kind = bpsDifference && inferred === 'percent' ? 'basis-points'
        : printedMoney && inferred === 'count' ? 'money'
        : printedMoney && inferred === 'shares' ? (itemUnit.kind === 'per-share' ? 'per-share' : 'money')
        : excepted && inferred === 'money' && !printedMoney && !moneyBlocks.has(draft.section.join('\n')) ? 'count'
        : inferred;
      // The figure's own symbol, then the column's unit, the row's, its sections' (innermost first), the table's.
      // A column's own unit statement ("(millions of Pesos unless otherwise stated)") yields to what the row or its
      // sections state, as a table's statement does ("Average monthly rent (US$/sqm)" under it is dollars per unit).
      const stated = column.unit.statement ? [NO_UNIT, labelUnit, ...innermostFirst, column.unit] : [column.unit, labelUnit, ...innermostFirst];
      // A bare "$" is the dollar the column, row, section or table states ("(thousands of Canadian $)"), else the release's.
      const statedCurrency = firstOf(stated, 'currency') ?? currency;
      const symbolCurrency = parsed.symbol ? currencyOfSymbol(parsed.symbol, statedCurrency) : null;
      const money = symbolCurrency ?? statedCurrency;
      const printedScale = firstOf(stated, 'scale') ?? (kind === 'shares' && !inFull && sharesStated !== null ? sharesStated : null) ?? ((kind === 'shares' && (inFull || exceptShares)) || (kind === 'money' && (excepted || exempt(exceptPer, draft.label.text))) ? 0 : scale);
      // Money per unit of a measure: the measure the row or its innermost section names ("(per lb)", "($/bbl)").
      const per = kind === 'per-unit' ? [itemUnit, labelUnit, ...innermostFirst].find((u) => u.kind === 'per-unit')?.per : undefined;
      const minor = parsed.unitHint === 'minor-currency' || ((kind === 'per-share' || kind === 'per-unit' || kind === 'money') && labelUnit.minor);
      const periodRead = cellPeriod({
        column,
        span: spanPeriod !== null ? { period: spanPeriod, section: spanLabel!.trim() } : null,
        trailing: trailingPeriod !== null ? { period: trailingPeriod, label: draft.label.text.trim() } : null,
        year: yearPeriod,
        label: labelPeriod ? { period: labelPeriod.id, spanDated: spanDated.has(r) } : null,
        caption: sectionPeriod ? { period: sectionPeriod.period.id, label: sectionPeriod.label } : null,
        atEnd,
        balance: balance && kind === 'money' && !notAtEnd([column.header])
          ? { section: positionCaption !== undefined && !positionStatement && !namesBalance(lineItem(draft.label.text)) ? positionCaption.trim() : undefined }
          : null,
        since,
        endOf,
        changeSince,
      });
      const fact: Fact = {
        ...base,
        id: `${ctx.release}/${id}/${rowId}/${column.key}`,
        row: rowId,
        concept: ctx.concepts.get(`${id}/${rowId}`) ?? null,
        period: periodRead.period,
        dimension: column.dimension,
        ...(column.basis && column.period && column.kind !== 'change' && !labelPeriod ? { basis: column.basis } : {}),
        value: parsed.value,
        status: parsed.status,
        ...(parsed.range ? { range: parsed.range } : {}),
        unit: unitOf(kind, money, per),
        // A column heading counts in its own scale ("Units k"), the row's count scale else.
        scale: scaleOfKind(kind, printedScale, minor, kind === 'count' && column.count && column.unit.scale !== null && column.unit.currency === null ? column.unit.scale : countScale),
        decimals: parsed.decimals,
        raw: cell.text,
        line: draft.line,
        column: cell.column,
        total: draft.total || parsed.underlined,
        underlined: parsed.underlined,
        dollar: parsed.dollar,
        symbol: parsed.symbol,
        ...(parsed.approximate ? { approximate: true as const } : {}),
        footnotes: parsed.footnotes.length ? [...draft.label.footnotes, ...parsed.footnotes] : draft.label.footnotes,
        origin: 'cell',
      };
      if (unclosed && !unclosedLayout) {
        fact.misprint = messages.unclosedParenthesis(cell.text.replace(/<\/?u>/g, '').trim());
        at(draft.line, cell.column, fact.misprint);
      }
      facts.push(fact);
      cells[position.get(index)!] = fact.id;
      // The row's reading is told by its first figure: a mark ("N/A") before it prints no unit ("~13.3%" was told as USD).
      const byFigure = parsed.value !== null || parsed.range !== undefined;
      if (reading !== undefined && !(readFromMark && byFigure)) continue;
      readFromMark = !byFigure;
      reading = {
        unit: fact.unit,
        scale: fact.scale,
        evidence: readingEvidence({
          kind: per ? `money per ${per}` : kind, read, printedMoney, scaleAlone: scaleAlone.has(r), volumeEffect: volumeEffect.has(r) && kind === 'money', peopleScale: kind === 'count' && itemUnit.people === true && countScale !== null && countScale === peopleScale, moneyOverShares: moneyOverShares[r], moneyBySigns: moneyBySigns[r], amounts: alone === 'per-share' && amountsOfPerShare[r], hint: parsed.unitHint, column, itemUnit, sectionUnits, labels: draft.section,
          byColumn: byColumn !== null && byColumn !== alone, byBlock, partOf: partOf !== undefined && kind === 'count' ? drafts[partOf]!.label.text : undefined,
          countedBy: countedBy !== undefined && kind === 'count' && itemUnit.kind !== 'count' ? drafts[countedBy.caption]!.label.text : undefined,
          countedTable: countedTable !== null && kind === 'count' && itemUnit.kind !== 'count' ? countedTable : undefined,
          ratioBy: kind === ratioBy?.kind ? ratioBy.why : undefined,
          percentBy: kind !== 'percent' || parsed.unitHint !== null || column.unit.percent ? null : read === 'percent' && alone === 'money' && percentInBlock.has(r) ? 'block' : percentByFirst.has(index) ? 'column' : null,
          stated, inFull, exceptShares, exemptPer: kind === 'money' && exempt(exceptPer, draft.label.text), excepted, minor, table: tableStatement,
        }) + (column !== columns[index] ? `; no share: its column's header ${JSON.stringify(column.header)} heads the block above, whose whole prints 100` : '') + periodEvidence(periodRead),
      };
    }
    // A line whose tabs became spaces is reported as such; its figures are not label numbers.
    const labelFacts = (spacedLines.has(draft.line) ? [] : readLabelNumbers(draft, rowId, id, scale, currency, columns, ctx, at, { exceptShares, inFullIfLong: scale >= 6 || caption.moneyOnly === true })).map((f) => {
      facts.push({ ...base, footnotes: draft.label.footnotes, ...f, total: false });
      return f.id;
    });
    rows.push({
      id: rowId,
      label: draft.label.text,
      rawLabel: draft.rawLabel,
      indent: draft.indent,
      section: draft.section,
      kind: draft.kind,
      total: draft.total || draft.values.some((v) => v.parsed.underlined),
      footnotes: draft.label.footnotes,
      cells,
      labelFacts,
      line: draft.line,
      column: draft.labelCell.column,
      ...(reading ? { reading } : {}),
    });
  }

  const firstLine = (block.caption[0] ?? block.header[0]) + 1;
  const table: Table = {
    id,
    release: ctx.release,
    title: caption.title,
    unitNote: caption.unitNote ?? cornerUnit?.note ?? null,
    scale,
    unitEvidence: tableStatement,
    currency,
    columns: tableColumns.map(
      (c): TableColumn => ({
        period: c.period, header: c.header, line: c.line, column: c.column, key: c.key!, dimension: c.dimension,
        ...(c.basis && c.period && c.kind !== 'change' ? { basis: c.basis } : {}),
        ...(c.kind === 'change' && c.measure ? { measure: c.measure } : {}),
        ...(c.kind === 'change' && c.favourable ? { favourable: true as const } : {}),
        ...(c.kind === 'change' && c.current?.key ? { current: c.current.key } : {}),
        ...(c.reference ? { reference: true as const } : {}),
        evidence: c.evidence,
      }),
    ),
    rows,
    line: firstLine,
    column: 1,
    endLine: Math.max(block.header.at(-1) ?? 0, block.body.at(-1) ?? 0) + 1,
  };
  for (const f of separatorMisprints(facts)) {
    const message = messages.separatorMisprint(f.raw.replace(/<\/?u>/g, '').trim(), asSeparated(f.raw));
    f.misprint = message;
    at(f.line, f.column, message);
  }
  return { table, facts, periods, issues };
}

/** A note's marks alone in a cell: "1", "(2)", "1,2", "(b)". */
const TRAILING_MARK = /^\s*(?:\(?\d{1,2}\)?(?:\s*,\s*\(?\d{1,2}\)?)*|\([a-z]\))\s*$/i;

/** A header naming basis points: "$/bps", "bps", "basis points". */
const BPS_HEADER = /\bbps\b|\bbasis\s+points?\b/i;

/** A line naming a change in a count, not the count ("Increase in shares outstanding …", "Effect of dilutive shares"). */
const CHANGE_OF_COUNT = /^\W*(?:increases?|decreases?|changes?|effects?|impacts?|dilution|dilutive\s+effects?)\b/i;

/** The rest of a figure split over two cells: its closing parenthesis, after its unit ("pts)", "%)", ")"). */
const CLOSING = /^\s*(?:%|pts?\.?|points?|bps|ppts?)?\s*\)\s*$/i;

/** A figure opening a parenthesis it does not close: "(88.1", "$ (1,234", "<u>(5.0</u>". */
const UNCLOSED = /^\s*(?:<u>)?\s*(?:\$\s*)?\(\s*(?:\$\s*)?\d[\d,]*(?:\.\d+)?\s*(?:<\/u>)?\s*$/;

/** The figure with the parenthesis it opens closed, inside its underline. */
function closeParenthesis(text: string): string {
  return text.replace(/\s*(<\/u>)?\s*$/, ')$1');
}

/**
 * A column of percentages with no heading of its own (none, or its neighbour's cut short: "December
 * 31," beside "December 31, 2004"), right of a period's amounts, one of them 100%: each figure's share
 * of the period's total, as a reader takes Horizon Financial's loan and deposit mix ("112,424 | 13%" …
 * "$ 892,809 | 100%"). Without a 100% it could be a margin or a growth, and stays unread with its problem.
 */
function sharesBesideAmounts(columns: Column[], body: readonly Cell[][]): { column: Column; was: string | null }[] {
  const rekeyed: { column: Column; was: string | null }[] = [];
  const rows = body.map((cells) => cells.slice(1).map((c) => c.text.replace(/<\/?u>/gi, '').trim()));
  const keys = new Set(columns.map((c) => c.key));
  const found = percentsBesideAmounts(columns, rows);
  // Printed beside every period's amounts, in one layout, two periods at least (Dave & Buster's reconciliation of net
  // income to Adjusted EBITDA: "$ (56,785) -48.6% | $ 24,982 7.2%"): each line's share of one whole, a margin of
  // revenue as a share is, whether or not a line of the table prints 100. A growth compares periods, so it is printed
  // once for them, not beside each.
  const periods = columns.filter((c, j) => c.kind === 'period' && c.key !== null && !found.some((f) => f.at === j));
  const besideEach = periods.length >= 2 && periods.every((p) => found.some((f) => columns[f.at - 1] === p));
  for (const { at: i, spanned, hundred } of found) {
    const [before, column] = [columns[i - 1]!, columns[i]!];
    // A column of shares is no period's amounts a second one could be read beside.
    if (before.kind !== 'period' || (!hundred && !besideEach)) continue;
    const key = `${before.key}.percent`;
    if (keys.has(key)) continue;
    keys.delete(column.key);
    keys.add(key);
    rekeyed.push({ column, was: column.key });
    const of = hundred ? 'one 100' : `no line printing 100, printed so beside each period's amounts, each line's share of a whole the table does not print`;
    Object.assign(column, {
      kind: 'share', key, period: before.period, dimension: [before.dimension, 'percent'].filter(Boolean).join('.'),
      unit: { ...column.unit, percent: true },
      evidence: spanned
        ? `a share of a total: a column of percentages, ${of}, "%" printed on its first figure, under the heading it shares with the amounts before it (${JSON.stringify(column.header)})`
        : `a share of a total: a column of percentages, ${of}${hundred ? '%' : ''}, with no heading of its own${column.header ? ` (${JSON.stringify(column.header)})` : ''}; the period of the column before it`,
    });
  }
  return rekeyed;
}

/** The columns of percentages right of a period's amounts, under their heading or none (see sharesBesideAmounts), and whether one prints 100. */
function percentsBesideAmounts(columns: Column[], rows: readonly string[][]): { at: number; spanned: boolean; hundred: boolean }[] {
  const out: { at: number; spanned: boolean; hundred: boolean }[] = [];
  for (let i = 1; i < columns.length; i++) {
    const [before, column] = [columns[i - 1], columns[i]];
    if (before.kind !== 'period' || before.key === null) continue;
    const unheaded = column.header === '' || (column.kind === 'named' && !column.period && before.header.startsWith(column.header.replace(/,$/, '')));
    // Or the heading it shares with the amounts before it, spanning both ("2026" over "$ 3,332,792 | 99.5 | %"), its
    // "%" printed on its first figure only, as "$" is, and on a last line or two (Chipotle's percent-of-revenue columns:
    // "99.5%", then 0.5, "100.0" … "Net income 12.1%").
    const spanned = !unheaded && column.header !== '' && column.header === before.header;
    if (!unheaded && !spanned) continue;
    // A nil mark is no figure of either kind ("-" for Chipotle's 2024 share of an expense it did not have, 4Q25).
    const cells = rows.map((r) => r[i] ?? '').filter((t) => t !== '' && !/^[-–—]+$/.test(t));
    const percents = unheaded ? cells.every((t) => /^\(?-?\d[\d,]*(?:\.\d+)?\s?%\)?$/.test(t)) : /%\)?$/.test(cells[0] ?? '') && cells.every((t) => /^\(?-?\d[\d,]*(?:\.\d+)?\s?%?\)?$/.test(t));
    if (cells.length < 2 || !percents) continue;
    out.push({ at: i, spanned, hundred: cells.some((t) => /^100(?:\.0+)?\s?%?$/.test(t) && (spanned || t.includes('%'))) });
  }
  return out;
}

/**
 * The span its columns name, ending on the date a row's label closes with ("Net sales December 31, 2024" under "Fourth
 * Quarter Ended"): the quarter to that day. Null unless the label prints one date, at its end, after words of its own.
 */
function spanEndingInLabel(label: string, span: { months: number; weeks?: number }, ctx: HeaderContext): Period | null {
  const text = label.trim().replace(/[:.,]\s*$/, '');
  const dates = findDates(text);
  if (dates.length !== 1) return null;
  const [date] = dates;
  if (!date!.iso || date!.problem || text.slice(date!.index + date!.length).trim() !== '' || !/[a-z]{3}/i.test(text.slice(0, date!.index))) return null;
  return duration(date!.iso, span.months, ctx.calendar, span.weeks);
}

/** The period a row's label names whole ("Year ended March 31, 2017", "Q3 2024"), or null. */
function periodOfLabel(label: string, ctx: HeaderContext): Period | null {
  if (!/\d/.test(label)) return null;
  const reading = parseHeaderPeriod(label, ctx);
  return reading?.kind === 'period' && reading.rest === '' && reading.period.kind !== 'change' ? reading.period : null;
}

const ROLL_END = /\b(?:beginning|end)\s+of\s+(?:the\s+)?(?:period|year|quarter|month)\b/i;

/** Why a row's first figure has its unit and scale, in words: what decided the kind, then what decided the scale. */
const NO_UNIT = { currency: null, scale: null } as const;

function readingEvidence(w: {
  kind: string; read: string; printedMoney: boolean; scaleAlone?: boolean;
  /** A count of active users read at the scale of the table's statement, which names no currency. */
  peopleScale?: boolean; moneyOverShares: boolean; volumeEffect?: boolean; moneyBySigns: boolean; amounts: boolean; hint: string | null; column: Column; itemUnit: TextUnit;
  byColumn: boolean; byBlock: boolean; partOf?: string;
  /** The caption naming what its block's bare lines count. */
  countedBy?: string;
  /** The title naming what its table's bare whole numbers count. */
  countedTable?: string;
  /** Percent by the "%" its column prints on its first figure, or by the "%" on its block's first line. */
  percentBy: 'column' | 'block' | null;
  /** Why a line naming a ratio reads its bare figures as it does (ratio-lines.ts). */
  ratioBy?: string;
  sectionUnits: TextUnit[]; labels: string[]; stated: { currency: string | null; scale: number | null }[]; inFull: boolean; exceptShares: boolean;
  exemptPer: boolean; excepted: boolean; minor: boolean; table: string;
}): string {
  const section = () => {
    for (let i = w.sectionUnits.length - 1; i >= 0; i--) if (w.sectionUnits[i].kind) return w.labels[i - (w.sectionUnits.length - w.labels.length)];
    return undefined;
  };
  const kind = w.hint ? `${w.kind}: the figure as printed`
    : w.column.reference ? 'reference: a "Note" column'
    : w.kind === 'reference' && w.column.years ? `reference: a year, printed under its column ${JSON.stringify(w.column.header)}, which names one; it measures nothing`
    : w.column.unit.percent && !w.printedMoney ? `${w.kind}: its column ("%")`
    : w.percentBy === 'column' ? `percent: its column ${JSON.stringify(w.column.header)} prints "%" on its first figure, as "$" is printed`
    : w.percentBy === 'block' ? 'percent: its block prints "%" on its first line, as "$" is printed'
    : w.ratioBy !== undefined ? w.ratioBy
    : w.column.count && w.kind === 'count' && w.itemUnit.kind !== 'count' ? `count: its column ${JSON.stringify(w.column.header)}`
    : w.printedMoney && w.read !== w.kind ? `${w.kind}: printed with a currency symbol`
    : w.partOf !== undefined ? `count: its figures add up to the line above that states its unit, ${JSON.stringify(w.partOf)}`
    : w.scaleAlone && w.kind === 'count' && w.itemUnit.kind !== 'count' ? "count: its label states a scale and no currency, where the table's lines of money state their currency"
    : w.countedBy !== undefined ? `count: its block's caption ${JSON.stringify(w.countedBy)} names what its bare lines count`
    : w.countedTable !== undefined ? `count: its table's title ${JSON.stringify(w.countedTable)} names what it counts, and the table states no unit and prints no currency nor fraction`
    : w.excepted && w.read !== w.kind ? `${w.kind}: its section is excepted from the table's statement and its block prints no currency symbol`
    : w.moneyOverShares ? 'money: its label mentions shares, with no word that makes it a count, among rows of money'
    : w.volumeEffect ? "money: a volume's effect beside a price's, as a bridge of changes prints them (\"Price\", \"Volume\")"
    : w.moneyBySigns ? 'money: its label names no unit, and the lines of its section just above and below it print a currency symbol, as the first line and the total of a column of amounts are printed'
    : w.amounts && w.kind === 'money' ? `money: whole amounts under the per-share caption ${JSON.stringify(section())}, where the table's lines per share print cents`
    : w.byColumn ? `${w.kind}: its column ${JSON.stringify(w.column.header)}, beside columns of ${w.kind === 'money' ? 'figures per share' : 'amounts'}`
    : w.byBlock ? (w.kind === 'shares' ? 'shares: a line between two lines of share counts, printed in whole numbers as they are' : w.kind === 'percentage-points' ? 'percentage-points: a line between two lines of percentages, bridging them' : w.kind === 'basis-points' ? 'basis-points: a line between two lines of basis points, bridging them' : 'per-share: a line between two per-share lines, printed in cents as they are')
    : w.itemUnit.kind ? `${w.kind}: its label`
    : w.kind !== 'money' ? `${w.kind}: its section${section() ? ` ${JSON.stringify(section())}` : ''}`
    : 'money: no word of its label, section or column says otherwise';
  const own = w.stated.findIndex((u) => u.scale !== null);
  const scale = w.minor ? 'in cents or pence'
    : w.kind === 'percent' || w.kind === 'per-share' || w.kind === 'per-unit' || w.kind === 'basis-points' || w.kind === 'percentage-points' || w.kind === 'ratio' || w.kind === 'reference' ? 'in units, as such figures are printed'
    : w.kind === 'count' && w.peopleScale ? `${w.table}, which names no currency: it scales the active users counted as every line it does not except`
    : w.kind === 'count' ? COUNT_SCALE_UNSTATED
    : own === 0 || (w.column.unit.statement && own === w.stated.length - 1) ? 'its column\'s header'
    : own === 1 ? 'its label'
    : own > 1 ? 'its section'
    : w.kind === 'shares' && w.exceptShares ? (w.table.startsWith('none printed') ? "in units: the release's statements except share data" : 'in units: the statement excepts share data')
    : w.kind === 'shares' && w.inFull ? 'in units: share counts printed in full'
    : w.exemptPer ? 'in units: the statement excepts per-unit figures'
    : w.excepted && w.kind === 'money' ? 'in units: the statement excepts its section'
    : w.table;
  return `${kind}; scale: ${scale}`;
}

/**
 * Whether a table is a count of the things its title names (Krispy Kreme's "Global Points of Access (Unaudited)" and
 * "Global Hubs (Unaudited)", 2Q26: shops, doors and hubs read as the release's thousands of dollars): the title says so
 * (`titleCounts`), no column states a unit, no figure prints a currency or a fraction, and no line or caption names
 * money. A reader takes such whole numbers as counts; one word of money anywhere leaves the table as it was read.
 */
function tableCounts(title: string, drafts: readonly DraftRow[], columns: readonly Column[]): boolean {
  if (!titleCounts(title)) return false;
  if (columns.some((c) => c.unit.currency !== null || c.unit.scale !== null)) return false;
  let bare = 0;
  for (const d of drafts) {
    if (namesMoney(d.label.text) || d.section.some(namesMoney)) return false;
    for (const { parsed } of d.values) {
      if (parsed.dollar || parsed.symbol !== null) return false;
      if (parsed.value === null || parsed.unitHint !== null) continue;
      if (parsed.decimals !== 0) return false;
      bare++;
    }
  }
  return bare > 0;
}

/** The sections (their labels joined) some row of which prints a currency symbol. */
function blocksPrintingMoney(drafts: readonly DraftRow[]): Set<string> {
  const out = new Set<string>();
  for (const d of drafts) if (d.values.some(({ parsed }) => parsed.dollar || parsed.symbol !== null)) out.add(d.section.join('\n'));
  return out;
}

/**
 * Words that make a line about shares a count of them: "Weighted average shares outstanding", "Shares used in computing …",
 * Netflix's "Shares (FD)" (fully diluted) under its free cash flow; and "Shares" alone, naming no class, no act and no
 * money, is the count itself.
 */
/** Units of equity awarded as shares are: restricted, performance or deferred share units. */
const SHARE_UNITS = /\bshare\s+units?\b/i;

const COUNTS_SHARES = /\b(?:weighted|average|outstanding|used|comput\w*|calculat\w*|denominator|number|count|basic|diluted|dilutive|per)\b|\((?:in\s+)?(?:thousands|millions|000s?|FD)\)|^\s*shares\s*(?:\([^()]*\)\s*)*$/i;

/**
 * A share class's capital account describes itself: "Common shares, $0.001 par value per share, …", or after its line
 * item, the shares authorized: MDC Partners' "Convertible preference shares, 145,000 authorized, issued and outstanding
 * at March 31, 2020 …" 152,746 among its equity, in thousands of dollars.
 */
const CAPITAL_ACCOUNT = /\b(?:par|stated)\s+value\b|\b(?:no|without)\s+par\b|[,;].*\bauthori[sz]ed\b/i;

/**
 * The words of a label that may make it a count of shares. A line naming a par value is a share class's
 * capital account, and the counts it names ("authorized 200,000,000 shares, issued and outstanding
 * 119,657,594") are printed in the label itself (label facts): only its line item can say what its
 * figures count (Acadia Realty's "Common shares, $0.001 par value per share, … outstanding …" 120 among
 * its equity, in thousands of dollars).
 */
function countWords(label: string): string {
  return CAPITAL_ACCOUNT.test(label) ? lineItem(label) : label;
}

/**
 * Rows whose label mentions shares but whose figures are money: "Purchase of treasury shares",
 * "Repurchase of ordinary shares", "Proceeds from issuance of common shares", "Shares repurchased
 * for tax withholdings" between money rows of a cash flow statement. A label's words decide the
 * unit only where the table leaves it open: such a line, with no word that makes it a count
 * ("weighted", "outstanding", "number of", "used in computing"), is money when the rows of
 * figures on either side of it are money; among share counts it stays a count.
 */
function sharesAmongMoney(drafts: DraftRow[], tableUnits: TextUnit[], units: LabelUnits): boolean[] {
  const plain = { percent: false, reference: false };
  const kinds = drafts.map((d) => (d.values.length ? inferKind(units.ofItem(d.label.text), [...tableUnits, ...d.sectionUnits], null, plain) : null));
  // Share units (restricted, performance, deferred) are instruments of equity as shares are: a line settling or
  // redeeming them among lines of money is money (Precision Drilling's changes in equity, "Settlement of Executive
  // Performance and Restricted Share Units 21,846", thousands of Canadian dollars), never a count of them.
  // A line naming nothing under a section that issues shares is the section's action in money too ("Issuance of Common
  // Shares" over "Under employee stock option plans 517 | 17,315 | … | 17,315", OpenText's changes in equity, whose
  // shares stand in columns of their own): the section's words leave its lines' unit open as a label's would.
  const bySection = (d: DraftRow) => {
    const named = d.section.at(-1) ?? '';
    return units.ofItem(d.label.text).kind === null && named !== '' && !COUNTS_SHARES.test(named) && units.ofItemText(named).kind === 'shares';
  };
  const open = drafts.map((d, r) => !COUNTS_SHARES.test(countWords(d.label.text)) && (
    (kinds[r] === 'shares' && (units.ofItemText(d.label.text).kind === 'shares' || bySection(d)))
    || (kinds[r] === 'count' && SHARE_UNITS.test(lineItem(d.label.text)))));
  const neighbour = (r: number, step: 1 | -1) => {
    for (let k = r + step; k >= 0 && k < drafts.length; k += step) if (kinds[k] !== null && !open[k]) return kinds[k];
    return null;
  };
  return open.map((o, r) => {
    if (!o) return false;
    const before = neighbour(r, -1);
    const after = neighbour(r, 1);
    return (before !== null || after !== null) && (before === null || before === 'money') && (after === null || after === 'money');
  });
}

/**
 * Rows a caption about shares alone makes counts, printed between two lines of the same section that print a
 * currency symbol: the typesetter's "$" on the first line of a column of amounts and on its total, the lines
 * between bare. Kornit's reconciliation prints, under "Weighted average number of shares" and its two counts,
 * share-based compensation by function: "Cost of product revenues $ 524", four bare lines, then the unlabelled
 * "$ 5,084"; the bare lines are amounts. Only a line whose own label names no unit and no word that counts
 * ("Basic", "Diluted", "outstanding" stay counts), every line between the two signs being such a line.
 */
function betweenCurrencySigns(drafts: DraftRow[], tableUnits: TextUnit[], units: LabelUnits): boolean[] {
  const plain = { percent: false, reference: false };
  const signed = (d: DraftRow) => d.values.some(({ parsed }) => parsed.dollar || parsed.symbol !== null);
  const bare = drafts.map((d) => {
    if (d.values.length === 0 || signed(d) || COUNTS_SHARES.test(d.label.text)) return false;
    const own = units.ofItem(d.label.text);
    return own.kind === null && inferKind(own, [...tableUnits, ...d.sectionUnits], null, plain) === 'shares';
  });
  // The nearest line of the same section past the bare ones: it must print money with its sign (never per share).
  const bound = (r: number, step: 1 | -1) => {
    const section = drafts[r]!.section.join('\n');
    for (let k = r + step; k >= 0 && k < drafts.length; k += step) {
      const d = drafts[k]!;
      if (d.section.join('\n') !== section || d.values.length === 0) return false;
      if (bare[k]) continue;
      return d.values.every(({ parsed }) => parsed.value === null || parsed.dollar || parsed.symbol !== null) && signed(d) && units.ofItem(d.label.text).kind !== 'per-share';
    }
    return false;
  };
  return bare.map((b, r) => b && bound(r, -1) && bound(r, 1));
}

/**
 * The rows a per-share caption alone makes per share that print amounts: whole numbers, one of four digits
 * or more, where the table's lines that say per share themselves print cents. PNC's "Tangible book value per
 * common share" heads its computation ("Common shareholders' equity $ 44,170", goodwill, tangible equity,
 * shares) above "Tangible book value per common share (non-GAAP) 79.68": the amounts are millions of dollars.
 */
function amountsUnderPerShare(drafts: DraftRow[], tableUnits: TextUnit[], units: LabelUnits): boolean[] {
  const own = drafts.map((d) => units.ofItemText(d.label.text));
  // Lines per share by their own words, or by a caption of their own that names per-share figures (Nabors' "Total
  // Diluted" under "Earnings (losses) per share:", under "DILUTED EPS:" over its numerator "$ (61,465)").
  const perShare = (d: DraftRow, r: number) => own[r].kind === 'per-share' || (own[r].kind === null && d.sectionUnits.findLast((u) => u.kind)?.kind === 'per-share');
  const cents = drafts.some((d, r) => perShare(d, r) && d.values.some((v) => v.parsed.value !== null && v.parsed.decimals >= 2));
  return drafts.map((d, r) => {
    if (!cents || own[r].kind !== null || own[r].currency !== null || own[r].scale !== null) return false;
    const innermost = [...tableUnits, ...d.sectionUnits].findLast((u) => u.kind);
    if (innermost?.kind !== 'per-share') return false;
    const printed = d.values.filter((v) => v.parsed.value !== null && v.parsed.unitHint === null);
    return printed.length > 0 && printed.every((v) => v.parsed.decimals === 0);
  }).map((whole, r, all) => {
    // A section's whole numbers are its amounts when one of them at least prints an amount no share is priced at.
    if (!whole) return false;
    const key = drafts[r].section.join('\n');
    return drafts.some((d, k) => all[k] && d.section.join('\n') === key && d.values.some((v) => v.parsed.value !== null && Math.abs(Number(v.parsed.value)) >= 1000));
  });
}

function firstOf<K extends 'currency' | 'scale'>(units: { currency: string | null; scale: number | null }[], key: K) {
  for (const u of units) if (u[key] !== null) return u[key];
  return null;
}

type Report = (line: number, column: number, message: string) => void;

interface Section {
  label: string;
  caps: boolean;
  hasValues: boolean;
  /** Rows of figures it holds, its subsections' included. */
  figures: number;
  /** Opened by indentation: it holds the rows indented deeper than it, and ends at the first that is not. */
  indent: number | null;
  /** The body line of the total further down that names it and so closes it, when one does. */
  closer: number | null;
  unit: TextUnit;
  /** Opened by a caption only for the unit it states ("Per Share Data", "Key ratios (%)"): the next caption ends it. */
  byUnit: boolean;
  /** The indentation of the first row of figures it holds, its subsections' included. */
  rowsIndent: number | null;
}

/**
 * Reads rows, tracks the section each one sits in, and reads every value cell.
 *
 * Sections: a label-only row followed by more-indented rows opens a section that holds them; in
 * text without indentation, a label-only row ending in ":" opens one, an ALL-CAPS one opens a
 * top-level one, and so does a caption that a total further down names ("Cash Flows from
 * Operating Activities" … "Net cash provided by operating activities"). A section header after
 * rows replaces the innermost section, unless a total further down closes that section: then
 * the header nests in it. A total belongs to the section it closes, not to the innermost one:
 * "Total X" or "Net cash … X" closes the open section it names, with the sections inside it; a
 * bare "Total" (or an unlabelled row) closes the innermost.
 */
/**
 * The columns a table prints words in, not figures: a column headed by words whose cells, two or
 * more, are all text that reads as no figure (a fleet list's "Vessel Type", "Employment Status",
 * "Expiration of Charter": "MR product tanker", "Time Charter", "May 2025"). A reader reads them as
 * descriptions of the row; they hold no figure to read, so none is reported as one that cannot be.
 */
function wordColumns(rows: { text: string }[][], columns: Column[], width: number): Set<number> {
  const out = new Set<number>();
  for (let index = 0; index < width; index++) {
    if (!columns[index]?.header.trim()) continue;
    const texts = rows.map((cells) => cells[index + 1]?.text ?? '').filter((t) => t !== '');
    if (texts.length >= 2 && texts.every((t) => parseValue(t) === null && /[A-Za-z]{3}/.test(t))) out.add(index);
  }
  return out;
}

/**
 * Label-only lines that each head a block of lines repeating another's: the segments (or regions, or products) of a
 * table that prints the same lines for each, one block under each name, with no colon, capitals or indentation to say
 * so. Kelly Services (4Q24) prints "Professional & Industrial", then "Revenue from services", "Gross profit", "Total
 * SG&A expenses", "Business unit profit (loss)", and the same lines under "Science, Engineering & Technology",
 * "Education", … : each name heads its block, whose lines are its own ("Gross profit" of Education). A block runs to
 * the next label-only line; two blocks repeat each other where they share two labels or more, half those of the
 * smaller at least, a basis alone ("Basic", "Diluted") no shared label (ASE's "Earnings per share" and "Earnings per
 * equivalent ADS" over "– Basic" and "– Diluted" are two measures, read by their per-share captions).
 */
export function repeatedHeads(rows: readonly { label: string; figures: boolean }[]): Set<number> {
  const candidates: { at: number; labels: Set<string>; dated: boolean }[] = [];
  for (const [b, row] of rows.entries()) {
    // A caption naming a period ("Three Months Ended March 31, 2020" over MSA's segment columns) is read as a period, no segment.
    if (row.label !== '' && !row.figures) candidates.push({ at: b, labels: new Set(), dated: /\b(?:19|20)\d{2}\b/.test(row.label) });
    else if (row.label !== '' && candidates.length > 0) {
      // A basis alone ("– Basic", "Diluted") is what per-share captions share, each its own measure: no segment's line.
      const label = row.label.replace(/^[\s–—\-:•·]+/, '').trim();
      if (!BASIS_ONLY.test(label)) candidates.at(-1)!.labels.add(label.toLowerCase());
    }
  }
  const out = new Set<number>();
  for (const [i, a] of candidates.entries()) {
    if (a.labels.size < 2 || a.dated) continue;
    // Each block against the blocks just after it only (REPEATS_WITHIN): the segments of a table follow one another, and
    // every pair of a table of thousands of headed blocks would cost their square (4,000 blocks took 0.8 s, 40,000 would
    // take minutes).
    for (const c of candidates.slice(i + 1, i + 1 + REPEATS_WITHIN)) {
      if (c.labels.size < 2 || c.dated) continue;
      let shared = 0;
      for (const l of a.labels) if (c.labels.has(l)) shared++;
      if (shared >= 2 && shared * 2 >= Math.min(a.labels.size, c.labels.size)) out.add(a.at).add(c.at);
    }
  }
  return out;
}

/** How many label-only lines after a block's head its repeat is looked for (repeatedHeads). */
const REPEATS_WITHIN = 64;

/** A line naming only the basis of a per-share figure: "Basic", "Diluted", "Basic and diluted". */
const BASIS_ONLY = /^(?:basic|diluted|basic\s+(?:and|&)\s+diluted)\b[^a-z]*$/i;

function readRows(
  printedLines: number[],
  printedCells: ReadonlyMap<number, Cell[]>,
  marks: Map<number, Set<number>>,
  width: number,
  columns: Column[],
  ctx: TableContext,
  units: LabelUnits,
  at: Report,
): DraftRow[] {
  const stack: Section[] = [];
  const drafts: DraftRow[] = [];
  const periods = columns.map((c) => c.key ?? '?');
  // A label whose figures are printed on the line below it is one line (see pushed-figures.ts).
  const pushed = pushedFigures(printedLines, (n) => printedCells.get(n) ?? splitCells(ctx.lines[n]), (index) => index < width && (columns[index]?.key ?? null) !== null);
  const bodyLines = pushed.lines;
  const bodyCells: ReadonlyMap<number, Cell[]> = pushed.cells;
  const indents = bodyLines.map((n) => {
    const own = pushed.labelLine.get(n) ?? n;
    return ctx.lines[own].trim() === '' ? 0 : indentOf(ctx.lines[own]);
  });
  // A figure under a rule line's single rule, or over its double rule, is read as if printed `<u>…</u>`.
  // Each pass over the body reads its cells again: each text is read once a table (parseValue keeps 20,000 texts
  // across tables, fewer than a long table prints, so each pass over one would read them all anew).
  const readings = new Map<string, Readonly<ParsedValue> | null>();
  const readCell = (text: string) => {
    let value = readings.get(text);
    if (value === undefined) readings.set(text, (value = parseValue(text)));
    return value;
  };
  const underlined = (n: number, index: number, text: string) => marks.get(n)?.has(index) === true || readCell(text)?.underlined === true;
  const read = bodyLines.map((n) => {
    // The last reader of the body's cells: a figure led by words is rewritten in place below.
    const cells = bodyCells.get(n) ?? splitCells(ctx.lines[n]);
    // An unlabelled line of one figure with the words that qualify it ("20.6% before acquisitions (2)"): the words name the row.
    const filled = cells.slice(1).filter((c) => c.text);
    const led = cells[0].text === '' && filled.length === 1 ? figureLed(filled[0].text, (t) => readCell(t) !== null) : null;
    if (led) filled[0].text = led.figure;
    const label = parseLabel(led ? led.words : cells[0].text);
    const printed = cells.slice(1).filter((c) => c.text);
    const ruled = printed.length > 0 && cells.slice(1).every((c, index) => !c.text || underlined(n, index, c.text));
    return { cells, label, printed, ruled };
  });
  // Underlines on three or more rows of figures in a row are the table's style, not the marks of subtotals: St. Joe
  // underlines every figure of its tables but the first row's (1Q20: "Other <u>0.3</u>" is a line of "Total other
  // operating and corporate expense", not the total of the two lines above it). A caption or a blank line between
  // ends the run: Internap's per-share results, each underlined under its own caption, are results. A run followed by
  // a row of figures printed without the rule is no style, which would rule that row too: its rules mark subtotals
  // printed one under another (Horizon Bancorp's "Non-interest expense excluding merger expenses" over the two lines of
  // revenue of its core efficiency ratio, then the lines that adjust revenue, 1Q20).
  const styled = new Set<number>();
  for (let i = 0; i < read.length; ) {
    let j = i;
    while (j < read.length && read[j]!.printed.length > 0 && read[j]!.ruled) j++;
    const plainBelow = j < read.length && read[j]!.printed.length > 0 && !read[j]!.ruled;
    if (j - i >= 3 && !plainBelow) for (let k = i; k < j; k++) styled.add(k);
    i = Math.max(j, i + 1);
  }
  for (const b of styled) read[b]!.ruled = false;
  const closers = closingLines(
    read.map(({ label, printed, ruled }) => ({ label: label.text, figures: printed.length > 0, ruled })),
  );
  const words = wordColumns(read.map((r) => r.cells), columns, width);
  const heads = repeatedHeads(read.map(({ label, printed }) => ({ label: label.text, figures: printed.length > 0 })));
  // A header of years printed inside the body, and the rows of figures under it (see yearsHeader).
  let inner: { text: string; line: number } | null = null;
  // The columns some row of full width prints a figure in: a row short of cells whose missing cells are all in columns
  // no row fills (a page cut off on the right: Centene's balance sheet, 2Q26, its December column's heading "Decem" and
  // no figure under it) is read from the left, as every other row is; else which figure belongs where cannot be known.
  const filled = new Set(read.filter((r) => r.cells.length - 1 >= width).flatMap((r) => r.cells.slice(1).flatMap((c, i) => (c.text && readCell(c.text) ? [i] : []))));
  const lastFilled = filled.size === 0 ? -1 : Math.max(...filled);

  bodyLines.forEach((n, b) => {
    const { cells, label, ruled } = read[b];
    let { printed } = read[b];
    if (printed.length > 0 && yearsHeader(printed.map((c) => c.text))) {
      inner = { text: ctx.lines[n].trim().replace(/\t+/g, ' | '), line: n + 1 };
      printed = [];
    } else if (printed.length === 0) inner = null;
    else if (inner) {
      at(n + 1, printed[0].column, messages.innerHeader(inner.text, inner.line, printed[0].text));
    }
    const innerRow = printed.length > 0 && inner !== null;
    const labelCell = cells[0];
    const indent = indents[b];
    const valueCells = cells.slice(1);
    // A note's mark set in a cell past the last column, right of a figure ("(110) | 1", Caterpillar's supplemental
    // consolidating data, 1Q22, under no heading): the figure's mark, no figure of its own.
    // Only the one cell right past the last column, nothing printed after it: a run of figures past it is too many values.
    const markPast = (c: Cell, i: number) =>
      i === width && TRAILING_MARK.test(c.text) && valueCells.slice(i + 1).every((x) => !x.text) && valueCells[i - 1]?.text !== undefined && readCell(valueCells[i - 1]!.text) !== null;
    const extra = valueCells.filter((c, i) => i >= width && c.text && !markPast(c, i));
    if (extra.length > 0) at(n + 1, extra[0].column, messages.tooManyValues(width, periods, printed.length));
    const values: DraftRow['values'] = [];
    // Fewer cells than the header has columns: a tab is missing, and which figure belongs where cannot be known.
    const short = printed.length > 0 && valueCells.length < width && !(lastFilled >= 0 && valueCells.length > lastFilled);
    if (innerRow) {
      // Its figures are under the inner header's years, not the table's columns: located above, read by none.
    } else if (short) at(n + 1, printed[0].column, messages.shortRow(width, periods, valueCells.length));
    else if (printed.length > 0) {
      // A figure split over two cells, its closing parenthesis and unit in the next ("(1.8 | pts)", Caterpillar's
      // segment margins, 1Q22): one figure, in the first cell's column.
      const closing = new Map<number, string>();
      valueCells.forEach((cell, index) => {
        const next = valueCells[index + 1];
        if (next && CLOSING.test(next.text) && UNCLOSED.test(cell.text) && readCell(`${cell.text.trim()} ${next.text.trim()}`)) closing.set(index, next.text.trim());
      });
      valueCells.forEach((cell, index) => {
        if (markPast(cell, index) && values.at(-1)?.index === index - 1) {
          const left = values.at(-1)!;
          left.parsed = { ...left.parsed, footnotes: [...left.parsed.footnotes, ...cell.text.replace(/[()\s]/g, '').toLowerCase().split(',')] };
          return;
        }
        if (!cell.text || index >= width || words.has(index)) return;
        if (closing.has(index - 1)) return;
        if (closing.has(index)) {
          const parsed = readCell(`${cell.text.trim()} ${closing.get(index)!}`)!;
          values.push({ index, cell, parsed: marks.get(n)?.has(index) ? { ...parsed, underlined: true } : parsed });
          return;
        }
        // "454,268 | (b)": a note's letter printed in a cell of its own, under no header, right of a
        // figure, is that figure's note mark (JPMorgan's supplements mark revised prior periods so).
        const letters = noteLetters(cell.text);
        const left = values.at(-1);
        if (letters && (columns[index]?.key ?? null) === null && left?.index === index - 1) {
          left.parsed = { ...left.parsed, footnotes: [...left.parsed.footnotes, ...letters] };
          return;
        }
        let parsed = readCell(cell.text);
        // "(88.1" with no closing parenthesis, the others of its line and column closed (SiteOne's 1Q20 cash flows, four
        // figures of 2019): read as the negative it opens, marked as a misprint so that no check accuses on it.
        const unclosed = !parsed && UNCLOSED.test(cell.text) ? readCell(closeParenthesis(cell.text)) : null;
        if (unclosed?.value !== null && unclosed !== null) parsed = unclosed;
        if (!parsed) at(n + 1, cell.column, messages.badNumber(cell.text));
        else values.push({ index, cell, parsed: styled.has(b) ? { ...parsed, underlined: false } : marks.get(n)?.has(index) ? { ...parsed, underlined: true } : parsed, ...(parsed === unclosed ? { unclosed: true as const } : {}) });
      });
    }

    // Indented sections end at the first row that is not indented deeper than them. An unlabelled
    // row has no indentation of its own: it stays in the section it closes, as a bare "Total" does.
    // A total that names a section closes it at whatever indentation it is printed (NVIDIA prints "Net cash
    // provided by (used in) investing activities" flush with its caption, the lines above it indented).
    // An unlabelled row of figures closes the rows above it; opening the table (Air T's one-row tables), it closes none.
    const unlabelled = label.text === '' && printed.length > 0 && drafts.some((d) => d.values.length > 0);
    const figures = printed.length > 0;
    // "Total X" closes X even before any figure of it; "Net X" right under its caption is its first line.
    const named = figures || (closesEmpty(label.text) && !label.colon)
      ? stack.findLastIndex((s) => closesSection(label.text, s.label, ruled) && (closesEmpty(label.text) || s.figures > 0))
      : -1;
    // A section whose total is further down stays open whatever the indentation of the rows before it
    // (statements rendered from XBRL lose it: Tesla's "Long Term Debt" flush left above "Total Liabilities").
    const awaited = (s: Section) => s.closer !== null && s.closer > b;
    // A caption opened only for the unit it states ends at a row printed left of the rows it holds: Amazon's
    // "Treasury stock, at cost" flush with "Common stock, $0.01 par value:" is no line of "Issued shares — 532 and 533"
    // printed under it, over its "Outstanding shares — 509 and 509" (1Q22 balance sheet). A caption in capitals or with
    // a colon heads lines at any indentation (PNC's "FINANCIAL RESULTS" over "Revenue" and its indented lines, then
    // "Provision for credit losses" flush left), and a total printed left of its lines still closes them.
    const totalLike = /^(?:sub-?\s?)?totals?\b/i.test(label.text.trim());
    const past = (s: Section) => (s.indent !== null ? s.indent >= indent : s.byUnit && !totalLike && s.rowsIndent !== null && indent < s.rowsIndent);
    if (named < 0) while (!unlabelled && stack.length && past(stack.at(-1)!) && !awaited(stack.at(-1)!)) stack.pop();

    if (printed.length === 0) {
      const caps = isAllCaps(label.text) && !label.colon;
      const next = nextRowIndent(bodyLines, indents, b, ctx.lines);
      const deeper = next !== null && next > indent;
      // "Key financial ratios (%)", "Selected income statement items ($m)": a heading that states its rows' unit.
      const stated = units.ofText(label.text);
      const unit = stated.kind === null && stated.currency === null && captionCounts(label.text, label.colon) ? { ...stated, kind: 'count' as const } : stated;
      const statesUnit = /\([^()]*\)\s*$/.test(label.text) && (unit.currency !== null || unit.scale !== null || (unit.kind !== null && unit.kind !== 'shares' && unit.kind !== 'per-share'));
      // With no indentation to say so, a caption that names per-share figures or share counts ("Income (loss)
      // per share", "Weighted average shares outstanding") heads the rows below it, and so does "Basic" or
      // "Diluted" under it: their rows are read in its unit and as basic or diluted.
      const perShare =
        unit.governs === true ||
        unit.kind === 'per-share' ||
        unit.kind === 'shares' ||
        (/^(?:basic|diluted|basic and diluted)$/i.test(label.text.trim()) && stack.some((s) => s.unit.kind === 'per-share' || s.unit.kind === 'shares'));
      const closer = label.text === '' ? null : closers[b];
      // "Account size ARPU": a caption naming an average per thing counted heads lines that name only what it is per.
      const perUnit = unit.kind === 'per-unit';
      const kind: TableRow['kind'] = deeper || label.colon || caps || statesUnit || perShare || perUnit || closer !== null || heads.has(b) ? 'section' : 'label';
      // A caption after the rows of a section opened only for its unit ends that section: under "Per Share
      // Data", "Regulatory Capital" and its "CET1 capital" are no longer per share.
      const top = stack.at(-1);
      if (label.text !== '' && top?.byUnit && top.hasValues && !awaited(top)) stack.pop();
      if (kind === 'section') {
        if (!deeper) {
          // A section the total further down closes is still open: a caption before that total nests in it,
          // even one in capitals (MasterCraft's "COMMITMENTS AND CONTINGENCIES" above "Total liabilities and equity").
          const open = (s: Section) => awaited(s) && (closer === null || closer < s.closer!);
          const top = stack.at(-1);
          if (caps) while (stack.length && !open(stack.at(-1)!)) stack.pop();
          else if (top && !top.caps && top.indent === null && top.hasValues && !open(top)) stack.pop();
        }
        drafts.push({ line: n + 1, labelCell, label, rawLabel: labelCell.text, indent, section: stack.map((s) => s.label), sectionUnits: stack.map((s) => s.unit), kind, total: false, values });
        const byUnit = !deeper && !label.colon && !caps && closer === null;
        // "30,000,000 shares authorized;" (a balance sheet's label wrapped over lines) counts shares itself: the
        // rows under it are not counts of shares.
        const own = unit.kind === 'shares' && countsSharesItself(label.text) ? { ...unit, kind: null, shareCount: false } : unit;
        stack.push({ label: label.text, caps: caps && !deeper, hasValues: false, figures: 0, indent: deeper ? indent : null, closer, unit: own, byUnit, rowsIndent: null });
        return;
      }
    } else {
      // A caption opened only for the per-share unit it names, with no indentation or colon to bound it ("Net income
      // per share" over "Basic $ 1.07" and "Diluted $ 1.01"), holds its lines of cents: a line after them naming more
      // than a basis, no unit of its own and printing no figure at cents ("Adjusted EBITDA* $ 266", Reddit's
      // highlights, 1Q26) is past it. A count of shares among them stays in it (PNC's "Average diluted common shares
      // outstanding 420" between its diluted earnings and its book value per common share, 1Q22).
      const top = stack.at(-1);
      if (top?.byUnit && top.unit.kind === 'per-share' && top.hasValues && !BASIS_ONLY.test(label.text.trim()) && values.length > 0 && values.every((v) => v.parsed.value === null || v.parsed.decimals < 2) && units.ofItem(label.text).kind === null && !awaited(top)) stack.pop();
      if (stack.length) stack.at(-1)!.hasValues = true;
      for (const s of stack) {
        s.figures++;
        s.rowsIndent ??= indent;
      }
    }

    // The section this row closes: the one its label names ("Total current assets", "Net cash used in
    // investing activities"), with the sections inside it; for a bare "Total" or an unlabelled row, the
    // innermost. It belongs to that section, not to one opened inside it.
    const bare = unlabelled || /^(?:sub-?\s?)?total$/i.test(label.text.trim());
    const closes = named >= 0 ? named : bare ? stack.length - 1 : -1;
    const within = closes >= 0 ? stack.slice(0, closes + 1) : stack;
    const section = within.map((s) => s.label);
    const sectionUnits = within.map((s) => s.unit);

    // An unlabelled row of figures closes the rows above it: a subtotal. So does a row indented
    // deeper than the rows it follows when the rows after it step back out (NVIDIA's "Other
    // income (expense), net" under "Interest income", "Interest expense", "Other, net").
    const total = /^total\b/i.test(label.text) || bare || named >= 0 || (figures && closesIndentedGroup(indents, bodyLines, ctx.lines, b, label.text));
    drafts.push({ line: n + 1, labelCell, label, rawLabel: labelCell.text, indent, section, sectionUnits, kind: figures ? 'values' : 'label', total, values });
    if (closes >= 0) stack.length = closes;
  });
  return moneyDenominators(drafts);
}

/**
 * A row inside a table's body whose every cell is a year, the years consecutive, the last perhaps open ("2027 &
 * After", "Thereafter"): a header of its own over the rows under it, not figures. Ally's liquidity table prints
 * "Unsecured Long-Term Debt Maturity Profile | 2022 | 2023 | … | 2027 & After" under its quarter and change columns
 * (4Q21 supplement), and the maturities under it, $1.1 in 2022 … $3.1 in 2027 and after, are no quarter's nor a
 * change. Three cells at least, so that two years side by side stay figures where a table prints them so.
 */
export function yearsHeader(texts: readonly string[]): boolean {
  if (texts.length < 3) return false;
  const years: number[] = [];
  for (const [i, raw] of texts.entries()) {
    const text = raw.replace(/<\/?u>/g, '').trim();
    const bare = /^((?:19|20)\d{2})$/.exec(text);
    if (bare) years.push(Number(bare[1]));
    else if (i !== texts.length - 1 || !OPEN_YEAR.test(text)) return false;
  }
  return years.length >= 2 && years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
}

/** The open last column of a header of years: "2027 & After", "2030 and thereafter", "Thereafter", "After 2026". */
const OPEN_YEAR = /^(?:(?:19|20)\d{2}\s*(?:&|and|-)\s*(?:after|thereafter|beyond|later)|thereafter|after\s+(?:19|20)\d{2}|beyond)$/i;

/**
 * "Denominator" heads counts of shares in a computation of earnings per share, but the denominator of a ratio
 * is whatever the ratio divides by: Ally's adjusted efficiency ratio prints "Denominator" over "Total net
 * revenue $ 2,199". Where the first row under it prints a currency sign, its rows are amounts, not shares.
 */
function moneyDenominators(drafts: DraftRow[]): DraftRow[] {
  const captions = new Set(drafts.flatMap((d) => d.sectionUnits.filter((u) => u.governs && u.kind === 'shares')));
  for (const unit of captions) {
    const under = drafts.filter((d) => d.sectionUnits.includes(unit));
    const first = under.find((d) => d.values.some((v) => v.parsed.value !== null));
    if (!first?.values.some((v) => v.parsed.dollar || v.parsed.symbol !== null)) continue;
    const { governs: _, ...rest } = unit;
    const neutral: TextUnit = { ...rest, kind: null, shareCount: false };
    for (const d of under) d.sectionUnits = d.sectionUnits.map((u) => (u === unit ? neutral : u));
  }
  return drafts;
}

function closesIndentedGroup(indents: number[], bodyLines: number[], lines: string[], b: number, label: string): boolean {
  if (/^(?:of\s+which|including|thereof|excluding|incl\.)\b/i.test(label)) return false;
  let p = b - 1;
  while (p >= 0 && lines[bodyLines[p]].trim() === '') p--;
  if (p < 0) return false;
  const before = indents[p];
  const next = nextRowIndent(bodyLines, indents, b, lines);
  return indents[b] > before && before >= 1 && (next === null || next <= before);
}

/** Indentation of the next non-blank line of the table, or null at its end. */
function nextRowIndent(bodyLines: number[], indents: number[], b: number, lines: string[]): number | null {
  for (let k = b + 1; k < bodyLines.length; k++) if (lines[bodyLines[k]].trim() !== '') return indents[k];
  return null;
}

/**
 * Row ids: the label's slug, prefixed with the innermost section's slug where the label
 * alone repeats within the table. Derived from the printed text, never from positions.
 * An unlabelled row of figures is a `subtotal` (`row` when it opens the table: it closes nothing).
 */
function rowIds(drafts: DraftRow[], labelPeriods: (Period | null)[]): string[] {
  // A label that names the row's period ("Year ended March 31, 2017") is its id whole, not cut at its comma.
  const plain = drafts.map((d, i) => (labelPeriods[i] ? slugify(d.label.text) : rowSlug(d.label.text)) || (d.label.text === '' && d.values.length && d.total ? 'subtotal' : 'row'));
  const counts = new Map<string, number>();
  for (const s of plain) counts.set(s, (counts.get(s) ?? 0) + 1);
  const qualified = drafts.map((d, i) => {
    if (counts.get(plain[i])! === 1 || d.section.length === 0) return plain[i];
    return `${sectionSlug(d.section.at(-1)!)}--${plain[i]}`;
  });
  // Same label in the same section twice: number the repeats by their order among equals.
  const seen = new Map<string, number>();
  return qualified.map((id) => {
    const k = (seen.get(id) ?? 0) + 1;
    seen.set(id, k);
    return k === 1 ? id : `${id}-${k}`;
  });
}

/** Facts for numbers printed inside a label, located at their own column. */
function readLabelNumbers(
  draft: DraftRow,
  rowId: string,
  tableId: string,
  scale: number,
  currency: string,
  columns: Column[],
  ctx: TableContext,
  at: Report,
  /** Share counts are in units: all of them where the statement excepts share data; those of seven digits or more where it scales money only or is in millions or more. */
  shares: { exceptShares: boolean; inFullIfLong: boolean },
): Omit<Fact, 'release' | 'table' | 'label' | 'section' | 'footnotes' | 'total'>[] {
  const raw = draft.rawLabel;
  // Most labels print no digit, and a number in a label has one: nothing to read there.
  if (!/\d/.test(raw)) return [];
  // Code-point columns of each UTF-16 offset, counted once (a label may hold thousands of numbers).
  let offset = 0;
  let counted = 0;
  const columnOf = (index: number) => {
    counted += codePoints(raw, offset, index);
    offset = index;
    return draft.labelCell.column + counted;
  };
  const { numbers, errors } = findLabelNumbers(raw);
  const located = [
    ...errors.map((e) => ({ index: e.index, error: e.message })),
    ...numbers.flatMap((number) => number.values.map((v) => ({ index: v.index, error: null }))),
  ].sort((a, b) => a.index - b.index);
  const columnAt = new Map<number, number>();
  for (const l of located) columnAt.set(l.index, columnOf(l.index));
  for (const e of errors) at(draft.line, columnAt.get(e.index)!, e.message);

  const periodColumns = columns.filter((c) => c.kind === 'period' && c.key !== null);
  const out: ReturnType<typeof readLabelNumbers> = [];
  for (const number of numbers) {
    const { values } = number;
    // A clause naming its span ("… for the six months ended June 30, 2026 and 2025, respectively") states its figures
    // for that span's columns, in order; "for both" one figure for each.
    const spanned = number.months !== undefined ? periodColumns.filter((c) => monthsOfId(c.period) === number.months) : null;
    const targets = spanned ?? periodColumns;
    const each = spanned !== null && number.both === true;
    if (spanned !== null ? spanned.length === 0 || (!each && values.length !== spanned.length) : values.length !== 1 && values.length !== periodColumns.length) {
      at(draft.line, columnAt.get(values[0].index)!, messages.labelPairs(values.length, targets.length));
      continue;
    }
    (each ? targets.map(() => values[0]!) : values).forEach((v, i) => {
      // One number for several columns ("120,000 shares authorized") is stated as of the first column,
      // unless its words name the day ("16,406,788 shares at June 30, 2025").
      const inYear = number.inYear !== undefined ? periodColumns.filter((c) => c.period?.startsWith(`${number.inYear}-`)) : [];
      const dated = number.at ? periodColumns.find((c) => c.period === number.at) : inYear.length === 1 ? inYear[0] : undefined;
      const column = dated ?? targets[values.length === 1 && !each ? 0 : i];
      if (!column) return;
      const row = `${rowId}.${number.measure}`;
      const money = (v.symbol ? currencyOfSymbol(v.symbol, currency) : null) ?? currency;
      const kind = number.unit === 'money' ? 'money' : number.unit;
      out.push({
        id: `${ctx.release}/${tableId}/${row}/${column.key}`,
        row,
        concept: ctx.concepts.get(`${tableId}/${row}`) ?? null,
        period: column.period,
        dimension: column.dimension,
        value: v.value,
        status: 'reported',
        unit: unitOf(kind, money),
        // "authorized 25,000,000 shares" under "(in thousands, except par value and share amounts)": in units,
        // as the statement says, and as a count of seven digits or more is where it scales money only or is in millions.
        scale: number.units || (kind === 'shares' && (shares.exceptShares || (shares.inFullIfLong && /^\d{7,}$/.test(v.value)))) ? 0 : scaleOfKind(kind, scale, false),
        decimals: v.decimals,
        raw: v.raw,
        line: draft.line,
        column: columnAt.get(v.index)!,
        underlined: false,
        dollar: v.dollar,
        symbol: v.symbol,
        origin: 'label',
      });
    });
  }
  return out;
}

/** The months a period id spans (2026-q2 → 3, 2026-h1 → 6, 2026-9m → 9, 2026-fy → 12); undefined for others. */
function monthsOfId(id: string | undefined): number | undefined {
  const m = /-(q[1-4]|h[12]|9m|fy)$/.exec(id ?? '');
  return m ? ({ q: 3, h: 6, '9': 9, f: 12 } as Record<string, number>)[m[1]![0]!] : undefined;
}

/**
 * What a unit statement exempts from its scale besides per-share figures: "(Dollars in millions,
 * except per ton amounts)" → ton; "(In thousands, except per share and per unit data)" → unit.
 */
function exemptPerUnits(note: string): Set<string> {
  const clause = /\bexcept\b(.*)$/i.exec(note)?.[1] ?? '';
  return new Set([...clause.matchAll(/\bper\s+([a-z]+)/gi)].map((m) => singular(m[1])).filter((w) => w !== 'share'));
}

/**
 * Whether the unit statements of a release that speak of shares ("except per share", "except
 * share data") all exempt share counts from their scale, and one does: then a table that states
 * no unit prints its share counts in full as the others do (Confluent's non-GAAP reconciliation,
 * continued under no title, after statements "(in thousands, except share and per share data)").
 */
export function releaseExemptsShares(notes: readonly string[]): boolean {
  const speaking = notes.filter((n) => /\bshares?\b/i.test(/\bexcept\b(.*)$/i.exec(n)?.[1] ?? ''));
  return speaking.length > 0 && speaking.every(exemptsShares);
}

/**
 * Whether a unit statement exempts share counts from its scale: "(In thousands, except share and
 * per share data)", "(… except share data and per share data)", "(… except number of shares)";
 * not "(In thousands, except per share amounts)", which leaves share counts in thousands.
 */
export function exemptsShares(note: string): boolean {
  const clause = /\bexcept\b(.*)$/i.exec(note)?.[1] ?? '';
  // "except share price" (Duolingo's dilutive securities) excepts a price, as "except per share" (or "per-share",
  // nVent's) does, not the counts.
  return /\bshares?\b/i.test(clause.replace(/\bper[\s-]+(?:common\s+|ordinary\s+)?shares?\b|\b(?:shares?|stock)\s+prices?\b/gi, ' '));
}

/** The scale a statement's exception names for share counts ("except shares (thousands)", "except shares in millions"), or null. */
export function exceptedSharesScale(note: string): number | null {
  const m = /\bexcept\b.*?\bshares?\s*(?:\(\s*(?:in\s+)?|in\s+)(thousands?|millions?|000s?)\b/i.exec(note);
  return m ? scaleOfWord(m[1]) : null;
}

/** Whether a line is a figure per one of the exempted units ("Adjusted EBITDA per ton"): printed in units, not in the table's scale. */
function exempt(units: Set<string>, label: string): boolean {
  if (units.size === 0) return false;
  return [...label.matchAll(/\bper\s+([a-z]+)/gi)].some((m) => units.has(singular(m[1])));
}

function singular(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * Columns that print "%" on their first figure only, as "$" is printed (TAT-QA: "38.3 %" then 32.9, 14.4, 6.2 …
 * "100.0 %"; "28.7%" then (79.6), 39.7 under "Increase/(Decrease)"): their bare figures are percentages too.
 * The first figure may be a nil mark printed with "%" (Truist's troubled debt restructurings, 4Q21: "—%" atop
 * each past-due share column, then 12.3, 5.1 … "11.9%"). Only where the reading is plain: the first figure
 * prints "%", no figure of the column prints a currency, and the last figure prints "%" as well (a total), or
 * the column is a change column, or its header names its figures percentages, rates, yields or ratios (Bank of
 * America's net charge-offs, "Amount | Percent" under each quarter: "(0.02)%" atop the ratios, then (0.37), 1.42
 * … "Total net charge-offs 0.15"; the column's own words say what its first "%" does, whatever the last line).
 * A change column whose "%" marks its lines instead is added to `linesMarked`.
 */
/**
 * The change columns whose header names no measure (a plain "Change") and none of whose figures prints "%": a bare
 * figure there is a difference in the unit of its line, points where the line's figures are percentages.
 */
function changesPrintingNoPercent(drafts: readonly DraftRow[], columns: readonly Column[]): Set<number> {
  const out = new Set(columns.filter((c) => c.kind === 'change' && c.measure === null && !c.unit.percent && c.unit.currency === null).map((c) => c.index));
  for (const d of drafts) for (const { index, parsed } of d.values) if (parsed.unitHint === 'percent') out.delete(index);
  return out;
}

/** Whether a line's figures outside its change columns are all printed as percentages (one at least). */
function percentsBeside(values: DraftRow['values'], columns: readonly Column[]): boolean {
  const own = values.filter((v) => columns[v.index] !== undefined && columns[v.index]!.kind !== 'change' && v.parsed.status === 'reported' && v.parsed.value !== null);
  return own.length > 0 && own.every((v) => v.parsed.unitHint === 'percent');
}

function columnsPercentByFirst(drafts: readonly DraftRow[], columns: readonly Column[], linesMarked: Set<number>, markedEach: Set<number>): Set<number> {
  const out = new Set<number>();
  const cells = new Map<number, { percent: boolean; marked: boolean; money: boolean }[]>();
  // Whether each column's first figure or nil mark prints "%".
  const first = new Map<number, boolean>();
  for (const d of drafts) {
    for (const { index, parsed } of d.values) {
      if (parsed.status === 'nil' && !first.has(index)) first.set(index, parsed.unitHint === 'percent');
      if (parsed.status !== 'reported' || parsed.value === null) continue;
      if (!first.has(index)) first.set(index, parsed.unitHint === 'percent');
      const list = cells.get(index) ?? [];
      list.push({ percent: parsed.unitHint === 'percent', marked: parsed.unitHint !== null, money: parsed.dollar || parsed.symbol !== null });
      cells.set(index, list);
    }
  }
  for (const [index, list] of cells) {
    const column = columns[index];
    if (!column || column.unit.percent || list.length < 3) continue;
    if (!first.get(index) || list.some((c) => c.money) || list.every((c) => c.percent)) continue;
    // "%" on each of the first lines and on none after them marks lines, not the column: The Hartford's "Change"
    // prints "(67)%" … "(11)%" beside its five amounts, then 0.9, (1.5) … beside its ratios, differences in points
    // (59.3 − 58.4); a "%" printed once, as "$" is, stands on the first figure alone (and on a total).
    const marked = list.findIndex((c) => !c.percent);
    if (marked >= 2 && list.slice(marked).every((c) => !c.percent)) {
      if (column.kind === 'change') linesMarked.add(index);
      continue;
    }
    // Marks on most figures between the first and the last: each figure prints its own unit, and a bare one is none of
    // theirs (Capgemini's H1 2024 "Change": "-2.5%", "-2%", "+0 bp", "-0%", "+20 bp", "+3%" …, then "+216" beside
    // organic free cash flow of -53 and 163, € millions), though a nil mark there is still a nought percent (NVIDIA's
    // "—"). A "%" on a subtotal or two among bare figures marks no more.
    const inner = list.slice(1, -1);
    const marks = inner.filter((c) => c.marked).length;
    if (marks >= 2 && 2 * marks >= inner.length) markedEach.add(index);
    if (list.at(-1)!.percent || column.kind === 'change' || PERCENT_NAMED.test(column.dimension ?? '')) out.add(index);
  }
  return out;
}

/**
 * A column's own words (within its period) that name its figures percentages or rates: "Percent", "Pct",
 * "Rate", "Ratio", "Yield", "Yield/ Rate". Not a share of a line ("Percent of Loans and Leases Outstanding"),
 * which the header reads as a share column, nor a change ("Percent Change").
 */
const PERCENT_NAMED = /^(?:percent(?:age)?|pct|rates?|ratios?|yields?|(?:yield|rate)-(?:rate|yield))$/;


/** Value columns (0-based) whose every printed cell is a note mark ("(b)"): marks of the figures beside them. */
function markerColumns(body: readonly Cell[][]): Set<number> {
  const marks = new Map<number, boolean>();
  for (const cells of body) {
    cells.slice(1).forEach((c, i) => {
      if (!c.text.trim()) return;
      marks.set(i, (marks.get(i) ?? true) && noteLetters(c.text) !== null);
    });
  }
  return new Set([...marks].filter(([, only]) => only).map(([i]) => i));
}

/**
 * The lines naming a volume that are its effect in money, not the volume: a table of changes bridged by price and volume
 * (Casella's components of revenue growth, 2Q24: "Solid waste price 12,293", "Solid waste volume (3,969)", "Price 3,129",
 * "Volume 4,793", each summed into "Total Resource Solutions operations"). Only where another line names a price
 * ("Price", "Solid waste price", "Pricing") as its head, no price per unit or average price, and the volume's own label
 * states no unit or scale of its own ("Volume (thousands of tons)" counts tons).
 */
function volumeEffects(labels: readonly string[], units: LabelUnits): Set<number> {
  const items = labels.map((l) => lineItem(l).replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ').replace(/\s+/g, ' ').trim());
  const priced = items.some((i) => /^(?:[a-z][a-z&-]*\s+){0,3}(?:price|pricing)$/i.test(i) && !/\b(?:average|per|unit|realized|selling|share|stock)\b/i.test(i));
  const out = new Set<number>();
  if (!priced) return out;
  items.forEach((item, r) => {
    if (!/^(?:[a-z][a-z&-]*\s+){0,3}volumes?$/i.test(item) || /\b(?:trading|average|daily|sales|shipment|production)\b/i.test(item)) return;
    const unit = units.ofText(labels[r]!);
    if (unit.scale === null && unit.currency === null) out.add(r);
  });
  return out;
}

/** The value columns printing percentages only ("5%"), or marks saying a percentage means nothing ("**", "n/m"), one percentage at least. */
function percentColumns(body: readonly Cell[][]): Set<number> {
  const percent = new Map<number, { only: boolean; any: boolean }>();
  for (const cells of body) {
    cells.slice(1).forEach((c, i) => {
      const text = c.text.trim();
      if (!text) return;
      const seen = percent.get(i) ?? { only: true, any: false };
      const read = parseValue(text);
      const isPercent = read?.unitHint === 'percent' && read.value !== null && !read.dollar;
      const mark = read?.status === 'not-meaningful' || read?.status === 'nil';
      percent.set(i, { only: seen.only && (isPercent || mark), any: seen.any || isPercent });
    });
  }
  return new Set([...percent].filter(([, p]) => p.only && p.any).map(([i]) => i));
}

/** Whether a column's header names a year of its own, beyond the dates a spanner over it names ("Quarter Ended 12/31/2022 53rd reporting week" does not); once a column. */
function namesAYear(column: Column): boolean {
  let named = yearNamed.get(column);
  if (named === undefined) {
    let text = column.header;
    for (const d of findDates(column.header)) text = text.replace(d.text, ' ');
    yearNamed.set(column, (named = /\b(?:19|20)\d{2}\b/.test(text)));
  }
  return named;
}
const yearNamed = new WeakMap<Column, boolean>();

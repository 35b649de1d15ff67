/**
 * Per-share blocks: the lines a per-share reconciliation prints between its per-share lines.
 *
 * "Diluted earnings per share, as reported under GAAP" opens the block and "Diluted earnings per
 * share, as adjusted" (or "Economic EPS", "Core income per diluted share") closes it; the lines
 * between name an adjustment in words that would name a dollar amount anywhere else ("Supply
 * chain restructuring and consolidation 0.48", "Stock-based compensation expense 0.14"). Under
 * "(in thousands, except per share data)" they would be read as thousands of dollars, and the
 * reconciliation could not be footed. They are per share where the block says so by its figures:
 * each of its lines prints only cents or finer (two decimals or more, or a nil), where money in
 * that table is printed in whole thousands or millions, and states no unit of its own.
 */
import type { ParsedValue } from './parse-value.ts';
import type { TextUnit, UnitKind } from './units.ts';

/** What the block reading needs of a row: its kind as read alone, its own label's unit, its figures. */
export interface BlockRow {
  /** The kind its label and sections give (null for a row without figures). */
  kind: UnitKind | null;
  /** The unit its own label states (its line item's words). */
  own: TextUnit;
  values: readonly (Pick<ParsedValue, 'value' | 'decimals' | 'unitHint'> & Partial<Pick<ParsedValue, 'dollar' | 'symbol'>>)[];
  /** Its label as printed (read of captions: a caption naming ratios). */
  label?: string;
  /** The captions of the sections it is in, outermost first (where a caption's block ends). */
  section?: readonly string[];
}

/**
 * The rows read as money that are per share by their block: between two per-share rows, with
 * only rows of this kind between them (caption rows without figures may be among them), each
 * printing at cents or finer and stating no unit of its own.
 */
export function perShareInBlocks(rows: readonly BlockRow[]): Set<number> {
  const out = new Set<number>();
  let open: number | null = null;
  let run: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.kind === null) continue;
    if (row.kind === 'per-share') {
      // A block of nils alone says nothing of its unit: "--" is as much a dollar as a cent.
      if (open !== null && run.some((k) => rows[k].values.some((v) => v.value !== null))) for (const k of run) out.add(k);
      open = r;
      run = [];
    } else if (open !== null && row.kind === 'money' && row.own.kind === null && atCents(row)) run.push(r);
    else {
      open = null;
      run = [];
    }
  }
  return out;
}

/** Every figure at cents or finer (a line of nils, "--" in every column, among them), none with a unit of its own (a %, a currency in minor units). */
function atCents(row: BlockRow): boolean {
  return row.values.every((v) => v.unitHint === null && (v.value === null || v.decimals >= 2));
}

/** A column's name within its period that says per share: "Earnings per Common Share", "EPS", "Per share" (never "except per share"). */
const PER_SHARE_NAME = /(?:^|-)(?:per-(?:basic-|diluted-|common-|ordinary-)*share|eps)(?:-|$)/;

/**
 * The columns whose name within their period says their figures are per share, where others of
 * the table are named and do not: "Earnings | Earnings per Common Share" under each period.
 */
export function perShareColumns(columns: readonly { index: number; dimension: string | null; period?: string }[]): Set<number> {
  const named = columns.filter((c) => c.dimension && !/except/.test(c.dimension));
  const per = named.filter((c) => PER_SHARE_NAME.test(c.dimension!));
  // "March 31 2022 | Per Common Share" under each quarter: the period's own column is named by no words.
  const beside = columns.filter((c) => !c.dimension && c.period && per.some((p) => p.period === c.period));
  return per.length > 0 && (per.length < named.length || beside.length > 0) ? new Set(per.map((c) => c.index)) : new Set();
}

/**
 * Named columns that count shares ("Total Number of Shares Purchased", "Number of Shares to be Issued"): their
 * figures are share counts whatever the rows say, unless the header names money ("Approximate Dollar Value of
 * Shares …", "Average Price Paid per Share").
 */
export function shareCountColumns(columns: readonly { index: number; dimension: string | null; own?: string }[]): Set<number> {
  return new Set(
    columns
      // "Shares" alone beside a price (Duolingo's dilutive securities, 2Q26: "… | Weighted-average exercise price | Shares").
      // Shares a holder holds or owns, their number (FosRich's top stockholders, "Shares Held" over "Number | Percentage").
      // "Shares" as a column's own heading under a group's (OpenText's statement of shareholders' equity, 3Q FY24:
      // "Treasury Stock" over "Shares | Amount"): the group's shares, beside its amount.
      .filter((c) => c.dimension && (/(?:^|-)number-(?:of-)?(?:common-|ordinary-)?shares(?:-|$)|^shares$/.test(c.dimension) || SHARES_HELD.test(c.dimension) || (/^shares$/i.test((c.own ?? '').trim()) && /(?:^|-)shares$/.test(c.dimension))) && !/(?:^|-)(?:dollar|value|price|amount|cost|per)(?:-|$)/.test(c.dimension))
      .map((c) => c.index),
  );
}

/** A column of the shares or stock units holders hold ("Shares Held", "Number of Shares Owned", "Shares Held Number"). */
const SHARES_HELD = /^(?:(?:total-)?number-(?:of-)?)?(?:common-|ordinary-)?(?:shares|stock-units)-(?:held|owned|beneficially-owned)(?:-number)?$/;

/**
 * Named columns of an option's exercise or strike price ("Weighted-average exercise price", Duolingo's dilutive
 * securities): money per share, in units, whatever amounts the table states ("$21.09" is no $21.09 million).
 */
export function exercisePriceColumns(columns: readonly { index: number; dimension: string | null }[]): Set<number> {
  return new Set(columns.filter((c) => c.dimension && /(?:^|-)(?:exercise|strike)-prices?(?:-|$)/.test(c.dimension)).map((c) => c.index));
}

/**
 * The rows a word of their label reads as per share that are share counts by their block: between
 * two lines of share counts, printing whole numbers of four digits or more as they do (Euronet's
 * "Effect of adjusted EPS dilution of convertible notes (2,781,818)" between "Diluted weighted
 * average shares outstanding" and "Adjusted diluted weighted average shares outstanding").
 */
export function sharesInBlocks(rows: readonly BlockRow[]): Set<number> {
  const out = new Set<number>();
  let open = false;
  let run: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.kind === null) continue;
    if (row.kind === 'shares') {
      if (open) for (const k of run) out.add(k);
      open = true;
      run = [];
    } else if (open && row.kind === 'per-share' && counts(row)) run.push(r);
    else {
      open = false;
      run = [];
    }
  }
  return out;
}

/** Whole numbers only, one of four digits or more at least, none with a unit of its own. */
function counts(row: BlockRow): boolean {
  const printed = row.values.filter((v) => v.value !== null);
  return printed.length > 0 && row.values.every((v) => v.unitHint === null && (v.value === null || v.decimals === 0)) && printed.some((v) => Math.abs(Number(v.value)) >= 1000);
}

/**
 * The rows read as money that are points by their block: between two lines printing percentages ("Loss ratio
 * 62.8%" … "Underlying loss ratio 61.1%"), each stating no unit of its own, printing a decimal as the ratios do (or
 * nils), and bridging the two: in every column where all of them print a figure, the first ratio plus or less the
 * lines between is the last, within rounding (CNA's "Less: Effect of catastrophe impacts 1.8" and "Less: Effect of
 * favorable development-related items (0.1)": 62.8 − 1.8 + 0.1 = 61.1), or in all but one where two others bear it
 * out: a figure misprinted in one column leaves the lines what the other columns show them to be, points, so that
 * the bridge is judged and the column accused rather than the lines read as money (issue 28). Under "($ millions)"
 * they would be read as millions of dollars. Likewise between two lines printing basis points, whose bridge prints
 * whole basis points: PepsiCo's "Reported gross margin growth, GAAP measure 112 bps", "Mark-to-market net impact 28",
 * "Impairment and other charges/credits (89)", "Core gross margin growth, non-GAAP measure 51 bps" (1Q23): 112 + 28 −
 * 89 = 51, no $28 million. Each row so read, with the points it is in.
 */
export function pointsInBlocks(rows: readonly BlockRow[]): Map<number, 'percentage-points' | 'basis-points'> {
  const out = new Map<number, 'percentage-points' | 'basis-points'>();
  let open: number | null = null;
  let opened: 'percent' | 'basis-points' | null = null;
  let run: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.kind === null) continue;
    const hint = pointsLine(row);
    if (hint !== null) {
      if (open !== null && hint === opened && run.length > 0 && bridges(rows[open], run.map((k) => rows[k]), row)) for (const k of run) out.set(k, hint === 'percent' ? 'percentage-points' : 'basis-points');
      open = r;
      opened = hint;
      run = [];
    } else if (open !== null && row.kind === 'money' && row.own.kind === null && row.own.currency === null && row.own.scale === null && row.values.every((v) => v.unitHint === null && (v.value === null || opened === 'basis-points' || v.decimals >= 1))) run.push(r);
    else {
      open = null;
      opened = null;
      run = [];
    }
  }
  return out;
}

/** Every figure printed with "%", one at least. */
function percentLine(row: BlockRow): boolean {
  return pointsLine(row) === 'percent';
}

/** Every figure printed with "%", or every one with "bps", one at least: the unit the line prints, or null. */
function pointsLine(row: BlockRow): 'percent' | 'basis-points' | null {
  if (!row.values.some((v) => v.value !== null)) return null;
  for (const hint of ['percent', 'basis-points'] as const) if (row.values.every((v) => v.value === null || v.unitHint === hint)) return hint;
  return null;
}

/**
 * In each column where the two ratios and every line between print a figure, first ± each line = last within
 * rounding: in every such column (one at least), or in all but one where it holds in two others.
 */
function bridges(first: BlockRow, between: readonly BlockRow[], last: BlockRow): boolean {
  let columns = 0;
  let failing = 0;
  for (let c = 0; c < first.values.length; c++) {
    const a = first.values[c]?.value;
    const b = last.values[c]?.value;
    if (a == null || b == null) continue;
    const parts = between.map((row) => row.values[c]);
    if (parts.some((v) => v === undefined)) return false;
    const printed = parts.filter((v) => v!.value !== null).map((v) => Number(v!.value));
    const decimals = Math.max(first.values[c]!.decimals, last.values[c]!.decimals, ...parts.map((v) => v!.decimals));
    const tolerance = 0.5 * 10 ** -decimals * (printed.length + 2) + 1e-9;
    const want = Number(a) - Number(b);
    // Each line added or taken away as its label's sign says nothing of: a "Less:" line printed positive is taken away.
    const fits = [...signs(printed.length)].some((s) => Math.abs(s.reduce((sum, sign, i) => sum + sign * printed[i], 0) - want) <= tolerance);
    if (fits) columns++;
    else failing++;
  }
  return failing === 0 ? columns > 0 : failing === 1 && columns >= 2;
}

/** Every assignment of + and − to n lines (n small: a ratio's bridge prints a few lines). */
function* signs(n: number): Generator<number[]> {
  if (n > 8) return;
  for (let mask = 0; mask < 1 << n; mask++) yield Array.from({ length: n }, (_, i) => ((mask >> i) & 1 ? -1 : 1));
}

/**
 * The rows read as money that are percentages by their block, as "$" printed on a block's first line
 * makes the bare figures under it dollars: under a caption (a row without figures: "Selected Ratios"),
 * the first line prints "%" on its first figure, and on the others or on none (Wells Fargo's "Average
 * Interest Rates" prints "0.16%" in the first quarter's column and "0.13%" in the first year's, as it prints
 * "$" over its balances), and every line after it, to the next caption or the end of the table, prints bare
 * figures, stating no unit of its own and printing no currency (PNC's "Return on average common
 * shareholders' equity 11.64%" over "Return on average assets 1.05", "Efficiency 68", "Common Equity Tier 1
 * capital ratio 9.9"). Where lines after the section the caption opens print otherwise, the block is that
 * section (Bank of America's "Deposit spreads (excludes noninterest costs)", "Checking 1.96%" over bare
 * spreads and "Total deposit spreads 1.69", then "Consumer investment assets $ 368,831" flush left). A block
 * that mixes in a figure printed with "%", a currency or a unit of its own later on is read line by line, as
 * before. Once a block of the table has been read so, a later caption naming ratios whose lines all print
 * bare figures is percentages too: the "%" is printed once for the table (Ottawa Bancorp's "Regulatory
 * Capital Ratios (4):" prints "18.17 %" on its first line, and "Asset Quality Ratios:" under it "Net
 * charge-offs to average gross loans outstanding 0.01", "Non-performing loans to gross loans 1.58").
 */
export function percentInBlocks(rows: readonly BlockRow[], unstated = false): Set<number> {
  const out = new Set<number>();
  let stated = false;
  // A caption with no lines of its own heads the blocks after it, up to the next such caption: under one naming
  // rates or yields (JPMorgan's "AVERAGE RATES" over "INTEREST-EARNING ASSETS", whose first line prints "0.06%",
  // and "INTEREST-BEARING LIABILITIES", bare), a block of bare figures is percentages once one block under it is.
  let heading = '';
  let statedUnder = false;
  const caption = (row: BlockRow) => row.kind === null && row.values.length === 0;
  const lines = (from: number, to: number) => rows.slice(from, to).map((row, k) => ({ row, at: from + k })).filter((b) => b.row.kind !== null);
  type Line = ReturnType<typeof lines>[number];
  // Under a heading naming rates, once a block under it printed "%": lines printed with "%" may follow the bare ones
  // ("INTEREST RATE SPREAD 1.57%"), they say the same.
  const underRates = (block: readonly Line[]) =>
    statedUnder && RATES.test(heading) && block.some((b) => bareAmount(b.row)) && block.every((b) => bareAmount(b.row) || percentLine(b.row));
  /** The lines of a captioned block read as percentages, or null where the block says nothing of them. */
  const judged = (label: string, block: readonly Line[]): readonly Line[] | null => {
    if (block.length >= 2 && statesPercent(block[0].row) && block.slice(1).every((b) => bareAmount(b.row) || percentByLabel(b.row))) {
      stated = true;
      statedUnder = true;
      return block;
    }
    // Its lines bare, or percentages by their own words (Ottawa's "Non-performing loans to gross loans (6)").
    if (stated && RATIOS.test(label) && block.some((b) => bareAmount(b.row)) && block.every((b) => bareAmount(b.row) || percentByLabel(b.row))) return block;
    return underRates(block) ? block : null;
  };
  let r = 0;
  // A table that states no unit: its lines before any caption are a block its first line may state in percent, as a
  // caption's are (Aflac's "Reconciliation of U.S. GAAP Return on Equity (ROE) to Adjusted ROE", 1Q20: "Net earnings -
  // U.S. GAAP ROE 8.2% 15.0%" over bare lines "Impact of excluding AOCI 2.0 2.3", "Adjusted ROE - reported 15.8 15.8").
  // Not under a statement of money, whose scale says what the bare figures are.
  if (unstated) {
    while (r < rows.length && !caption(rows[r])) r++;
    const block = lines(0, r);
    if (block.length >= 2 && statesPercent(block[0].row) && block.slice(1).every((b) => bareAmount(b.row) || percentByLabel(b.row))) {
      stated = true;
      for (const b of block) if (bareAmount(b.row) || bareOnPercentLine(b.row)) out.add(b.at);
    }
  }
  while (r < rows.length) {
    if (!caption(rows[r])) {
      r++;
      continue;
    }
    // A caption: the block is every line up to the next caption.
    let end = r + 1;
    while (end < rows.length && !caption(rows[end])) end++;
    const block = lines(r + 1, end);
    const label = rows[r].label ?? '';
    if (block.length === 0 && end < rows.length) {
      heading = label;
      statedUnder = false;
      r = end;
      continue;
    }
    let read = judged(label, block);
    if (read === null) {
      // The section the caption opens, where lines after it leave it: the block is that section, and the lines
      // after it are under the heading alone.
      const close = sectionEnd(rows, r, end);
      if (close < end) {
        read = judged(label, lines(r + 1, close));
        const rest = lines(close, end);
        if (underRates(rest)) read = [...(read ?? []), ...rest];
      }
    }
    for (const b of read ?? []) if (bareAmount(b.row) || bareOnPercentLine(b.row)) out.add(b.at);
    r = end;
  }
  return out;
}

/**
 * Where the section a caption opens ends before `end`: the first line of figures after it that is no longer in it
 * (its sections do not name the caption at the caption's depth); `end` where it opens none or runs to `end`.
 */
function sectionEnd(rows: readonly BlockRow[], caption: number, end: number): number {
  const own = rows[caption];
  const depth = own.section?.length;
  if (depth === undefined || !own.label) return end;
  const inside = (row: BlockRow) => row.section !== undefined && row.section.length > depth && row.section[depth] === own.label;
  let opened = false;
  for (let k = caption + 1; k < end; k++) {
    if (rows[k].kind === null) continue;
    if (inside(rows[k])) opened = true;
    else return opened ? k : end;
  }
  return end;
}

/**
 * A line that states its block's unit as percent: "%" on its first figure, as "$" is printed on a block's first
 * line, and on its other figures or on none of them (each printed as a group of columns starts: "0.16%" under the
 * first quarter and "0.13%" under the first year), none printing a currency or a unit of its own.
 */
function statesPercent(row: BlockRow): boolean {
  const printed = row.values.filter((v) => v.value !== null);
  return printed.length > 0 && printed[0].unitHint === 'percent' && printed.every((v) => v.unitHint === 'percent' || (v.unitHint === null && !v.dollar && (v.symbol ?? null) === null));
}

/** The first line of a block stating percent, some of its figures bare: those are read with it, as the lines under it are. */
function bareOnPercentLine(row: BlockRow): boolean {
  return (
    row.kind === 'money' && row.own.kind === null && row.own.currency === null && row.own.scale === null && statesPercent(row) &&
    row.values.some((v) => v.value !== null && v.unitHint === null) &&
    row.values.every((v) => v.value === null || v.unitHint !== null || Math.abs(Number(v.value)) < 1000)
  );
}

/**
 * A line its own label reads as percentages, printed bare ("Return on average assets 1.05" under "Return on average
 * common shareholders' equity 11.64%", PNC's selected ratios): it says what the bare lines beside it say.
 */
function percentByLabel(row: BlockRow): boolean {
  return row.kind === 'percent' && row.own.kind === 'percent' && row.values.every((v) => v.value === null || v.unitHint === null);
}

/** A caption naming ratios ("Asset Quality Ratios:", "Capital ratios"). */
const RATIOS = /\bratios\b/i;
/** A heading naming rates or yields over blocks ("AVERAGE RATES (f)"). */
const RATES = /\b(?:rates|yields)\b/i;

/** A line read as money only because nothing says otherwise: no unit of its own, each figure bare (no %, no currency) and under 1,000. */
function bareAmount(row: BlockRow): boolean {
  return (
    row.kind === 'money' &&
    row.own.kind === null &&
    row.own.currency === null &&
    row.own.scale === null &&
    row.values.some((v) => v.value !== null) &&
    // A figure of 1,000 or more is no ratio printed in percent: an amount that a caption left among the ratios.
    row.values.every((v) => v.value === null || (v.unitHint === null && !v.dollar && (v.symbol ?? null) === null && Math.abs(Number(v.value)) < 1000))
  );
}

/**
 * The lines under a line that states a unit of measure ("Copper production (tonnes)1 111,602"), stating no unit of
 * their own and printing no currency, whose figures add up to it (nil marks as nothing): its parts, in its unit
 * (First Quantum's "Cobre Panamá | Kansanshi | Sentinel | Other Sites" are tonnes, not the table's thousands of
 * dollars). In every column where the line and all its parts print, or all but one where two others hold. The
 * longest such run of two lines or more; the map gives each part the line it adds up to.
 */
export function partsOfMeasures(rows: readonly BlockRow[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let r = 0; r < rows.length; r++) {
    const head = rows[r]!;
    if (head.kind !== 'count' || head.own.kind !== 'count' || !head.values.some((v) => v.value !== null)) continue;
    const run: number[] = [];
    let fitting: number[] = [];
    for (let k = r + 1; k < rows.length && run.length < LONGEST_PARTS; k++) {
      const row = rows[k]!;
      const plain = row.kind === 'money' && row.own.kind === null && row.own.currency === null && row.own.scale === null &&
        row.values.length === head.values.length && row.values.every((v) => v.unitHint === null && !v.dollar && (v.symbol ?? null) === null);
      if (!plain) break;
      run.push(k);
      if (run.length >= 2 && addsUp(head, run.map((i) => rows[i]!))) fitting = [...run];
    }
    for (const k of fitting) out.set(k, r);
  }
  return out;
}

const LONGEST_PARTS = 12;

/** In each column where the line and its parts print, the parts add up to it within rounding: in all, or all but one where two others hold. */
function addsUp(head: BlockRow, parts: readonly BlockRow[]): boolean {
  let columns = 0;
  let failing = 0;
  for (let c = 0; c < head.values.length; c++) {
    const total = head.values[c]!.value;
    if (total === null) continue;
    const printed = parts.map((p) => p.values[c]!);
    if (printed.every((v) => v.value === null)) continue;
    const decimals = Math.max(head.values[c]!.decimals, ...printed.map((v) => v.decimals));
    const tolerance = 0.5 * 10 ** -decimals * (printed.length + 1) + 1e-9;
    const sum = printed.reduce((acc, v) => acc + (v.value === null ? 0 : Number(v.value)), 0);
    if (Math.abs(sum - Number(total)) <= tolerance) columns++;
    else failing++;
  }
  return failing === 0 ? columns > 0 : failing === 1 && columns >= 2;
}


/**
 * The lines of a block whose caption names things counted: "Paging units in service" over "Beginning units in service
 * (000's) 938", "Gross placements 24", "Gross disconnects (36)", "Net change (12)", "Ending units in service 926"
 * (Spok, 1Q20, under "(Unaudited and in thousands)"). The caption says what the lines count, as "$" on a block's first
 * line says what its bare figures are; the scale the caption or one of its lines states ("(000's)") is the block's.
 * Only where every line up to the next caption prints bare figures (no currency, no "%") and states no unit but a count,
 * and the block states one scale at most (two are read line by line). The map gives each line its caption and the
 * block's scale, null where none is stated (counts are then in units).
 */
export function countsInBlocks(rows: readonly BlockRow[]): Map<number, { caption: number; scale: number | null }> {
  const out = new Map<number, { caption: number; scale: number | null }>();
  const caption = (row: BlockRow) => row.kind === null && row.values.length === 0;
  for (let r = 0; r < rows.length; r++) {
    const head = rows[r]!;
    if (!caption(head) || head.own.kind !== 'count' || head.own.currency !== null) continue;
    let end = r + 1;
    while (end < rows.length && !caption(rows[end]!)) end++;
    const block = rows.slice(r + 1, end).map((row, k) => ({ row, at: r + 1 + k })).filter((b) => b.row.kind !== null);
    const bare = (row: BlockRow) =>
      (row.kind === 'money' || row.kind === 'count') && row.own.currency === null && (row.own.kind === null || row.own.kind === 'count') &&
      row.values.some((v) => v.value !== null) && row.values.every((v) => v.unitHint === null && !v.dollar && (v.symbol ?? null) === null);
    if (block.length === 0 || !block.every((b) => bare(b.row))) continue;
    const scales = new Set([head.own.scale, ...block.map((b) => b.row.own.scale)].filter((s): s is number => s !== null));
    if (scales.size > 1) continue;
    const scale = scales.size === 1 ? [...scales][0]! : null;
    for (const b of block) out.set(b.at, { caption: r, scale });
    r = end - 1;
  }
  return out;
}

/**
 * The sentences the relation checks add to a verdict's explanation, and the
 * problems they report in a company model's relations. (The verdict sentences
 * themselves are in ./messages.ts.) Tests pin the exact text.
 */

// Notes appended to an explanation.

export const nilCountsAsZero = (labels: string[]): string =>
  labels.length === 1
    ? `${labels[0]} is printed as nil and counts as zero.`
    : `${listed(labels)} are printed as nil and count as zero.`;

export const notPrinted = (label: string, period: string): string => `${label} is not printed for ${period}`;

/** A line whose row has a figure that could not be read (a located problem of the release): its empty cells may be that figure. */
export const notRead = (label: string, line: number): string => `${label} could not be read on line ${line} (a problem located in the release), so its figure is not known`;

export const notMeaningful = (label: string, period: string): string => `${label} is n/m for ${period}`;

export const printedMarginsTakenAsPrinted = (): string =>
  'Basis points are computed from the margins as printed, as companies do.';

export const unroundedMargins = (): string =>
  'The column prints basis points finer than the printed margins can give, so it is computed from the margins before rounding: judged against what the printed margins allow.';

export const columnCorroborates = (count: number): string =>
  `The column holds in ${count} other ${count === 1 ? 'line' : 'lines'} read as the same pair of periods, so the pair is right and this line's figure is not.`;

export const onlyLineByHeader = (): string =>
  "It is the column's only line; the pair of periods is the one its header names or the two columns just before it.";

export const failsInEveryLine = (count: number, pair: string): string =>
  count === 1
    ? `Not verifiable: read as ${pair}, the column's only line fails, and neither its header nor another line says that this is the pair it compares.`
    : `Not verifiable: read as ${pair}, the column fails in every one of its ${count} lines, or in more than hold, and no other pair of the table's columns explains it: the reading of the column, not every figure, is in doubt.`;

export const pairBySearch = (pair: string, holding: number, lines: number): string =>
  `Its header does not say which periods it compares; read as ${pair}, the only pair of the table's columns under which it holds in most lines (${holding} of ${lines}).`;

/** A change on another basis whose current figures the table prints in a column of their own. */
export const currentOnBasis = (header: string): string =>
  `Its current figures are those printed under "${header}", on the basis its header names; the prior ones as reported.`;

export const repeatedPeriodPair = (pair: string): string =>
  `Its table reads two columns as one of the periods of ${pair}, so their periods are not established: the change is read between the columns of its own group, just before it.`;

export const pairOfOtherKinds = (pair: string): string =>
  `Not verifiable: read as ${pair}, the column compares periods of different kinds or lengths, and no other pair of the table's columns explains it.`;

export const constantCurrencyRestsOn = (constant: string, effect: string, less: boolean, base: string): string =>
  `The column "${constant}" is read with "${effect}" printed just before it: ${less ? 'the effect taken away from' : 'the effect added to'} "${base}", the reading that holds in more of its lines.`;

export const constantCurrencyCorroborated = (count: number): string =>
  `The constant-currency column holds in ${count} other lines read with the same effect, so the reading is right and this line's figures are not.`;

export const constantCurrencyUnread = (header: string, holding: number, lines: number): string =>
  `Not verifiable: the column "${header}" follows from the currency effect beside it in ${holding} of its ${lines} lines under either sign, too few to establish what the columns mean.`;

export const segmentTablesRestsOn = (whole: string, parts: string[]): string =>
  `The tables ${parts.map((p) => `"${p}"`).join(', ')} and "${whole}" are printed one after another with the same columns, "${whole}" last: read as the whole of the others, line by line.`;

export const segmentTablesCorroborated = (count: number, line: string): string =>
  `${line} is the sum of its parts in ${count} other ${count === 1 ? 'column' : 'columns'}, as other lines of the tables are in every column, so this column's figures are not right.`;

export const segmentTablesUnread = (whole: string, holding: number, columns: number): string =>
  `Not verifiable: the line is the sum of its parts in ${holding} of its ${columns} columns, too few to say that "${whole}" holds no elimination or part no table prints.`;

export const blockFootingRestsOn = (end: string, start: string): string =>
  `'${end}' reconciles from '${start}' here and again in another table, from the same line to a line of the same name: read as that line plus every line printed between them.`;

export const blockFootingCorroborated = (count: number): string =>
  `The block holds in ${count} other columns, so its reading is right and this column's figures are not.`;

export const blockTieRestsOn = (end: string, start: string): string =>
  `Two tables reconcile '${start}', printed alike in both, to '${end}', each block adding up: one measure reached twice, so the two results are one figure.`;

export const qualifiedChange = (header: string, qualifier: string): string =>
  `Not verifiable: the column "${header}" is a change on a ${qualifier} basis, which the table does not print the figures of; it is not the change of the printed figures.`;

export const qualifiedBesideChange = (header: string, plain: string, words: string): string =>
  `Not verifiable: the column "${header}" is a second change of the figures the column "${plain}" compares, on the basis its header adds ("${words}"), which the table does not print the figures of; it is not the change of the printed figures, which the other column gives.`;

export const growthOfALoss = (label: string, value: string, period: string): string =>
  `a percentage change is not meaningful because ${label} for ${period} is ${value}, not a positive amount`;

export const growthOfNegative = (label: string, value: string, period: string, bySize: boolean): string =>
  bySize
    ? `${label} is negative for ${period} (${value}), so the growth is read as the change over the prior figure's size, (current − prior) ÷ |prior|, as companies often state a change from a negative figure.`
    : `${label} is negative for ${period} (${value}); the growth is read as current ÷ prior − 1, as the column computes it.`;

export const growthOfNegativeFails = (label: string, value: string, period: string, size: string): string =>
  `${label} is negative for ${period} (${value}), so the sign of its growth depends on how it is computed, but not its size: the figures give a change of ${size}%, which the printed figure is not, with either sign.`;

export const notMeaningfulJustified = (label: string, value: string, period: string): string =>
  `Printed n/m, and rightly: ${label} for ${period} is ${value}, so a percentage change is not meaningful.`;

export const notMeaningfulToNil = (label: string, period: string): string =>
  `Printed n/m: ${label} for ${period} is nil, so the line ends; a change to nothing is printed n/m as often as −100%, and the mark contradicts nothing.`;

export const nilRoundsToNothing = (mark: string, half: string): string =>
  `The current figure is printed "${mark}" and the change is not −100%: read as an amount under ${half} that rounds to nothing at the line's precision, the change holds.`;

export const nilChangeOfNils = (printed: string): string =>
  `Printed ${printed}: both figures are nil, so there is no change, as the mark says.`;

export const boundHolds = (printed: string, growth: string, bound: string): string =>
  `Printed ${printed}: the figures give ${growth}%, ${bound}, as printed.`;

export const boundFails = (printed: string, growth: string, bound: string): string =>
  `Printed ${printed}, but the figures give ${growth}%, not ${bound}.`;

export const boundWithinRounding = (printed: string, growth: string, bound: string): string =>
  `Printed ${printed}: the figures give ${growth}%, ${bound} within the rounding of the figures it is computed from.`;

export const notApplicable = (printed: string, growth: string): string =>
  `Printed ${printed}: the release applies no change to this line, which contradicts no figure (they give ${growth}%).`;

export const notMeaningfulUnjustified = (growth: string, current: string, prior: string): string =>
  `Printed n/m, but both figures are positive (${current} and ${prior}), so the change is meaningful: ${growth}%.`;

export const notMeaningfulNil = (growth: string, zero: string): string =>
  `Printed n/m for a change of ${growth}%, which the column's precision would print as ${zero}%: a release may call a change that rounds to nothing not meaningful, and the mark contradicts no figure.`;

export const notMeaningfulByBlock = (growth: string, lines: number): string =>
  `Printed n/m here and on the ${lines - 1 === 1 ? 'line' : `${lines - 1} lines`} beside it in this column, though the figures give ${growth}%: the release withholds the change of this block of lines by a convention of its own, and the mark contradicts no figure.`;

export const notMeaningfulFlows = (growth: string, lines: number, negative: string, elsewhere: string | null): string =>
  `Printed n/m, though the figures give ${growth}%: ${elsewhere ? `the same line in the ${elsewhere} is one of` : 'this line is one of'} ${lines} lines marked alike in a row, in every change column, among them lines of flows printed negative ("${negative}"). The release marks the changes of that block as not meaningful by a convention of its own, whatever one quarter's figures, and the mark contradicts no figure.`;

export const notMeaningfulAcross = (growth: string, others: number): string =>
  `Printed n/m here and in the line's ${others === 1 ? 'other change' : `${others} other changes`} of the same periods, though the figures give ${growth}%: the release withholds the line's changes together by a convention of its own (one of them, on another basis, may pass its threshold), and the mark contradicts no figure.`;

export const notMeaningfulBeyond = (growth: string, largest: string | null): string =>
  `Printed n/m for a change of ${growth}%, ${largest === null ? 'the column printing no change as a figure' : `larger than every change the column prints as a figure (at most ${largest}%)`}: a release marks changes beyond a threshold of its own as not meaningful, and the mark contradicts no figure.`;

export const notMeaningfulDoubled = (growth: string, range: [string, string] | null, largest: string | null): string =>
  `Printed n/m for a change of ${growth}%${range ? ` (from ${range[0]}% to ${range[1]}% within the rounding of the printed figures)` : ''}: a release marks changes of 100% or more as not meaningful by a threshold of its own${largest === null ? '' : ` (this column prints others as figures, up to ${largest}%)`}, and the mark contradicts no figure.`;

export const tiePlaces = (places: string[]): string => `Printed in ${places.length} places: ${places.join('; ')}.`;

export const tieAllNil = (): string => 'Printed as nil in every place.';

export const columnsOfOnePeriod = (count: number, period: string, headers: string[]): string =>
  `${count} columns of its table read as ${period} (${headers.map((h) => `"${h}"`).join(', ')}): a table prints a period once, so the period of their figures is not established`;

export const dayEndsSpan = (header: string, span: string): string =>
  `its column is headed "${header}", a day alone, while the table's other columns head "${span}": the day ends that span, whose heading does not reach this column, so the column's period is not established`;

export const breakdownSum = (parts: string[], from: number, to: number, printed: number): string =>
  `its line is the sum of the ${parts.length} lines printed under it (${listed(parts)}, lines ${from}–${to}, which add up to it in every column), and in this period ${printed === parts.length ? (printed === 2 ? 'both' : 'all of them') : `${printed} of them`} print a figure: here it is not the line item alone`;

export const includedPart = (line: string, at: number, mark: string, note: string): string =>
  `${line} (line ${at}) is, by its note (${mark}) "${note}", a part of that line item printed apart in this period: here the line is the rest of it, not the line item whole`;

export const tieOnUnestablished = (places: string[], reason: string): string =>
  `Not verifiable: ${listed(places)} ${places.length === 1 ? 'is' : 'are'} left out, as ${reason}.`;

export const addedBackReason = (other: string): string =>
  `the statement of cash flows adds back to net income the non-cash part of what the ${other} prints under that name, the whole of it only where none is paid in cash`;

export const partsOfTwoBlocksNote = (line: string, one: string, other: string): string =>
  `${line} is a part of "${one}" in one place and of "${other}" in the other: each block's own line, not one line printed twice.`;

export const tieLeftOut = (places: string[], reason: string): string =>
  `Left out: ${listed(places)}, as ${reason}.`;

export const anotherLine = (reference: string, periods: string[]): string =>
  `it differs from ${reference} in every other period both print (${listed(periods)}): another line (a part, a segment or another measure), not a copy of it`;

export const tieCorroborated = (periods: string[]): string =>
  `The same lines agree in ${listed(periods)}, so the places print one line item and the difference is in this period alone.`;

export const tieFootedRounding = (figure: string, place: string, lines: number, by: string): string =>
  `${figure}, ${place}, is the sum of ${lines} lines of its table as printed, each rounded: it may differ from the figure by up to ${by} more than one rounding allows.`;

export const tieChainRounding = (figure: string, place: string, above: string, below: string, less: boolean, by: string): string =>
  `${figure}, ${place}, makes its table's chain foot as printed: the line above it (${above}) ${less ? 'less' : 'plus'} it is the line below it (${below}) exactly, in every column. It may be struck so, and differ from its own rounding by up to ${by}.`;

export const tieAnothersTable = (table: string, part: string, lines: number): string =>
  `The ${table} is titled by "${part}", a part the release prints as a column beside the company's figures, and each of its ${lines} lines shared with the statements differs from theirs in every period both print: its lines are that part's, so a tie on the labels alone is not established.`;

/** A tie between two statements of one kind (./entity-statements.ts): `entities` says whose each is, where the release says. */
export const tieTwoStatements = (statement: string, first: string, second: string, entities: string | null): string =>
  entities
    ? `Two statements of one kind, the ${first} and the ${second}, each a ${statement} in full, are ${entities}: two entities' figures, not one line printed twice, so the tie is not judged.`
    : `Two statements of one kind: entity not established. The ${first} and the ${second} each print a ${statement} in full, as a release prints the group's and the company's own, and neither their titles nor their headings say both are of one entity: the labels do not make the places one line item, so the tie is not judged.`;

/** A list's total whose lines print one figure on consecutive lines (./list-readings.ts). */
export const repeatedDownTheColumn = (figure: string, lines: string[]): string =>
  `${figure} is printed on ${lines.length} lines in a row (${lines.join(', ')}): one figure printed against each of several lines (a holding shown against each of its holders) may be counted once in the total or on each line, and the lines do not say which, so the total is not judged.`;

/** A list's total over a line whose figures could not be read (./list-readings.ts). */
export const listUnread = (why: string): string => `The lines it covers are not all known: ${why}; the total is not judged.`;

export const tieCertainByLabels = (why: string): string =>
  `No other period printed in both places corroborates the tie; it rests on the labels alone: ${why}.`;

export const sumsUncorroborated = (count: number, periods: string): string =>
  `Not verifiable: the sum of ${periods} fails for every one of the ${count} lines printed in these columns, so the columns' periods are in doubt rather than the figures.`;

export const sumsCorroborated = (lines: string[]): string =>
  `The same columns add up for ${listed(lines)}.`;

// Problems in the model's relations.

export const unknownRow = (table: string, row: string): string =>
  `no row '${row}' in table ${table} (see \`tieout facts\` for row ids)`;

export const unknownTotalRow = (table: string, row: string): string =>
  `table ${table} has no total row '${row}' (see \`tieout facts\` for row ids)`;

export const unknownName = (name: string): string =>
  `'${name}' is neither a concept of the model nor a table/row of the release`;

export const rangeOutsideTable = (): string => 'a range a .. b names rows of one table; write it in a footing';

export const rangeReversed = (from: string, to: string): string => `the range ${from} .. ${to} runs backwards`;

export const unknownMeasure = (name: string): string => `no measure '${name}' in the model's relations`;

function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why an inferred relation holds: "Inferred from the table: 'Total current assets' closes the section 'Current assets:'." */
export const inferredBecause = (reason: string, certain: boolean, fit: 'holds' | 'corroborated' | 'fails' = 'holds'): string =>
  certain
    ? `Inferred from the table: ${reason}`
    : fit === 'holds'
      ? `Inferred from the table, and published because it holds in every column: ${reason}`
      : fit === 'corroborated'
        ? `Inferred from the table, and published because it holds in most columns: ${reason}`
        : `Inferred from the table: ${reason}`;

/**
 * What a footing rests on: its reason, and where the reading checked is not the layout's first, how
 * it differs ("'Income (loss) from operations' is 'Gross profit' plus 'Total' …" checked with "'Total'
 * with the other sign (taken away)").
 */
export const restsOnReading = (reason: string, read: string): string =>
  read ? `${reason} Checked with ${read.includes('; ') ? 'these changes' : 'one change'} to that reading: ${read}.` : reason;

/** The readings considered, and the one the figures tie under. */
export const readingsConsidered = (read: string, considered: string[]): string =>
  read
    ? `The layout allows ${considered.length} readings (${listed(considered.map((c) => `"${c}"`))}); the figures fit ${`"${read}"`} best, so it is the one checked.`
    : `The layout allows ${considered.length} readings (${listed(considered.map((c) => `"${c}"`))}); the figures fit the first best, so it is the one checked.`;

/** A column where a relation fails though the same rows hold in the others. */
/** Why a block no reading of its own layout fits is read as another table prints it (./twin-footings.ts). */
export const twinReason = (total: string, start: string, twin: string, columns: number): string =>
  `'${total}' is '${start}' plus the lines printed between them, as the table "${twin}" prints the same lines under the same labels, adding up in all ${columns} of its columns.`;

export const twinCorroborated = (twin: string, columns: number): string =>
  `The same lines add up in all ${columns} columns of the table "${twin}", so the reading is right and this column's figures are not.`;

export const corroboratedElsewhere = (columns: string[]): string =>
  columns.length === 0
    ? 'The relation holds in most columns of the same rows, so this column is a mismatch.'
    : `The relation holds on the same rows in ${listed(columns)}, so this column is a mismatch.`;

/** A count of shares printed in every column of a reconciliation across its columns (./shared-counts.ts). */
export const oneCountRestsOn = (line: string, others: string[]): string =>
  `'${line}' is printed in every column of a reconciliation across its columns, the same count in ${others.length <= 4 ? listed(others) : `${others.length} other columns`}: the divisor of each column's per-share line, one count.`;

export const countDividesItsLine = (e: { perShare: string; amount: string; label: string }): string =>
  `The column's own per-share figure, ${e.perShare}, is its '${e.label}' ${e.amount} over the count the other columns print, not over this one: the count is misprinted.`;

export const countMayDiffer = (): string =>
  "No per-share line of the column says which count it divides by: the column may print a count of its own (a loss's basic count beside the adjusted diluted one), so the figure is not judged.";

/** Why a column total was read, and how the figures fit it (./column-footing.ts). */
export const columnTotalBecause = (reason: string, fit: 'holds' | 'corroborated' | 'fails'): string =>
  fit === 'holds'
    ? `Inferred from the table, and published because it holds on every line: ${reason}`
    : fit === 'corroborated'
      ? `Inferred from the table, and published because it holds on most lines: ${reason}`
      : `Inferred from the table: ${reason}`;

/** A line where a column total fails though it holds on the table's other lines. */
export const corroboratedByLines = (lines: string[]): string =>
  lines.length === 0
    ? 'The columns add up on most lines of the table, so this line is a mismatch.'
    : `The same columns add up on ${lines.length <= 4 ? listed(lines) : `${lines.length} other lines`}, so this line is a mismatch.`;

/** A line of a column total that fails, carrying a note that no line adding up carries (./column-footing.ts). */
export const noteExplains = (mark: string, text: string | null, lines: string[]): string =>
  `The line carries note (${mark}), which no line that adds up across the columns of this table carries${lines.length > 0 && lines.length <= 4 ? ` (${listed(lines)})` : ''}: the note may say why its columns need not add up${text ? ` ("${text.length > 400 ? `${text.slice(0, 400)}…` : text}")` : ''}, so the line is not judged.`;

/** Why a line was read as the sum of the lines printed right under it (./breakdowns.ts). */
export const breakdownRestsOn = (head: string, parts: string[], fit: 'holds' | 'corroborated'): string =>
  `Inferred from the figures, as no label states it: the ${parts.length} lines printed right under '${head}' (${listed(parts.map((p) => `'${p}'`))}) add up to it exactly in ${fit === 'holds' ? 'every column' : 'every other column'}: a breakdown printed under its line (or, read the other way, '${parts.at(-1)}' is '${head}' less the lines between them; the figures are the same).`;

/** A column where a breakdown fails though the same lines add up in the others. */
export const breakdownCorroborated = (columns: string[]): string =>
  `The same lines add up to it in ${listed(columns)}, so this column is a mismatch.`;

/** Why earnings per share of net income was read as the sum of its continuing and discontinued parts (./per-share-operations.ts). */
export const operationsRestsOn = (net: string, continuing: string, discontinued: string, basis: string, item = false): string =>
  `Read from the labels: '${net}' is earnings per share of net income${basis ? ` (${basis})` : ''}, the sum of '${continuing}' (${item ? 'the earnings before the item set apart' : 'continuing operations'}) and '${discontinued}' (${item ? 'the item' : 'discontinued operations'}), both over the same shares.`;

/** A column where it fails though it holds in others. */
export const operationsCorroborated = (columns: string[]): string =>
  `It holds in ${listed(columns)}, so this column's figures are not right.`;

/** It fails in more columns than it holds in. */
export const operationsUnread = (holding: number, columns: number): string =>
  `Not verifiable: it holds in ${holding} of its ${columns} columns only, so the release may print the parts otherwise (another part per share, or a rounding of its own).`;

/** One part a loss, the other earnings, the total above their sum toward the earnings by less than the loss. */
export const operationsAllocatedOtherwise = (loss: string, earnings: string): string =>
  `Not verifiable: one part is a loss (${loss}) and the other earnings (${earnings}), and the total lies above their sum by less than the loss. Under the two-class method the earnings and the total are shared with participating securities and a loss is not, so the parts need not add up to the total: no column printing one part alone says otherwise.`;

/** Why a run of percentage lines was read as the shares of one whole (./distributions.ts); `after`, the last line of the split printed before it. */
export const distributionRestsOn = (caption: string, lines: string[], fit: 'holds' | 'corroborated', wholes: string[] = [], after?: string): string =>
  `Inferred from the figures, as no label states it: the ${lines.length} percentage lines under '${caption}'${after ? `, after the split ending at '${after}'` : ''} (${listed(lines.map((l) => `'${l}'`))}) add up to 100% in ${fit === 'holds' ? 'every column' : 'every other column'}, exactly in two at least: shares of one whole, so the last is 100% less the others.${wholes.length > 0 ? ` The lines printed under ${listed(wholes.map((w) => `'${w}'`))} are shares of ${wholes.length === 1 ? 'it' : 'each'}, their sum, and are not counted again.` : ''}`;

/** Shares of a share printed right under it, inside a whole split in percentages. */
export const sharesRestsOn = (caption: string, whole: string, lines: string[], fit: 'holds' | 'corroborated'): string =>
  `Inferred from the figures, as no label states it: under '${caption}', a split of one whole in percentages, the ${lines.length} lines printed right under '${whole}' (${listed(lines.map((l) => `'${l}'`))}) add up to it in ${fit === 'holds' ? 'every column' : 'every other column'}, exactly in two at least: its own shares.`;

/** Why a run of percentage lines closed by a total printed as 100 was read as its shares (./distributions.ts). */
export const totalledRestsOn = (total: string, lines: string[]): string =>
  `Read from the total: '${total}' prints 100% in every column, so the ${lines.length} percentage lines right above it (${listed(lines.map((l) => `'${l}'`))}) are shares of one whole and add up to it, each rounded.`;

/** A total of shares printed as 100 that does not add up where the other columns do not bear the reading out. */
export const totalledNotCorroborated = (): string =>
  'Not verifiable: the lines do not add up to it in other columns either, or too few columns print them, so another reading of the lines (a subtotal among them, a rounding of their own) is not ruled out.';

/** Why a share column's figures were added as its amounts are (./share-footings.ts). */
export const shareFootingRestsOn = (header: string, total: string, lines: string[], wholeElsewhere?: string): string =>
  `Read from the column: '${header}' prints each line as a share of one whole, ${wholeElsewhere ? `the line '${wholeElsewhere}' the table's other share columns print as 100%` : 'printed as 100%'}, and the amounts beside them add '${total}' up from ${listed(lines.map((l) => `'${l}'`))}; so do the shares, each rounded.`;

/** A share column's footing failing where the other columns do not bear it out. */
export const shareFootingNotCorroborated = (): string =>
  'Not verifiable: the shares do not add up in other columns either, or too few columns print them, so they may be rounded or reckoned otherwise (of another whole, or each rounded to make the column foot).';

/** A column where the shares of a whole do not add up though they do in the others. */
export const distributionCorroborated = (columns: string[]): string =>
  `The same lines add up to 100% in ${listed(columns)}, so this column is a mismatch.`;

/** No reading of the layout fits the figures, and no label makes the relation certain. */
export const noReadingFits = (considered: string[]): string =>
  considered.length > 1
    ? `No reading of the layout ties in any column (considered: ${listed(considered.map((c) => `"${c}"`))}), and no label makes the relation certain: the reading of the table, not the figure, is in doubt, so it is not judged.`
    : `No reading of the layout ties in any column (it allows only this one), and no label makes the relation certain: the reading of the table, not the figure, is in doubt, so it is not judged.`;

/** A total in a column of averages over lines that are parts of a whole (./averaged-columns.ts). */
export const averageNotSum = (header: string, amounts: string): string =>
  `Read as an average: the column "${header}" prints an average, a rate or a figure per unit, and its lines are parts of a whole (their amounts add up to this total in ${amounts}), so its total is their average weighted by those amounts, not their sum.`;

/** A likely relation that fails where one of its lines, a total of the same table, does not foot. */
export const restsOnAMismatch = (label: string): string =>
  `It rests on ${label}, which does not foot in this column itself: the same error, reported there, so it is not judged again here.`;

/** A corroborated footing whose other columns print nothing after its first line: they hold under any sign. */
export const restNilWhereItHolds = (): string =>
  'The columns where it holds print nothing but its first line, which fits any reading of the lines after it: the reading of the table, not the figure, is in doubt, so it is not judged.';

/** The lead of a relation read from the layout that is not judged: what the reading gives, without accusing the figure. */
export const notJudgedLead = (printed: string, computed: string): string =>
  `Not verifiable: under the reading below, the figures give ${computed}, not the printed ${printed}.`;

export const statedByTheModel = (): string => 'Stated in the company model.';

export const baseDefinitionNote = (reason: string): string => `By definition (base model): ${reason}`;

/** A margin read with the line of its own table that its figures fit as the revenue, of several the release prints. */
export const revenueReadAs = (line: string, lines: number): string =>
  `The release prints ${lines} lines that may be the revenue; read with '${line}', the one of the margin's own table the figures fit.`;

/** A base definition failing on a line that carries a note mark, not borne out by the concept's other periods. */
export const baseDefinitionNoted = (mark: string): string =>
  `The line carries note (${mark}), where the release may define the figure otherwise than the base model does, and the definition does not hold in its other periods: it is not judged.`;

/** A base definition that fails in every period where the release does not establish it. */
/** Why earnings per share may divide another numerator than net income: see ./definition.ts. */
export type Adjustment = 'allocated' | 'allocation-shown' | 'converted' | 'preferred-converted' | 'preferred-stopped' | { classes: string } | { note: string } | null;

/** A book value per share divided from the table's equity line, which its label does not name. */
export const bookValueNotStated = (equity: string): string =>
  `The label does not name the equity it divides; '${equity}' is read as the book value, and fails in more than one column or holds in fewer than two, so it may hold what book value per common share leaves out (preferred stock): the figure is not judged.`;

export const definitionNotEstablished = (adjusted: Adjustment): string =>
  adjusted === 'allocation-shown'
    ? 'The release prints net income allocated to common stock, which differs from net income where both are printed (participating securities take a share: the two-class method), but not the allocated figure this computation needs: its numerator is not printed, and the figure is not judged.'
    : adjusted !== null && typeof adjusted === 'object' && 'note' in adjusted
    ? `The release says how it computes earnings per share: “${adjusted.note}”. Its numerator is not the line this computation divides, so the definition is not established here, and the figure is not judged.`
    : adjusted !== null && typeof adjusted === 'object'
    ? `The release has more than one class of common stock (${adjusted.classes}), so earnings per share may follow the two-class method, which allocates earnings between the classes and the securities that share in them: the numerator may not be net earnings alone, the definition is not established here, and the figure is not judged.`
    : adjusted === 'allocated'
    ? 'The release allocates earnings otherwise than to common shareholders alone (noncontrolling interests, participating or preferred securities), so the numerator may be adjusted: the definition is not established here, and the figure is not judged.'
    : adjusted === 'converted'
      ? 'The release prints convertible securities, whose conversion adjusts the numerator of diluted earnings (interest added back, the if-converted method): the definition is not established here, and the figure is not judged.'
    : adjusted === 'preferred-stopped'
      ? 'A convertible preferred stock takes earnings in this period and none in a later part of it or after: it was converted or redeemed within the period, so earnings per share shares the earnings with the preferred up to then (the two-class method) and takes or adds the difference the conversion made, neither of which the release prints: the numerator is not established, and the figure is not judged.'
    : adjusted === 'preferred-converted'
      ? 'The release prints preferred stock, whose conversion would add its dividends back to the earnings left to common stock in the numerator of diluted earnings (the if-converted method): the definition is not established here, and the figure is not judged.'
      : 'The lines it reads are recognized only as likely: the definition is not established here, and the figure is not judged.';

/** Earnings per share above net income ÷ the basic shares where earnings are allocated otherwise (./allocation-bound.ts). */
export const aboveWhatAllocationLeaves = (bound: string): string =>
  `The release allocates earnings otherwise than to common shareholders alone, but an allocation only takes from the earnings of the common shares, and diluted earnings per share is never above basic: the figure can be at most net income ÷ the basic shares, ${bound}, within rounding, and it is printed above that.`;

/** A definition whose figures are a power of ten apart: a scale misread, not an error. */
export const scaleApart = (power: number): string =>
  `The figures are ${Math.abs(power) === 3 ? 'a thousand' : 'a million'} times apart: the computed figure ${power > 0 ? 'times' : 'divided by'} ${Math.abs(power) === 3 ? '1,000' : '1,000,000'} is the printed one, so one of its lines is read at the wrong scale (shares counted in thousands, or in units), not the figure wrong: it is not judged.`;

export const scaleReread = (power: number): string => {
  const times = Math.abs(power) === 3 ? 'a thousand' : 'a million';
  const factor = Math.abs(power) === 3 ? '1,000' : '1,000,000';
  return `Checked with one of its lines at another scale: as read, the figures are ${times} times apart (the computed figure ${power > 0 ? 'times' : 'divided by'} ${factor} is the printed one), which a share count read in thousands where it is printed in units, or the reverse, gives and no misprint does; so read, they tie.`;
};

export const adjustmentsTakenAway = (): string =>
  'On this line the columns between are taken away: the line prints the amounts they remove, as a cost line may.';

export const balanceIdentity = (): string => 'A balance sheet balances: total assets equal total liabilities and equity.';

export const dilutedUnderALoss = (income: string, printed: string): string =>
  `${income} is a loss (${printed}), so potential shares are anti-dilutive and the diluted figure is the basic one.`;

/** A diluted count of shares printed below its basic count (./diluted-count-bound.ts). */
export const dilutedBelowBasic = (diluted: string, dPrinted: string, basic: string, bPrinted: string): string =>
  `${diluted} (${dPrinted}) is below ${basic} (${bPrinted}): the diluted count is the basic one plus the potential shares that dilute, never fewer, so the two cannot both be right.`;

/** Diluted earnings per share printed above basic (./diluted-count-bound.ts). */
export const dilutedAboveBasic = (diluted: string, dPrinted: string, basic: string, bPrinted: string): string =>
  `${diluted} (${dPrinted}) is above ${basic} (${bPrinted}): a security enters the diluted figure only where it lowers earnings per share or deepens a loss per share, so the diluted figure is never above the basic one, and the two cannot both be right.`;

export const dilutedOnTwoBasesNote = (one: string, other: string): string =>
  `One of ${one} and ${other} is its table's basic count in a period of net loss (potential shares anti-dilutive there), the other a larger count: a measure that is a profit may count the dilutive shares, so the two are of different bases and the tie is not established.`;

export const adjustsTwoMeasuresNote = (line: string, one: string, other: string): string =>
  `${line} is an adjustment on the way to ${one} in one place and to ${other} in the other: what a line of the same words takes away depends on the measure it adjusts, so the two are one line only where they agree, and the tie is not established.`;

export const adjustsOneMeasureOnTwoBasesNote = (line: string, plain: string, adjusted: string): string =>
  `${line} is computed from ${plain} in one place and, below ${adjusted}, from its adjusted restatement in the other, one computation on two bases: what a line of it takes depends on the figure it starts from, so the two are one line only where they agree, and the tie is not established.`;

export const dilutionShownUnderALoss = (income: string, shown: string): string =>
  `${income} is a loss, but the release prints ${shown}: dilutive instruments were counted (an instrument's gain taken out of the numerator makes the loss per share larger), so the diluted figure need not be the basic one, and the rule is not applied.`;

export const sharesOfAnotherMeasure = (income: string, measure: string, printed: string): string =>
  `${income} is a loss, but the table's figure per share, ${measure} ${printed}, is not: its lines per share and their shares are of a measure that is no loss, which dilution lowers, so the diluted figure need not be the basic one, and the rule is not applied.`;

export const pointsOfUnroundedPercentages = (): string =>
  'The percentages as printed do not give these points, but the percentages before rounding can: the change is judged against what the printed percentages allow.';

export const printedPointsTakenAsPrinted = (): string =>
  'Percentage points are the difference of the percentages as printed, as companies compute them.';

export const nilChangeIsZero = (printed: string, computed: string): string =>
  `Printed ${printed}, read as no change at the column's precision: the figures give ${computed}.`;

export const nilChangeNotZero = (printed: string, computed: string): string =>
  `Printed ${printed}: the figures give ${computed}, which does not round to no change, so the mark may mean "not meaningful" or "not stated"; it is not judged.`;

/** A line that fits neither reading of a percentage beside percentages, judged under the reading of its column's other lines. */
export const readingOfTheColumn = (reading: string, lines: number): string =>
  `Its column's other ${lines} lines of percentages are ${reading}, every one, so this one is read so too.`;

export const ambiguousPercentChange = (printed: string, ratio: string, difference: string): string =>
  `Printed ${printed}% beside percentages: neither the relative change (${ratio}%) nor the difference (${difference} points) of the printed figures gives it, and the table does not say which it means, so it is not judged.`;

export const ambiguousChangeUnit = (printed: string, header: string, amount: string, basisPoints: string): string =>
  `Printed ${printed} under "${header}", a column of amounts for some lines and basis points for others; the cell prints neither unit and its line's own figures do not say which it is (a ratio printed without "%"), and neither the difference (${amount}) nor the difference in basis points (${basisPoints}) gives it, so it is not judged.`;

export const favourableAsUp = (): string =>
  'The column prints a change as favourable or unfavourable; here the favourable change is the rise, current − prior.';

export const favourableAsDown = (): string =>
  'The column prints a change as favourable or unfavourable; here the favourable change is the fall, prior − current, as for a cost.';

export const outflowAsFavourable = (printed: string, label: string, computed: string): string =>
  `Not verifiable: printed ${printed}, and the figures give ${computed}%, its size with the other sign. ${label} is a cost or an outflow of cash, whose fall a release may print as a favourable change; the column does not say so, so the sign is not judged.`;

export const favourableSizeFails = (printed: string, up: string, down: string): string =>
  `Printed ${printed} in a column of favourable or unfavourable changes: neither the rise (${up}) nor the fall (${down}) of the printed figures gives its size, whichever sign the column gives a cost.`;

export const favourableNeither = (printed: string, up: string, down: string): string =>
  `Printed ${printed} in a column of favourable or unfavourable changes: neither the rise (${up}) nor the fall (${down}) of the printed figures gives it, and the table does not say which line is a cost, so it is not judged.`;

export const blankCountsAsZero = (labels: string[], column: string): string =>
  `${listed(labels)} ${labels.length === 1 ? 'prints' : 'print'} nothing for ${column} and ${labels.length === 1 ? 'counts' : 'count'} as zero.`;

/** A measure per diluted share that is no loss, beside diluted shares a GAAP loss made the basic ones (./per-share-rows.ts). */
export const sharesCappedByALoss = (loss: string, printed: string, measure: string, shares: string, marks: readonly string[]): string =>
  `But ${loss} is a loss (${printed}), so the diluted shares printed, ${shares}, are the basic ones: potential shares would lower the loss per share. ${measure} is no loss, and dilution lowers it: its own diluted shares are more than those, ${marks.length > 0 ? `which the row's note (${marks.join(', ')}) may state` : 'which the table does not print'}. The division is not established here, and the figure is not judged.`;

/** A tie's place in a table whose note narrows what it covers (./note-text.ts scopeNote). */
/** Two places of a tie whose figures the release prints side by side in another table, a line naming the item among them. */
export const tieReconciledElsewhere = (first: string, second: string, table: string, line: number): string =>
  `The release prints both figures, ${first} and ${second}, in one column of the ${table} (line ${line}), on lines of their own naming the item: a reconciliation of two measures the label names, not one line printed twice, so the tie is not judged.`;

export const tieScopeNarrowed = (place: string, mark: string, note: string): string =>
  `${place} is printed in a table its note (${mark}) narrows: "${note}" Its line may be a part of what the same label names elsewhere, so the labels do not make the places one line item, and the tie is not judged.`;

/** A tie of a non-GAAP reconciliation's line to another table's, in a release whose non-GAAP results have another scope (./note-text.ts proFormaScope). */
export const tieProFormaScope = (place: string, sentence: string): string =>
  `${place} is printed in a reconciliation of non-GAAP measures, and the release says of them: "${sentence}" Its line may be of another scope than the same label in the statements, so the labels do not make the places one line item, and the tie is not judged.`;

/** A tie's two printings a unit apart, each forced by its own table's footing (./rounding-plugs.ts). */
export const roundingPlug = (a: string, aTotal: string, aPrinted: string, b: string, bTotal: string, bPrinted: string): string =>
  `But each printing is forced by its own table: '${aTotal}' ${aPrinted} adds up exactly as printed only with ${a}, and '${bTotal}' ${bPrinted} only with ${b}. The company rounded the figure two ways so that each table foots: a unit apart, within rounding.`;

/** A share one unit off its quotient, forced by its column's footing (./rounding-plugs.ts withSharePlugs). */
export const sharePlug = (printed: string, rounded: string, total: string, totalPrinted: string): string =>
  `But the column of shares adds up to '${total}' ${totalPrinted} exactly as printed only with ${printed}, not with ${rounded}: the company moved the rounding of its shares into this line so that the column foots, a unit off, within rounding.`;

/** A change of a line printed as the sum or difference of two lines, within a unit of each figure (./footed-lines.ts). */
export const dashesRounded = (n: number): string =>
  `But ${n === 1 ? 'a dash' : `${n} dashes`} among rounded percentages ${n === 1 ? 'stands' : 'stand'} for a change that rounds to nothing, up to half a unit, not an exact nought: so read, the figures agree within rounding.`;

export const printedAsItsParts = (shown: string): string =>
  `But the change is printed as the sum of its rounded parts, ${shown}: each part rounded on its own, it is known to their rounding, not to its own half unit, and the change computed from the amounts lies within what they allow: within rounding.`;

export const footedLine = (line: string, terms: string, lo: string, hi: string): string =>
  `But '${line}' is printed as ${terms}: a line footed from two rounded lines is known to their rounding, a unit of its last digit, not half a unit. The change, computed before rounding, is judged with each figure known to a unit, which allows ${lo} to ${hi}: within rounding.`;

export const trailingSumRestsOn = (ttm: string, line: string): string =>
  `'${ttm}' names the trailing twelve months of '${line}', printed in the same table for consecutive quarters: read as the sum of the four quarters ending with its column.`;

export const trailingSumCorroborated = (count: number): string =>
  `The line is the sum of its four quarters in ${count} other ${count === 1 ? 'column' : 'columns'}, so the reading is right and this column's figures are not.`;

export const trailingSumUnread = (holding: number, columns: number): string =>
  `Not verifiable: the line is the sum of its four quarters in ${holding} of its ${columns} columns, too few to establish that it is read so (a line restated, or an acquisition counted from its date).`;

export const currencyGrowthRowRestsOn = (label: string, line: string, effect: string, less: boolean, prior: string): string =>
  `Read from the layout: '${label}' is printed under '${line}' and '${effect}' just above it, so it is the growth of '${line}' with the effect ${less ? 'taken away' : 'added back'}, against its ${prior} figure printed in the same table; that sign of the effect is the one that holds in more of the release's such rows.`;

/** As currencyGrowthRowRestsOn, the year-before quarter given by the line's trailing twelve months (./trailing-sums.ts). */
export const currencyGrowthRowByTrailing = (label: string, line: string, effect: string, less: boolean, ttm: string, before: string): string =>
  `Read from the layout: '${label}' is printed under '${line}' and '${effect}' just above it, so it is the growth of '${line}' with the effect ${less ? 'taken away' : 'added back'}, against the same quarter a year before; that sign of the effect is the one that holds in more of the release's such rows. The table does not print that quarter, but '${ttm}' here and in ${before} differ by this quarter less it, so it is this quarter's figure less that difference.`;

export const currencyGrowthRowCorroborated = (count: number): string =>
  `The same reading holds in ${count} other growths excluding currency in this release, so the reading is right and this figure is not.`;

export const currencyGrowthRowUnread = (holding: number): string =>
  `Not verifiable: the growths excluding currency follow from the effect printed above them in ${holding} figures under either sign, too few to establish how the release computes them.`;

export const currencyGrowthFromALoss = (): string =>
  'Not verifiable: a change from a loss or from nothing is printed by more than one convention (against the loss as printed, or its size), so a figure that does not follow from the one computed is not judged.';

export const namedPartsRestsOn = (label: string, parts: string[]): string =>
  `Read from the labels: '${label}' names ${parts.map((p) => `'${p}'`).join(' and ')}, each printed as a line of the same table, so it is their sum.`;

/** Why a line of percentages was read as the rate of the change above it (./change-rates.ts). */
export const changeRateRestsOn = (rate: string, change: string, prior: string): string =>
  `Read from the labels: '${rate}' is the rate of '${change}', printed right above it, over '${prior}', the line its words name for the earlier year.`;

export const basisFootingRestsOn = (total: string, header: string, definition: string | null, atPriorRates: boolean): string =>
  `The column "${header}" is a change at constant currency (${definition === null ? 'its header says so' : `the release: "${definition}"`}); amounts at one rate add up as the printed ones do, so '${total}' changes as its lines do, weighted by their ${atPriorRates ? 'prior amounts (the current period at the prior period\'s rates)' : 'current amounts (the prior period at the current period\'s rates)'}.`;

export const basisFootingUncorroborated = (holding: number, failing: number): string =>
  `Not accused: which rates the column compares at is not stated, and the reading holds in ${holding} of the totals of the table's columns at constant currency against ${failing} failing, too few to bear it out.`;

export const captionChangeRestsOn = (change: string, amount: string, current: string, prior: string): string =>
  `Read from the layout: "${change}" names no pair it compares; it stands beside "${amount}", whose periods the captions over its lines name, and the same line is printed under the caption of the year before, so it is the change of the ${current} amount from the ${prior} one.`;

export const captionChangeCorroborated = (holding: number): string =>
  `The same reading holds in ${holding} other changes of the table, so the reading is right and this figure is not.`;

export const captionChangeUncorroborated = (holding: number): string =>
  `Not verifiable: the changes follow from the blocks of the year before in ${holding} of the table's figures, too few to establish that they are read so.`;

export const captionPartsRestsOn = (caption: string, whole: string, lines: number): string =>
  `Read from the caption: the ${lines} lines under '${caption}', closed by no total of their own, are the parts of '${whole}', which another table prints for the same period.`;

export const captionPartsCorroborated = (holding: number): string =>
  `The lines add up to the whole in ${holding} other columns, so the reading is right and this column's figures are not.`;

export const captionPartsUncorroborated = (holding: number, failing: number): string =>
  `Not accused: only the caption says the lines are the whole's parts (it may head a selection of them), and they add up to it in ${holding} columns against ${failing} failing, too few to bear it out.`;

export const currencyPartsRestsOn = (header: string, definition: string | null, printing: string[], none: string[], atPriorRates: boolean, across?: string): string =>
  `The column "${header}" is a change at constant currency (${definition === null ? 'its header says so' : `the release: "${definition}"`}), of a whole ${across ? `another table prints the parts of (${across})` : 'its columns print as the sum of its parts'} in both periods; the whole's effect of currency is then its parts': ${printing.join(', ')} at constant currency from ${printing.length === 1 ? 'its' : 'their'} own change${none.length ? `, ${none.join(', ')} printing no such change and so read as having no effect of currency (the layout says so, not the release)` : ''}, ${atPriorRates ? 'the current period at the prior period\'s rates' : 'the prior period at the current period\'s rates'}.`;

export const currencyPartsCorroborated = (holding: number): string =>
  `The whole's change follows from its parts' in ${holding} other lines of the column, and not under the other convention either, so the reading is right and this line's figures are not.`;

export const currencyPartsUncorroborated = (holding: number, failing: number): string =>
  `Not accused: a part printing no change at constant currency is only read as having no effect of currency, and the reading holds in ${holding} lines against ${failing} failing, too few to bear it out.`;

export const currencyPartsOtherConvention = (): string =>
  `Read at the other convention: the whole's change follows from its parts' when the prior period is taken at the current period's rates (or the current at the prior's), which the table does not rule out.`;

export const basisFootingOtherConvention = (): string =>
  `Not accused: the total's change holds when the prior period is taken at the current period's rates instead, a convention the table does not rule out.`;

/** A change bridged to another basis by impacts in points (./impact-bridges.ts), each taken out of it. */
export const impactsTakenOut = (from: string, to: string): string =>
  `Read from the labels: '${to}' is '${from}' with each impact printed between them taken out, in points (the impacts printed as what they added to it); the release does not say which way it prints them, so both ways are tried and the table read the way that holds in more of its bridges.`;

/** A change bridged to another basis by impacts in points, each added to it. */
export const impactsAdded = (from: string, to: string): string =>
  `Read from the labels: '${to}' is '${from}' adjusted by each impact printed between them, in points (the impacts printed as what adjusts it); the release does not say which way it prints them, so both ways are tried and the table read the way that holds in more of its bridges.`;

/** A bridge failing both ways where the table's bridges do not establish one. */
export const impactsNotEstablished = (holding: number, failing: number): string =>
  `Not accused: neither way gives the printed figure, and the way the table's other bridges hold, in ${holding} against ${failing} failing, is too weakly borne out to say the release's.`;

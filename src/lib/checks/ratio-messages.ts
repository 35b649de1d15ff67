/** The sentences ratio rows add to a verdict (./margins.ts, ./growth-rows.ts, ./per-share-rows.ts). */
import { parseDecimal } from '../decimal.ts';
import { shown } from './messages.ts';

/** A column where a row's ratio fails though it holds in others. */
export const corroboratedByColumns = (holding: number): string =>
  `The same relation holds on this row in ${holding === 1 ? 'another column' : `${holding} other columns`}, so this column is a mismatch.`;

/** A row's ratio that holds in no column (or in fewer than it fails). */
export const holdsInNoColumn = (): string =>
  'It does not hold in most columns of the row, so the release may define the figure otherwise: it is not judged.';

/** A ratio read from its labels alone, its line carrying a note mark (./margins.ts). */
export const definedInItsNote = (mark: string): string =>
  `The line carries note (${mark}), where the release may define the figure otherwise than this reading of its labels: it is not judged.`;

/** A share of a line printed under it: "As a % of net sales" under "Gross profit". */
export const percentOfLineAbove = (label: string, line: string, of: string, where: string): string =>
  `Read from the labels: '${label}' is printed under '${line}', as a percentage of ${of} (${where}).`;

/** A margin or share its label names: "Adjusted EBITDA Margin", "R&D Expense %". */
export const percentNamed = (label: string, line: string, of: string, where: string): string =>
  `Read from the labels: '${label}' is ${line} as a percentage of ${of} (${where}).`;

/** A percentage printed as a line's name and "%" alone, read as a margin: "Operative EBITDA, %" beside "Operative EBITDA" and "Revenue". */
export const percentOfLineNamed = (label: string, line: string, of: string): string =>
  `Read from the labels: '${label}' names the line '${line}' and a percentage, read as a margin, ${line} as a percentage of ${of} (in the same table and column); the label does not say so, so it is judged only where the other columns bear it out.`;

/** A ratio a caption names, its block's last line, over the ratios printed in the block: "Combined ratio:" … "Combined ratio". */
export const ratiosOfCaption = (caption: string, total: string, parts: string[]): string =>
  `Read from the labels: the caption '${caption}' and its last line '${total}' name one ratio, the sum of the ratios printed between them (${parts.map((p) => `'${p}'`).join(', ')}), as ratios of one base add in points.`;

/** A "Total … ratio" line under the ratios its words end each line with. */
export const ratiosOfTotal = (total: string, parts: string[]): string =>
  `Read from the labels: '${total}' is the sum of the ratios printed right above it whose names end as it does (${parts.map((p) => `'${p}'`).join(', ')}), as ratios of one base add in points.`;

/** A return its label names, over the two lines printed above it. */
export const returnOn = (label: string, income: string, base: string): string =>
  `Read from the labels: '${label}' is '${income}' as a percentage of '${base}', the two lines printed above it.`;

export const returnOnAverage = (label: string, income: string, base: string, section: string): string =>
  `Read from the labels: '${label}' is '${income}' as a percentage of '${base}' under '${section}', the table's one net income and its one average of that balance.`;

/** A return on an average balance for a period, its lines printed elsewhere for that period, annualized (./annualized-returns.ts). */
export const returnOnAverageAnnualized = (label: string, income: string, balance: string, dayCount: string, underItsEnd = false): string =>
  `Read from the label: '${label}' is the period's '${income}' as a percentage of '${balance}' printed as its average for the same period${underItsEnd ? " (under the period's last day, the one period of the row ending then)" : ''}, annualized (${dayCount}); the label names neither line, and companies annualize and choose the income and balance their own way, so each reading is tried and the figure holds where one gives it.`;

/** A line of the period over an average balance, both named by the label, annualized (./annualized-returns.ts). */
export const lineOverAverage = (label: string, line: string, balance: string, dayCount: string, underItsEnd = false): string =>
  `Read from the label: '${label}' is the period's '${line}' as a percentage of '${balance}' printed as its average for the same period${underItsEnd ? " (under the period's last day, the one period of the row ending then)" : ''}, annualized (${dayCount}); companies annualize their own way, so each day count is tried and the figure holds where one gives it.`;

/** A ratio of two lines its label names: "Nonperforming loans to total loans". */
export const ratioOfLines = (label: string, a: string, b: string, of = 'as a percentage of'): string =>
  `Read from the labels: '${label}' is '${a}' ${of} '${b}', both printed in the same table.`;

/** A ratio of a line over the sum of two others, all three named by its label: "… to net interest income plus non-interest income". */
export const ratioOverSum = (label: string, a: string, b: string, c: string, of = 'as a percentage of'): string =>
  `Read from the labels: '${label}' is '${a}' ${of} the sum of '${b}' and '${c}', all printed in the same table.`;

/** A ratio of two lines its label names, one printed in another table at least. */
export const ratioOfLinesAcross = (label: string, a: string, aWhere: string, b: string, bWhere: string, of = 'as a percentage of'): string =>
  `Read from the labels: '${label}' is '${a}', ${aWhere}, ${of} '${b}', ${bWhere}.`;

/** A term of a ratio its table prints as a deduction, read as its amount (./margins.ts). */
export const readAsDeduction = (line: string, raw: string): string =>
  `'${line}' is printed as a deduction, ${raw.replace(/<\/?u>/g, '')}, in every column of its table: the ratio reads its amount.`;

/** A ratio of lines read in other tables by the label's words alone, where its columns do not bear it out. */
export const ratioAcrossNotCorroborated = (): string =>
  'Its lines are read in other tables by the label\'s words alone, and the row\'s other columns do not bear the reading out (it holds in fewer than two, or fails in another too): the release may define the ratio otherwise, and the figure is not judged.';

/** A ratio printed under the lines its table labels "Numerator:" and "Denominator:". */
export const ratioOfItsTerms = (label: string, numerator: string, denominator: string, of = 'as a percentage of'): string =>
  `Read from the labels: '${label}' is printed under '${numerator}' and '${denominator}', its terms as the table labels them: the one ${of} the other.`;

/** A ratio printed under lines its table marks "(numerator)" and "(denominator)", the last lines of its block so marked. */
export const ratioOfMarkedTerms = (label: string, numerator: string, denominator: string, of = 'as a percentage of'): string =>
  `Read from the labels: '${label}' closes the block of lines its table marks as its terms, '${numerator}' and '${denominator}': the one ${of} the other.`;

/** A ratio closing a block of amounts, read as the quotient of two of them that its columns bear out. */
export const ratioOfItsBlock = (label: string, numerator: string, denominator: string, of = 'as a percentage of'): string =>
  `Read from the figures: '${label}' closes a block of amounts, and '${numerator}' ${of} '${denominator}', printed in the block, gives it in the row's other columns; the labels do not say so, so a column is judged only where every other one, two at least, bears the reading out.`;

/** The same, with the lines printed under "Adjustments to numerator:" added to the numerator. */
export const ratioOfItsTermsAdjusted = (label: string, numerator: string, adjustments: string[], denominator: string): string =>
  `Read from the labels: '${label}' is '${numerator}' plus the lines printed under its adjustments to the numerator (${adjustments.map((a) => `'${a}'`).join(', ')}), as a percentage of '${denominator}'.`;

/** A ratio whose label names its lines by the letters the table marks them with: "Efficiency ratio (d)/(c)". */
export const ratioOfLetters = (label: string, a: string, markA: string, b: string, markB: string): string =>
  `Read from the labels: '${label}' is '${a}', marked (${markA}), as a percentage of '${b}', marked (${markB}), both printed in the same table.`;

/** A bank's efficiency ratio, which its label names without its lines. */
export const efficiencyOf = (label: string, expense: string, revenue: string): string =>
  `Read from the label: '${label}' names a bank's efficiency ratio, '${expense}' as a percentage of '${revenue}'; banks define it their own way, so it is judged only where the row's columns bear it out.`;

/** An operating ratio, which its label names without its lines. */
export const operatingRatioOf = (label: string, expenses: string, revenue: string): string =>
  `Read from the label: '${label}' names an operating ratio, '${expenses}' as a percentage of '${revenue}', as carriers define it; judged only where the row's columns bear it out.`;

/** A risk-based capital ratio: the capital it names as a percentage of risk-weighted assets. */
export const capitalRatioOf = (label: string, capital: string, assets: string): string =>
  `Read from the label: '${label}' is '${capital}' as a percentage of '${assets}' (in the same table and column), as regulators define risk-based capital ratios; judged only where the row's columns bear it out.`;

/** An effective tax rate: income taxes as a percentage of the income before them. */
export const taxRateOf = (label: string, taxes: string, pretax: string): string =>
  `Read from the label: '${label}' is '${taxes}' as a percentage of '${pretax}' (in the same table and column); companies compute it on their own basis, so it is judged only where the row's columns bear it out.`;

/** A payout ratio: dividends per share as a percentage of earnings per share. */
export const payoutOf = (label: string, dividends: string, earnings: string): string =>
  `Read from the label: '${label}' is '${dividends}' as a percentage of '${earnings}' (in the same table and column); companies pay out of the measure they choose, so it is judged only where the row's columns bear it out.`;

/** Where a denominator is printed. */
export const sameTable = (): string => 'in the same table and column';
export const otherTable = (label: string): string =>
  `printed as '${label}' in another table for the same period, so the relation is published only where the row's columns bear it out`;

/** A growth row under the line it names. */
export const growthOfLine = (label: string, line: string, prior: string): string =>
  `Read from the labels: '${label}' is the year-over-year growth of '${line}', against its ${prior} figure printed in the same table.`;

/** A total's growth from its lines' growths and amounts (./growth-parts.ts). */
export const growthFromParts = (line: string, parts: number): string =>
  `Read from the table: '${line}' adds up its ${parts} lines, and each line's growth is printed, so its figure a year before is each line's amount divided by 1 plus its growth, added up; the total grows as its lines do, whatever their figures a year before.`;

/** A row under a heading naming growth: the growth of the line of its label printed above it. */
export const growthUnderHeading = (heading: string, label: string, line: string, prior: string): string =>
  `Read from the heading and the labels: '${label}' under '${heading}' is the year-over-year growth of '${line}' printed above it, against its ${prior} figure printed in the same table.`;

/** A per-share figure divided from the lines its table prints. */
export const perShareOfLines = (label: string, numerator: string, shares: string): string =>
  `Read from the labels: '${label}' is '${numerator}' divided by '${shares}', both printed in the same table and column.`;

/** Two figures per share of a table that prints no shares, naming no basis: one count of shares. */
export const perShareOfSameShares = (label: string, line: string, other: string, otherLine: string): string =>
  `Read from the labels: '${label}' divides '${line}' and '${other}' divides '${otherLine}', both naming no basis, and the table prints no count of shares, so both divide the same shares: '${line}' × '${other}' ÷ '${otherLine}'.`;

/** Two figures per share whose lines give different counts of shares in more than one column. */
export const impliedSharesDiffer = (): string =>
  'The two give the same count of shares in too few of the row\'s columns, so the figures may divide different shares (a basis or a date the labels do not name): it is not judged.';

/** A bare "Per share" under its line, in a table whose every count of shares is the same figure in each column. */
export const perShareOfAgreeingShares = (label: string, numerator: string, shares: string[]): string =>
  `Read from the labels: '${label}' is '${numerator}', the line it is printed under, divided by the shares; the label names no basis, and every count of shares the table prints (${shares.map((s) => `'${s}'`).join(', ')}) is the same figure in each column, so none is chosen over another.`;

/** A share column: "% of Net Revenues" beside the period's amounts. */
export const shareOfColumn = (header: string, whole: string): string =>
  `Read from the header: a column '${header}' prints each line as a percentage of '${whole}' in the same period's amounts.`;

/** A share column whose whole its table does not print: the line its header names, printed alike elsewhere for the period. */
export const shareOfLineElsewhere = (header: string, whole: string): string =>
  `Read from the header: a column '${header}' prints each line as a percentage of '${whole}', which this table does not print: the figure of the same period printed in another table (every printing of it agreeing); judged only where the column's lines bear it out.`;

export const shareOfAnotherTablesWhole = (header: string, whole: string, table: string): string =>
  `Read from the release: the column of percentages beside this period's amounts${header ? ` (under '${header}')` : ''} prints no 100 and no line of its whole; the release's column of shares of this period in '${table}' is each line's share of '${whole}' (its one line printing 100), so each line here is read as its share of '${whole}' as printed there; judged only where the column's lines bear it out.`;

/** A share that fails against the whole its column is read against, and is its amount's share of another line printed for the period. */
export const shareOfAnotherLineNote = (other: string): string =>
  `Its amount is, to the share's rounding, that share of '${other}', which the release prints for the period: the line may be a share of that instead, so nothing is claimed.`;

export const shareOfWholeColumn = (header: string, whole: string): string =>
  `Read from the column: '${header}' prints 100% on '${whole}' alone, so each line is a percentage of '${whole}' in the same period's amounts.`;

/** The whole of a share column, read from its lines' shares where it fails on all of them and its twins hold. */
export const wholeOfShares = (header: string, whole: string, agreeing: number, lines: number): string =>
  `Read from the column: '${header}' prints 100% on '${whole}', and holds so in the header's other periods; in this one every line's share fails, and ${agreeing} of its ${lines} lines agree on one whole (each line's amount over its share, × 100, a share read to a unit of its last digit), which '${whole}' as printed is not: the whole, not each line, is judged.`;

/** A column's line where its share fails though it holds on the others. */
export const corroboratedByLines = (holding: number): string =>
  `The same column holds on ${holding === 1 ? 'another line' : `${holding} other lines`}, so this line is a mismatch.`;

/** A ratio the release defines in its own words. */
export const definedByTheRelease = (label: string, sentence: string, where: string): string =>
  `Defined by the release: '${label}' as it says, "${sentence}" (${where}).`;

export const shareIsTheRest = (rest: string): string =>
  `Read as the rest of the whole: the column's printed shares add up to exactly 100%, this last line's printed as 100% less the others' (${rest}), so it carries their rounding.`;

/** A row of shares under a row of amounts (./share-rows.ts). */
export const shareOfWholeRow = (label: string, whole: string, amounts: string): string =>
  `Read from the label: '${label}' prints 100% under '${whole}' alone, so each of its figures is the amount of '${amounts}' above it as a percentage of that column's.`;

export const shareRowRoundedToFoot = (): string =>
  'Read as a share rounded so that the row adds up: the row\'s shares add up, as printed, to exactly 100%, so each may be off by up to one unit of its last digit.';

export const sharesRoundedToFoot = (whole = true): string =>
  `Read as a share rounded so that the column adds up: ${whole ? 'the column prints its whole as 100% and ' : ''}its lines add up, as printed, to a subtotal's share, so each line may be off by up to one unit of its last digit.`;

/** A yield or cost printed beside an average balance and its interest (./yields.ts). */
export const yieldOfBalance = (dayCount: string): string =>
  `Read from the headers: a yield or cost printed beside an average balance and its interest for the same period is the interest as a percentage of the balance, annualized (${dayCount}); companies annualize their own way, so each day count is tried and the figure holds where one gives it.`;

/** A yield no day count gives, with what each gave, cut two digits past the printed figure's ("1.4513…"). */
export const noDayCountGives = (readings: { name: string; computed: string | null }[], decimals: number): string =>
  `No day count gives the printed figure (${readings.map((r) => `${r.name}: ${r.computed === null ? '?' : shown(parseDecimal(r.computed), decimals + 2)}`).join('; ')}).`;

/** A yield that fails in a column while its row holds in too few others to say the day count is the release's. */
export const annualizedOtherwise = (): string =>
  'The release does not say how it annualizes, and the row does not hold in every other column (two at least), so the figure may rest on another reading: it is not judged.';

/** A return judged under the reading another printing of it establishes (./annualized-returns.ts). */
export const establishedElsewhere = (label: string, table: string, columns: number): string =>
  `'${label}' is printed again in '${table}', under the same label and notes and agreeing in one period at least, where this reading holds in every column (${columns}): the release establishes it, and no reading gives this figure.`;

/** A yield a unit of its last digit from every reading. */
export const offByADigit = (): string =>
  'It misses by no more than a unit of its last digit, which figures the table rounds or a day count between these may explain: it is not judged.';

/** A total's rate as the average of its lines' rates weighted by their amounts (./weighted-rates.ts). */
export const weightedAverageOf = (total: string, rate: string, amount: string): string =>
  `Read from the headers: '${rate}' of '${total}' is the average of the rates of the lines its '${amount}' adds, each weighted by its amount.`;

/** A line of an average balance table that is its assets' total less its liabilities' (./average-balance-lines.ts). */
export const netOfTotals = (line: string, assets: string, liabilities: string, column: string): string =>
  `Read from the labels: '${line}' is '${assets}' less '${liabilities}', in the ${column} column of the same period.`;

/** The ratio of an average balance table's two totals. */
export const ratioOfTotals = (line: string, assets: string, liabilities: string): string =>
  `Read from the labels: '${line}' is the average balance of '${assets}' over that of '${liabilities}', in the same period.`;

/** A change printed as a row under the two rows it compares (./change-rows.ts). */
export const changeAgainstPrior = (label: string, current: string, prior: string): string =>
  `'${label}' is printed under '${current}' and '${prior}', the line it is compared against, in each column: it is read as the change of the first from the second.`;

export const changeOfRows = (label: string, current: string, prior: string, when: string): string =>
  `'${label}' is printed under '${current}' and '${prior}', the same line at two periods (${when}), in each column: it is read as the change between them.`;

/** A qualified change bridged from the reported one by the impacts printed between them (./change-rows.ts). */
export const bridgedChange = (label: string, reported: string, impacts: readonly string[], added: boolean, when: string): string =>
  `'${label}' is read as '${reported}' ${added ? 'with' : 'less'} ${impacts.map((i) => `'${i}'`).join(' and ')} (${when}), in points: the impacts are printed between them, and ${added ? 'added' : 'taken away'} is the reading that holds in more columns.`;

/** A qualified change bridged from the reported one by impact columns beside it (./change-columns.ts). */
export const bridgedAcross = (qualified: string, reported: string, impacts: readonly string[], added: boolean): string =>
  `'${qualified}' is read as '${reported}' ${added ? 'with' : 'less'} ${impacts.map((i) => `'${i}'`).join(' and ')}, in points, on each line: the headers name a change on a basis, the change as reported, and the impacts beside them; ${added ? 'added' : 'taken away'} is the reading that holds in more lines.`;

/** The bridge's sign holds as often either way (./change-columns.ts). */
export const bridgeSignUnsure = (): string =>
  'The impacts hold as often added as taken away, so which way the release prints them is not established: unverifiable.';

/** The bridge holds in too few lines to stand for the columns' meaning (./change-columns.ts). */
export const bridgeNotEstablished = (held: number, failed: number): string =>
  `The bridge holds in ${held} line${held === 1 ? '' : 's'} and fails in ${failed}: the columns may be related otherwise, so this line is unverifiable.`;

/** A row under a heading naming a line's growth, named by the section that prints the line (./section-lines.ts). */
export const growthOfSectionLine = (heading: string, label: string, line: string, prior: string): string =>
  `Read from the heading and the labels: '${label}' under '${heading}' is the year-over-year growth of '${line}' printed under the section '${label}', against its ${prior} figure printed in the same table.`;

/** A row under a heading naming a line's mix, named by the section that prints the line (./section-lines.ts). */
export const mixOfSectionLine = (heading: string, label: string, line: string): string =>
  `Read from the heading and the labels: '${label}' under '${heading}' is the share of '${line}' printed under the section '${label}' in the one '${line}' printed under no section the heading's rows name, same column.`;

/** Rows under a heading that the figures do not bear out in enough of them (./section-lines.ts). */
export const sectionLinesNotCorroborated = (holding: number): string =>
  `Not verifiable: the rows under the heading follow from their sections' lines in ${holding} figures, too few to establish the reading.`;

/** A share a unit off where the heading's shares are printed to add up to 100 (./section-lines.ts). */
export const shareMovedToCloseTheWhole = (): string =>
  'The shares under the heading are printed to add up to 100 in this column, which the shares rounded each on its own do not: the release moved this one by a unit of its last digit to close the whole, so it is within rounding.';

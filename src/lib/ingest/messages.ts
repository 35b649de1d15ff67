/**
 * Messages for bad input, kept together so that tests pin their exact text.
 * Each says what was expected and what was found.
 */
export const messages = {
  emptyFile: () => 'expected a press release with at least one table; the file is empty',
  noTables: () =>
    'expected at least one table (lines of tab-separated cells under a header row naming the periods); found none',
  noHeader: () =>
    "expected a header row naming the periods (a line starting with a tab, such as '\\tJune 30, 2010\\tDecember 31, 2009') before this table's first row",
  badPeriod: (text: string) =>
    `expected a period such as 'June 30, 2010', 'Three Months Ended June 30, 2010', '2Q 2010' or 'YoY Growth'; found '${text}'`,
  tooManyValues: (max: number, periods: string[], found: number) =>
    `expected at most ${max} value${max === 1 ? '' : 's'} (one per period: ${periods.join(', ')}); found ${found}`,
  badDate: (header: string, why: string) => `expected a real date in the column header '${header}'; ${why}`,
  duplicateColumn: (header: string, key: string, kept: string, line: number, column: number) =>
    `expected each column to name a different period; '${header}' names ${key} again (as the column at ${line}:${column} does), so its figures are kept under ${kept}`,
  sectionSpan: (section: string, column: string, text: string) =>
    `expected the span the section '${section}' names to end where its column's period (${column}) ends; it does not, so '${text}' has no period`,
  noColumn: (text: string) =>
    `expected a header above this figure naming its period or column; the header is empty there, so '${text}' has no column`,
  shortRow: (width: number, periods: string[], found: number) =>
    `expected ${width} cells after the label (one per column: ${periods.join(', ')}; an empty cell where nothing is printed); found ${found}, so a tab may be missing and the figures cannot be placed`,
  spacedRow: (figures: number) =>
    `expected cells separated by tabs; this line has no tab but ends in ${figures} figure${figures === 1 ? '' : 's'}, like a table row whose tabs became spaces, so its figures are not read`,
  innerHeader: (header: string, line: number, text: string) =>
    `expected a figure under the table's header; this row is under the header of years printed inside the table at line ${line} ('${header}'), whose columns are not the table's periods, so '${text}' is not read`,
  badNumber: (text: string) =>
    `expected a number such as 1,234, (1,234), \\$ 1,234, 12.5%, 590 BPS, - or n/m; found '${text}'`,
  labelNumber: (text: string) =>
    `expected a number in a label to be followed by 'par value' or 'shares …', or to follow '… of'; cannot tell what '${text}' measures`,
  unclosedParenthesis: (text: string) =>
    `expected a closing parenthesis after '${text}'; read as the negative figure it opens, as the others of its table print theirs, so no check rests on it to accuse`,
  separatorMisprint: (text: string, separated: string) =>
    `expected a whole figure like the others of its row and column (whole thousands, with commas between them); found '${text}', three decimals, likely ${separated} with a full stop printed for its separator, so no check rests on it`,
  labelPairs: (found: number, columns: number) =>
    `expected ${columns} numbers in this label (one per column, "X and Y … respectively"); found ${found}`,
} as const;

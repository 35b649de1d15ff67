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
  noPrior: (basis: string, prior: string) =>
    `expected a column for ${prior} to compute the ${basis === 'yoy' ? 'year-over-year' : 'quarter-over-quarter'} change against; the table has none`,
  noCurrent: () => 'expected a column for a quarter before this change column; the table has none',
  tooManyValues: (max: number, periods: string[], found: number) =>
    `expected at most ${max} value${max === 1 ? '' : 's'} (one per period: ${periods.join(', ')}); found ${found}`,
  badNumber: (text: string) =>
    `expected a number such as 1,234, (1,234), \\$ 1,234, 12.5%, 590 BPS, - or n/m; found '${text}'`,
  labelNumber: (text: string) =>
    `expected a number in a label to be followed by 'par value' or 'shares …', or to follow '… of'; cannot tell what '${text}' measures`,
  labelPairs: (found: number, columns: number) =>
    `expected ${columns} numbers in this label (one per column, "X and Y … respectively"); found ${found}`,
} as const;

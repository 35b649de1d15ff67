/** Is this how (hidden.ts hiddenHow) a strike through, which leaves the text seen but deleted? */
const struck = (how: string) => how.startsWith('struck through');
/** How something left out is kept from the reader: hidden from sight, or seen struck through as deleted. */
const unseen = (how: string) => (struck(how) ? `${how}, as deleted` : `hidden from the reader (${how})`);

/**
 * Messages of `tieout import`, kept together so that tests pin their exact text. Each says
 * what was expected and what was found; metadata that cannot be inferred names the option
 * that supplies it.
 */
export const messages = {
  emptyFile: () => 'expected a press release; the file is empty',
  notText: (what: string, ext: string) =>
    `expected a release as published, in text (HTML, plain text or Markdown); this ${ext || ''} file is ${what}, so nothing was read or written: import the release's own ${ext === '.txt' || ext === '.md' ? 'text' : 'HTML'} (save the page, or the filing's .htm or .txt exhibit)`,
  unsupportedType: (ext: string) => `expected an .html, .htm, .txt or .md file; found '${ext || 'no extension'}'`,
  noTables: () =>
    'expected at least one table of figures (an HTML <table> with a header row and rows of numbers); found none, so the ingest would find no facts',
  noTextTables: () =>
    'expected at least one table: rows of figures aligned in columns under a header, or tab-separated lines under a header line (see ARCHITECTURE.md, "The release text"); found none, so the ingest would find no facts',
  unalignedFigure: (figure: string, other: string) =>
    `expected the figures of this table in columns aligned from row to row; '${figure}' falls in the same column as '${other}' on this line, so both are written in one cell`,
  columnsRunTogether: (gapped: number, lines: number) =>
    `expected a table's columns set apart by two spaces or more, as a page's layout sets them; ${gapped} of this text's ${lines} lines printing figures side by side part any two texts so (it was drawn without its layout: its columns and headings run together one space apart), so which figure stands in which column cannot be told: this table is not read`,
  tableWithoutHeader: (first: string) =>
    `expected a header row naming the columns (periods, changes) above this table's figures; found none (the table starts with '${first}')`,
  columnWithoutHeader: (column: number, first: string) =>
    `expected a header over value column ${column} of this table; found none above its figures (first: '${first}')`,
  lineBrokenAtBreak: (figures: string) =>
    `expected each line of a table printed once; the line before the page break prints this line's figures again, one broken by a space ('${figures}'): a line printed twice at the break, so the broken one is left out`,
  rowTooWide: (values: number, most: number) =>
    `expected a table row of at most ${most} values; this line prints ${values.toLocaleString('en-US')} beside its first, so it is read as text, not as a row of a table`,
  astrayFigure: (figure: string, column: number) =>
    `expected each figure of this table under one column; '${figure}' sits between two columns (its cells shifted in conversion), so it is written under column ${column}, the one right of it`,
  hiddenFigures: (element: string, figures: number, how = 'display: none') =>
    `expected every table of figures on the page to be read; ${element} is ${unseen(how)}, so its ${figures} figure${figures === 1 ? '' : 's'} in tables are left out`,
  hiddenRows: (rows: number, figures: number, how: string) =>
    `expected every row of the table to be seen; ${rows === 1 ? 'this row is' : `${rows} rows, from this one, are`} ${unseen(how)}, so ${rows === 1 ? 'it is' : 'they are'} left out with ${figures === 1 ? 'its 1 figure' : `${figures} figures`}`,
  hiddenText: (element: string, how: string, text: string) =>
    `expected the release's text to be what a reader sees; ${element} here is ${unseen(how)}, so its text '${text.length > 80 ? `${text.slice(0, 77)}...` : text}' is left out: check it against the page as shown`,
  markupShown: (element: string, text: string) =>
    `expected the release's text to be laid out as a page; ${element} here shows its markup as characters, so what it shows ('${text.length > 80 ? `${text.slice(0, 77)}...` : text}') is no release text and is left out: check the source's markup there`,
  hiddenInCell: (hidden: string, how: string, shown: string) =>
    `expected a cell to hold only what a reader sees; '${hidden}' here is ${struck(how) ? `${how}, as deleted,` : `hidden (${how})`} and left out, so the cell reads '${shown}': check the figure against the page as shown`,
  unreadInCell: (unread: string, how: string, shown: string) =>
    `expected a cell to hold only text the import reads; '${unread}' here is in ${how}, which a reader sees but the import does not read, so the cell reads '${shown}': check the figure against the page as shown`,
  unreadInText: (element: string, unread: string, how: string) =>
    `expected the release's text to be text the import reads; '${unread.length > 80 ? `${unread.slice(0, 77)}...` : unread}' here is in ${how} (${element}), which a reader sees but the import does not read, so it is left out of the text: check it against the page as shown`,
  packedHeadings: (headings: number, columns: number) =>
    `expected each heading of this header row over the columns it spans; found ${headings} headings side by side over ${columns} columns, with no span saying which columns each covers (a span lost in conversion), so the columns' periods are not certain: in release.txt, follow each heading with an empty cell for every further column it covers`,
  headingsOutOfStep: (headings: number, figures: number) =>
    `expected one figure under each heading of this header row; found ${headings} headings, some spanning two columns, over rows of ${figures} figures at most, with no span saying which heading each figure stands under (spans lost in conversion), so no figure of this table can be set under its heading with certainty and they are left unread (release.txt prints the headings after them, over no figure): in release.txt, set each heading over its figures`,
  packedHeadingsUnheaded: (headings: number, columns: number, unheaded: number) =>
    `expected each heading of this header row over the columns it spans; found ${headings} headings side by side over ${columns} columns, the last ${unheaded} headed by no line, with no span saying which columns each covers (a span lost in conversion), so no heading of this header can be set over its figures with certainty and they are left unread: in release.txt, set each heading over its columns, followed by an empty cell for every further column it covers`,
  joinedHeadingsUnplaced: (headings: number[], columns: number, rows: number, figures: number) =>
    `expected each heading of this table over the columns it heads; its heading row${headings.length === 1 ? ' prints' : 's print'} ${headings.length > 3 ? `${Math.min(...headings)} to ${Math.max(...headings)}` : headings.join(' and ')} cells over ${columns} columns of figures, the empty cells and spans lost in conversion, and neither the figures nor another heading row say which columns each heading covers, so its ${rows} rows of figures (${figures} figures) are left as lines of text, unread: in release.txt, write them as a table, its cells parted by tabs under a header line with a heading over each column`,
  joinedFirstRowUnplaced: (columns: number, rows: number, figures: number) =>
    `expected the first row of figures of this table to fill its ${columns} columns, or to say by its marks which it fills; it prints fewer, the empty cells lost in conversion, and no row above it sets its figures under the headings, so the table's columns are not established and its ${rows} rows of figures (${figures} figures) are left as lines of text, unread: in release.txt, write them as a table, its cells parted by tabs under a header line with a heading over each column`,
  unclosedTable: () =>
    'expected </table> closing this table; the file ends inside it (cut short?), so its last rows may be missing or incomplete: check the file is whole',
  tooDeep: (tables: number) =>
    `expected tables nested at most 320 elements deep; ${tables === 1 ? 'this one is' : `${tables} tables, from this one, are`} nested deeper (hostile or broken markup), so ${tables === 1 ? 'its' : 'their'} rows and cells are read as text, not as a table`,
  ruleUnread: (selector: string, how: string) =>
    `expected the page's stylesheet rules to be ones the import applies; the rule for '${selector}' hides what it selects (${how}) by a selector it cannot match, so what that hides may be read: check the release text against the page as shown`,
  ruleAddsText: (selector: string, content: string) =>
    `expected the page's text to be in its elements; the rule for '${selector}' adds ${content} beside what it selects, which the import does not read: check the figures there against the page as shown`,
  sheetsUnread: (hrefs: string[], web: number, outside: number) => {
    const named = hrefs.length === 1 ? `'${hrefs[0]}'` : `'${hrefs[0]}' and ${hrefs.length - 1} more`;
    const why = [web > 0 ? `${web === hrefs.length ? '' : `${web} `}elsewhere on the web, which the import never fetches` : '', outside > 0 ? `${outside === hrefs.length ? '' : `${outside} `}not a file in the release's folder, outside which it reads nothing` : ''].filter(Boolean).join('; ');
    return `${hrefs.length === 1 ? 'a stylesheet' : `${hrefs.length} stylesheets`} the page links to ${hrefs.length === 1 ? 'is' : 'are'} not read (${named}: ${why}), so text ${hrefs.length === 1 ? 'it hides' : 'they hide'} (a hidden digit in a figure, a hidden row) could not be checked and is read as shown: check the figures against the page as published`;
  },
  triangleUnsettled: (mark: string, why: string) =>
    `expected the sign a triangle before a figure prints to be one the release establishes; '${mark}' prints a minus in Japanese releases and a rise in Korean ones, and ${why}, so the figures printed after it are left as printed, not read: a legend such as '${mark} = negative' on the page settles it`,
  lostMarkup: (code: string) => {
    const what: Record<string, string> = {
      'eof-in-comment': 'a comment opened here is never closed, so everything after it is hidden',
      'eof-in-tag': 'the file ends inside a tag',
      'eof-in-cdata': 'a CDATA section opened here is never closed',
      'eof-in-script-html-comment-like-text': 'a script opened here is never closed',
      'eof-in-element-that-can-contain-only-text': 'an element opened here (title, textarea, style or script) is never closed, so everything after it is read as its text',
    };
    return `expected well-formed HTML; ${what[code] ?? code}`;
  },
  missingKey: (key: string, why: string, option: string, example: string) =>
    `cannot infer ${key}: ${why}; pass ${option} ${example}`,
  badOption: (option: string, expected: string, found: string) => `expected ${option} ${expected}; found '${found}'`,
  reservedId: (id: string, from: string, problem: string) => `expected a release id the site can publish; '${id}' (${from}) ${problem}: pass --id to name the release otherwise`,
  cannotWrite: (dir: string, reason: string) => {
    const why: Record<string, string> = { ENOTDIR: 'a part of that path is a file, not a folder', EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the file system is read-only', ENOSPC: 'the disk is full', ENAMETOOLONG: 'a name in that path is longer than the file system allows', ELOOP: 'a symbolic link in that path loops' };
    return `expected to write the release folder ${dir}; ${why[reason] ?? reason} (pass --data <dir> to write elsewhere)`;
  },
  concurrent: (dir: string) => `${dir} was imported by another tieout import at the same time, which wrote it whole; this one wrote nothing (run it again to replace that one)`,
  yamlKept: (problem: string) => `expected release.yaml to read, to keep your values on re-import; ${problem}: fix it, or delete it to draft it again`,
  unknownEncoding: (label: string) => `expected an encoding the document can be read in; it declares '${label}', which names none (WHATWG Encoding Standard): read as UTF-8 where its bytes are, else as Windows-1252`,
  strayBytes: (byte: number, read: string, count: number) =>
    `expected UTF-8 throughout; byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here is not (a character saved in another encoding), read as Windows-1252 '${read}'${count > 1 ? `, as are ${count - 1} more such byte${count === 2 ? '' : 's'}` : ''}: check the text around ${count > 1 ? 'each' : 'it'}`,
  undecodable: (encoding: string, count: number) =>
    `expected text in ${encoding}, as the file is read; ${count === 1 ? 'a byte here is' : `${count} bytes from here are`} not, shown as '\ufffd': the file is damaged or in another encoding`,
  c1Control: (code: number, count: number) =>
    `expected text; U+${code.toString(16).toUpperCase().padStart(4, '0')} here is a control character, which Windows-1252 (as which the file's other such characters are read) names no character for, shown as '\ufffd'${count > 1 ? `, as are ${count - 1} more` : ''}: the file is damaged or in another encoding`,
  c0Control: (code: number, count: number) =>
    `expected text; U+${code.toString(16).toUpperCase().padStart(4, '0')} here is a control character, which prints nothing, so it is left out${count > 1 ? `, as are ${count - 1} more` : ''}: the file is damaged; check the text around it against the release as published`,
  exists: (dir: string) => `${dir} already exists; pass --force to replace its source and release.txt (release.yaml keeps your values; claims.yaml and other files are kept)`,
} as const;

/**
 * Formatting at the edge: turns exact decimal strings into what a reader sees.
 * Formatters never compute beyond the display rounding (half up, ties away
 * from zero); pages, components and explanations import only from here.
 */
export { formatAccounting, parseAccounting, type AccountingOptions } from './accounting.ts';
export { formatNumber, type NumberOptions } from './number.ts';
export { formatPercent } from './percent.ts';
export { formatBasisPoints } from './basisPoints.ts';
export { formatPerShare, type PerShareOptions } from './perShare.ts';
export { formatMillions, type MillionsOptions } from './millions.ts';
export { DEFAULT_NIL, NOT_MEANINGFUL } from './digits.ts';
export { formatLike, printedText, placesOf, shownBeside, type LikeOptions } from './like.ts';
export { formatTableNumber, isDecimalText, MAX_PLACES, type TableNumberOptions } from './table-number.ts';
export { readingWords } from './reading.ts';
export { formatFigure, SCALE_NAMES, SIGN_STYLES, type FigureFormat, type ScaleName, type SignStyle } from './figure-format.ts';
export { formatReleaseDate } from './date.ts';

/**
 * The release as published, for its original-document page: the file `tieout import` kept
 * verbatim, made safe to show (html.ts, text.ts), with a slot on every figure its tables print,
 * and which fact was read from each (align.ts).
 */
export { originalHtml } from './html.ts';
export { originalText } from './text.ts';
export { alignFigures } from './align.ts';
export { isFigureCell, digitsOf, markOf } from './figures.ts';
export { safeDeclarations } from './styles.ts';
export type { OriginalParts } from './parts.ts';

import { relative, resolve } from 'node:path';

/**
 * A path as messages show it: relative to `root` when inside it, in full otherwise (never a
 * ../../ walk a reader must decode).
 */
export function shownPath(root: string, path: string): string {
  const r = relative(root, path);
  return r === '' ? path : r.startsWith('..') ? resolve(root, path) : r;
}

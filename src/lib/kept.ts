/**
 * What is worked out from a text, kept by that text: a release's checks, claims and pages ask
 * for the same few hundred labels, figures and prose lines again and again, and the releases of
 * a company print the same ones. Bounded: once `size` texts are kept, all are let go at once, so
 * a build's memory stays flat however many releases it reads. What is kept is shared by every
 * caller, so it must never change (freeze objects before they are kept).
 */
export class Kept<T> {
  readonly #values = new Map<string, T>();
  readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  /** The value kept for `key`, else `make()`'s, kept (null and undefined are kept too). */
  get(key: string, make: () => T): T {
    const value = this.#values.get(key);
    if (value !== undefined || this.#values.has(key)) return value as T;
    const made = make();
    if (this.#values.size >= this.size) this.#values.clear();
    this.#values.set(key, made);
    return made;
  }
}

/**
 * `value` and everything it holds, frozen (a parsed file shared by every release that reads it).
 * In a loop, not by recursion: a parsed expression's chain of thousands of terms is that deep.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const o = pending.pop();
    if (!o || typeof o !== 'object' || Object.isFrozen(o)) continue;
    Object.freeze(o);
    for (const v of Object.values(o)) pending.push(v);
  }
  return value;
}

import { describe, expect, test } from 'vitest';
import { Kept } from '../../src/lib/kept.ts';

describe('Kept', () => {
  test('works a text out once and hands back what it kept, null included', () => {
    const kept = new Kept<string | null>(10);
    let made = 0;
    const make = (text: string) => () => (made++, text === 'nil' ? null : text.toUpperCase());
    expect(kept.get('a', make('a'))).toBe('A');
    expect(kept.get('a', make('a'))).toBe('A');
    expect(kept.get('nil', make('nil'))).toBeNull();
    expect(kept.get('nil', make('nil'))).toBeNull();
    expect(made).toBe(2);
  });

  test('keeps at most its size: past it, everything is let go and worked out again', () => {
    const kept = new Kept<number>(3);
    let made = 0;
    const get = (key: string) => kept.get(key, () => ++made);
    for (const key of ['a', 'b', 'c']) get(key);
    expect(get('a')).toBe(1);
    // A fourth text: the three are let go, the fourth is kept.
    expect(get('d')).toBe(4);
    expect(get('d')).toBe(4);
    expect(get('a')).toBe(5);
  });
});

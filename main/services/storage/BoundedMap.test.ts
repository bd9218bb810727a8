import { describe, expect, it } from 'vitest';
import { BoundedMap } from './BoundedMap';

describe('BoundedMap', () => {
  it.each([
    { limit: 2, sets: ['a', 'b', 'c'], kept: ['b', 'c'] },
    { limit: 2, sets: ['a', 'b', 'a', 'c'], kept: ['a', 'c'] }, // setting again makes it the newest
    { limit: 3, sets: ['a', 'b'], kept: ['a', 'b'] },
    { limit: 1, sets: ['a', 'b', 'c'], kept: ['c'] },
  ])('limit $limit, set $sets: keeps $kept', ({ limit, sets, kept }) => {
    const map = new BoundedMap<string, number>(limit);
    sets.forEach((key, i) => map.set(key, i));
    expect(map.size).toBe(kept.length);
    expect(['a', 'b', 'c'].filter((key) => map.get(key) !== undefined)).toEqual(kept);
  });

  it('forgets a deleted key, and refuses a limit below one', () => {
    const map = new BoundedMap<string, string>(16).set('draft', 'v1');
    expect(map.delete('draft')).toBe(true);
    expect(map.get('draft')).toBeUndefined();
    expect(() => new BoundedMap(0)).toThrow(RangeError);
  });
});

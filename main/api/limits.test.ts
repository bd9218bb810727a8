import { describe, expect, it } from 'vitest';
import { BODY_TEXT_CAP_CHARS, MAX_REQUEST_DEPTH, checkLimits, depthOver } from './limits';

/** A Lexical body whose paragraphs nest `levels` deep (each level an object and an array). */
function nestedBody(levels: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'x' };
  for (let i = 0; i < levels; i++) node = { type: 'paragraph', children: [node] };
  return { root: { type: 'root', children: [node] } };
}

const save = (body: unknown, bodyText = '') => ({ id: 'draft-0001', headline: 'x', body, bodyText });

describe('request limits', () => {
  it('counts depth without recursion, even 100,000 levels deep', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(depthOver(deep, MAX_REQUEST_DEPTH)).toBe(true);
    expect(depthOver({ a: [1, { b: 'c' }] }, 3)).toBe(false);
    expect(depthOver({ a: [1, { b: {} }] }, 3)).toBe(true);
  });

  it.each([
    ['a real story (lists nested 10 deep)', save(nestedBody(20)), null],
    ['a body nested 2,000 levels', save(nestedBody(2000)), '(request)'],
    ['a body just over the depth limit', save(nestedBody(MAX_REQUEST_DEPTH)), '(request)'],
    ['a story at the text cap', save(null, 'a'.repeat(BODY_TEXT_CAP_CHARS)), null],
    ['a story over the text cap', save(null, 'a'.repeat(BODY_TEXT_CAP_CHARS + 1)), 'bodyText'],
    ['a 9 MiB request', save({ root: { type: 'root', children: ['a'.repeat(9 * 2 ** 20)] } }), '(request)'],
  ])('%s', (_name, payload, field) => {
    expect(checkLimits('drafts.save', payload)?.field ?? null).toBe(field);
  });

  it('says the numbers: depth 64, 640,000 characters', () => {
    expect([MAX_REQUEST_DEPTH, BODY_TEXT_CAP_CHARS]).toEqual([64, 640_000]);
  });

  it('lets photos.stage carry a whole picture, its bytes one leaf (not 9 million to walk)', () => {
    expect(checkLimits('photos.stage', { data: new Uint8Array(9 * 2 ** 20) })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { draggedPhotoId } from './index';

const id = 'b'.repeat(64);

describe('draggedPhotoId', () => {
  const cases: [string, string | undefined][] = [
    [JSON.stringify({ photoId: id }), id],
    [JSON.stringify({ photoId: 'short' }), undefined],
    [JSON.stringify([id]), undefined],
    ['{not json', undefined],
    ['', undefined],
  ];
  for (const [data, expected] of cases) it(data || '(empty)', () => expect(draggedPhotoId(data)).toBe(expected));
});

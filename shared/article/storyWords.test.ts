import { describe, expect, it } from 'vitest';
import { bodyOf } from './draft.testing';
import { bodyTextOf } from './lexical';
import { storyWordCount } from './storyWords';

describe('storyWordCount', () => {
  it('counts the body, never its captions or credits', () => {
    const body = bodyOf('Cây cầu dây văng nối đôi bờ sông Hậu.', {
      caption: 'Cầu Cần Thơ lúc hoàng hôn nhìn từ bến Ninh Kiều',
      credit: 'Ảnh: Minh Anh',
    });
    expect(storyWordCount(body)).toBe(9);
    expect(bodyTextOf(body)).not.toContain('hoàng hôn');
  });

  it('falls back to the plain text for a draft saved without a readable body', () => {
    expect(storyWordCount(null, 'Một hai\n\nba – bốn')).toBe(4);
  });
});

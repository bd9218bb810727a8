import { describe, expect, it } from 'vitest';
import { diffWordsOf, paragraphsOf, wordsChanged, type DiffRun } from './wordDiff';

/** Runs written the way `git diff --word-diff` shows them: [-removed-] {+added+}. */
function shown(runs: DiffRun[]): string {
  return runs
    .map((r) => (r.kind === 'added' ? `{+${r.text}+}` : r.kind === 'removed' ? `[-${r.text}-]` : r.text))
    .join('');
}

const nfd = (s: string) => s.normalize('NFD');

describe('diffWordsOf', () => {
  const cases: { name: string; before: string; after: string; diff: string }[] = [
    { name: 'same text, nothing marked', before: 'Cần Thơ mưa lớn', after: 'Cần Thơ mưa lớn', diff: 'Cần Thơ mưa lớn' },
    { name: 'a syllable with marks is one word', before: 'Thơ ca', after: 'Thơm ca', diff: '[-Thơ-]{+Thơm+} ca' },
    {
      name: 'decomposed marks (NFD) neither split a word nor count as a change',
      before: nfd('Thơ ca Cần Thơ'),
      after: 'Thơm ca Cần Thơ',
      diff: '[-Thơ-]{+Thơm+} ca Cần Thơ',
    },
    {
      name: 'only the tone mark changed: the whole syllable is replaced',
      before: 'mua bán',
      after: 'mùa bán',
      diff: '[-mua-]{+mùa+} bán',
    },
    {
      name: 'a place name replaced, a word added at the end',
      before: 'nước mắm Phú Quốc – đẹp.',
      after: 'nước mắm Phú Yên – đẹp lắm.',
      diff: 'nước mắm Phú [-Quốc-]{+Yên+} – đẹp {+lắm+}.',
    },
    { name: 'đ and Đ are letters', before: 'Đà Nẵng đẹp', after: 'Đà Lạt đẹp', diff: 'Đà [-Nẵng-]{+Lạt+} đẹp' },
    {
      name: 'English words',
      before: 'The mayor said on Tuesday',
      after: 'The city mayor said on Monday',
      diff: 'The {+city +}mayor said on [-Tuesday-]{+Monday+}',
    },
    { name: 'from nothing: all added', before: '', after: 'Tin mới', diff: '{+Tin mới+}' },
    { name: 'to nothing: all removed', before: 'Tin cũ', after: '', diff: '[-Tin cũ-]' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(shown(diffWordsOf(c.before, c.after))).toBe(c.diff);
    });
  }

  it('counts added and removed words as the editor counts them (punctuation is no word)', () => {
    expect(wordsChanged(diffWordsOf('Phú Quốc – đẹp.', 'Phú Yên đẹp lắm!'))).toEqual({ added: 2, removed: 1 });
  });
});

describe('paragraphsOf', () => {
  it('cuts at paragraph breaks, also inside an added run, and drops empty paragraphs', () => {
    const runs = diffWordsOf('Đoạn một.\n\nĐoạn hai cũ.', 'Đoạn một.\n\nĐoạn hai mới.\n\nĐoạn ba.');
    expect(paragraphsOf(runs).map(shown)).toEqual(['Đoạn một.', 'Đoạn hai [-cũ-]{+mới+}.', '{+Đoạn ba.+}']);
  });
});

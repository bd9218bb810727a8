import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './words';

describe('countWords counts Vietnamese syllables as words', () => {
  const cases: [text: string, words: number][] = [
    ['', 0],
    ['   \n\t ', 0],
    ['Cần Thơ', 2],
    ['Ban Dân vận Thành ủy Cần Thơ', 7],
    ['kinh tế - xã hội', 4],
    ['ĐBSCL – Vĩnh Long', 3],
    ['hơn 21,9 tỉ đồng', 4],
    ['ngày 14/10, lúc 16:41', 4],
    ['(NSMT) - Được sự cho phép', 5],
    ['“Dân vận khéo” …', 3],
    ['Cần Thơ'.normalize('NFD'), 2],
    ['một\nhai\n\nba', 3],
    ['COVID-19 lan', 2],
  ];
  for (const [text, words] of cases) {
    it(`${JSON.stringify(text)} → ${words}`, () => expect(countWords(text)).toBe(words));
  }
});

describe(`readingMinutes at ${WORDS_PER_MINUTE} words a minute`, () => {
  const cases: [words: number, minutes: number][] = [
    [0, 0],
    [1, 1],
    [238, 1],
    [239, 2],
    [1091, 5],
  ];
  for (const [words, minutes] of cases) {
    it(`${words} words → ${minutes} min`, () => expect(readingMinutes(words)).toBe(minutes));
  }
});

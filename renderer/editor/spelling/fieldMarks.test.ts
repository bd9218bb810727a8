import { describe, expect, it } from 'vitest';
import { carryMarks, markForCaret, marksToShow, runsOf, type TextRun } from './fieldMarks';
import type { Misspelling } from './protocol';

/** The marks of `text` for the words given, as the checker would report them. */
function marksIn(text: string, ...words: string[]): Misspelling[] {
  return words.map((word) => {
    const start = text.indexOf(word);
    return { word, start, end: start + word.length };
  });
}

const HEADLINE = 'Mưa lớn ở Viêt Nam, Càa Mau ngập sâu';

describe('carryMarks', () => {
  const cases: [name: string, before: string, after: string, kept: string[]][] = [
    ['no edit keeps every mark', HEADLINE, HEADLINE, ['Viêt', 'Càa']],
    ['typing at the end keeps both', HEADLINE, `${HEADLINE} trong đêm`, ['Viêt', 'Càa']],
    ['typing at the start moves both', HEADLINE, `Tin nhanh: ${HEADLINE}`, ['Viêt', 'Càa']],
    ['a space typed right after a word keeps it', HEADLINE, HEADLINE.replace('Viêt', 'Viêt '), ['Viêt', 'Càa']],
    ['a letter typed right after a word drops it', HEADLINE, HEADLINE.replace('Viêt', 'Viêtx'), ['Càa']],
    ['a letter typed right before a word drops it', HEADLINE, HEADLINE.replace('Càa', 'xCàa'), ['Viêt']],
    ['a word being fixed drops its mark alone', HEADLINE, HEADLINE.replace('Viêt', 'Việt'), ['Càa']],
    ['deleting between the words moves the second', HEADLINE, HEADLINE.replace(' Nam,', ','), ['Viêt', 'Càa']],
    ['replacing everything drops everything', HEADLINE, 'Bão số 3', []],
  ];
  it.each(cases)('%s', (_name, before, after, kept) => {
    const carried = carryMarks(before, after, marksIn(before, 'Viêt', 'Càa'));
    expect(carried.map((mark) => mark.word)).toEqual(kept);
    // A carried mark always says what the new text says where it sits.
    for (const mark of carried) expect(after.slice(mark.start, mark.end)).toBe(mark.word);
  });
});

describe('markForCaret and marksToShow', () => {
  const marks = marksIn(HEADLINE, 'Viêt', 'Càa');
  const viet = HEADLINE.indexOf('Viêt');
  const caa = HEADLINE.indexOf('Càa');
  const cases: [name: string, caret: number | null, expected: string | undefined][] = [
    ['no caret: the first', null, 'Viêt'],
    ['caret before the word', viet, 'Viêt'],
    ['caret inside the word', viet + 2, 'Viêt'],
    ['caret just after the word', viet + 4, 'Viêt'],
    ['caret between the two: the next', viet + 6, 'Càa'],
    ['caret inside the second', caa + 1, 'Càa'],
    ['caret after the last: back to the first', HEADLINE.length, 'Viêt'],
  ];
  it.each(cases)('%s', (_name, caret, expected) => {
    expect(markForCaret(marks, caret)?.word).toBe(expected);
  });

  it('gives nothing when nothing is marked', () => expect(markForCaret([], 3)).toBeUndefined());

  it('leaves out only the word the caret is just after', () => {
    expect(marksToShow(marks, viet + 4).map((m) => m.word)).toEqual(['Càa']);
    expect(marksToShow(marks, viet + 2).map((m) => m.word)).toEqual(['Viêt', 'Càa']);
    expect(marksToShow(marks, null).map((m) => m.word)).toEqual(['Viêt', 'Càa']);
  });
});

describe('runsOf', () => {
  const show = (runs: TextRun[]) => runs.map((run) => (run.mark ? `[${run.text}]` : run.text)).join('|');
  const cases: [name: string, text: string, marks: Misspelling[], expected: string][] = [
    ['no marks: one plain run', 'Cần Thơ', [], 'Cần Thơ'],
    ['empty text: no runs', '', [], ''],
    [
      'marks between plain runs',
      HEADLINE,
      marksIn(HEADLINE, 'Càa', 'Viêt'),
      'Mưa lớn ở |[Viêt]| Nam, |[Càa]| Mau ngập sâu',
    ],
    ['a mark at each end', 'Viêt Nam Càa', marksIn('Viêt Nam Càa', 'Viêt', 'Càa'), '[Viêt]| Nam |[Càa]'],
    ['a stale mark is left out', 'Việt Nam', [{ word: 'Viêt', start: 0, end: 4 }], 'Việt Nam'],
    [
      'an overlapping mark is left out',
      'Viêt Nam',
      [
        { word: 'Viêt', start: 0, end: 4 },
        { word: 'iêt', start: 1, end: 4 },
      ],
      '[Viêt]| Nam',
    ],
  ];
  it.each(cases)('%s', (_name, text, marks, expected) => {
    const runs = runsOf(text, marks);
    expect(show(runs)).toBe(expected);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { wordStep, type CaretText } from './wordStep';

const at = (before: string, after = '', block = 'p1'): CaretText => ({ block, before, after });

describe('what an edit at the caret is to undo', () => {
  it.each([
    ['a letter of the word', at('Được s'), at('Được sự'), 'same-word'],
    ['Unikey: Backspace inside the word', at('của Đuo'), at('của Đu'), 'same-word'],
    ['Unikey: the recomposed end of the syllable', at('của Đu'), at('của Đươ'), 'same-word'],
    ['a recomposition of several letters at once', at('Đươc'), at('Được'), 'same-word'],
    ['the first letter after a space', at('Được '), at('Được s'), 'same-word'],
    ['a full stop after the word', at('của Đảng'), at('của Đảng.'), 'same-word'],
    ['the first letter of a paragraph', at(''), at('D'), 'same-word'],
    ['a space after a word starts the next step', at('Đảng.'), at('Đảng. '), 'next-word'],
    ['a second space', at('Đảng. '), at('Đảng.  '), 'other'],
    ['Backspace over a space', at('Đảng. '), at('Đảng.'), 'other'],
    ['a word and a space at once (a paste)', at('Đảng'), at('Đảng và '), 'other'],
    ['another block', at('Đảng', '', 'p1'), at('D', '', 'p2'), 'other'],
    ['the text after the caret changed', at('Đảng', ' và'), at('Đảngx', ''), 'other'],
    ['nothing changed', at('Đảng'), at('Đảng'), 'other'],
    ['no caret before', null, at('Đảng'), 'other'],
  ] as const)('%s', (_, before, after, step) => {
    expect(wordStep(before, after)).toBe(step);
  });
});

// @vitest-environment jsdom
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, createEditor } from 'lexical';
import { describe, expect, test } from 'vitest';
import { $insertPlainText, paragraphsOf } from './plainText';

describe('paragraphsOf', () => {
  const cases: [string, string, string[] | null][] = [
    ['a line per paragraph is left to Lexical', 'Một\nHai\nBa', null],
    ['one blank line between paragraphs', 'Một.\n\nHai.\n\nBa.', ['Một.', 'Hai.', 'Ba.']],
    ['Windows line ends', 'Một.\r\n\r\nHai.\r\n', ['Một.', 'Hai.']],
    ['several blank lines, spaces on them', 'Một.\n \n\t\n\nHai.', ['Một.', 'Hai.']],
    ['leading and trailing blank lines', '\n\nMột.\n\nHai.\n\n\n', ['Một.', 'Hai.']],
    ['a hard-wrapped block becomes one paragraph', 'Cà Mau có\nnhiều mưa.\n\nHai.', ['Cà Mau có nhiều mưa.', 'Hai.']],
  ];
  test.each(cases)('%s', (_, text, expected) => expect(paragraphsOf(text)).toEqual(expected));
});

describe('$insertPlainText', () => {
  test('pastes blank-line-separated text into a paragraph as one paragraph per block', () => {
    const editor = createEditor({ onError: (error) => void Promise.reject(error) });
    editor.update(
      () => {
        const text = $createTextNode('Trước ');
        $getRoot().clear().append($createParagraphNode().append(text));
        text.select(6, 6);
        expect($insertPlainText('một.\n\nHai.\n\n\n\nBa.', $getSelection()!)).toBe(true);
      },
      { discrete: true },
    );
    const paragraphs = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((p) => p.getTextContent()),
    );
    expect(paragraphs).toEqual(['Trước một.', 'Hai.', 'Ba.']);
  });
});

import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../../../shared/text/legacy';
import { $convertLegacyText, $convertSelectedNodes } from './convertBody';

const legacy = encodeTcvn3('Tổng Bí thư làm việc', { caps: false });
const mine = 'Bé có quà. ';

function bodyWith(texts: string[]): { read: () => string[]; run: (fn: (keys: NodeKey[]) => void) => void } {
  const editor = createEditor({
    onError: (error) => {
      throw error;
    },
  });
  const keys: NodeKey[] = [];
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      for (const text of texts) {
        const node = $createTextNode(text);
        keys.push(node.getKey());
        paragraph.append(node);
      }
      $getRoot().append(paragraph);
    },
    { discrete: true },
  );
  return {
    read: () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getAllTextNodes()
          .map((n) => n.getTextContent()),
      ),
    run: (fn) => editor.update(() => fn(keys), { discrete: true }),
  };
}

describe('$convertLegacyText', () => {
  it("converts the pasted run inside a node that also holds the reporter's text, and nothing else", () => {
    const body = bodyWith([`${mine}${legacy}`, 'Có là có.']);
    body.run((keys) =>
      $convertLegacyText(
        { encoding: 'tcvn3', font: '.VnTime', runs: [{ text: legacy, encoding: 'tcvn3', caps: false }] },
        new Set([keys[0]]),
      ),
    );
    // Lexical joins same-format neighbours into one node: only the pasted stretch of it changes.
    expect(body.read()).toEqual([`${mine}Tổng Bí thư làm việcCó là có.`]);
  });

  it('writes a caps-font run in capitals', () => {
    const caps = encodeTcvn3('thông báo', { caps: true });
    const body = bodyWith([caps]);
    body.run((keys) =>
      $convertLegacyText(
        { encoding: 'tcvn3', font: '.VnTimeH', runs: [{ text: caps, encoding: 'tcvn3', caps: true }] },
        new Set(keys),
      ),
    );
    expect(body.read()).toEqual(['THÔNG BÁO']);
  });

  it('without pasted nodes converts a node whose words read as legacy', () => {
    const body = bodyWith([legacy]);
    body.run(() => $convertLegacyText({ encoding: 'tcvn3', font: null, runs: [] }, null));
    expect(body.read()).toEqual(['Tổng Bí thư làm việc']);
  });

  it('without pasted nodes leaves a node that also holds Unicode Vietnamese', () => {
    const body = bodyWith([`${legacy}. Bé đi chợ.`]);
    body.run(() => $convertLegacyText({ encoding: 'tcvn3', font: null, runs: [] }, null));
    expect(body.read()).toEqual([`${legacy}. Bé đi chợ.`]);
  });
});

describe('$convertSelectedNodes', () => {
  it('uses the encoding the words show', () => {
    const body = bodyWith(['Toång Bí thö']);
    body.run(() => $convertSelectedNodes($getRoot().getAllTextNodes()));
    expect(body.read()).toEqual(['Tổng Bí thư']);
  });
});

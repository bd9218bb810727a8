import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CaptionedPhotoNodeSchema,
  SerializedCaptionedPhotoNodeSchema,
  type SerializedCaptionedPhotoNode,
} from '../../../shared/article/lexical';
import {
  $createCaptionedPhotoNode,
  $isCaptionedPhotoNode,
  $moveCaptionedPhoto,
  CaptionedPhotoNode,
  type CaptionedPhotoPayload,
} from './CaptionedPhotoNode';

const photo: CaptionedPhotoPayload = {
  photoId: 'a'.repeat(64),
  src: 'aaaa-1280.jpg',
  caption: 'Ông Nguyễn Văn Hiếu phát biểu',
  credit: 'Ảnh: Lê Hoàng',
  altText: 'Người đàn ông đứng trước micro',
  width: 4000,
  height: 3000,
};

const expectedJSON: SerializedCaptionedPhotoNode = { type: 'captioned-photo', version: 1, ...photo };

function editorWithPhoto(payload: CaptionedPhotoPayload): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [CaptionedPhotoNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(() => $getRoot().append($createCaptionedPhotoNode(payload)), { discrete: true });
  return editor;
}

describe('CaptionedPhotoNode JSON', () => {
  it('writes exactly SerializedCaptionedPhotoNode', () => {
    const json = editorWithPhoto(photo).getEditorState().toJSON();
    const [node] = json.root.children;
    expect(node).toMatchObject(expectedJSON);
    // Nothing more, nothing less than the schema the type is inferred from.
    expect(SerializedCaptionedPhotoNodeSchema.parse(node)).toEqual(node);
    expect(CaptionedPhotoNodeSchema.safeParse(node).success).toBe(true);
  });

  it('reads back what it wrote', () => {
    const json = editorWithPhoto(photo).getEditorState().toJSON();
    const again = createEditor({
      namespace: 'test',
      nodes: [CaptionedPhotoNode],
      onError: (e) => {
        throw e;
      },
    });
    again.setEditorState(again.parseEditorState(json));
    again.getEditorState().read(() => {
      const node = $getRoot().getFirstChild();
      expect($isCaptionedPhotoNode(node)).toBe(true);
      if (!$isCaptionedPhotoNode(node)) return;
      expect([node.getPhotoId(), node.getField('caption'), node.getField('credit'), node.getField('altText')]).toEqual([
        photo.photoId,
        photo.caption,
        photo.credit,
        photo.altText,
      ]);
    });
    expect(again.getEditorState().toJSON()).toEqual(json);
  });

  it('keeps edits in NFC', () => {
    const editor = editorWithPhoto(photo);
    editor.update(
      () => {
        const node = $getRoot().getFirstChild();
        if ($isCaptionedPhotoNode(node)) node.setField('caption', 'Hie\u0302\u0301u');
      },
      { discrete: true },
    );
    const [node] = editor.getEditorState().toJSON().root.children as unknown as SerializedCaptionedPhotoNode[];
    expect(node.caption).toBe('Hiếu');
  });

  it('leaves out src when there is none', () => {
    const [node] = editorWithPhoto({ ...photo, src: undefined })
      .getEditorState()
      .toJSON().root.children;
    expect(node).not.toHaveProperty('src');
  });
});

/** Just enough of a DOM for exportDOM (vitest runs these tests without one). */
class FakeNode {
  children: FakeNode[] = [];
  attributes = new Map<string, string>();
  className = '';
  constructor(
    readonly tag: string | null,
    public text = '',
  ) {}
  set textContent(value: string) {
    this.children = [new FakeNode(null, value)];
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  append(...nodes: FakeNode[]) {
    this.children.push(...nodes);
  }
  get outerHTML(): string {
    if (this.tag === null) return this.text;
    const attrs = [...(this.className ? [['class', this.className]] : []), ...this.attributes]
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return this.tag === 'img'
      ? `<img${attrs}>`
      : `<${this.tag}${attrs}>${this.children.map((c) => c.outerHTML).join('')}</${this.tag}>`;
  }
}

describe('CaptionedPhotoNode exportDOM', () => {
  const realDocument = globalThis.document;
  beforeEach(() => {
    globalThis.document = {
      createElement: (tag: string) => new FakeNode(tag),
      createTextNode: (text: string) => new FakeNode(null, text),
    } as unknown as Document;
  });
  afterEach(() => {
    globalThis.document = realDocument;
  });

  const exported = (payload: CaptionedPhotoPayload) => {
    const editor = editorWithPhoto(payload);
    return editor.getEditorState().read(() => {
      const node = $getRoot().getFirstChild();
      if (!$isCaptionedPhotoNode(node)) throw new Error('no photo');
      return (node.exportDOM().element as unknown as FakeNode).outerHTML;
    });
  };

  const cases: [string, CaptionedPhotoPayload, string][] = [
    [
      'a local rendition: no src, caption then credit',
      photo,
      `<figure><img alt="${photo.altText}" width="4000" height="3000" data-photo-id="${photo.photoId}"><figcaption>${photo.caption} <span class="credit">${photo.credit}</span></figcaption></figure>`,
    ],
    [
      'a web address is exported',
      { ...photo, src: 'https://cdn.example/p.jpg', credit: '' },
      `<figure><img src="https://cdn.example/p.jpg" alt="${photo.altText}" width="4000" height="3000" data-photo-id="${photo.photoId}"><figcaption>${photo.caption}</figcaption></figure>`,
    ],
    [
      'no caption and no credit: no figcaption',
      { ...photo, caption: '', credit: '' },
      `<figure><img alt="${photo.altText}" width="4000" height="3000" data-photo-id="${photo.photoId}"></figure>`,
    ],
    [
      'a size not known (0) is left out, never width="0"',
      { ...photo, caption: '', credit: '', width: 0, height: 0 },
      `<figure><img alt="${photo.altText}" data-photo-id="${photo.photoId}"></figure>`,
    ],
  ];
  for (const [name, payload, html] of cases) it(name, () => expect(exported(payload)).toBe(html));
});

describe('moving a captioned photo', () => {
  it('moves it one block up or down with its caption, credit and alt text, and stops at the ends', () => {
    const editor = createEditor({
      namespace: 'test',
      nodes: [CaptionedPhotoNode],
      onError: (e) => {
        throw e;
      },
    });
    const order = () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((n) =>
            $isCaptionedPhotoNode(n)
              ? `photo:${n.getField('caption')}/${n.getField('credit')}/${n.getField('altText')}`
              : n.getTextContent(),
          ),
      );
    let key = '';
    editor.update(
      () => {
        const photoNode = $createCaptionedPhotoNode(photo);
        key = photoNode.getKey();
        $getRoot().append(
          $createParagraphNode().append($createTextNode('một')),
          photoNode,
          $createParagraphNode().append($createTextNode('hai')),
        );
      },
      { discrete: true },
    );
    const move = (by: -1 | 1) => {
      let moved = false;
      editor.update(
        () => {
          const node = $getNodeByKey(key);
          if ($isCaptionedPhotoNode(node)) moved = $moveCaptionedPhoto(node, by);
        },
        { discrete: true },
      );
      return moved;
    };
    const photoText = `photo:${photo.caption}/${photo.credit}/${photo.altText}`;
    expect(move(-1)).toBe(true);
    expect(order()).toEqual([photoText, 'một', 'hai']);
    expect(move(-1)).toBe(false);
    expect(move(1)).toBe(true);
    expect(move(1)).toBe(true);
    expect(order()).toEqual(['một', 'hai', photoText]);
    expect(move(1)).toBe(false);
  });
});

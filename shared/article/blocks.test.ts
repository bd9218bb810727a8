import { describe, expect, it } from 'vitest';
import { blocksOf, photosOf, type Block, type Inline, type TextRun } from './blocks';
import type { LexicalState } from './draft';
import { bodyTextOf, photoTextsOf, type CaptionedPhoto } from './lexical';
import { lexicalDoc } from './lexicalDoc.testing';

const t = (text: string, bold = false, italic = false): TextRun => ({ kind: 'text', text, bold, italic });
const para = (...inlines: Inline[]): Block => ({ kind: 'paragraph', inlines });
const state = (...children: unknown[]): LexicalState => ({ root: { type: 'root', children } });

const photoNode = (photoId: string, caption = `Ảnh ${photoId}`) => ({
  type: 'captioned-photo' as const,
  version: 1 as const,
  photoId,
  src: `newsdesk-photo://${photoId}/1600.jpg`,
  caption,
  credit: 'Ảnh: Thảo Nguyên',
  altText: `Mô tả ${photoId}`,
  width: 1600,
  height: 1067,
});
const photo = (photoId: string, caption = `Ảnh ${photoId}`): CaptionedPhoto => {
  const { type: _t, version: _v, ...fields } = photoNode(photoId, caption);
  return fields;
};

describe('blocksOf reads what the Lexical 0.52 editor saves', () => {
  const cases: { name: string; body: LexicalState; expected: Block[] }[] = [
    {
      name: 'paragraph with bold, italic, a link and a line break',
      body: lexicalDoc({
        p: [
          '(NSMT) - ',
          { b: 'Được' },
          ' sự ',
          { i: 'cho phép' },
          ' của ',
          { link: 'https://nsmt.vn/a', text: 'Thành ủy' },
          'br',
          'Cần Thơ',
        ],
      }).state,
      expected: [
        para(
          t('(NSMT) - '),
          t('Được', true),
          t(' sự '),
          t('cho phép', false, true),
          t(' của '),
          { kind: 'link', url: 'https://nsmt.vn/a', children: [t('Thành ủy')] },
          { kind: 'break' },
          t('Cần Thơ'),
        ),
      ],
    },
    {
      name: 'bold italic together',
      body: lexicalDoc({ p: [{ bi: 'Đặc biệt' }] }).state,
      expected: [para(t('Đặc biệt', true, true))],
    },
    {
      name: 'subheads: h1/h2 become 2, h3–h6 become 3',
      body: lexicalDoc(
        { h: 'h1', text: 'Một' },
        { h: 'h2', text: 'Hai' },
        { h: 'h3', text: 'Ba' },
        { h: 'h6', text: 'Sáu' },
      ).state,
      expected: [
        { kind: 'heading', level: 2, inlines: [t('Một')] },
        { kind: 'heading', level: 2, inlines: [t('Hai')] },
        { kind: 'heading', level: 3, inlines: [t('Ba')] },
        { kind: 'heading', level: 3, inlines: [t('Sáu')] },
      ],
    },
    {
      name: 'quote',
      body: lexicalDoc({ quote: ['Dân vận khéo', 'br', 'thì việc gì cũng thành công'] }).state,
      expected: [
        { kind: 'quote', paragraphs: [[t('Dân vận khéo'), { kind: 'break' }, t('thì việc gì cũng thành công')]] },
      ],
    },
    {
      name: 'bullet list with a nested numbered list under its first item',
      body: lexicalDoc({ list: 'bullet', items: [['Một'], { nested: 'number', items: [['a'], ['b']] }, ['Hai']] })
        .state,
      expected: [
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [
            {
              inlines: [t('Một')],
              lists: [
                {
                  kind: 'list',
                  ordered: true,
                  start: 1,
                  items: [
                    { inlines: [t('a')], lists: [] },
                    { inlines: [t('b')], lists: [] },
                  ],
                },
              ],
            },
            { inlines: [t('Hai')], lists: [] },
          ],
        },
      ],
    },
    {
      name: 'captioned photos stand between paragraphs, in order',
      body: lexicalDoc({ p: ['Trước'] }, { photo: photoNode('p1') }, { p: ['Giữa'] }, { photo: photoNode('p2') }).state,
      expected: [
        para(t('Trước')),
        { kind: 'photo', photo: photo('p1') },
        para(t('Giữa')),
        { kind: 'photo', photo: photo('p2') },
      ],
    },
    {
      name: 'empty and blank paragraphs, stray line breaks and empty list items are left out',
      body: lexicalDoc({ p: [] }, { p: ['   '] }, { p: ['br', 'Chữ', 'br'] }, { list: 'number', items: [[], ['x']] })
        .state,
      expected: [para(t('Chữ')), { kind: 'list', ordered: true, start: 1, items: [{ inlines: [t('x')], lists: [] }] }],
    },
    {
      name: 'compact JSON (no format, no version) as older tests and Lexical compact export write it',
      body: state(
        { type: 'paragraph', children: [{ type: 'text', text: 'Thành ủy' }] },
        { type: 'heading', children: [{ type: 'text', text: 'H' }] },
        { type: 'list', tag: 'ul', children: [{ type: 'listitem', children: [{ type: 'text', text: 'i' }] }] },
      ),
      expected: [
        para(t('Thành ủy')),
        { kind: 'heading', level: 2, inlines: [t('H')] },
        { kind: 'list', ordered: false, start: 1, items: [{ inlines: [t('i')], lists: [] }] },
      ],
    },
    {
      name: 'unknown nodes are dropped, their text kept',
      body: state(
        {
          type: 'table',
          children: [
            {
              type: 'tablerow',
              children: [
                { type: 'tablecell', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'ô bảng' }] }] },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'mark', ids: ['c1'], children: [{ type: 'text', text: 'đánh dấu', format: 1 }] },
            { type: 'hashtag', text: ' #CầnThơ', format: 0 },
          ],
        },
        { type: 'youtube', videoID: 'x' },
        { type: 'horizontalrule', version: 1 },
      ),
      expected: [para(t('ô bảng')), para(t('đánh dấu', true), t(' #CầnThơ'))],
    },
    {
      name: 'a link inside a link keeps only the outer link',
      body: state({
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://a.vn',
            children: [
              { type: 'text', text: 'a ' },
              { type: 'autolink', url: 'https://b.vn', children: [{ type: 'text', text: 'b' }] },
            ],
          },
        ],
      }),
      expected: [para({ kind: 'link', url: 'https://a.vn', children: [t('a b')] })],
    },
    {
      name: 'a photo found inside a paragraph or a list follows that block',
      body: state(
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'Chữ ' }, photoNode('p1'), { type: 'text', text: 'tiếp' }],
        },
        {
          type: 'list',
          listType: 'bullet',
          children: [{ type: 'listitem', children: [{ type: 'text', text: 'i' }, photoNode('p2')] }],
        },
      ),
      expected: [
        para(t('Chữ tiếp')),
        { kind: 'photo', photo: photo('p1') },
        { kind: 'list', ordered: false, start: 1, items: [{ inlines: [t('i')], lists: [] }] },
        { kind: 'photo', photo: photo('p2') },
      ],
    },
    {
      name: 'a quote holding blocks (shadow root) keeps one paragraph per block',
      body: state({
        type: 'quote',
        shadowRoot: true,
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'một' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'hai' }] },
        ],
      }),
      expected: [{ kind: 'quote', paragraphs: [[t('một')], [t('hai')]] }],
    },
    {
      name: 'hostile shapes: nulls, wrong types, bad tags; a photo without an id is dropped, other bad fields read as empty',
      body: state(
        null,
        42,
        'text',
        [],
        { type: 5 },
        { type: 'paragraph', children: 'nope' },
        { type: 'paragraph', children: [{ type: 'text', text: 'x', format: 'bold' }, { type: 'text', text: 7 }, null] },
        { type: 'heading', tag: 'h9', children: [{ type: 'text', text: 'h' }] },
        {
          type: 'list',
          listType: 'weird',
          start: 'one',
          children: [{ type: 'listitem', children: [{ type: 'text', text: 'n' }] }],
        },
        { type: 'captioned-photo', caption: 'no id', width: 10, height: 10 },
        { type: 'captioned-photo', photoId: 'p3', caption: 5, width: 10, height: 10 },
        { type: 'captioned-photo', photoId: 'p4', caption: 'no size', width: 'wide' },
      ),
      expected: [
        para(t('x')),
        { kind: 'heading', level: 2, inlines: [t('h')] },
        { kind: 'list', ordered: true, start: 1, items: [{ inlines: [t('n')], lists: [] }] },
        {
          kind: 'photo',
          photo: { photoId: 'p3', src: null, caption: '', credit: '', altText: '', width: 10, height: 10 },
        },
        {
          kind: 'photo',
          photo: { photoId: 'p4', src: null, caption: 'no size', credit: '', altText: '', width: null, height: null },
        },
      ],
    },
  ];
  for (const { name, body, expected } of cases) {
    it(name, () => expect(blocksOf(body)).toEqual(expected));
  }

  it('reads nothing from no body', () => expect(blocksOf(null)).toEqual([]));

  it('cuts a crafted, very deep document instead of overflowing the stack', () => {
    let node: unknown = { type: 'text', text: 'sâu' };
    for (let i = 0; i < 20_000; i++) node = { type: 'mystery', children: [node] };
    expect(() => blocksOf(state(node))).not.toThrow();
    expect(() => bodyTextOf(state(node))).not.toThrow();
  });
});

describe('photosOf', () => {
  it('lists captioned photos in reading order, wherever they sit', () => {
    const body = state(
      photoNode('p1'),
      { type: 'quote', shadowRoot: true, children: [photoNode('p2')] },
      { type: 'paragraph', children: [photoNode('p3')] },
    );
    expect(photosOf(body).map((p) => p.photoId)).toEqual(['p1', 'p2', 'p3']);
  });

  it('and photoTextsOf, the fast walk the search index uses, finds the same captions and credits', () => {
    const body = state(
      photoNode('p1'),
      { type: 'quote', shadowRoot: true, children: [photoNode('p2')] },
      { type: 'paragraph', children: [null, photoNode('p3')] },
    );
    expect(photoTextsOf(body)).toEqual(photosOf(body).flatMap((p) => [p.caption, p.credit]));
    expect(photoTextsOf(null)).toEqual([]);
  });
});

describe('bodyTextOf matches Lexical getTextContent()', () => {
  const docs = [
    lexicalDoc({ p: ['Một ', { b: 'hai' }] }, { p: ['ba', 'br', 'bốn'] }),
    lexicalDoc(
      { h: 'h2', text: 'Tiêu đề' },
      { quote: ['trích'] },
      { p: [{ link: 'https://a.vn', text: 'liên kết' }, ' sau'] },
    ),
    lexicalDoc(
      { list: 'bullet', items: [['a'], { nested: 'number', items: [['b']] }, ['c']] },
      { p: [] },
      { p: ['cuối'] },
    ),
  ];
  docs.forEach(({ state: body, text }, i) => {
    it(`document ${i + 1}`, () => expect(bodyTextOf(body)).toBe(text));
  });

  it('leaves captions out', () => {
    const body = state({ type: 'paragraph', children: [{ type: 'text', text: 'a' }] }, photoNode('p1'), {
      type: 'paragraph',
      children: [{ type: 'text', text: 'b' }],
    });
    expect(bodyTextOf(body)).toBe('a\n\nb');
  });
});

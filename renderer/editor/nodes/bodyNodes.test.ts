import { $createLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode, type HeadingTagType } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  createEditor,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../../../shared/article/article';
import { LexicalStateSchema } from '../../../shared/article/draft';
import { draftOf } from '../../../shared/article/draft.testing';
import {
  CaptionedPhotoNodeSchema,
  HeadingNodeSchema,
  LinkNodeSchema,
  ListNodeSchema,
  TextNodeSchema,
  typeOf,
} from '../../../shared/article/lexical';
import { articleToHtml } from '../../../shared/export/html';
import { articleToNinjs } from '../../../shared/export/ninjs';
import type { ExportOptions } from '../../../shared/export/options';
import { initialBody, readBody } from '../body';
import { $createCaptionedPhotoNode, CaptionedPhotoNode, type CaptionedPhotoPayload } from './CaptionedPhotoNode';

/**
 * Every node the body editor registers, built in a real headless editor: its JSON must survive a
 * save and a reopen, read through the article model's schemas without a fallback, and come out of
 * the CMS HTML and ninjs exports as exactly the markup below. One row per node kind or variant.
 */

/** The same list BodyEditor registers (Root, Paragraph, Text, LineBreak and Tab are built in). */
const BODY_NODES: Klass<LexicalNode>[] = [CaptionedPhotoNode, HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode];

const newEditor = (): LexicalEditor =>
  createEditor({
    namespace: 'newsdesk-body',
    nodes: BODY_NODES,
    onError: (e) => {
      throw e;
    },
  });

// ---- builders, called inside editor.update -------------------------------------------------

const t = (text: string, ...formats: TextFormatType[]) =>
  formats.reduce((node, f) => node.toggleFormat(f), $createTextNode(text));
type Inline = () => LexicalNode;
const p =
  (...inlines: Inline[]) =>
  () =>
    $createParagraphNode().append(...inlines.map((f) => f()));
const text =
  (value: string, ...formats: TextFormatType[]): Inline =>
  () =>
    t(value, ...formats);
const br: Inline = () => $createLineBreakNode();
const link =
  (url: string, ...inlines: Inline[]): Inline =>
  () =>
    $createLinkNode(url).append(...inlines.map((f) => f()));
const heading = (tag: HeadingTagType, value: string) => () => $createHeadingNode(tag).append(t(value));
const quote =
  (...inlines: Inline[]) =>
  () =>
    $createQuoteNode().append(...inlines.map((f) => f()));
type Item = Inline[] | { nested: 'bullet' | 'number'; items: Inline[][] };
const list =
  (type: 'bullet' | 'number', items: Item[], start = 1) =>
  () => {
    const node = $createListNode(type, start);
    for (const item of items) {
      if (Array.isArray(item)) node.append($createListItemNode().append(...item.map((f) => f())));
      // Lexical nests a list in an item of its own, right after the item it belongs under.
      else node.append($createListItemNode().append(list(item.nested, item.items)()));
    }
    return node;
  };
const photoNode =
  (payload: Partial<CaptionedPhotoPayload> = {}) =>
  () =>
    $createCaptionedPhotoNode({ ...photo, ...payload });

const photo: CaptionedPhotoPayload = {
  photoId: 'b'.repeat(64),
  src: 'bbbb-1280.jpg',
  caption: 'Bí thư Thành ủy tặng Kỷ niệm chương.',
  credit: 'Ảnh: Thảo Nguyên',
  altText: 'Hai người bắt tay',
  width: 4000,
  height: 3000,
};
const uploaded: ExportOptions = {
  renditions: {
    [photo.photoId]: [
      { name: 'main', href: 'https://cdn.nsmt.vn/b/1600.jpg', width: 1600, height: 1200, contenttype: 'image/jpeg' },
    ],
  },
};
const figure = (img: string) =>
  `<figure>${img}<figcaption>Bí thư Thành ủy tặng Kỷ niệm chương. <span class="credit">Ảnh: Thảo Nguyên</span></figcaption></figure>`;

const NFD = 'Tha\u0300nh u\u0309y Ca\u0302\u0300n Tho\u031B';
const NFC = 'Thành ủy Cần Thơ';

interface Row {
  name: string;
  blocks: (() => LexicalNode)[];
  /** The whole exported body (blocks joined by "\n", no lead, byline or related links). */
  html: string;
  options?: ExportOptions;
}

const rows: Row[] = [
  { name: 'paragraph', blocks: [p(text('Trải qua 94 năm đồng hành.'))], html: '<p>Trải qua 94 năm đồng hành.</p>' },
  { name: 'heading h2 (toolbar, "## ")', blocks: [heading('h2', 'Kết quả')], html: '<h2>Kết quả</h2>' },
  { name: 'heading h3 (toolbar, "### ")', blocks: [heading('h3', 'Chi tiết')], html: '<h3>Chi tiết</h3>' },
  // No plugin makes these, but a pasted page can: the headline is the only h1.
  { name: 'heading h1 (pasted) exports as a subhead', blocks: [heading('h1', 'Dán vào')], html: '<h2>Dán vào</h2>' },
  { name: 'heading h4 (pasted) exports as h3', blocks: [heading('h4', 'Dán vào')], html: '<h3>Dán vào</h3>' },
  {
    name: 'quote',
    blocks: [quote(text('Dân vận khéo thì việc gì cũng thành công.'))],
    html: '<blockquote><p>Dân vận khéo thì việc gì cũng thành công.</p></blockquote>',
  },
  {
    name: 'quote with a line break and italic',
    blocks: [quote(text('Dòng một'), br, text('dòng hai', 'italic'))],
    html: '<blockquote><p>Dòng một<br><em>dòng hai</em></p></blockquote>',
  },
  {
    name: 'bullet list',
    blocks: [list('bullet', [[text('Một')], [text('Hai')]])],
    html: '<ul><li>Một</li><li>Hai</li></ul>',
  },
  {
    name: 'numbered list',
    blocks: [list('number', [[text('Một')], [text('Hai')]])],
    html: '<ol><li>Một</li><li>Hai</li></ol>',
  },
  { name: 'numbered list from 3', blocks: [list('number', [[text('Ba')]], 3)], html: '<ol start="3"><li>Ba</li></ol>' },
  {
    name: 'bullet list with a nested numbered list',
    blocks: [list('bullet', [[text('Một')], { nested: 'number', items: [[text('a')], [text('b')]] }, [text('Hai')]])],
    html: '<ul><li>Một<ol><li>a</li><li>b</li></ol></li><li>Hai</li></ul>',
  },
  {
    name: 'numbered list with a nested bullet list as its last item',
    blocks: [list('number', [[text('Một')], { nested: 'bullet', items: [[text('a')]] }])],
    html: '<ol><li>Một<ul><li>a</li></ul></li></ol>',
  },
  {
    name: 'list item with bold and a link',
    blocks: [list('bullet', [[text('Xem', 'bold'), text(' '), link('https://nsmt.vn/a', text('bài trước'))]])],
    html: '<ul><li><strong>Xem</strong> <a href="https://nsmt.vn/a">bài trước</a></li></ul>',
  },
  {
    name: 'https link in a paragraph',
    blocks: [p(text('Xem '), link('https://nsmt.vn/a', text('bài trước')), text('.'))],
    html: '<p>Xem <a href="https://nsmt.vn/a">bài trước</a>.</p>',
  },
  {
    name: 'http link, as the URL parser normalises it',
    blocks: [p(link('http://NSMT.vn', text('trang chủ')))],
    html: '<p><a href="http://nsmt.vn/">trang chủ</a></p>',
  },
  {
    name: 'mailto link',
    blocks: [p(text('Gửi '), link('mailto:toasoan@nsmt.vn', text('toà soạn')))],
    html: '<p>Gửi <a href="mailto:toasoan@nsmt.vn">toà soạn</a></p>',
  },
  {
    name: 'link with a query string: & is escaped in href',
    blocks: [p(link('https://nsmt.vn/tim?q=dân vận&p=2', text('kết quả')))],
    html: '<p><a href="https://nsmt.vn/tim?q=d%C3%A2n%20v%E1%BA%ADn&amp;p=2">kết quả</a></p>',
  },
  {
    name: 'bold link text',
    blocks: [p(link('https://nsmt.vn/a', text('in đậm', 'bold')))],
    html: '<p><a href="https://nsmt.vn/a"><strong>in đậm</strong></a></p>',
  },
  {
    name: 'text bold',
    blocks: [p(text('Đặc biệt', 'bold'), text(' nhất'))],
    html: '<p><strong>Đặc biệt</strong> nhất</p>',
  },
  {
    name: 'text italic',
    blocks: [p(text('9 tháng', 'italic'), text(' đầu năm'))],
    html: '<p><em>9 tháng</em> đầu năm</p>',
  },
  {
    name: 'text bold+italic',
    blocks: [p(text('Lưu ý', 'bold', 'italic'))],
    html: '<p><strong><em>Lưu ý</em></strong></p>',
  },
  { name: 'line break', blocks: [p(text('Dòng một'), br, text('dòng hai'))], html: '<p>Dòng một<br>dòng hai</p>' },
  {
    name: 'tab (built in) is kept as text',
    blocks: [p(text('Cột'), () => $createTabNode(), text('hai'))],
    html: '<p>Cột\thai</p>',
  },
  {
    name: 'captioned photo between paragraphs, with its uploaded rendition',
    blocks: [p(text('Trước ảnh.')), photoNode(), p(text('Sau ảnh.'))],
    options: uploaded,
    html: `<p>Trước ảnh.</p>\n${figure('<img src="https://cdn.nsmt.vn/b/1600.jpg" alt="Hai người bắt tay" width="1600" height="1200">')}\n<p>Sau ảnh.</p>`,
  },
  {
    name: 'captioned photo with an http(s) src and no rendition: original size',
    blocks: [p(text('Trước ảnh.')), photoNode({ src: 'https://cdn.nsmt.vn/b.jpg' }), p(text('Sau ảnh.'))],
    html: `<p>Trước ảnh.</p>\n${figure('<img src="https://cdn.nsmt.vn/b.jpg" alt="Hai người bắt tay" width="4000" height="3000">')}\n<p>Sau ảnh.</p>`,
  },
  {
    name: 'captioned photo not uploaded yet: no picture, caption kept',
    blocks: [p(text('Trước ảnh.')), photoNode(), p(text('Sau ảnh.'))],
    html: `<p>Trước ảnh.</p>\n${figure('')}\n<p>Sau ảnh.</p>`,
  },
  {
    name: 'Vietnamese text in NFC stays NFC',
    blocks: [heading('h2', NFC), p(text(NFC, 'bold'))],
    html: `<h2>${NFC}</h2>\n<p><strong>${NFC}</strong></p>`,
  },
  { name: 'Vietnamese text in NFD is exported in NFC', blocks: [p(text(NFD))], html: `<p>${NFC}</p>` },
  {
    name: 'markup characters in text are escaped',
    blocks: [p(text('a < b & "c" <b>'))],
    html: '<p>a &lt; b &amp; &quot;c&quot; &lt;b&gt;</p>',
  },
  {
    name: 'an empty paragraph is left out',
    blocks: [p(text('Một.')), p(), p(text('Hai.'))],
    html: '<p>Một.</p>\n<p>Hai.</p>',
  },

  // What must not survive: the house allows bold and italic only, and links to the web or mail.
  {
    name: 'inline style (color:red) is dropped',
    blocks: [p(() => t('đỏ').setStyle('color:red'), text(' thường'))],
    html: '<p>đỏ thường</p>',
  },
  {
    name: 'underline, strikethrough and code are dropped',
    blocks: [p(text('gạch', 'underline'), text(' xoá', 'strikethrough'), text(' mã', 'code'))],
    html: '<p>gạch xoá mã</p>',
  },
  {
    name: 'subscript, superscript and highlight are dropped',
    blocks: [p(text('H'), text('2', 'subscript'), text('O m'), text('2', 'superscript'), text(' nổi', 'highlight'))],
    html: '<p>H2O m2 nổi</p>',
  },
  {
    name: 'bold+underline+code keeps only the bold; italic+strikethrough only the italic',
    blocks: [
      p(
        () => t('đậm', 'bold', 'underline', 'code').setStyle('color:red;font-size:40px'),
        text(' nghiêng', 'italic', 'strikethrough'),
      ),
    ],
    html: '<p><strong>đậm</strong><em> nghiêng</em></p>',
  },
  {
    name: 'javascript: link is plain text',
    blocks: [p(text('Bấm '), link('javascript:alert(1)', text('vào đây')), text('.'))],
    html: '<p>Bấm vào đây.</p>',
  },
  {
    name: 'data: link is plain text',
    blocks: [p(link('data:text/html,<script>alert(1)</script>', text('đây')))],
    html: '<p>đây</p>',
  },
  { name: 'relative link is plain text', blocks: [p(link('/bai-truoc', text('bài trước')))], html: '<p>bài trước</p>' },
];

function editorWith(blocks: Row['blocks']): LexicalEditor {
  const editor = newEditor();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append(...blocks.map((make) => make()));
    },
    { discrete: true },
  );
  return editor;
}

/** The article model's schema for each node type that has one. */
const NODE_SCHEMAS = {
  heading: HeadingNodeSchema,
  list: ListNodeSchema,
  link: LinkNodeSchema,
  text: TextNodeSchema,
  tab: TextNodeSchema,
  'captioned-photo': CaptionedPhotoNodeSchema,
} as const;

function* nodesOf(node: unknown): Generator<Record<string, unknown>> {
  if (typeOf(node) === null) return;
  yield node as Record<string, unknown>;
  const children = (node as { children?: unknown }).children;
  if (Array.isArray(children)) for (const child of children) yield* nodesOf(child);
}

/**
 * The real ninjs 2.2 schema, through the Node-side test support that reads it from disk. Loaded
 * by a computed specifier so the renderer's type check (DOM, no Node types) does not pull that
 * file in; vitest runs this test in Node, where it works.
 */
const NINJS_SUPPORT = '../../../tests/support/ninjsSchema';
const { ninjsValidator } = (await import(/* @vite-ignore */ NINJS_SUPPORT)) as {
  ninjsValidator: () => (doc: unknown) => unknown[];
};
const validateNinjs = ninjsValidator();

describe.each(rows)('$name', ({ blocks, html, options }) => {
  const editor = editorWith(blocks);
  const { body, bodyText } = readBody(editor);

  it('JSON: survives a save and a reopen unchanged', () => {
    const saved = JSON.stringify(editor.getEditorState().toJSON());
    const again = newEditor();
    again.setEditorState(again.parseEditorState(saved));
    expect(again.getEditorState().toJSON()).toEqual(JSON.parse(saved));

    // …and the way BodyEditor opens a stored body.
    const opened = newEditor();
    const unreadable: unknown[] = [];
    const load = initialBody(body, bodyText, (e) => unreadable.push(e));
    opened.update(() => load?.(opened), { discrete: true });
    expect(unreadable).toEqual([]);
    expect(opened.getEditorState().toJSON()).toEqual(JSON.parse(saved));
  });

  it('JSON: reads through the article model’s schemas with no fallback', () => {
    expect(LexicalStateSchema.parse(body)).toEqual(body);
    for (const node of nodesOf(body.root)) {
      const type = String(node.type);
      if (type in NODE_SCHEMAS) expect(NODE_SCHEMAS[type as keyof typeof NODE_SCHEMAS].parse(node), type).toEqual(node);
    }
  });

  const article = articleFromDraft(draftOf({ headline: 'Bài thử', body, bodyText }));

  it('HTML: exports exactly its markup', () => {
    expect(articleToHtml(article, options)).toBe(html);
  });

  it('ninjs: validates against ninjs 2.2 and carries the same markup', () => {
    const ninjs = articleToNinjs(article, options);
    expect(validateNinjs(ninjs)).toEqual([]);
    expect(ninjs.bodies[0].value).toBe(html);
    // Counted from the article model's text, which must read the body as Lexical does (captions aside).
    if (!html.includes('<figure>'))
      expect(ninjs.bodies[0].charcount).toBe([...bodyText.normalize('NFC').trim()].length);
  });
});

describe('coverage', () => {
  it('the ninjs validator refuses what it should (it is the real schema, not a stub)', () => {
    expect(validateNinjs({ type: 'text' })).not.toEqual([]);
  });

  it('the rows build every node type the body editor registers', () => {
    const registered = ['root', 'paragraph', 'text', 'linebreak', 'tab', ...BODY_NODES.map((node) => node.getType())];
    const built = new Set(
      rows.flatMap(({ blocks }) =>
        [...nodesOf(readBody(editorWith(blocks)).body.root)].map((node) => String(node.type)),
      ),
    );
    expect([...built].sort()).toEqual([...registered].sort());
  });
});

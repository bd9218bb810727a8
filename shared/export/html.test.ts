import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../article/article';
import type { Draft, LexicalState } from '../article/draft';
import { bodyOf, draftOf } from '../article/draft.testing';
import { lexicalDoc } from '../article/lexicalDoc.testing';
import { DEFAULT_HOUSE_STYLE } from '../format/houseStyle';
import { articleToHtml, type HtmlOptions } from './html';

const NSMT: HtmlOptions = { houseStyle: { ...DEFAULT_HOUSE_STYLE, outlet: 'NSMT' } };
const paragraph = (...children: unknown[]): LexicalState => ({
  root: { type: 'root', children: [{ type: 'paragraph', children }] },
});
const text = (value: string, format = 0) => ({ type: 'text', text: value, format });
const link = (url: string, label = 'đây') => ({ type: 'link', url, children: [text(label)] });
const photo = (fields: Record<string, unknown>): LexicalState =>
  bodyOf({ src: 'https://cdn.nsmt.vn/a.jpg', ...fields });

const cases: { name: string; draft: Partial<Draft>; options?: HtmlOptions; html: string }[] = [
  {
    name: 'lead with the outlet prefix, paragraphs with bold, italic, a link and a line break',
    draft: {
      lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ.',
      body: lexicalDoc({
        p: [
          { b: 'Đặc biệt' },
          ', trong ',
          { i: '9 tháng' },
          ' — xem ',
          { link: 'https://nsmt.vn/a', text: 'bài trước' },
          'br',
          'dòng hai',
        ],
      }).state,
    },
    options: NSMT,
    html:
      '<p class="lead">(NSMT) - Được sự cho phép của Thường trực Thành ủy Cần Thơ.</p>\n' +
      '<p><strong>Đặc biệt</strong>, trong <em>9 tháng</em> — xem <a href="https://nsmt.vn/a">bài trước</a><br>dòng hai</p>',
  },
  {
    name: 'the dateline source tag wins over the house outlet; a typed prefix is not doubled',
    draft: {
      lead: '(TTXVN) – Sáng 16/11…',
      dateline: { place: '', dateTime: '2024-11-16T08:00:00+07:00', source: 'TTXVN' },
    },
    options: NSMT,
    html: '<p class="lead">(TTXVN) – Sáng 16/11…</p>',
  },
  {
    name: 'subheads, quote, lists (nested, numbered from 3)',
    draft: {
      body: {
        root: {
          type: 'root',
          children: [
            ...lexicalDoc({ h: 'h2', text: 'Kết quả' }, { h: 'h3', text: 'Chi tiết' }, { quote: ['Dân vận khéo'] })
              .state.root.children,
            ...lexicalDoc({ list: 'bullet', items: [['Một'], { nested: 'number', items: [['a']] }] }).state.root
              .children,
            { type: 'list', listType: 'number', start: 3, children: [{ type: 'listitem', children: [text('ba')] }] },
          ],
        },
      },
    },
    html:
      '<h2>Kết quả</h2>\n<h3>Chi tiết</h3>\n<blockquote><p>Dân vận khéo</p></blockquote>\n' +
      '<ul><li>Một<ol><li>a</li></ol></li></ul>\n<ol start="3"><li>ba</li></ol>',
  },
  {
    name: 'captioned photo with its rendition, caption and credit',
    draft: {
      body: photo({
        caption: 'Các đại biểu chụp hình kỷ niệm.',
        credit: 'Ảnh: Thảo Nguyên',
        altText: 'Đại biểu đứng thành hai hàng',
      }),
    },
    options: {
      renditions: {
        'photo-1': [{ name: 'main', href: 'https://cdn.nsmt.vn/photo-1/1600.jpg', width: 1600, height: 1067 }],
      },
    },
    html:
      '<figure><img src="https://cdn.nsmt.vn/photo-1/1600.jpg" alt="Đại biểu đứng thành hai hàng" width="1600" height="1067">' +
      '<figcaption>Các đại biểu chụp hình kỷ niệm. <span class="credit">Ảnh: Thảo Nguyên</span></figcaption></figure>',
  },
  {
    name: 'the named rendition is the one shown; no caption, no credit: no figcaption',
    draft: { body: photo({ caption: '', credit: '', altText: '' }) },
    options: {
      imageRendition: 'small',
      renditions: {
        'photo-1': [
          { name: 'main', href: 'https://cdn.nsmt.vn/big.jpg' },
          { name: 'small', href: 'https://cdn.nsmt.vn/small.jpg', width: 640, height: 427 },
        ],
      },
    },
    html: '<figure><img src="https://cdn.nsmt.vn/small.jpg" alt="" width="640" height="427"></figure>',
  },
  {
    name: 'without renditions the node’s own http(s) src is used, at the original size',
    draft: { body: photo({ caption: 'Chú thích', credit: '' }) },
    html: '<figure><img src="https://cdn.nsmt.vn/a.jpg" alt="Mô tả" width="1600" height="1067"><figcaption>Chú thích</figcaption></figure>',
  },
  {
    name: 'a photo whose size is unknown has no width or height',
    draft: {
      body: {
        root: {
          type: 'root',
          children: [
            {
              type: 'captioned-photo',
              photoId: 'p',
              src: 'https://cdn.nsmt.vn/p.jpg',
              caption: 'C',
              credit: 'Đ',
              altText: 'A',
            },
          ],
        },
      },
    },
    html: '<figure><img src="https://cdn.nsmt.vn/p.jpg" alt="A"><figcaption>C <span class="credit">Đ</span></figcaption></figure>',
  },
  {
    name: 'the editor’s "size not known" (0) is never exported as width="0"',
    draft: { body: photo({ caption: '', credit: '', width: 0, height: 0 }) },
    html: '<figure><img src="https://cdn.nsmt.vn/a.jpg" alt="Mô tả"></figure>',
  },
  {
    name: 'a rendition that says 0 by 0 is exported without a size',
    draft: { body: photo({ caption: '', credit: '', width: 0, height: 0 }) },
    options: { renditions: { 'photo-1': [{ name: 'main', href: 'https://cdn.nsmt.vn/m.jpg', width: 0, height: 0 }] } },
    html: '<figure><img src="https://cdn.nsmt.vn/m.jpg" alt="Mô tả"></figure>',
  },
  {
    name: 'byline and related links (title and teaser); unsafe related links are dropped',
    draft: {
      byline: [{ name: 'Thảo Nguyên' }, { name: 'Minh Anh' }],
      related: [
        {
          url: 'https://nsmt.vn/ca-mau',
          title: 'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau',
          teaser: '(NSMT) - Chiều 17/11…',
        },
        { url: 'javascript:alert(1)', title: 'Bẫy', teaser: '' },
        { url: 'https://nsmt.vn/b', title: '', teaser: '' },
      ],
    },
    html:
      '<p class="byline">Thảo Nguyên, Minh Anh</p>\n<ul class="related">' +
      '<li><a href="https://nsmt.vn/ca-mau">Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau</a><p class="teaser">(NSMT) - Chiều 17/11…</p></li>' +
      '<li><a href="https://nsmt.vn/b">https://nsmt.vn/b</a></li></ul>',
  },
  {
    name: 'lead, byline and related can each be left out',
    draft: {
      lead: 'Sapo',
      byline: [{ name: 'A' }],
      related: [{ url: 'https://nsmt.vn/x', title: 'X', teaser: '' }],
      body: bodyOf('Thân bài'),
    },
    options: { lead: false, byline: false, related: false },
    html: '<p>Thân bài</p>',
  },
  {
    name: 'a body saved as plain text only',
    draft: { body: null, bodyText: 'Đoạn một.\n\nĐoạn <hai>.' },
    html: '<p>Đoạn một.</p>\n<p>Đoạn &lt;hai&gt;.</p>',
  },
  // Hostile input: everything is text, and only http, https and mailto links survive.
  {
    name: 'a <script> in a caption, credit, alt text, paragraph and lead is text',
    draft: {
      lead: '<script>alert(1)</script>',
      body: {
        root: {
          type: 'root',
          children: [
            ...paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)>')).root.children,
            ...photo({
              caption: '<script>alert(1)</script>',
              credit: '</span><script>',
              altText: '" onerror="alert(1)',
            }).root.children,
          ],
        },
      },
    },
    html:
      '<p class="lead">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n' +
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>\n' +
      '<figure><img src="https://cdn.nsmt.vn/a.jpg" alt="&quot; onerror=&quot;alert(1)" width="1600" height="1067">' +
      '<figcaption>&lt;script&gt;alert(1)&lt;/script&gt; <span class="credit">&lt;/span&gt;&lt;script&gt;</span></figcaption></figure>',
  },
  {
    name: 'javascript: link keeps its words, loses its address',
    draft: { body: paragraph(link('javascript:alert(1)')) },
    html: '<p>đây</p>',
  },
  { name: 'JaVaScRiPt: link', draft: { body: paragraph(link('JaVaScRiPt:alert(1)')) }, html: '<p>đây</p>' },
  { name: 'java\\tscript: link', draft: { body: paragraph(link('java\tscript:alert(1)')) }, html: '<p>đây</p>' },
  {
    name: 'leading control characters before javascript:',
    draft: { body: paragraph(link('\u0001\u0002 javascript:alert(1)')) },
    html: '<p>đây</p>',
  },
  {
    name: 'data:text/html link',
    draft: { body: paragraph(link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')) },
    html: '<p>đây</p>',
  },
  { name: 'vbscript: link', draft: { body: paragraph(link('vbscript:msgbox(1)')) }, html: '<p>đây</p>' },
  {
    name: 'entity-encoded javascript: link',
    draft: { body: paragraph(link('&#106;avascript&#58;alert(1)')) },
    html: '<p>đây</p>',
  },
  {
    name: 'hex-entity javascript: link',
    draft: { body: paragraph(link('&#x6A;avascript:alert(1)')) },
    html: '<p>đây</p>',
  },
  {
    name: 'a quote breaking out of href is encoded by the URL parser',
    draft: { body: paragraph(link('https://nsmt.vn/"><script>alert(1)</script>', '<b>x</b>')) },
    html: '<p><a href="https://nsmt.vn/%22%3E%3Cscript%3Ealert(1)%3C/script%3E">&lt;b&gt;x&lt;/b&gt;</a></p>',
  },
  {
    name: 'a related link is a web page: mailto: is dropped there (Finish refuses it too)',
    draft: { related: [{ url: 'mailto:toasoan@nsmt.vn', title: 'Toà soạn', teaser: '' }] },
    html: '',
  },
  {
    name: 'a mailto: link survives',
    draft: { body: paragraph(link('mailto:toasoan@nsmt.vn', 'toà soạn')) },
    html: '<p><a href="mailto:toasoan@nsmt.vn">toà soạn</a></p>',
  },
  {
    name: 'a photo whose address is javascript: or data: shows no picture, keeps its caption',
    draft: { body: photo({ src: 'javascript:alert(1)', caption: 'Chú thích', credit: '' }) },
    options: { renditions: { 'photo-1': [{ name: 'main', href: 'data:image/svg+xml,<svg onload=alert(1)>' }] } },
    html: '<figure><figcaption>Chú thích</figcaption></figure>',
  },
  {
    name: 'a teaser and title with markup, a related URL with a quote',
    draft: { related: [{ url: 'https://nsmt.vn/a"b', title: '<i>T</i>', teaser: '"><script>' }] },
    html: '<ul class="related"><li><a href="https://nsmt.vn/a%22b">&lt;i&gt;T&lt;/i&gt;</a><p class="teaser">&quot;&gt;&lt;script&gt;</p></li></ul>',
  },
];

describe('articleToHtml', () => {
  for (const { name, draft, options, html } of cases) {
    it(name, () => expect(articleToHtml(articleFromDraft(draftOf(draft)), options)).toBe(html));
  }

  it('makes only our own tags and attributes, and only http(s) or mailto addresses', () => {
    const TAGS = new Set([
      'p',
      'strong',
      'em',
      'a',
      'br',
      'h2',
      'h3',
      'ul',
      'ol',
      'li',
      'blockquote',
      'figure',
      'img',
      'figcaption',
      'span',
    ]);
    for (const { draft, options } of cases) {
      const html = articleToHtml(articleFromDraft(draftOf(draft)), options);
      // Every "<" and ">" that is not ours was escaped, so each one here opens or closes a tag.
      for (const [, name, attributes] of html.matchAll(/<\/?([a-z0-9]+)([^<>]*)>/g)) {
        expect(TAGS).toContain(name);
        expect(attributes).toMatch(/^(\s(href|src|alt|width|height|class|start)="[^"<>]*")*$/);
        for (const [, url] of attributes.matchAll(/(?:href|src)="([^"]*)"/g))
          expect(url).toMatch(/^(https?:\/\/|mailto:)/);
      }
      expect(html.replace(/<\/?[a-z0-9]+[^<>]*>/g, '')).not.toMatch(/[<>]/);
    }
  });
});

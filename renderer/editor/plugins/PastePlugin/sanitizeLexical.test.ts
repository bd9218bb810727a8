import { describe, expect, test } from 'vitest';
import { XSS_LEXICAL } from '../../../../tests/support/xssCorpus';
import { bodyProblems } from '../../../../tests/support/pasteChecks';
import type { CaptionedPhotoPayload } from '../../nodes/CaptionedPhotoNode';
import { sanitizeLexicalClipboard, sanitizeSerializedNodes, type CleanNode } from './sanitizeLexical';

const PHOTO = 'd'.repeat(64);
const own: CaptionedPhotoPayload = {
  photoId: PHOTO,
  src: 'r-1280.jpg',
  caption: 'own',
  credit: 'TTXVN',
  altText: 'alt',
  width: 4000,
  height: 3000,
};
const rules = { photo: (id: string) => (id === PHOTO ? own : undefined) };

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  text: value,
  format: 0,
  ...extra,
});
const clean = (...nodes: unknown[]) => sanitizeSerializedNodes(nodes, rules);
const only = (nodes: CleanNode[]) => {
  expect(nodes).toHaveLength(1);
  return nodes[0];
};

describe('links', () => {
  const cases: [string, string | null][] = [
    ['https://example.vn/a', 'https://example.vn/a'],
    ['  http://example.vn  ', 'http://example.vn/'],
    ['mailto:toa-soan@example.vn', 'mailto:toa-soan@example.vn'],
    ['javascript:window.__xss=1', null],
    ['JaVaScRiPt:window.__xss=1', null],
    ['java\tscript:window.__xss=1', null],
    [' javascript:window.__xss=1', null],
    ['&#106;avascript:window.__xss=1', null],
    ['data:text/html,<script>window.__xss=1</script>', null],
    ['vbscript:msgbox(1)', null],
    ['/relative/path', null],
    ['http://', null],
    ['mailto:', null],
    ['https://example.vn/' + 'a'.repeat(3000), null],
  ];
  test.each(cases)('%j → %j', (url, expected) => {
    const paragraph = only(
      clean({ type: 'paragraph', children: [{ type: 'link', url, target: '_blank', children: [text('words')] }] }),
    );
    const child = paragraph.children?.[0];
    if (expected === null) expect(child).toMatchObject({ type: 'text', text: 'words' });
    else
      expect(child).toEqual({
        type: 'link',
        version: 1,
        url: expected,
        rel: 'noopener noreferrer',
        target: null,
        title: null,
        children: [expect.objectContaining({ text: 'words' })],
        direction: null,
        format: '',
        indent: 0,
      });
  });
});

describe('blocks and text', () => {
  const cases: [string, unknown, unknown][] = [
    ['h1 becomes h2', { type: 'heading', tag: 'h1', children: [text('A')] }, { type: 'heading', tag: 'h2' }],
    ['h3 stays', { type: 'heading', tag: 'h3', children: [text('A')] }, { type: 'heading', tag: 'h3' }],
    ['h6 becomes h3', { type: 'heading', tag: 'h6', children: [text('A')] }, { type: 'heading', tag: 'h3' }],
    [
      'a made-up tag becomes h3',
      { type: 'heading', tag: 'script', children: [text('A')] },
      { type: 'heading', tag: 'h3' },
    ],
    [
      'check list becomes bullets',
      {
        type: 'list',
        listType: 'check',
        tag: 'script',
        children: [{ type: 'listitem', checked: true, children: [text('x')] }],
      },
      { type: 'list', listType: 'bullet', tag: 'ul', start: 1 },
    ],
    [
      'paragraph attributes are dropped',
      { type: 'paragraph', format: 'javascript:', indent: 9, textStyle: 'color:red', children: [text('x')] },
      { type: 'paragraph', format: '', indent: 0, textStyle: '' },
    ],
  ];
  test.each(cases)('%s', (_name, input, expected) => {
    expect(only(clean(input))).toMatchObject(expected as object);
  });

  test('text keeps bold and italic only, never a style or mode; words come out NFC', () => {
    const paragraph = only(
      clean({
        type: 'paragraph',
        children: [
          text('Ca\u0302\u0300n Tho\u031B', {
            format: 0xffff,
            style: 'background:url(javascript:x)',
            mode: 'token',
            detail: 3,
            $: { a: 1 },
          }),
        ],
      }),
    );
    expect(paragraph.children).toEqual([
      { type: 'text', version: 1, text: 'Cần Thơ', format: 3, style: '', mode: 'normal', detail: 0 },
    ]);
  });

  test('unknown nodes keep their words, lose themselves', () => {
    const nodes = clean(
      {
        type: 'table',
        children: [
          {
            type: 'tablerow',
            children: [{ type: 'tablecell', children: [{ type: 'paragraph', children: [text('cell')] }] }],
          },
        ],
      },
      { type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('raw')] },
      { type: 'iframe', src: 'javascript:alert(1)' },
    );
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'text']);
    expect(JSON.stringify(nodes)).not.toMatch(/iframe|onerror|javascript|table|html/);
  });

  test('a link inside a link keeps only the outer one', () => {
    const heading = only(
      clean({
        type: 'heading',
        tag: 'h2',
        children: [
          {
            type: 'link',
            url: 'https://a.vn',
            children: [{ type: 'link', url: 'https://b.vn', children: [text('x')] }],
          },
        ],
      }),
    );
    expect(heading.children).toEqual([
      expect.objectContaining({
        type: 'link',
        url: 'https://a.vn/',
        children: [expect.objectContaining({ type: 'text', text: 'x' })],
      }),
    ]);
  });

  test('deep nesting is cut and a flood of nodes is capped', () => {
    let deep: unknown = text('bottom');
    for (let i = 0; i < 5000; i++) deep = { type: 'quote', children: [deep] };
    expect(JSON.stringify(clean(deep))).not.toContain('bottom');
    const flood = clean({ type: 'paragraph', children: Array.from({ length: 50_000 }, () => text('w')) });
    expect(flood[0].children!.length).toBeLessThanOrEqual(20_000);
  });
});

describe('captioned photos', () => {
  const cases: [string, Record<string, unknown>, boolean][] = [
    ['a photo of this draft', { photoId: PHOTO, src: 'javascript:window.__xss=1' }, true],
    ['a photo of another draft', { photoId: 'e'.repeat(64), src: 'r.jpg' }, false],
    ['no photo id', { src: 'https://evil.example/p.png' }, false],
  ];
  test.each(cases)('%s', (_name, fields, kept) => {
    const nodes = clean({
      type: 'captioned-photo',
      caption: 'Ca\u0302\u0300n Tho\u031B',
      credit: 'x',
      altText: 'y',
      width: 1,
      height: 1,
      ...fields,
    });
    if (!kept) return expect(nodes).toEqual([]);
    // The picture is the draft's own, whatever the clipboard said; the words are the clipboard's.
    expect(only(nodes)).toEqual({
      type: 'captioned-photo',
      version: 1,
      photoId: PHOTO,
      src: 'r-1280.jpg',
      caption: 'Cần Thơ',
      credit: 'x',
      altText: 'y',
      width: 4000,
      height: 3000,
    });
  });
});

test('broken, foreign-shaped or huge clipboards are not read', () => {
  expect(sanitizeLexicalClipboard('{"nodes":[', rules)).toBeNull();
  expect(sanitizeLexicalClipboard('{"nodes":{}}', rules)).toBeNull();
  expect(sanitizeLexicalClipboard(`{"nodes":[],"x":"${'a'.repeat(4_000_001)}"}`, rules)).toBeNull();
});

test(`every Lexical payload of the XSS corpus (${XSS_LEXICAL.length}) comes out clean`, () => {
  expect(XSS_LEXICAL.length).toBeGreaterThanOrEqual(200);
  for (const payload of XSS_LEXICAL) {
    const nodes = sanitizeLexicalClipboard(payload, rules) ?? [];
    const problems = bodyProblems({ root: { type: 'root', children: nodes } });
    expect(problems, payload.slice(0, 200)).toEqual([]);
    expect(JSON.stringify(nodes)).not.toMatch(/"(url|src)":"(?!https?:|mailto:)|"style":"[^"]|"(html|srcdoc|\$)":/);
  }
});

// @vitest-environment jsdom
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $getSelection, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, test } from 'vitest';
import { articleFromDraft } from '../../../../shared/article/article';
import type { Draft } from '../../../../shared/article/draft';
import { articleToHtml } from '../../../../shared/export/html';
import { articleToNinjs } from '../../../../shared/export/ninjs';
import { bodyProblems, exportHtmlProblems, ninjsProblems } from '../../../../tests/support/pasteChecks';
import { GOOGLE_DOCS_HTML, WEB_HTML, WORD_HTML } from '../../../../tests/support/pasteFixtures';
import { XSS_HTML, XSS_LEXICAL } from '../../../../tests/support/xssCorpus';
import { CaptionedPhotoNode } from '../../nodes/CaptionedPhotoNode';
import { $pasteClean, HTML_TYPE, LEXICAL_TYPE } from './pasteClipboard';

function newEditor(): LexicalEditor {
  return createEditor({
    namespace: 'newsdesk-body',
    nodes: [CaptionedPhotoNode, HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
}

/** Pastes each clipboard into a fresh body (a caret in an empty paragraph) and gives back the body's JSON. */
function paste(clipboards: Record<string, string>[]) {
  const editor = newEditor();
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().clear().append(paragraph);
      paragraph.select();
      for (const data of clipboards) $pasteClean(editor, { getData: (type) => data[type] ?? '' }, $getSelection()!, {});
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON();
}

const draftWith = (body: unknown): Draft =>
  ({
    id: 'paste-test-0001',
    template: 'tin',
    language: 'vi',
    section: '',
    headline: 'Dán',
    subheadline: '',
    dateline: null,
    lead: '',
    byline: [],
    related: [],
    keywords: [],
    status: 'draft',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
    body,
    bodyText: '',
  }) as unknown as Draft;

describe('the whole paste, through Lexical, into the body and out through the exports', () => {
  const corpora: [string, Record<string, string>[]][] = [
    ['text/html', XSS_HTML.map((html) => ({ [HTML_TYPE]: html, 'text/plain': 'plain' }))],
    ['application/x-lexical-editor', XSS_LEXICAL.map((json) => ({ [LEXICAL_TYPE]: json, 'text/plain': 'plain' }))],
  ];
  test.each(corpora)(
    '%s: the XSS corpus leaves nothing dangerous',
    (_type, clipboards) => {
      expect(clipboards.length).toBeGreaterThanOrEqual(200);
      const body = paste(clipboards);
      expect(bodyProblems(body)).toEqual([]);
      const article = articleFromDraft(draftWith(body));
      // The words did go in: a paste that inserted nothing would pass the checks below trivially.
      expect(article.bodyText.length).toBeGreaterThan(1000);
      expect(exportHtmlProblems(articleToHtml(article))).toEqual([]);
      expect(ninjsProblems(articleToNinjs(article))).toEqual([]);
    },
    120_000,
  );
});

test.each([
  ['Word', WORD_HTML],
  ['Google Docs', GOOGLE_DOCS_HTML],
  ['a web page', WEB_HTML],
])('%s becomes a subhead, bold, italic, a list and a link', (_name, html) => {
  const body = paste([{ [HTML_TYPE]: html }]);
  const out = articleToHtml(articleFromDraft(draftWith(body)), { lead: false, byline: false });
  expect(out).toMatch(
    /^<h[23]>Nước về đồng<\/h[23]>\n<p>Mùa nước nổi năm nay đến <strong>sớm hơn<\/strong> mọi năm, <em>cá linh<\/em> đã về.<\/p>\n<ul><li>Cá linh non<\/li><li>Bông điên điển<\/li><\/ul>\n<p>Xem thêm tại <a href="https:\/\/example.vn\/mua-nuoc-noi.html">trang chuyên đề<\/a>.<\/p>$/,
  );
  expect(bodyProblems(body)).toEqual([]);
});

test('pasted decomposed Vietnamese is stored in NFC', () => {
  const nfd = 'Cần Thơ'.normalize('NFD');
  const body = paste([
    { [HTML_TYPE]: `<p><b>${nfd}</b></p>` },
    { [LEXICAL_TYPE]: JSON.stringify({ nodes: [{ type: 'text', text: nfd, format: 0 }] }) },
  ]);
  const texts = JSON.stringify(body).match(/"text":"[^"]*"/g);
  expect(texts).toEqual(['"text":"Cần Thơ"', '"text":"Cần Thơ"']);
});

test('markup too big to read or with no words left does not eat the paste: its plain text goes in', () => {
  const huge = `<p>${'<span style="mso-bidi-font-family:Arial">chữ</span> '.repeat(80_000)}</p>`;
  expect(huge.length).toBeGreaterThan(4_000_000);
  for (const html of [huge, '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">']) {
    const body = paste([{ [HTML_TYPE]: html, 'text/plain': 'Tin từ Cần Thơ, chữ vẫn còn.' }]);
    expect(JSON.stringify(body)).toContain('"text":"Tin từ Cần Thơ, chữ vẫn còn."');
    expect(bodyProblems(body)).toEqual([]);
  }
});

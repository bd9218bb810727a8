// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { GOOGLE_DOCS_HTML, WEB_HTML, WORD_HTML } from '../../../../tests/support/pasteFixtures';
import { XSS_HTML } from '../../../../tests/support/xssCorpus';
import { sanitizeClipboardHtml } from './sanitizeHtml';

const ALLOWED = new Set([
  'P',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'B',
  'STRONG',
  'I',
  'EM',
  'UL',
  'OL',
  'LI',
  'A',
  'BLOCKQUOTE',
  'SPAN',
]);

/** What survived, read back from the sanitised markup itself. */
function problemsOf(clean: string): string[] {
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  const problems: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!ALLOWED.has(el.tagName)) problems.push(`tag ${el.tagName}`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name !== 'href' || el.tagName !== 'A') problems.push(`${el.tagName}[${attr.name}]`);
      else if (!/^(https?:\/\/[^/]|mailto:.+@)/i.test(attr.value)) problems.push(`href ${attr.value}`);
    }
  }
  return problems;
}

/** The markup reduced to its structure, spans (word carriers) left out. */
const shape = (clean: string) => clean.replace(/<\/?span>/g, '').replace(/\s*\n\s*/g, '');

describe('Word, Google Docs and web pages keep their structure and lose their junk', () => {
  const cases: [string, string, string][] = [
    [
      'Word',
      WORD_HTML,
      '<h2>Nước về đồng</h2><p>Mùa nước nổi năm nay đến <b>sớm hơn</b> mọi năm, <i>cá linh</i> đã về.</p><ul><li>Cá linh non</li><li>Bông điên điển</li></ul><p>Xem thêm tại <a href="https://example.vn/mua-nuoc-noi.html">trang chuyên đề</a>.</p>',
    ],
    [
      'Google Docs',
      GOOGLE_DOCS_HTML,
      '<h2>Nước về đồng</h2><p>Mùa nước nổi năm nay đến <b>sớm hơn</b> mọi năm, <i>cá linh</i> đã về.</p><ul><li><p>Cá linh non</p></li><li><p>Bông điên điển</p></li></ul><p>Xem thêm tại <a href="https://example.vn/mua-nuoc-noi.html">trang chuyên đề</a>.</p><br>',
    ],
    [
      'a web page',
      WEB_HTML,
      '<h3>Nước về đồng</h3><p>Mùa nước nổi năm nay đến <strong>sớm hơn</strong> mọi năm, <em>cá linh</em> đã về.</p><ul><li>Cá linh non</li><li>Bông điên điển</li></ul><p>Xem thêm tại <a href="https://example.vn/mua-nuoc-noi.html">trang chuyên đề</a>.</p>',
    ],
  ];
  test.each(cases)('%s', (_name, html, expected) => {
    const clean = sanitizeClipboardHtml(html);
    expect(shape(clean)).toBe(expected);
    expect(problemsOf(clean)).toEqual([]);
    expect(clean).not.toMatch(/Mso|mso-|o:p|·|docs-internal|style|class|Chia sẻ/);
  });
});

describe('styles that mean bold or italic become tags; the rest is dropped', () => {
  const cases: [string, string][] = [
    ['<span style="font-weight:700">x</span>', '<b>x</b>'],
    ['<span style="font-weight: bold !important">x</span>', '<b>x</b>'],
    ['<span style="FONT-STYLE:italic">x</span>', '<i>x</i>'],
    ['<span style="font-weight:600;font-style:oblique">x</span>', '<i><b>x</b></i>'],
    ['<b style="font-weight:normal">x</b>', 'x'],
    ['<i style="font-style:normal">x</i>', 'x'],
    ['<span style="font-weight:400;color:red">x</span>', 'x'],
    ['<u>under</u><s>struck</s><code>code</code>', 'understruckcode'],
    ['<h2 style="font-weight:700">sub</h2>', '<h2>sub</h2>'],
    ['<div>one</div><div>two <b>bold</b></div>', '<p>one</p><p>two <b>bold</b></p>'],
    ['<table><tr><td>cell</td><td>cell 2</td></tr></table>', '<p>cell</p><p>cell 2</p>'],
    ['<p>&nbsp;</p><p>kept</p>', '<p>kept</p>'],
  ];
  test.each(cases)('%s → %s', (html, expected) => {
    expect(shape(sanitizeClipboardHtml(html))).toBe(expected);
  });
});

test('Word numbered lists become <ol>', () => {
  const item = (n: number, words: string) =>
    `<p class=MsoListParagraphCxSpMiddle style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>${n}.<span>&nbsp;&nbsp;</span></span></span><![endif]>${words}<o:p></o:p></p>`;
  expect(shape(sanitizeClipboardHtml(item(1, 'một') + item(2, 'hai')))).toBe('<ol><li>một</li><li>hai</li></ol>');
});

test(`every HTML payload of the XSS corpus (${XSS_HTML.length}) is reduced to the allow-list`, () => {
  expect(XSS_HTML.length).toBeGreaterThanOrEqual(200);
  for (const payload of XSS_HTML) {
    const clean = sanitizeClipboardHtml(payload);
    expect(problemsOf(clean), payload).toEqual([]);
    // Nothing dangerous re-appears when the markup is read again (mutation XSS).
    expect(problemsOf(new DOMParser().parseFromString(clean, 'text/html').body.innerHTML), payload).toEqual([]);
  }
}, 120_000);

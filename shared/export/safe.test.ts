import { describe, expect, it } from 'vitest';
import { escapeHtml, isAllowedUrl, safeUrl, schemePattern, type UrlUse } from './safe';

describe('safeUrl', () => {
  const cases: [input: string, use: UrlUse, expected: string | null][] = [
    ['https://nsmt.vn/tin-tuc/a.html', 'link', 'https://nsmt.vn/tin-tuc/a.html'],
    ['http://nsmt.vn', 'link', 'http://nsmt.vn/'],
    ['  https://nsmt.vn/a b  ', 'link', 'https://nsmt.vn/a%20b'],
    ['HTTPS://NSMT.VN/A', 'link', 'https://nsmt.vn/A'],
    ['https://cần thơ.vn/', 'link', null],
    ['https://cầnthơ.vn/', 'link', 'https://xn--cnth-ogb0965b.vn/'],
    ['mailto:toasoan@nsmt.vn', 'link', 'mailto:toasoan@nsmt.vn'],
    ['mailto:toasoan@nsmt.vn', 'image', null],
    // An e-mail link needs an address; related links are pages to open, so web only.
    ['mailto:', 'link', null],
    ['mailto:toasoan', 'link', null],
    ['MAILTO:toasoan@nsmt.vn', 'link', 'mailto:toasoan@nsmt.vn'],
    ['mailto:toasoan@nsmt.vn', 'related', null],
    ['https://nsmt.vn/ca-mau', 'related', 'https://nsmt.vn/ca-mau'],
    ['http://nsmt.vn', 'related', 'http://nsmt.vn/'],
    ['javascript:alert(1)', 'related', null],
    ['ftp://nsmt.vn/a', 'related', null],
    ['https://cdn.nsmt.vn/a.jpg', 'image', 'https://cdn.nsmt.vn/a.jpg'],
    ['tel:+84901234567', 'link', null],
    ['sms:+84901234567', 'link', null],
    ['https://nsmt.vn/"onmouseover="alert(1)', 'link', 'https://nsmt.vn/%22onmouseover=%22alert(1)'],
    ['https://nsmt.vn/<script>', 'link', 'https://nsmt.vn/%3Cscript%3E'],
    // Refused: every scheme but http, https and mailto, however it is written.
    ['javascript:alert(1)', 'link', null],
    ['JaVaScRiPt:alert(1)', 'link', null],
    ['java\tscript:alert(1)', 'link', null],
    ['java\nscript:alert(1)', 'link', null],
    ['\u0000 javascript:alert(1)', 'link', null],
    ['  javascript:alert(1)', 'link', null],
    ['vbscript:msgbox(1)', 'link', null],
    ['data:text/html,<script>alert(1)</script>', 'link', null],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', null],
    ['file:///etc/passwd', 'link', null],
    ['ftp://nsmt.vn/a', 'link', null],
    ['blob:https://nsmt.vn/1', 'link', null],
    // Entity- or percent-encoded schemes are not schemes: relative, so refused.
    ['&#106;avascript:alert(1)', 'link', null],
    ['javascript&#58;alert(1)', 'link', null],
    ['javascript&colon;alert(1)', 'link', null],
    ['javascript%3Aalert(1)', 'link', null],
    ['&#x6A;&#x61;vascript:alert(1)', 'link', null],
    // Relative and empty addresses have nothing to resolve against in an export.
    ['/tin-tuc/a.html', 'link', null],
    ['//evil.example/a', 'link', null],
    ['', 'link', null],
    ['http://', 'link', null],
  ];
  for (const [input, use, expected] of cases) {
    it(`${JSON.stringify(input)} as ${use} → ${expected ?? 'refused'}`, () =>
      expect(safeUrl(input, use)).toBe(expected));
  }
});

describe('isAllowedUrl and schemePattern agree with safeUrl', () => {
  const urls = ['https://nsmt.vn/a', 'mailto:a@nsmt.vn', 'mailto:', 'javascript:alert(1)', 'tel:1', 'HTTP://NSMT.VN'];
  const uses: UrlUse[] = ['link', 'related', 'image'];
  for (const use of uses)
    for (const url of urls)
      it(`${url} as ${use}`, () => {
        expect(isAllowedUrl(url, use)).toBe(safeUrl(url, use) !== null);
        // The pattern is a first gate: it never refuses what safeUrl allows.
        if (safeUrl(url, use) !== null) expect(schemePattern(use).test(url)).toBe(true);
      });
  it('the body-link pattern is http, https and mailto', () =>
    expect(schemePattern('link').source).toBe('^(?:http|https|mailto):'));
});

describe('escapeHtml', () => {
  const cases: [input: string, expected: string][] = [
    ['Cần Thơ', 'Cần Thơ'],
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    [`" onerror='alert(1)`, '&quot; onerror=&#39;alert(1)'],
    ['A & B &amp; C', 'A &amp; B &amp;amp; C'],
    ['a\u0000b\u0007c\td\ne', 'abc\td\ne'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(escapeHtml(input)).toBe(expected));
  }
});

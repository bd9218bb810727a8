import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, linkUrlFrom } from './linkUrl';

describe('isAllowedLinkUrl', () => {
  const cases: [string, boolean][] = [
    ['https://vnexpress.net/a-1.html', true],
    ['http://example.vn', true],
    ['mailto:toasoan@example.vn', true],
    ['  https://example.vn  ', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['file:///etc/passwd', false],
    ['ftp://example.vn', false],
    ['mailto:', false],
    ['mailto:toasoan', false],
    ['tel:+84901234567', false],
    ['example.vn', false],
    ['', false],
  ];
  for (const [url, expected] of cases)
    it(`${JSON.stringify(url)} → ${expected}`, () => expect(isAllowedLinkUrl(url)).toBe(expected));
});

describe('linkUrlFrom', () => {
  const cases: [string, string][] = [
    ['vnexpress.net/a', 'https://vnexpress.net/a'],
    ['https://example.vn', 'https://example.vn'],
    ['toasoan@example.vn', 'mailto:toasoan@example.vn'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['  ', ''],
  ];
  for (const [typed, expected] of cases)
    it(`${JSON.stringify(typed)} → ${expected}`, () => expect(linkUrlFrom(typed)).toBe(expected));
});

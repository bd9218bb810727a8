import { describe, expect, it } from 'vitest';
import { redact, redactText } from './redact';

describe('redactText: secrets inside a line', () => {
  const cases: [string, string][] = [
    ['GET https://desk:hunter2@cms.example.vn/wp-json', 'GET https://desk:[redacted]@cms.example.vn/wp-json'],
    ['Authorization: Basic ZGVzazpodW50ZXIy', 'Authorization: Basic [redacted]'],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc', 'Authorization: Bearer [redacted]'],
    ['login failed password=hunter2&user=desk', 'login failed password=[redacted]&user=desk'],
    ['{"token": "abcdef123456"}', '{"token": "[redacted]"}'],
    ['app password abcd EFGH 1234 ijkl MNOP 5678 refused', 'app password [redacted] refused'],
    ['drafts.save failed: disk full', 'drafts.save failed: disk full'],
  ];
  for (const [input, expected] of cases) it(input, () => expect(redactText(input)).toBe(expected));
});

describe('redact: objects, errors, story text', () => {
  it('replaces secret keys and counts article text, keeps the rest', () => {
    const out = redact({
      operation: 'drafts.save',
      draft: { id: 'd1', headline: 'Lũ ở Cần Thơ', body: { children: [{ text: 'Nước lên' }] }, revision: 3 },
      target: { url: 'https://cms.example.vn', username: 'desk', appPassword: 'abcd efgh ijkl mnop qrst uvwx' },
    });
    expect(out).toEqual({
      operation: 'drafts.save',
      draft: { id: 'd1', headline: '[article text, 12 characters]', body: '[article text]', revision: 3 },
      target: { url: 'https://cms.example.vn', username: 'desk', appPassword: '[redacted]' },
    });
  });

  it('keeps an Error an Error, its message and fields redacted', () => {
    const error = Object.assign(new Error('POST https://desk:hunter2@cms.example.vn failed'), {
      code: 'unreachable',
      password: 'hunter2',
    });
    const out = redact(error) as Error & { code: string; password: string };
    expect(out).toBeInstanceOf(Error);
    expect(out.message).toBe('POST https://desk:[redacted]@cms.example.vn failed');
    expect(out.code).toBe('unreachable');
    expect(out.password).toBe('[redacted]');
    expect(out.stack).not.toContain('hunter2');
  });

  it('survives cycles and deep nesting', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(redact(a)).toEqual({ name: 'a', self: '[circular]' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10; i++) deep = { next: deep };
    expect(JSON.stringify(redact(deep))).toContain('[nested]');
  });
});

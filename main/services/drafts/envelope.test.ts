import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DraftSchema } from '../../../shared/article/draft';
import { decodeDraft, encodeDraft, SCHEMA_VERSION } from './envelope';

/** A file as an older Newsdesk wrote it: the header names the version the body was written in. */
function fileOf(schemaVersion: number, draft: Record<string, unknown>): string {
  const body = JSON.stringify(draft);
  const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
  return `${JSON.stringify({ newsdesk: 'draft', schemaVersion, bytes: Buffer.byteLength(body), sha256 })}\n${body}\n`;
}

/** A draft exactly as Newsdesk wrote it at schema version 2 (before the templates issue). */
const v2 = {
  id: 'a3c1e0f2-5b7d-4c1e-9f00-123456789abc',
  template: 'tin',
  section: 'Nhịp sống',
  headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt',
  body: {
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Được sự cho phép' }] }] },
  },
  bodyText: 'Được sự cho phép',
  status: 'finished',
  createdAt: '2024-10-15T09:41:00.000Z',
  updatedAt: '2024-10-15T09:50:00.000Z',
  revision: 7,
};

const v3Defaults = { language: 'vi', subheadline: '', dateline: null, lead: '', byline: [], related: [], keywords: [] };

describe('decodeDraft migrates older drafts to the current schema', () => {
  const { template: _t, section: _s, ...v1 } = v2;
  const cases: { name: string; file: string; expected: Record<string, unknown> }[] = [
    {
      name: 'a v2 draft gains the article fields with their defaults',
      file: fileOf(2, v2),
      expected: { ...v2, ...v3Defaults },
    },
    {
      name: 'a v1 draft goes through both steps',
      file: fileOf(1, v1),
      expected: { ...v1, template: 'tin', section: '', ...v3Defaults },
    },
  ];
  for (const { name, file, expected } of cases) {
    it(name, () => {
      const decoded = decodeDraft(file);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.draft).toEqual(expected);
      expect(DraftSchema.safeParse(decoded.draft).success).toBe(true);
    });
  }

  it('keeps fields a document already has (no default overwrites a value)', () => {
    const decoded = decodeDraft(fileOf(2, { ...v2, lead: 'đã có' }));
    expect(decoded.ok && decoded.draft.lead).toBe('đã có');
  });

  it('writes the current version and reads it back unchanged', () => {
    const draft = DraftSchema.parse({
      ...v2,
      ...v3Defaults,
      dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: 'NSMT' },
      byline: [{ name: 'Thảo Nguyên' }],
    });
    const text = encodeDraft(draft);
    expect(JSON.parse(text.slice(0, text.indexOf('\n'))).schemaVersion).toBe(SCHEMA_VERSION);
    expect(decodeDraft(text)).toEqual({ ok: true, draft, schemaVersion: SCHEMA_VERSION });
  });
});

describe('decodeDraft names what is wrong as a code + detail, never a sentence', () => {
  const good = encodeDraft(DraftSchema.parse({ ...v2, ...v3Defaults }));
  const [header, body] = good.split('\n');
  const cases: [string, string, object][] = [
    ['empty', '', { code: 'empty', detail: {} }],
    ['garbage header', `not json\n${body}\n`, { code: 'not_draft', detail: {} }],
    [
      'cut short',
      `${header}\n${body.slice(0, 10)}`,
      { code: 'cut_short', detail: { bytes: 10, expectedBytes: Buffer.byteLength(body) } },
    ],
    ['checksum', `${header}\n${body.replace('Cần', 'Cận')}\n`, { code: 'checksum', detail: {} }],
    [
      'newer',
      good.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION + 1}`),
      { code: 'newer', detail: { format: SCHEMA_VERSION + 1, supportedFormat: SCHEMA_VERSION } },
    ],
  ];
  it.each(cases)('%s', (_name, text, damage) => {
    const decoded = decodeDraft(text);
    expect(decoded.ok ? null : decoded.damage).toEqual(damage);
  });
});

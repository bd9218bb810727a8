import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf } from '../article/draft.testing';
import { compareVersions, type ComparedPart } from './compareVersions';
import type { DiffRun } from './wordDiff';

const shown = (runs: DiffRun[]) =>
  runs.map((r) => (r.kind === 'added' ? `{+${r.text}+}` : r.kind === 'removed' ? `[-${r.text}-]` : r.text)).join('');
const byPart = (parts: ComparedPart[]) =>
  Object.fromEntries(parts.map((p) => [p.part, { changed: p.changed, text: p.paragraphs.map(shown) }]));

describe('compareVersions', () => {
  const older = draftOf({
    revision: 4,
    headline: 'Cần Thơ họp mặt báo chí',
    lead: 'Chiều 15/10, Thành ủy Cần Thơ họp mặt.',
    body: bodyOf('Đoạn đầu giữ nguyên.', { caption: 'Quang cảnh buổi họp' }, 'Đoạn cuối sẽ sửa.'),
  });
  const newer = draftOf({
    revision: 9,
    headline: 'Cần Thơ họp mặt báo chí',
    lead: 'Chiều 15/10, Thành ủy Cần Thơ tổ chức họp mặt.',
    body: bodyOf('Đoạn đầu giữ nguyên.', { caption: 'Quang cảnh buổi gặp mặt' }, 'Đoạn cuối đã sửa.'),
  });

  it('compares headline, lead, body and captions word by word', () => {
    const comparison = compareVersions(older, newer);
    expect(byPart(comparison.parts)).toEqual({
      headline: { changed: false, text: ['Cần Thơ họp mặt báo chí'] },
      lead: { changed: true, text: ['Chiều 15/10, Thành ủy Cần Thơ {+tổ chức +}họp mặt.'] },
      body: { changed: true, text: ['Đoạn đầu giữ nguyên.', 'Đoạn cuối [-sẽ-]{+đã+} sửa.'] },
      captions: { changed: true, text: ['Quang cảnh buổi [-họp-]{+gặp mặt+}'] },
    });
    // tổ chức, đã, gặp mặt / sẽ, họp
    expect(comparison).toMatchObject({ added: 5, removed: 2 });
  });

  it('leaves out parts empty in both versions and says when nothing changed', () => {
    const comparison = compareVersions(older, older);
    expect(comparison.parts.map((p) => p.part)).toEqual(['headline', 'lead', 'body', 'captions']);
    expect(comparison.parts.every((p) => !p.changed)).toBe(true);
    expect(comparison).toMatchObject({ added: 0, removed: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../article/article';
import type { Draft } from '../article/draft';
import { bodyOf, draftOf } from '../article/draft.testing';
import { checkArticle, type TemplateIssue } from './check';
import { BUILT_IN_TEMPLATES, loadTemplates } from './index';

const templates = Object.fromEntries(loadTemplates(BUILT_IN_TEMPLATES, []).templates.map((t) => [t.id, t]));
const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');
const dateline = { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' };

/** A "tin" that fits: every required part, 200 words, one photo. */
const goodTin: Partial<Draft> = {
  headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng',
  dateline,
  lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10, Ban Dân vận Thành ủy tổ chức buổi họp mặt.',
  body: bodyOf(words(200), {}),
  byline: [{ name: 'Thảo Nguyên' }],
};

/** Briefs have shorter headlines (≤ 100). */
const brief: Partial<Draft> = {
  ...goodTin,
  headline: 'Cần Thơ phát động Tháng Bình đẳng giới năm 2024',
  body: bodyOf(words(120)),
};

describe('checkArticle', () => {
  const cases: { name: string; template: string; draft: Partial<Draft>; issues: TemplateIssue[] }[] = [
    { name: 'a tin that fits', template: 'tin', draft: goodTin, issues: [] },
    {
      name: 'an empty tin: every required part, and its photo',
      template: 'tin',
      draft: {},
      issues: [
        { block: 'headline', code: 'required' },
        { block: 'dateline', code: 'required' },
        { block: 'lead', code: 'required' },
        { block: 'body', code: 'required' },
        { block: 'byline', code: 'required' },
        { block: 'photos', code: 'too_few', limit: 1, actual: 0 },
      ],
    },
    {
      name: 'headline of 121 characters (NFC, so "ộ" is one)',
      template: 'tin',
      draft: { ...goodTin, headline: 'ộ'.repeat(121) },
      issues: [{ block: 'headline', code: 'too_long', limit: 120, actual: 121 }],
    },
    {
      name: 'headline of 120 decomposed characters still fits',
      template: 'tin',
      draft: { ...goodTin, headline: 'ộ'.repeat(120).normalize('NFD') },
      issues: [],
    },
    {
      name: 'body of 199 words',
      template: 'tin',
      draft: { ...goodTin, body: bodyOf(words(199), {}) },
      issues: [{ block: 'body', code: 'too_short', limit: 200, actual: 199 }],
    },
    {
      name: 'nine related links',
      template: 'tin',
      draft: {
        ...goodTin,
        related: Array.from({ length: 9 }, (_, i) => ({ url: `https://nsmt.vn/${i}`, title: `Tin ${i}`, teaser: '' })),
      },
      issues: [{ block: 'related', code: 'too_many', limit: 8, actual: 9 }],
    },
    {
      name: 'a photo without credit and alt text',
      template: 'tin',
      draft: { ...goodTin, body: bodyOf(words(200), { credit: ' ', altText: '' }) },
      issues: [{ block: 'photos', code: 'photo_incomplete', photoId: 'photo-1', missing: ['credit', 'altText'] }],
    },
    {
      name: 'a photo story with two photos',
      template: 'anh',
      draft: { ...goodTin, body: bodyOf({}, {}) },
      issues: [{ block: 'photos', code: 'too_few', limit: 3, actual: 2 }],
    },
    {
      name: 'a photo story with none: required, not "too few"',
      template: 'anh',
      draft: { ...goodTin, body: null },
      issues: [{ block: 'photos', code: 'required' }],
    },
    {
      name: 'a brief headline of 103 characters',
      template: 'tin-van',
      draft: { ...brief, headline: goodTin.headline },
      issues: [{ block: 'headline', code: 'too_long', limit: 100, actual: 103 }],
    },
    {
      name: 'a brief of 201 words',
      template: 'tin-van',
      draft: { ...brief, body: bodyOf(words(201)) },
      issues: [{ block: 'body', code: 'too_long', limit: 200, actual: 201 }],
    },
    {
      name: 'a brief with no photo and no byline fits',
      template: 'tin-van',
      draft: { ...brief, byline: [] },
      issues: [],
    },
    {
      name: 'a brief with a subheadline and related links it does not show',
      template: 'tin-van',
      draft: { ...brief, subheadline: 'Phụ đề', related: [{ url: 'https://nsmt.vn/a', title: 'A', teaser: '' }] },
      issues: [
        { block: 'subheadline', code: 'not_in_template' },
        { block: 'related', code: 'not_in_template' },
      ],
    },
  ];
  for (const { name, template, draft, issues } of cases) {
    it(name, () => expect(checkArticle(articleFromDraft(draftOf(draft)), templates[template])).toEqual(issues));
  }
});

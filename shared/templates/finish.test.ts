import { describe, expect, it } from 'vitest';
import { articleFromDraft } from '../article/article';
import type { Draft } from '../article/draft';
import { bodyOf, draftOf } from '../article/draft.testing';
import { finishChecklist, isBlocking } from './finish';
import { BUILT_IN_TEMPLATES, loadTemplates } from './index';

const templates = Object.fromEntries(loadTemplates(BUILT_IN_TEMPLATES, []).templates.map((t) => [t.id, t]));
const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');
const dateline = { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' };
const related = {
  url: 'https://nguoisaigon.example/tong-bi-thu-to-lam',
  title: 'Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Tỉnh ủy Cà Mau',
  teaser: '(NSMT) - Chiều 17/11…',
};

/** The reference story, complete: nothing to fix. */
const complete: Partial<Draft> = {
  headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng',
  dateline,
  lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10, Ban Dân vận Thành ủy tổ chức buổi họp mặt.',
  body: bodyOf(words(200), {}),
  byline: [{ name: 'Thảo Nguyên' }],
  related: [related],
};

const check = (fields: Partial<Draft>, template = 'tin') =>
  finishChecklist(articleFromDraft(draftOf({ template, ...fields })), templates[template]!);
const summary = (fields: Partial<Draft>, template = 'tin') =>
  check(fields, template).map((i) => `${i.severity} ${i.key}`);

describe('finishChecklist', () => {
  it('has nothing to say about the complete reference story', () => {
    expect(check(complete)).toEqual([]);
  });

  const cases: { name: string; template?: string; draft: Partial<Draft>; expected: string[] }[] = [
    {
      name: 'an empty tin: every required block blocks, in page order, the missing photo only warns',
      draft: {},
      expected: [
        'blocking headline:required',
        'blocking dateline:required',
        'blocking lead:required',
        'blocking body:required',
        'warning photos:too_few',
        'blocking byline:required',
      ],
    },
    {
      name: 'headline over the limit blocks',
      draft: { ...complete, headline: 'ộ'.repeat(121) },
      expected: ['blocking headline:too_long'],
    },
    {
      name: 'lead over the limit blocks',
      draft: { ...complete, lead: 'a'.repeat(401) },
      expected: ['blocking lead:too_long'],
    },
    {
      name: 'body under the template minimum blocks',
      draft: { ...complete, body: bodyOf(words(150), {}) },
      expected: ['blocking body:too_short'],
    },
    {
      name: 'photo without caption and credit blocks, without alt text warns',
      draft: { ...complete, body: bodyOf(words(200), { photoId: 'p1', caption: '', credit: ' ', altText: '' }) },
      expected: ['blocking photos:0:p1:caption', 'blocking photos:0:p1:credit', 'warning photos:0:p1:altText'],
    },
    {
      name: 'related link: bad URL and missing title block, missing teaser warns',
      draft: {
        ...complete,
        related: [
          related,
          { url: 'javascript:alert(1)', title: '', teaser: '' },
          { url: 'nguoisaigon.vn/bai', title: 'Tiêu đề', teaser: 'x' },
        ],
      },
      expected: [
        'blocking related:1:url',
        'blocking related:1:title',
        'warning related:1:teaser',
        'blocking related:2:url',
      ],
    },
    {
      name: 'a dateline without a place warns',
      draft: { ...complete, dateline: { ...dateline, place: '' } },
      expected: ['warning dateline:no_place'],
    },
    {
      name: 'a brief needs no byline but is reminded of it; over-long body and second photo warn',
      template: 'tin-van',
      draft: {
        headline: 'Cần Thơ phát động Tháng Bình đẳng giới',
        dateline,
        lead: 'Sáng 15/10…',
        body: bodyOf(words(201), {}, {}),
      },
      expected: ['warning body:too_long', 'warning photos:too_many', 'warning byline:missing'],
    },
    {
      name: 'a block the template does not have warns (it would be exported unseen)',
      template: 'tin-van',
      draft: {
        headline: 'Tin vắn',
        dateline,
        lead: 'Sáng 15/10…',
        body: bodyOf(words(20)),
        byline: [{ name: 'Thảo Nguyên' }],
        related: [related],
      },
      expected: ['warning related:not_in_template'],
    },
  ];
  for (const { name, template, draft, expected } of cases) {
    it(name, () => expect(summary(draft, template)).toEqual(expected));
  }

  it('points each problem at its place', () => {
    const items = check({
      ...complete,
      body: bodyOf(words(200), { photoId: 'p9', credit: '' }),
      related: [{ ...related, teaser: '' }],
    });
    expect(items.map((i) => i.target)).toEqual([
      { block: 'photos', photoId: 'p9', index: 0, field: 'credit' },
      { block: 'related', index: 0, field: 'teaser' },
    ]);
    expect(items.map(isBlocking)).toEqual([true, false]);
  });

  /** Created 15/10/2024 16:30 in Cần Thơ (09:30 UTC), checked at 16:41 the same day. */
  const now = new Date('2024-10-15T09:41:00Z');
  const at = (dateTime: string) =>
    finishChecklist(
      articleFromDraft(draftOf({ ...complete, dateline: { ...dateline, dateTime } })),
      templates.tin!,
      now,
    )
      .map((i) => `${i.key} ${JSON.stringify(i.problem)}`)
      .join(' | ');
  const datelineCases: [string, string, string][] = [
    ['the minute it is checked', '2024-10-15T16:41:00+07:00', ''],
    ['the day before the story was started', '2024-10-14T08:00:00+07:00', ''],
    ['exactly two days before', '2024-10-13T16:30:00+07:00', ''],
    [
      'three days before',
      '2024-10-12T16:00:00+07:00',
      'dateline:dateline_before_creation {"block":"dateline","code":"dateline_before_creation","days":3}',
    ],
    ['45 minutes ahead (within the tolerance)', '2024-10-15T17:26:00+07:00', ''],
    ['tomorrow', '2024-10-16T09:00:00+07:00', 'dateline:dateline_future {"block":"dateline","code":"dateline_future"}'],
    [
      'the year slip "15/10/0441"',
      '0441-10-15T16:41:00+07:00',
      'dateline:dateline_year {"block":"dateline","code":"dateline_year","year":441}',
    ],
    [
      'an old story re-dated, two years back',
      '2022-10-15T16:41:00+07:00',
      'dateline:dateline_before_creation {"block":"dateline","code":"dateline_before_creation","days":730}',
    ],
    [
      'two years ahead',
      '2026-10-15T16:41:00+07:00',
      'dateline:dateline_year {"block":"dateline","code":"dateline_year","year":2026}',
    ],
    ['in another offset, the same instant', '2024-10-15T11:41:00+02:00', ''],
  ];
  for (const [name, dateTime, expected] of datelineCases) {
    it(`dateline ${name}: ${expected || 'nothing to say'}`, () => expect(at(dateTime)).toBe(expected));
  }

  it('without a "now", the last save is now (main checks the saved draft)', () => {
    const draft = draftOf({ ...complete, dateline: { ...dateline, dateTime: '2024-10-15T19:00:00+07:00' } });
    expect(finishChecklist(articleFromDraft(draft), templates.tin!).map((i) => i.key)).toEqual([
      'dateline:dateline_future',
    ]);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf } from '../../shared/article/draft.testing';
import type { ApiResult } from '../../shared/contract';
import { createServices, type Services } from '../services';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { createHandlers } from './handlers';

const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');
const complete = {
  headline: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt kỷ niệm 94 năm ngày truyền thống công tác dân vận của Đảng',
  dateline: { place: 'Cần Thơ', dateTime: '2024-10-15T16:41:00+07:00', source: '' },
  lead: 'Được sự cho phép của Thường trực Thành ủy Cần Thơ, ngày 14/10, Ban Dân vận Thành ủy tổ chức buổi họp mặt.',
  byline: [{ name: 'Thảo Nguyên' }],
};

describe('drafts.finish and templates.list through the API', () => {
  let dir: string;
  let services: Services;
  let dispatcher: Dispatcher;
  const call = async <T>(op: string, payload: unknown) => (await dispatcher.dispatch(op, payload)) as ApiResult<T>;
  const ok = async <T>(op: string, payload: unknown): Promise<T> => {
    const result = await call<T>(op, payload);
    if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-finish-'));
    // The reference story was written on the day of its dateline: Finish warns on a dateline days
    // away from the story's start, so the store's clock stands on that afternoon.
    services = await createServices({ dataDir: dir, clock: { now: () => new Date('2024-10-15T09:00:00Z') } });
    dispatcher = createDispatcher(createHandlers(services));
  });
  afterEach(async () => {
    await services.close();
    // A write the closed services had already begun can land while rm walks the folder (ENOTEMPTY).
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  });

  const newTin = async () => (await ok<{ draft: { id: string } }>('drafts.create', { template: 'tin' })).draft.id;
  const save = (id: string, fields: Record<string, unknown>, text = words(200)) =>
    ok('drafts.save', { id, headline: complete.headline, body: bodyOf(text, {}), bodyText: text, ...fields });

  it('refuses a draft with blocking problems and leaves it a draft', async () => {
    const id = await newTin();
    await save(id, { ...complete, lead: '' });
    const refused = await call('drafts.finish', { id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'not_ready' });
    expect((await ok<{ draft: { status: string } }>('drafts.get', { id })).draft.status).toBe('draft');
  });

  it('finishes a complete story, returns its warnings, and an edit makes it "modified"', async () => {
    const id = await newTin();
    await save(id, complete);
    const done = await ok<{ draft: { status: string }; warnings: { key: string }[] }>('drafts.finish', { id });
    expect(done.draft.status).toBe('finished');
    // Nothing left to look at either.
    expect(done.warnings.map((w) => w.key)).toEqual([]);
    expect((await ok<{ draft: { status: string } }>('drafts.get', { id })).draft.status).toBe('finished');
    await save(id, { ...complete, lead: `${complete.lead} Thêm một câu.` });
    expect((await ok<{ draft: { status: string } }>('drafts.get', { id })).draft.status).toBe('modified');
    expect((await ok<{ draft: { status: string } }>('drafts.finish', { id })).draft.status).toBe('finished');
  });

  it('offers the outlet’s templates and reports a broken file instead of loading it', async () => {
    await mkdir(path.join(dir, 'templates'));
    const phongSu = {
      id: 'phong-su',
      name: { vi: 'Phóng sự', en: 'Feature' },
      blocks: ['headline', 'lead', 'body', 'byline'],
      required: ['headline', 'body', 'byline'],
      limits: { bodyMinWords: 800 },
    };
    await writeFile(path.join(dir, 'templates', 'phong-su.json'), JSON.stringify(phongSu));
    await writeFile(path.join(dir, 'templates', 'hong.json'), '{ "id": "hong", ');
    const listed = await ok<{
      templates: { id: string }[];
      problems: { file: string; code: string; detail: object }[];
      folder: string;
    }>('templates.list', {});
    expect(listed.templates.map((t) => t.id)).toEqual(['tin', 'anh', 'tin-van', 'phong-su']);
    expect(listed.problems).toEqual([{ file: 'hong.json', code: 'not_json', detail: {} }]);
    expect(listed.folder).toBe(path.join(dir, 'templates'));

    // The outlet's rules are the ones Finish applies.
    const id = (await ok<{ draft: { id: string } }>('drafts.create', { template: 'phong-su' })).draft.id;
    await save(id, complete);
    const refused = await call('drafts.finish', { id });
    expect(refused.ok).toBe(false);
    await save(id, complete, words(800));
    expect((await ok<{ draft: { status: string } }>('drafts.finish', { id })).draft.status).toBe('finished');
  });
});

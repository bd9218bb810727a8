import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, saveText, type TestStore } from './testStore';

describe('DraftsService: list, filters and search', () => {
  let store: TestStore;
  let ids: Record<string, string>;

  beforeEach(async () => {
    store = await openTestStore();
    ids = {};
    const add = async (
      key: string,
      headline: string,
      body: string,
      fields: { template?: string; section?: string } = {},
    ) => {
      const { id } = await store.drafts.create(fields);
      await saveText(store.drafts, id, headline, body);
      ids[key] = id;
    };
    await add('canTho', 'Ban Dân vận Thành ủy Cần Thơ họp mặt', 'Bí thư Thành ủy Cần Thơ Nguyễn Văn Hiếu phát biểu.', {
      section: 'Nhịp sống',
    });
    await add(
      'caMau',
      'Tổng Bí thư Tô Lâm làm việc với Cà Mau',
      'Chiều 17/11, Tổng Bí thư làm việc tại Cần Thơ và Cà Mau.',
      { template: 'tin-van', section: 'Thời sự' },
    );
    await add('daNang', 'Đà Nẵng đón khách', 'Du lịch biển.', { template: 'anh', section: 'Du lịch' });
  });
  afterEach(() => store.cleanup());

  const cases: [string, string, string[]][] = [
    ['without diacritics', 'can tho', ['canTho', 'caMau']],
    ['with diacritics', 'Cần Thơ', ['canTho', 'caMau']],
    ['upper case', 'CẦN THƠ', ['canTho', 'caMau']],
    ['đ as d', 'da nang', ['daNang']],
    ['a word prefix', 'nguy', ['canTho']],
    ['words from body only', 'du lich bien', ['daNang']],
    ['nothing', 'hà nội', []],
  ];
  for (const [name, query, expected] of cases) {
    it(`finds "${query}" (${name})`, async () => {
      expect((await store.drafts.list({ query })).items.map((d) => d.id)).toEqual(expected.map((k) => ids[k]));
    });
  }

  it('lists the templates and sections in use, sorted, without reading a draft', async () => {
    await store.drafts.create({ section: 'Nhịp sống' });
    await store.drafts.create({});
    expect(store.drafts.facets()).toEqual({
      templates: ['anh', 'tin', 'tin-van'],
      sections: ['Du lịch', 'Nhịp sống', 'Thời sự'],
    });
    await store.drafts.trash(ids.daNang);
    expect(store.drafts.facets()).toEqual({ templates: ['tin', 'tin-van'], sections: ['Nhịp sống', 'Thời sự'] });
  });

  it('ranks headline matches first', async () => {
    // "Cần Thơ" is in the first draft's headline and only in the second's body.
    expect((await store.drafts.list({ query: 'can tho', sort: 'created' })).items[0].id).toBe(ids.canTho);
  });

  it('sorts by headline in Vietnamese order, by created, by updated', async () => {
    expect((await store.drafts.list({ sort: 'headline' })).items.map((d) => d.headline[0])).toEqual(['B', 'Đ', 'T']);
    expect((await store.drafts.list({ sort: 'created' })).items[0].id).toBe(ids.daNang);
    await saveText(store.drafts, ids.canTho, 'Ban Dân vận Thành ủy Cần Thơ họp mặt', 'sửa');
    expect((await store.drafts.list({ sort: 'updated' })).items[0].id).toBe(ids.canTho);
  });

  it('puts "Dương" before "Đà Nẵng" by headline, and finds either tone placement', async () => {
    const { id } = await store.drafts.create({});
    await saveText(store.drafts, id, 'Dương Đông tấp nập', 'Khách ghé thủy điện Hòa Bình.');
    const byHeadline = (await store.drafts.list({ sort: 'headline' })).items.map((d) => d.headline.split(' ')[0]);
    expect(byHeadline).toEqual(['Ban', 'Dương', 'Đà', 'Tổng']);
    for (const query of ['hoà bình', 'thuỷ điện', 'HÒA', 'duong dong'])
      expect(
        (await store.drafts.list({ query })).items.map((d) => d.id),
        query,
      ).toEqual([id]);
  });

  it('filters by status, template and section', async () => {
    expect((await store.drafts.list({ template: ['anh'] })).items.map((d) => d.id)).toEqual([ids.daNang]);
    expect((await store.drafts.list({ section: ['thoi su'] })).items.map((d) => d.id)).toEqual([ids.caMau]);
    expect((await store.drafts.list({ status: ['finished'] })).items).toEqual([]);
    expect((await store.drafts.list({ status: ['draft'] })).items).toHaveLength(3);
  });

  it('rebuilds a missing or stale index from the drafts', async () => {
    await store.drafts.close();
    await rm(path.join(store.dir, 'index.json'));
    await store.reopen();
    expect((await store.drafts.list({ query: 'can tho' })).items).toHaveLength(2);
    await store.drafts.close();
    await writeFile(path.join(store.dir, 'index.json'), '{"version":1,"entries":[]}');
    await store.reopen();
    expect((await store.drafts.list()).items).toHaveLength(3);
  });
});

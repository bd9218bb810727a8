import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromDraft } from '../../shared/article/article';
import { bodyOf, draftOf } from '../../shared/article/draft.testing';
import type { TargetOf } from '../../shared/contract/sync';
import { DEFAULT_HOUSE_STYLE } from '../../shared/format/houseStyle';
import type { SendContext, Story } from '../../main/services/sync/adapter';
import { newJob } from '../../main/services/sync/job';
import type { Journal, JournalChange, JournalEntry, TargetRecord } from '../../main/services/sync/SendRecords';
import { wordPressAdapter } from '../../main/services/sync/wordpress/adapter';
import { fixture } from '../support/photos';
import {
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';
import { listEvery, rest } from './wordpressSend';

/*
 * The WordPress adapter behind the sync core's interface (main/services/sync/adapter.ts): a story
 * with its renditions on disk, the core's journal keys, Test connection, and "keep the CMS version".
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);

let wp: WordPress;
let dir: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-adapter-'));
  wp = await startWordPress({ dir: path.join(dir, 'wp') });
}, 180_000);

afterAll(async () => {
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

/** The core's journal, kept in memory (SendRecords keeps it on disk). */
function memoryJournal(): Journal & { entries: Record<string, JournalEntry> } {
  const entries: Record<string, JournalEntry> = {};
  const at = () => new Date().toISOString();
  const apply = async (changes: JournalChange[]) => {
    for (const change of changes) {
      if (change.state === 'begun') entries[change.key] = { state: 'begun', at: at() };
      else if (change.state === 'done') entries[change.key] = { state: 'done', at: at(), value: change.value };
      else delete entries[change.key];
    }
    await Promise.resolve();
  };
  return {
    entries,
    get: (key) => entries[key],
    begin: (key) => apply([{ key, state: 'begun' }]),
    done: (key, value) => apply([{ key, state: 'done', value }]),
    forget: (key) => apply([{ key, state: 'forgotten' }]),
    apply,
  };
}

async function storyWithPhotos(): Promise<Story> {
  const photos = await Promise.all(
    ['Landscape_6.jpg', 'Portrait_5.jpg'].map(async (name, i) => {
      const original = await readFile(fixture(name));
      const file = path.join(dir, `r${i}.jpg`);
      const info = await sharp(original).resize({ width: 800 }).jpeg().toFile(file);
      const id = createHash('sha256').update(original).digest('hex');
      return {
        id,
        name: `photo-${i + 1}`,
        fileName: name,
        caption: `Chú thích ảnh ${i + 1}`,
        credit: 'Thảo Nguyên',
        altText: `Mô tả ảnh ${i + 1}`,
        copyright: '',
        renditions: [{ width: info.width, height: info.height, format: 'jpeg' as const, path: file, bytes: info.size }],
      };
    }),
  );
  const draft = draftOf({
    id: crypto.randomUUID(),
    headline: 'Cần Thơ khánh thành cầu mới',
    lead: 'Sáng nay, cầu mới được thông xe.',
    section: 'Kinh tế',
    keywords: ['giao thông'],
    body: bodyOf(
      'Đoạn một.',
      ...photos.map((p) => ({ photoId: p.id, caption: p.caption, credit: p.credit, altText: p.altText })),
    ),
    status: 'finished',
  });
  return { draft, article: articleFromDraft(draft), photos, houseStyle: DEFAULT_HOUSE_STYLE };
}

describe.skipIf(missing.length > 0)('the WordPress adapter', () => {
  const adapter = wordPressAdapter({ settleMs: 0 });
  const journal = memoryJournal();
  let target: TargetOf<'wordpress'>;
  let story: Story;
  const record: TargetRecord = {
    revision: null,
    sentAt: null,
    remote: null,
    baseline: null,
    journal: {},
    keptRemote: null,
  };
  const contextOf = (overwrite = false): SendContext<TargetOf<'wordpress'>> => ({
    job: newJob(
      {
        id: crypto.randomUUID(),
        draftId: story.draft.id,
        targetId: target.id,
        revision: 3,
        headline: story.article.headline,
      },
      new Date(),
    ),
    target,
    story,
    secret: wp.users.author.appPassword,
    record,
    journal,
    overwrite,
    progress: () => undefined,
    signal: new AbortController().signal,
    now: () => new Date(),
  });

  beforeAll(async () => {
    if (missing.length > 0) return;
    target = {
      kind: 'wordpress',
      id: 'toa-soan',
      name: 'Tòa soạn',
      url: wp.url,
      username: 'reporter',
      postStatus: 'draft',
    };
    story = await storyWithPhotos();
  });

  it('tests the connection with the secret from the SecretStore', async () => {
    const checks = await adapter.test({
      target,
      secret: wp.users.author.appPassword,
      signal: new AbortController().signal,
    });
    expect(checks.map((c) => [c.code, c.ok])).toEqual([
      ['reachable', true],
      ['credentials', true],
      ['can_upload', true],
      ['can_create', true],
      ['categories', true],
    ]);
  });

  it('sends a story as a draft post, journaling each remote id under the core keys; a resend updates it', async () => {
    const sent = await adapter.send(contextOf());
    const post = (await rest<Record<string, unknown>>(wp, `/wp/v2/posts/${sent.remote.id}?context=edit`)).body;
    expect(post).toMatchObject({ status: 'draft', title: { raw: 'Cần Thơ khánh thành cầu mới' } });
    expect(sent.baseline).toMatchObject({ postId: Number(sent.remote.id), modifiedGmt: post.modified_gmt });
    expect(Object.keys(journal.entries).sort()).toEqual(
      ['photo:' + story.photos[0].id, 'photo:' + story.photos[1].id, 'post'].sort(),
    );
    expect(Object.values(journal.entries).every((e) => e.state === 'done')).toBe(true);

    const mediaBefore = (await listEvery(wp, `/wp/v2/media?author=${wp.users.author.id}`)).length;
    const again = await adapter.send(contextOf());
    expect(again.remote.id).toBe(sent.remote.id);
    expect((await listEvery(wp, `/wp/v2/media?author=${wp.users.author.id}`)).length).toBe(mediaBefore);
  });

  it('after a conflict, "keep the CMS version" gives its fields and makes it the baseline', async () => {
    const postId = (journal.entries.post as unknown as { value: { postId: number } }).value.postId;
    await rest(wp, `/wp/v2/posts/${postId}`, {
      as: wp.users.editor,
      method: 'POST',
      body: JSON.stringify({ title: 'Biên tập viên đổi tít' }),
    });
    await expect(adapter.send(contextOf())).rejects.toMatchObject({
      failure: { code: 'changed_remotely' },
      kind: 'conflict',
    });
    const kept = await adapter.fetchRemote?.(contextOf());
    expect(kept?.copy).toMatchObject({
      headline: 'Biên tập viên đổi tít',
      section: 'Kinh tế',
      keywords: ['giao thông'],
    });
    // Known now: the next send updates it knowingly instead of stopping at the same conflict.
    const sent = await adapter.send(contextOf());
    expect(sent.remote.id).toBe(String(postId));
  });

  it('a missing secret stops before any request', async () => {
    await expect(adapter.send({ ...contextOf(), secret: null })).rejects.toMatchObject({
      failure: { code: 'secret_missing' },
    });
  });
});

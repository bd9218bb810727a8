import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromDraft, type Article } from '../../shared/article/article';
import { slugify } from '../../shared/format/slug';
import { captionWithCredit, mediaFileName } from '../../main/services/sync/wordpress/media';
import { wordPressHttp } from '../../main/services/sync/wordpress/http';
import { testWordPress } from '../../main/services/sync/wordpress/connection';
import { fetchCmsVersion } from '../../main/services/sync/wordpress/cmsVersion';
import { sendToWordPress, type WordPressSend } from '../../main/services/sync/wordpress/send';
import { memoryJournal, type WordPressState } from '../../main/services/sync/wordpress/state';
import { referenceDraft } from '../export/referenceArticle';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy';
import { fixture } from '../support/photos';
import {
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';
import { ALL_STATUSES, authorHttp, failureOf, listEvery, photosOf, rest } from './wordpressSend';

/*
 * The WordPress client against a real WordPress 6.1, as the Author `reporter`: the reference
 * article with two real photos, read back through the REST API; a resend; an edit made in
 * WordPress meanwhile; and each failure a reporter meets ends in its own code.
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);

let wp: WordPress;
let proxy: FaultProxy;
let dir: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-send-'));
  wp = await startWordPress({ dir });
  proxy = await startFaultProxy({ upstream: wp.url });
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

type Json = Record<string, unknown> & { id: number };
const PHOTOS = [fixture('Landscape_3.jpg'), fixture('Bush-dog.jpg')];

async function send(
  article: Article,
  journal: ReturnType<typeof memoryJournal>,
  { base = wp.url, ...more }: Partial<WordPressSend> & { base?: string } = {},
) {
  return sendToWordPress(authorHttp(wp, { base, timeoutMs: 10_000 }), {
    article,
    photos: await photosOf(article, PHOTOS),
    postStatus: 'pending',
    sendId: crypto.randomUUID(),
    overwrite: false,
    journal,
    settleMs: 0,
    ...more,
  });
}

const myMedia = () => listEvery(wp, `/wp/v2/media?author=${wp.users.author.id}&context=edit`);
const postsOfDraft = async (draftId: string) =>
  (await listEvery(wp, `/wp/v2/posts?search=${draftId}&status=${ALL_STATUSES}&context=edit`)).filter((p) =>
    String((p.content as { raw: string }).raw).includes(`newsdesk:${draftId}`),
  );

describe.skipIf(missing.length > 0)('sending a story to WordPress as an Author', () => {
  const article = articleFromDraft(referenceDraft());
  const journal = memoryJournal();
  let first: WordPressState;

  it('tests the connection: address, password, upload and post rights, categories', async () => {
    expect(await testWordPress(authorHttp(wp))).toEqual([
      { code: 'reachable', ok: true },
      { code: 'credentials', ok: true },
      { code: 'can_upload', ok: true },
      { code: 'can_create', ok: true },
      { code: 'categories', ok: true, names: expect.arrayContaining(['Thời sự', 'Kinh tế', 'Thể thao']) as unknown },
    ]);
    const wrong = wordPressHttp({ url: wp.url, username: 'reporter', password: 'abcd efgh ijkl mnop qrst uvwx' });
    expect(await testWordPress(wrong)).toEqual([
      { code: 'reachable', ok: true },
      { code: 'credentials', ok: false, failure: { code: 'auth_rejected', detail: { status: 401 } } },
    ]);
    proxy.inject({ method: 'GET', fault: { kind: 'captive-portal' } });
    expect(await testWordPress(authorHttp(wp, { base: proxy.url }))).toEqual([
      { code: 'reachable', ok: false, failure: { code: 'captive_portal', detail: {} } },
    ]);
  });

  it('refuses a story whose section has no category, before any photo is uploaded', async () => {
    const before = (await myMedia()).length;
    expect(await failureOf(send(article, memoryJournal()))).toMatchObject({
      code: 'category_missing',
      kind: 'permanent',
    });
    expect((await myMedia()).length).toBe(before); // photos are public once uploaded: none went
  });

  it('sends the reference article with two photos: post, media, captions, alt texts, category, tags, slug, featured image', async () => {
    const created = await rest<Json>(wp, '/wp/v2/categories', {
      as: wp.users.editor,
      method: 'POST',
      body: JSON.stringify({ name: 'Nhịp sống' }),
    });
    expect(created.status).toBe(201);
    const progress: string[] = [];
    const sent = await send(article, journal, { progress: (p) => progress.push(`${p.step} ${p.done}/${p.total}`) });
    first = sent.state;
    expect(progress).toEqual(['photo 0/2', 'photo 1/2', 'photo 2/2', 'story 0/1', 'story 1/1']);

    const post = (await rest<Json>(wp, `/wp/v2/posts/${sent.remote.id}?context=edit`)).body;
    expect(sent.remote.url).toBe(post.link);
    expect(post).toMatchObject({
      status: 'pending',
      author: wp.users.author.id,
      slug: slugify(article.headline),
      title: { raw: article.headline },
      excerpt: { raw: article.lead },
      categories: [created.body.id],
    });
    const tags = await rest<Json[]>(wp, `/wp/v2/tags?include=${(post.tags as number[]).join(',')}`);
    expect(tags.body.map((t) => t.name).sort()).toEqual(['Cần Thơ', 'dân vận']);

    const media = await Promise.all(
      article.photos.map(
        async (p) => (await rest<Json>(wp, `/wp/v2/media/${first.photos[p.photoId].mediaId}?context=edit`)).body,
      ),
    );
    expect(post.featured_media).toBe(media[0].id);
    const files = await photosOf(article, PHOTOS);
    media.forEach((item, i) => {
      const photo = article.photos[i];
      expect(item).toMatchObject({
        author: wp.users.author.id,
        alt_text: photo.altText,
        caption: { raw: `${photo.caption} (Ảnh: Thảo Nguyên)` },
      });
      expect(String((item.media_details as { file: string }).file)).toContain(
        mediaFileName(files[i]).replace('.jpg', ''),
      );
      // The body shows each photo from WordPress's own copy.
      expect((post.content as { raw: string }).raw).toContain(`src="${String(item.source_url)}"`);
    });
    // kses keeps the marker for an Author: the post can be found again after a lost answer.
    expect((post.content as { raw: string }).raw).toMatch(
      new RegExp(`<!-- newsdesk:${article.id} send:[0-9a-f-]+ -->$`),
    );
    expect(await postsOfDraft(article.id)).toHaveLength(1);
  });

  it('resends an edited story to the same post, updating a changed caption without uploading again', async () => {
    const mediaBefore = (await myMedia()).length;
    const edited = articleFromDraft({
      ...referenceDraft(),
      headline: `${article.headline} (cập nhật)`,
    });
    edited.photos[1].caption = 'Chú thích đã sửa';
    const sent = await send(edited, journal);
    expect(sent.remote.id).toBe(String(first.post?.postId));
    expect((await myMedia()).length).toBe(mediaBefore);
    expect(sent.state.photos[edited.photos[0].photoId]).toEqual(first.photos[edited.photos[0].photoId]);
    const second = (
      await rest<Json>(wp, `/wp/v2/media/${sent.state.photos[edited.photos[1].photoId].mediaId}?context=edit`)
    ).body;
    expect(second.caption).toMatchObject({ raw: captionWithCredit('Chú thích đã sửa', 'Ảnh: Thảo Nguyên') });
    expect(second.id).toBe(first.photos[edited.photos[1].photoId].mediaId);
    const post = (await rest<Json>(wp, `/wp/v2/posts/${sent.remote.id}?context=edit`)).body;
    expect(post.title).toMatchObject({ raw: edited.headline });
    expect(await postsOfDraft(article.id)).toHaveLength(1);
  });

  it('an edit made in WordPress meanwhile is a conflict: nothing overwritten until the reporter chooses', async () => {
    const postId = journal.read().post?.postId;
    const desk = await rest<Json>(wp, `/wp/v2/posts/${postId}`, {
      as: wp.users.editor,
      method: 'POST',
      body: JSON.stringify({ title: 'Tiêu đề do ban biên tập sửa' }),
    });
    expect(desk.status).toBe(200);
    const resend = articleFromDraft({ ...referenceDraft(), headline: 'Tiêu đề của phóng viên' });
    expect(await failureOf(send(resend, journal))).toMatchObject({ code: 'changed_remotely', kind: 'conflict' });
    const kept = (await rest<Json>(wp, `/wp/v2/posts/${postId}?context=edit`)).body;
    expect(kept.title).toMatchObject({ raw: 'Tiêu đề do ban biên tập sửa' });

    // "Keep the CMS version": fetched as the article's fields, to keep beside the draft.
    const cms = await fetchCmsVersion(authorHttp(wp), postId ?? 0);
    expect(cms).toMatchObject({
      postId,
      headline: 'Tiêu đề do ban biên tập sửa',
      section: 'Nhịp sống',
      lead: article.lead,
    });
    expect(cms.keywords.sort()).toEqual(['Cần Thơ', 'dân vận']);
    expect(cms.bodyHtml).not.toContain('newsdesk:');

    // "Overwrite": the reporter's version replaces it, still the same post.
    const sent = await send(resend, journal, { overwrite: true });
    expect(sent.remote.id).toBe(String(postId));
    expect((await rest<Json>(wp, `/wp/v2/posts/${postId}?context=edit`)).body.title).toMatchObject({
      raw: 'Tiêu đề của phóng viên',
    });
  });

  it('a photo deleted in WordPress is uploaded again; the post follows it', async () => {
    const photoId = article.photos[0].photoId;
    const gone = journal.read().photos[photoId].mediaId;
    expect((await rest(wp, `/wp/v2/media/${gone}?force=true`, { method: 'DELETE' })).status).toBe(200);
    const sent = await send(articleFromDraft({ ...referenceDraft(), headline: 'Tiêu đề của phóng viên' }), journal);
    const again = sent.state.photos[photoId].mediaId;
    expect(again).not.toBe(gone);
    expect((await rest<Json>(wp, `/wp/v2/posts/${sent.remote.id}?context=edit`)).body.featured_media).toBe(again);
  });

  it('a wrong password, a deleted category, a 413 and a captive portal each end in their own code', async () => {
    const wrongPassword = wordPressHttp({
      url: wp.url,
      username: 'reporter',
      password: 'abcd efgh ijkl mnop qrst uvwx',
    });
    const wrong = sendToWordPress(wrongPassword, {
      article,
      photos: await photosOf(article, PHOTOS),
      postStatus: 'pending',
      sendId: crypto.randomUUID(),
      overwrite: false,
      journal: memoryJournal(),
    });
    expect(await failureOf(wrong)).toMatchObject({ code: 'auth_rejected', kind: 'permanent', status: 401 });

    const sport = wp.categories.find((c) => c.name === 'Thể thao');
    expect(
      (await rest(wp, `/wp/v2/categories/${sport?.id}?force=true`, { as: wp.users.editor, method: 'DELETE' })).status,
    ).toBe(200);
    const sportStory = articleFromDraft({ ...referenceDraft(), id: crypto.randomUUID(), section: 'Thể thao' });
    expect(await failureOf(send(sportStory, memoryJournal()))).toMatchObject({ code: 'category_missing' });

    const fresh = articleFromDraft({ ...referenceDraft(), id: crypto.randomUUID() });
    proxy.inject({ method: 'POST', path: '/wp-json/wp/v2/media', fault: { kind: 'status', status: 413 } });
    expect(await failureOf(send(fresh, memoryJournal(), { base: proxy.url }))).toMatchObject({
      code: 'too_large',
      kind: 'permanent',
      status: 413,
    });

    proxy.inject({ method: 'GET', path: '/wp-json/wp/v2/users/me', fault: { kind: 'captive-portal' } });
    expect(await failureOf(send(fresh, memoryJournal(), { base: proxy.url }))).toMatchObject({
      code: 'captive_portal',
      kind: 'permanent',
    });
    expect(await postsOfDraft(fresh.id)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy';
import {
  basicAuth,
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';

/*
 * The local WordPress the sync tests use, proved through the REST API as the sync client will
 * use it: an Author with an Application Password over Basic auth. One instance for the file.
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);
if (missing.length > 0) console.warn(`Skipping the WordPress tests: install ${missing.join(' ')} (scripts/setup.sh)`);

let wp: WordPress;
let proxy: FaultProxy;
let dir: string;
const ALL_STATUSES = 'draft,pending,publish,future,private';

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-'));
  wp = await startWordPress({ dir });
  console.info(`WordPress ready in ${JSON.stringify(wp.timings)} ms at ${wp.url}`);
  proxy = await startFaultProxy({ upstream: wp.url });
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

type Json = Record<string, unknown>;

/** A REST call as the Author (or `as`), straight to WordPress or through `base` (the proxy). */
async function rest(
  route: string,
  {
    as = wp.users.author,
    base = wp.url,
    ...init
  }: RequestInit & { as?: WordPress['users']['author']; base?: string } = {},
) {
  const answer = await fetch(`${base}/wp-json${route}`, {
    ...init,
    headers: {
      authorization: basicAuth(as),
      ...(init.body instanceof FormData ? {} : { 'content-type': 'application/json' }),
    },
  });
  return { status: answer.status, body: (await answer.json()) as Json & Json[] };
}

const uniqueSlug = (what: string) => `newsdesk-${what}-${process.pid}-${Date.now()}`;
const findBySlug = async (slug: string) =>
  (await rest(`/wp/v2/posts?slug=${slug}&status=${ALL_STATUSES}&context=edit`)).body;

/** Live processes whose command line names this instance's folder (zombies have none). */
function processesUsing(folder: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(folder)) found.push(`${pid} ${cmdline}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

describe.skipIf(missing.length > 0)('a local WordPress for the sync tests', () => {
  it('knows the Author and the Editor by their application passwords', async () => {
    const author = await rest('/wp/v2/users/me?context=edit');
    expect(author.status).toBe(200);
    expect(author.body).toMatchObject({ id: wp.users.author.id, username: 'reporter', roles: ['author'] });
    expect(author.body.capabilities).toMatchObject({ upload_files: true, publish_posts: true });
    expect(author.body.capabilities).not.toHaveProperty('manage_categories');

    const editor = await rest('/wp/v2/users/me?context=edit', { as: wp.users.editor });
    expect(editor.body).toMatchObject({ id: wp.users.editor.id, roles: ['editor'] });
  });

  it('answers a wrong application password with 401 rest_not_logged_in on /users/me only', async () => {
    const wrong = { username: 'reporter', appPassword: 'abcd efgh ijkl mnop qrst uvwx' };
    const me = await rest('/wp/v2/users/me?context=edit', { as: { ...wp.users.author, ...wrong } });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('rest_not_logged_in');
    // The trap the sync client must not fall into: a plain list answers 200, as anonymous.
    expect((await rest('/wp/v2/posts', { as: { ...wp.users.author, ...wrong } })).status).toBe(200);
  });

  it('has the sections an admin set up, which the Author cannot add to', async () => {
    expect(wp.categories.map((c) => c.name)).toEqual(['Thời sự', 'Kinh tế', 'Thể thao']);
    const listed = await rest('/wp/v2/categories?per_page=100');
    expect(listed.body.map((c) => c.name)).toEqual(expect.arrayContaining(['Thời sự', 'Kinh tế', 'Thể thao']));
    const create = await rest('/wp/v2/categories', { method: 'POST', body: JSON.stringify({ name: 'Giải trí' }) });
    expect(create).toMatchObject({ status: 403, body: { code: 'rest_cannot_create' } });
  });

  let photoId = 0;
  it('takes a photo with caption and alt text in one multipart upload, public at once', async () => {
    const jpeg = await sharp({ create: { width: 640, height: 427, channels: 3, background: '#3a6ea5' } })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `${uniqueSlug('photo')}.jpg`);
    form.append('caption', 'Họp mặt tại Cần Thơ. Ảnh: Phóng viên');
    form.append('alt_text', 'Đại biểu dự buổi họp mặt');
    const media = await rest('/wp/v2/media', { method: 'POST', body: form });
    expect(media.status).toBe(201);
    expect(media.body).toMatchObject({
      media_type: 'image',
      alt_text: 'Đại biểu dự buổi họp mặt',
      caption: { raw: 'Họp mặt tại Cần Thơ. Ảnh: Phóng viên' },
      author: wp.users.author.id,
    });
    photoId = media.body.id as number;
    const file = await fetch(media.body.source_url as string);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^image\/jpeg/);
  });

  it('creates a pending post with an explicit slug, a section and the photo, found by that slug', async () => {
    const slug = uniqueSlug('story');
    const section = wp.categories[1];
    const created = await rest('/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Ban Dân vận Thành ủy Cần Thơ tổ chức họp mặt',
        content: '<!-- wp:paragraph --><p>Bài viết thử.</p><!-- /wp:paragraph -->',
        slug,
        status: 'pending',
        categories: [section.id],
        featured_media: photoId,
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug, status: 'pending', categories: [section.id], featured_media: photoId });

    const found = await findBySlug(slug);
    expect(found.map((p) => p.id)).toEqual([created.body.id]);
    // Without the explicit status list only published posts match a slug.
    expect((await rest(`/wp/v2/posts?slug=${slug}`)).body).toEqual([]);
  });

  it('keeps a post whose answer was lost, so a blind retry would make a duplicate', async () => {
    const slug = uniqueSlug('lost-answer');
    const post = { title: 'Câu trả lời bị mất', content: '<p>Thử.</p>', slug, status: 'pending' };
    proxy.inject({ method: 'POST', path: '/wp-json/wp/v2/posts', fault: { kind: 'drop-response' } });
    const send = () => rest('/wp/v2/posts', { base: proxy.url, method: 'POST', body: JSON.stringify(post) });

    await expect(send()).rejects.toThrow(); // the reporter's laptop sees a reset
    expect(proxy.stats.byKind['drop-response']).toBe(1);
    const committed = await findBySlug(slug);
    expect(committed).toHaveLength(1); // …but WordPress created the post

    const retried = await send();
    expect(retried.status).toBe(201);
    expect(retried.body.slug).toBe(`${slug}-2`); // WordPress keeps slugs unique rather than refusing
    const both = await rest(
      `/wp/v2/posts?search=${encodeURIComponent(post.title)}&status=${ALL_STATUSES}&context=edit`,
    );
    expect(both.body.map((p) => p.id).sort()).toEqual([committed[0].id, retried.body.id].sort());
  });

  it('stops without leaving a process behind', async () => {
    expect(processesUsing(dir).length).toBeGreaterThan(1); // mariadbd and php -S with its workers
    await wp.stop();
    expect(processesUsing(dir)).toEqual([]);
    await expect(fetch(`${wp.url}/wp-json/`)).rejects.toThrow();
  });
});

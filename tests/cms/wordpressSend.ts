import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Article } from '../../shared/article/article';
import { SyncError } from '../../main/services/sync/failure';
import { wordPressHttp, type WordPressHttpOptions } from '../../main/services/sync/wordpress/http';
import type { OutgoingPhoto } from '../../main/services/sync/wordpress/media';
import { basicAuth, type WordPress, type WordPressUser } from '../support/wordpress';

/** Test support for tests/cms: the client as the Author, photos with files, REST read-back. */

export const ALL_STATUSES = 'draft,pending,publish,future,private';

export const authorHttp = (
  wp: WordPress,
  { base = wp.url, ...options }: WordPressHttpOptions & { base?: string } = {},
) => wordPressHttp({ url: base, username: wp.users.author.username, password: wp.users.author.appPassword }, options);

type Json = Record<string, unknown>;

/** A REST call as a user of the site, straight to WordPress: how the tests read back what was sent. */
export async function rest<T = Json>(
  wp: WordPress,
  route: string,
  { as = wp.users.author, ...init }: RequestInit & { as?: WordPressUser } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const answer = await fetch(`${wp.url}/wp-json${route}`, {
    ...init,
    headers: { authorization: basicAuth(as), 'content-type': 'application/json' },
  });
  return { status: answer.status, body: (await answer.json()) as T, headers: answer.headers };
}

/** Every item of a list through the REST API (pages of 100 until a short one). */
export async function listEvery(wp: WordPress, route: string, as?: WordPressUser): Promise<Json[]> {
  const all: Json[] = [];
  for (let page = 1; ; page++) {
    const separator = route.includes('?') ? '&' : '?';
    // Ordered by id: by date (the default), items of the same second trade places between pages.
    const query = `per_page=100&page=${page}&orderby=id&order=asc`;
    const { status, body } = await rest<Json[]>(wp, `${route}${separator}${query}`, { as });
    if (status === 400 && page > 1) break;
    if (status !== 200) throw new Error(`${route}: ${status} ${JSON.stringify(body)}`);
    all.push(...body);
    if (body.length < 100) break;
  }
  return all;
}

/** A photo file as the pipeline would publish it: a JPEG rendition of a real picture, read when asked. */
export async function photoFromFile(
  file: string,
  node: { photoId: string; caption: string; credit: string; altText: string },
  width = 1200,
): Promise<OutgoingPhoto & { jpeg: Buffer }> {
  const original = await readFile(file);
  const jpeg = await sharp(original)
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .jpeg({ quality: 80 })
    .toBuffer();
  return {
    ...node,
    sha256: createHash('sha256').update(original).digest('hex'),
    name: file.split('/').pop() ?? 'photo.jpg',
    bytes: () => Promise.resolve(new Uint8Array(jpeg)),
    jpeg,
  };
}

/** A small generated JPEG (each `seed` a different picture) for the many-drafts tests. */
export async function generatedPhoto(
  seed: number,
  node: { photoId: string; caption: string; credit: string; altText: string },
): Promise<OutgoingPhoto> {
  const background = { r: (seed * 37) % 256, g: (seed * 91) % 256, b: (seed * 53) % 256 };
  const jpeg = await sharp({ create: { width: 160, height: 120, channels: 3, background } })
    .composite([
      { input: Buffer.from(`<svg width="160" height="120"><text x="8" y="60" font-size="24">${seed}</text></svg>`) },
    ])
    .jpeg({ quality: 70 })
    .toBuffer();
  return {
    ...node,
    sha256: createHash('sha256').update(jpeg).update(String(seed)).digest('hex'),
    name: `anh-${seed}.jpg`,
    bytes: () => Promise.resolve(new Uint8Array(jpeg)),
  };
}

/** The article's photos, each given a real file. */
export async function photosOf(article: Article, files: string[]): Promise<(OutgoingPhoto & { jpeg: Buffer })[]> {
  return Promise.all(
    article.photos.map((p, i) =>
      photoFromFile(files[i % files.length], {
        photoId: p.photoId,
        caption: p.caption,
        credit: p.credit,
        altText: p.altText,
      }),
    ),
  );
}

/** The failure a send ended with, for `expect(…).toMatchObject({ code, kind })`. */
export async function failureOf(work: Promise<unknown>): Promise<{ code: string; kind: string; status?: number }> {
  try {
    await work;
  } catch (error) {
    if (error instanceof SyncError)
      return { code: error.failure.code, kind: error.kind, status: error.failure.detail.status };
    throw error;
  }
  throw new Error('expected the send to fail');
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { bodyOf } from '../../shared/article/draft.testing';
import type { Services } from '../../main/services';

/**
 * A reporter's desk for the sync tests: finished stories with real photos (made by sharp,
 * imported through the photo pipeline), in a real data folder.
 */

/** A small JPEG whose colour (and so whose bytes) depends on `seed`. */
export async function makePhoto(dir: string, seed: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `photo-${seed}.jpg`);
  const colour = { r: (seed * 67) % 256, g: (seed * 131) % 256, b: (seed * 29) % 256 };
  await sharp({ create: { width: 900, height: 600, channels: 3, background: colour } })
    .jpeg({ quality: 80 })
    .toFile(file);
  return file;
}

/** Writes the story's text with its photos in the body, and finishes it. */
export async function writeStory(services: Services, id: string, headline: string, photoIds: string[]): Promise<void> {
  const paragraphs = [`${headline}: đoạn mở đầu của bài viết.`, 'Đoạn thứ hai, có chữ tiếng Việt.'];
  const body = bodyOf(
    paragraphs[0],
    ...photoIds.map((photoId, i) => ({ photoId, caption: `Ảnh ${i + 1} của ${headline}`, altText: `Mô tả ${i + 1}` })),
    paragraphs[1],
  );
  await services.drafts.save({ id, headline, body, bodyText: paragraphs.join('\n\n'), lead: `Tin ${headline}` });
  await services.drafts.finish(id, () => Promise.resolve([]));
}

/** A finished draft with `photos` real photos; returns its id. */
export async function finishedStory(services: Services, photoDir: string, n: number, photos = 2): Promise<string> {
  const draft = await services.drafts.create({ headline: `Bài ${n}` });
  const draftDir = await services.drafts.folderOf(draft.id);
  const files = await Promise.all(Array.from({ length: photos }, (_, i) => makePhoto(photoDir, n * 10 + i)));
  const results = await services.photos.importInto(draftDir, files);
  const ids = results.map((r) => {
    if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
    return r.record.id;
  });
  await writeStory(services, draft.id, `Bài ${n} Cần Thơ`, ids);
  return draft.id;
}

/** Resolves once every job in the outbox is sent (or throws with the states after `ms`). */
export async function allSent(services: Services, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const jobs = services.sync.list();
    if (jobs.every((j) => j.state === 'sent' || j.state === 'cancelled')) return;
    if (Date.now() > deadline)
      throw new Error(`not all sent: ${jobs.map((j) => `${j.state}:${j.failure?.code ?? ''}`).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

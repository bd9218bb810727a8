import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { ninjsValidator } from '../support/ninjsSchema';
import { allSent, finishedStory, writeStory } from './desk';

let dir = '';
let services: Services;
const hotFolder = () => path.join(dir, 'data', 'outbox-folder');

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-hot-'));
  services = await createServices({ dataDir: path.join(dir, 'data') });
});
afterEach(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
});

interface Manifest {
  draftId: string;
  revision: number;
  files: { path: string; bytes: number; sha256: string }[];
}

/** What a newsroom ingest sees: every visible story folder, checked against its manifest. */
async function readStories(folder: string): Promise<{ whole: Manifest[]; half: string[] }> {
  const whole: Manifest[] = [];
  const half: string[] = [];
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => !n.startsWith('.'))) {
    const story = path.join(folder, name);
    const before = await stat(story).catch(() => null);
    if (!before) continue; // swapped away between the listing and now: not a half story
    try {
      const manifest = JSON.parse(await readFile(path.join(story, 'manifest.json'), 'utf8')) as Manifest;
      for (const file of manifest.files) {
        const data = await readFile(path.join(story, file.path));
        if (data.length !== file.bytes || createHash('sha256').update(data).digest('hex') !== file.sha256) {
          throw new Error(`${file.path} does not match`);
        }
      }
      whole.push(manifest);
    } catch (error) {
      // Only a folder that stayed the same folder all along counts: a swap replaced it whole.
      const after = await stat(story).catch(() => null);
      if (after?.ino === before.ino) half.push(`${name}: ${(error as Error).message}`);
    }
  }
  return { whole, half };
}

describe('hot folder', () => {
  it('writes ninjs, HTML, renditions and a manifest; a resend replaces the same folder', async () => {
    const id = await finishedStory(services, path.join(dir, 'src'), 1);
    await services.sync.send(id, 'outbox-folder');
    await allSent(services);
    const [folder] = await readdir(hotFolder());
    expect(folder).toMatch(new RegExp(`^bai-1-can-tho-${id.slice(0, 8)}$`));
    const files = await readdir(path.join(hotFolder(), folder), { recursive: true });
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'story.html',
        'story.json',
        'photos/photo-1-640.jpg',
        'photos/photo-2-640.jpg',
      ]),
    );
    const ninjs = JSON.parse(await readFile(path.join(hotFolder(), folder, 'story.json'), 'utf8')) as unknown;
    expect(ninjsValidator()(ninjs)).toEqual([]);
    const html = await readFile(path.join(hotFolder(), folder, 'story.html'), 'utf8');
    expect(html).toContain('<h1>Bài 1 Cần Thơ</h1>');
    expect(html).toContain('Ảnh 2 của Bài 1 Cần Thơ');

    // Edited after sending: "changed since sent"; sent again: the same folder, the new text.
    const draft = (await services.drafts.get(id)).draft;
    const photoIds = (await services.photoDesk.list(id)).map((p) => p.id);
    await writeStory(services, id, 'Tiêu đề mới hoàn toàn', photoIds);
    expect((await services.sync.sent(id))[0]).toMatchObject({ revision: draft.revision, changedSinceSent: true });
    await services.sync.send(id, 'outbox-folder');
    await allSent(services);
    expect(await readdir(hotFolder())).toEqual([folder]);
    expect(await readFile(path.join(hotFolder(), folder, 'story.html'), 'utf8')).toContain('Tiêu đề mới hoàn toàn');
    expect((await services.sync.sent(id))[0].changedSinceSent).toBe(false);
  });

  it('refuses a draft that is not finished', async () => {
    const draft = await services.drafts.create({ headline: 'Chưa xong' });
    await expect(services.sync.send(draft.id, 'outbox-folder')).rejects.toMatchObject({ code: 'not_ready' });
  });

  it('a reader polling the folder during many sends never sees half a story', async () => {
    const ids = await Promise.all([1, 2, 3].map((n) => finishedStory(services, path.join(dir, 'src'), n)));
    let stop = false;
    let looks = 0;
    const seen = new Set<string>();
    const half: string[] = [];
    const reader = (async () => {
      while (!stop) {
        const found = await readStories(hotFolder());
        looks++;
        half.push(...found.half);
        for (const m of found.whole) seen.add(`${m.draftId}@${m.revision}`);
      }
    })();
    const sends = 30;
    for (let i = 0; i < sends; i++) {
      const id = ids[i % ids.length];
      const photoIds = (await services.photoDesk.list(id)).map((p) => p.id);
      await writeStory(services, id, `Lần ${i} Cần Thơ`, photoIds);
      await services.sync.send(id, 'outbox-folder');
      await allSent(services);
    }
    stop = true;
    await reader;
    console.log(
      `HOT FOLDER sends=${sends} reader looks=${looks} versions seen=${seen.size} half stories=${half.length}`,
    );
    expect(half).toEqual([]);
    expect(looks).toBeGreaterThan(sends);
    const final = await readStories(hotFolder());
    expect(final.whole).toHaveLength(3);
    expect((await readdir(hotFolder())).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 120_000);
});

import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { realFs } from '../../main/services/storage';
import { SendRecords } from '../../main/services/sync/SendRecords';
import { photoToken } from '../../main/services/sync/wordpress/media';
import {
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';
import { finishedStory } from '../sync/desk';
import { ALL_STATUSES, listEvery } from './wordpressSend';

/*
 * Restart test against the real WordPress (issue 12): the desk's own command,
 * `newsdesk sync --data <folder>`, sends N stories × 3 photos as the Author and is SIGKILLed at
 * random moments mid-send — while a photo uploads, while the post is created, between the two
 * — then started again on the same folder. The outbox resumes from its journal (a "begun"
 * without "done" is looked for in WordPress before anything is sent again), and at the end
 * WordPress holds exactly N posts and 3N media items, read back through the REST API as the
 * Editor, each draft sent with the id of its one post.
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);

/*
 * Enough work that six kills cannot drain the outbox first on a fast, idle machine: each kill
 * spends at most 4 journal writes plus 100 ms (a few requests), 6 × ~7 of the 48 requests.
 */
const DRAFTS = 12;
const PHOTOS = 3;
const MIN_KILLS = 6;
const MAX_WRITES_BEFORE_KILL = 4;
const MAX_KILL_DELAY_MS = 100;
const bin = path.resolve(import.meta.dirname, '../../bin/newsdesk.mjs');

let wp: WordPress;
let dir: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-restart-'));
  wp = await startWordPress({ dir: path.join(dir, 'wp') });
}, 180_000);

afterAll(async () => {
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

/**
 * One run of `newsdesk sync`. With `killAfterWrites`, SIGKILLed that many journal writes into
 * the run (plus up to MAX_KILL_DELAY_MS, so the kill often lands while a request is in flight).
 */
function syncRun(
  dataDir: string,
  killAfterWrites: number | null,
): Promise<{ killed: boolean; code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'sync', '--data', dataDir, '--wait', '60'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // MALLOC_ARENA_MAX set: bin/newsdesk.mjs then runs the command itself instead of re-running
      // itself with it, so the SIGKILL lands on the process that sends (not on a wrapper whose
      // orphaned child would go on sending and hold the data folder's lock).
      env: { ...process.env, MALLOC_ARENA_MAX: '2', NEWSDESK_WP_APP_PASSWORD: wp.users.author.appPassword },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    // Each journal write renames a file into sync/sent/: the send is under way.
    let writes = 0;
    const watcher = watch(path.join(dataDir, 'sync', 'sent'), (_event, name) => {
      if (killAfterWrites === null || !name?.endsWith('.nd') || ++writes !== killAfterWrites) return;
      setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_KILL_DELAY_MS);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      watcher.close();
      resolve({ killed: signal === 'SIGKILL', code, out });
    });
  });
}

type Json = Record<string, unknown>;

/** How many journal entries the drafts' send records hold as "begun" (the request may or may not have arrived). */
async function begunEntries(dataDir: string, ids: string[]): Promise<number> {
  const records = new SendRecords(path.join(dataDir, 'sync'), realFs);
  let begun = 0;
  for (const id of ids) {
    const journal = (await records.get(id, 'wp')).journal;
    begun += Object.values(journal).filter((entry) => entry.state === 'begun').length;
  }
  return begun;
}

describe.skipIf(missing.length > 0)('the outbox SIGKILLed mid-send to WordPress', () => {
  it('resumes after every kill and ends with exactly one post and three media items per story', async () => {
    const dataDir = path.join(dir, 'data');
    const quiet = await createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });
    await quiet.sync.saveTarget({
      kind: 'wordpress',
      id: 'wp',
      name: 'Báo Cần Thơ',
      url: wp.url,
      username: wp.users.author.username,
      postStatus: 'pending',
    });
    const ids: string[] = [];
    for (let n = 0; n < DRAFTS; n++) ids.push(await finishedStory(quiet, path.join(dir, 'src'), n, PHOTOS));
    for (const id of ids) await quiet.sync.send(id, 'wp');
    await quiet.close();
    await mkdir(path.join(dataDir, 'sync', 'sent'), { recursive: true });

    let kills = 0;
    let runs = 0;
    /** Requests whose outcome a kill left unknown ("begun", no "done"): each is looked for on restart. */
    let unknownOutcomes = 0;
    let finished = false;
    while (!finished) {
      // Kills first; then runs left alone until the outbox is drained.
      const run = await syncRun(
        dataDir,
        kills < MIN_KILLS ? 1 + Math.floor(Math.random() * MAX_WRITES_BEFORE_KILL) : null,
      );
      runs++;
      if (run.killed) {
        kills++;
        unknownOutcomes += await begunEntries(dataDir, ids);
      } else if (run.code === 0) finished = true;
      else if (kills >= MIN_KILLS) throw new Error(`newsdesk sync failed (${run.code}): ${run.out}`);
      if (runs > MIN_KILLS + 10) throw new Error(`not drained after ${runs} runs: ${run.out}`);
    }

    const check = await createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });
    const jobs = check.sync.list();
    const photosOf = new Map<string, string[]>();
    for (const id of ids)
      photosOf.set(
        id,
        (await check.photoDesk.list(id)).map((p) => p.id),
      );
    await check.close();

    // Read back as the Editor, who sees the Author's pending posts and uploads.
    const author = wp.users.author.id;
    const posts = await listEvery(
      wp,
      `/wp/v2/posts?author=${author}&status=${ALL_STATUSES}&context=edit`,
      wp.users.editor,
    );
    const media = await listEvery(wp, `/wp/v2/media?author=${author}&context=edit`, wp.users.editor);
    const postsOf = (id: string) =>
      posts.filter((p) => String((p.content as { raw: string }).raw).includes(`newsdesk:${id}`));
    const fileOf = (m: Json) => String((m.media_details as { file?: string } | undefined)?.file ?? m.source_url);
    const mediaOf = (id: string) =>
      media.filter((m) => String((m.description as { raw: string }).raw).includes(`newsdesk:${id}`));
    const duplicates = posts.length - DRAFTS + (media.length - DRAFTS * PHOTOS);
    console.log(
      `WP RESTART TEST kills=${kills} runs=${runs} posts=${posts.length} media=${media.length} ` +
        `unknown outcomes=${unknownOutcomes} drafts=${DRAFTS}×${PHOTOS} duplicates=${duplicates} sent=${jobs.filter((j) => j.state === 'sent').length}/${jobs.length}`,
    );

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(unknownOutcomes).toBeGreaterThan(0);
    expect(posts).toHaveLength(DRAFTS);
    expect(media).toHaveLength(DRAFTS * PHOTOS);
    expect(duplicates).toBe(0);
    for (const id of ids) {
      const job = jobs.find((j) => j.draftId === id);
      const [post, ...more] = postsOf(id);
      expect(more).toEqual([]);
      expect(job?.state).toBe('sent');
      expect(job?.remote?.id).toBe(String(post.id));
      // Each of the story's photos once, by its file-name token, and the post's featured image among them.
      const items = mediaOf(id);
      expect(
        items.map((m) => photoToken(photosOf.get(id)!.find((p) => fileOf(m).includes(photoToken(p)))!)).sort(),
      ).toEqual(photosOf.get(id)!.map(photoToken).sort());
      expect(items.map((m) => m.id)).toContain(post.featured_media);
    }
  }, 300_000);
});

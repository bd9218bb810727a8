import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromDraft, type Article } from '../../shared/article/article';
import { bodyOf, draftOf } from '../../shared/article/draft.testing';
import type { SyncJob } from '../../shared/contract/sync';
import { seededRandom, type BackoffPolicy, type Random } from '../../main/services/sync/backoff';
import { SyncError } from '../../main/services/sync/failure';
import { newJob, transition } from '../../main/services/sync/job';
import { WordPressTermCache } from '../../main/services/sync/wordpress/cache';
import { photoToken, type OutgoingPhoto } from '../../main/services/sync/wordpress/media';
import { readMarker } from '../../main/services/sync/wordpress/marker';
import { sendToWordPress } from '../../main/services/sync/wordpress/send';
import { memoryJournal } from '../../main/services/sync/wordpress/state';
import { mapLimit } from '../../main/services/storage';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/faultProxy';
import {
  missingWordPressPackages,
  requireWordPressPackagesInCI,
  startWordPress,
  type WordPress,
} from '../support/wordpress';
import { ALL_STATUSES, authorHttp, generatedPhoto, listEvery } from './wordpressSend';

/*
 * Exactly once through a bad network: 100 drafts × 3 photos sent through a proxy that drops
 * answers after WordPress committed, resets uploads midway, stalls past the timeout and answers
 * 502/503 with Retry-After, on a seeded schedule. Each failed try goes through the job state
 * machine (waiting, backoff) and tries again with the draft's journal, as the outbox does.
 * In the end WordPress holds exactly 100 posts and 300 photos, each draft's post under its id.
 */

const missing = missingWordPressPackages();
requireWordPressPackagesInCI(missing);

const DRAFTS = 100;
const PHOTOS_PER_DRAFT = 3;
const TIMEOUT_MS = 3_000;
/** Longer than WordPress takes to store a small photo, so a lookup after a lost answer sees it. */
const SETTLE_MS = 4_000;
const FAST: BackoffPolicy = { baseMs: 100, capMs: 1_000, maxRetryAfterMs: 1_000 };

let wp: WordPress;
let proxy: FaultProxy;
let dir: string;

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-wp-faults-'));
  wp = await startWordPress({ dir });
  proxy = await startFaultProxy({ upstream: wp.url });
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 30_000);

/** The network's bad day: what a write may meet, and rarer trouble for reads. */
function faultSchedule(random: Random) {
  const writeFaults: (() => Fault)[] = [
    () => ({ kind: 'drop-response' }),
    () => ({ kind: 'reset-mid-upload', afterBytes: 1 + Math.floor(random() * 2_000) }),
    () => ({ kind: 'reset-after-upload' }),
    () => ({ kind: 'stall', forward: random() < 0.5 }),
    () => ({ kind: 'status', status: 503, retryAfter: 1 }),
    () => ({ kind: 'status', status: 502 }),
  ];
  const readFaults: (() => Fault)[] = [
    () => ({ kind: 'status', status: 503, retryAfter: 1 }),
    () => ({ kind: 'drop-response' }),
    () => ({ kind: 'stall' }),
  ];
  const pick = (list: (() => Fault)[]) => list[Math.floor(random() * list.length)]();
  return ({ method }: { method: string }): Fault | undefined => {
    if (method === 'POST') return random() < 0.5 ? pick(writeFaults) : undefined;
    return random() < 0.08 ? pick(readFaults) : undefined;
  };
}

async function storyOf(n: number): Promise<{ article: Article; photos: OutgoingPhoto[] }> {
  const photos = await Promise.all(
    Array.from({ length: PHOTOS_PER_DRAFT }, (_, i) =>
      generatedPhoto(n * PHOTOS_PER_DRAFT + i, {
        photoId: '',
        caption: `Ảnh ${i + 1} của tin ${n}`,
        credit: 'Phóng viên',
        altText: `Mô tả ảnh ${i + 1}`,
      }),
    ),
  );
  for (const photo of photos) photo.photoId = photo.sha256;
  const body = bodyOf(
    `Đoạn mở đầu của tin thử ${n}.`,
    ...photos.map((p) => ({ photoId: p.photoId, caption: p.caption, credit: p.credit, altText: p.altText })),
    'Đoạn kết.',
  );
  const draft = draftOf({
    id: crypto.randomUUID(),
    headline: `Tin thử số ${n} qua mạng chập chờn`,
    lead: `Sapo của tin ${n}.`,
    section: 'Thời sự',
    keywords: ['mạng chập chờn', `nhóm ${n % 5}`],
    body,
    status: 'finished',
  });
  return { article: articleFromDraft(draft), photos };
}

describe.skipIf(missing.length > 0)('100 drafts × 3 photos through a faulty network', () => {
  it('end as exactly 100 posts and 300 photos, every draft sent with its post id', { timeout: 600_000 }, async () => {
    const random = seededRandom(20241015);
    const stories = await Promise.all(Array.from({ length: DRAFTS }, (_, n) => storyOf(n + 1)));
    proxy.schedule(faultSchedule(seededRandom(12)));
    const http = authorHttp(wp, { base: proxy.url, timeoutMs: TIMEOUT_MS, uploadTimeoutMs: TIMEOUT_MS });
    // One per target, as the adapter keeps it: categories and tags are not listed again on every retry.
    const terms = new WordPressTermCache();
    const jobs = new Map<string, SyncJob>();
    const journals = new Map<string, ReturnType<typeof memoryJournal>>();
    let retries = 0;
    const started = Date.now();

    await mapLimit(stories, 8, async ({ article, photos }) => {
      const journal = memoryJournal();
      journals.set(article.id, journal);
      let job = newJob(
        {
          id: crypto.randomUUID(),
          draftId: article.id,
          targetId: 'wordpress',
          revision: 3,
          headline: article.headline,
        },
        new Date(),
      );
      for (;;) {
        job = transition(job, { type: 'start' }, new Date(), random, FAST);
        try {
          const sent = await sendToWordPress(http, {
            article,
            photos,
            postStatus: 'pending',
            sendId: job.id,
            overwrite: false,
            journal,
            settleMs: SETTLE_MS,
            terms,
          });
          job = transition(job, { type: 'sent', remote: sent.remote }, new Date(), random, FAST);
          break;
        } catch (error) {
          if (!(error instanceof SyncError)) throw error;
          job = transition(
            job,
            { type: 'failed', failure: error.failure, kind: error.kind, retryAfterMs: error.retryAfterMs },
            new Date(),
            random,
            FAST,
          );
          if (job.state !== 'waiting')
            throw new Error(`draft ${article.id} ended ${job.state}: ${JSON.stringify(job.failure)}`);
          retries++;
          await new Promise((resolve) => setTimeout(resolve, Date.parse(job.nextAttemptAt ?? '') - Date.now()));
        }
      }
      jobs.set(article.id, job);
    });
    proxy.schedule(undefined);
    const seconds = (Date.now() - started) / 1000;

    // Counted through the REST API, straight to WordPress: as the Author and as the Editor.
    const posts = await listEvery(wp, `/wp/v2/posts?status=${ALL_STATUSES}&context=edit&author=${wp.users.author.id}`);
    const media = await listEvery(wp, `/wp/v2/media?context=edit&author=${wp.users.author.id}`);
    const editorCount = await listEvery(wp, `/wp/v2/media?author=${wp.users.author.id}`, wp.users.editor);
    const postIdsByDraft = new Map<string, number[]>();
    for (const post of posts) {
      const marker = readMarker(String((post.content as { raw: string }).raw));
      if (marker)
        postIdsByDraft.set(marker.draftId, [...(postIdsByDraft.get(marker.draftId) ?? []), post.id as number]);
    }
    const mediaByToken = new Map<string, number>();
    for (const item of media) {
      const token = /nd-[0-9a-f]{12}/.exec(String(item.source_url))?.[0] ?? '';
      mediaByToken.set(token, (mediaByToken.get(token) ?? 0) + 1);
    }
    const tokens = stories.flatMap((s) => s.photos.map((p) => photoToken(p.sha256)));
    const duplicates =
      [...postIdsByDraft.values()].reduce((sum, ids) => sum + ids.length - 1, 0) +
      [...mediaByToken.values()].reduce((sum, count) => sum + count - 1, 0);
    const lost =
      stories.filter((s) => !postIdsByDraft.has(s.article.id)).length +
      tokens.filter((t) => !mediaByToken.has(t)).length;
    console.info(
      `faults=${proxy.stats.faults} retries=${retries} duplicates=${duplicates} lost=${lost} ` +
        `posts=${posts.length} media=${media.length} requests=${proxy.stats.requests} ` +
        `byKind=${JSON.stringify(proxy.stats.byKind)} seconds=${seconds.toFixed(0)}`,
    );

    if (duplicates + lost > 0) {
      // What went wrong, for whoever reads the log: the items twice, the ones missing, and the journal.
      const twice = [...mediaByToken].filter(([, count]) => count > 1).map(([token]) => token);
      console.error(
        'media twice',
        media
          .filter((m) => twice.some((t) => String(m.source_url).includes(t)))
          .map((m) => [m.id, m.date, m.source_url]),
      );
      console.error(
        'posts twice',
        [...postIdsByDraft].filter(([, ids]) => ids.length > 1),
      );
      for (const s of stories) {
        const missingPhotos = s.photos.filter((p) => !mediaByToken.has(photoToken(p.sha256)));
        if (missingPhotos.length > 0 || !postIdsByDraft.has(s.article.id))
          console.error(
            'lost',
            s.article.id,
            missingPhotos.map((p) => photoToken(p.sha256)),
            JSON.stringify(journals.get(s.article.id)?.read()),
          );
      }
    }
    expect(proxy.stats.faults).toBeGreaterThanOrEqual(300);
    expect({ duplicates, lost, posts: posts.length, media: media.length, seenByEditor: editorCount.length }).toEqual({
      duplicates: 0,
      lost: 0,
      posts: DRAFTS,
      media: DRAFTS * PHOTOS_PER_DRAFT,
      seenByEditor: DRAFTS * PHOTOS_PER_DRAFT,
    });
    for (const { article } of stories) {
      const job = jobs.get(article.id);
      expect(job).toMatchObject({ state: 'sent', remote: { id: String(postIdsByDraft.get(article.id)?.[0]) } });
    }
  });
});

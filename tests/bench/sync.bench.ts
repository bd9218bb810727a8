// Sync to WordPress at desk scale (issue 12 "Done when"): 100 finished drafts × 3 photos sent by
// the real outbox (SyncService + worker + the WordPress adapter, as the Author) to a local
// WordPress, against a reference client in the same run that makes the same uploads and post
// creations with plain fetch and no bookkeeping (no journal, no outbox files, no lookups).
// Target: ratio ≤ 1.25.
//
// Fair on a shared 2-core machine: both sides warm up, then run in alternating rounds of 10
// drafts (ours-first and reference-first by turns) against the same WordPress, so a burst of
// load from elsewhere and the tables growing fall on both alike; each side's time is the sum
// of its rounds, both at the outbox's concurrency of 2.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { articleFromDraft } from '../../shared/article/article';
import { createServices, type Services } from '../../main/services';
import { mapLimit } from '../../main/services/storage';
import { storyOf } from '../../main/services/sync/story';
import { wordPressAdapter } from '../../main/services/sync/wordpress/adapter';
import { DEFAULT_HOUSE_STYLE } from '../../shared/format/houseStyle';
import { finishedStory } from '../sync/desk';
import { basicAuth, missingWordPressPackages, startWordPress, type WordPress } from '../support/wordpress';
import { benchLine } from './benchFormat';

const DRAFTS = 100;
const PHOTOS = 3;
/** The outbox's default: two sends at once. The reference gets the same. */
const CONCURRENCY = 2;
const TARGET = 'bench-wp';
/** Drafts per round; rounds alternate which side goes first. */
const ROUND = 10;
/** Drafts each side sends before the clock starts (not counted). */
const WARM_UP = 4;

/** What the reference sends for one draft: the same rendition files and words, its own title and slug. */
interface RefDraft {
  n: number;
  headline: string;
  lead: string;
  photos: { path: string; caption: string; altText: string }[];
}

async function prepareDesk(services: Services, photoDir: string): Promise<{ ids: string[]; ref: RefDraft[] }> {
  const ids: string[] = [];
  await mapLimit(
    Array.from({ length: DRAFTS + WARM_UP }, (_, n) => n),
    4,
    async (n) => void ids.push(await finishedStory(services, photoDir, n, PHOTOS)),
  );
  const ref: RefDraft[] = [];
  for (const [n, id] of ids.entries()) {
    const draft = (await services.drafts.get(id)).draft;
    const draftDir = await services.drafts.folderOf(id);
    const story = storyOf(
      draft,
      { dir: path.join(draftDir, 'photos'), records: await services.photos.list(draftDir) },
      DEFAULT_HOUSE_STYLE,
    );
    const article = articleFromDraft(draft);
    ref.push({
      n,
      headline: `Tham chiếu ${n}: ${article.headline}`,
      lead: article.lead,
      // The file the adapter uploads: the largest JPEG rendition.
      photos: story.photos.map((p) => ({
        path: (p.renditions.find((r) => r.format === 'jpeg') ?? p.renditions[0]).path,
        caption: p.caption,
        altText: p.altText,
      })),
    });
  }
  return { ids, ref };
}

/** Plain fetch: upload each photo, then create the post with their URLs. Nothing remembered. */
async function referenceSend(wp: WordPress, drafts: RefDraft[]): Promise<number> {
  const authorization = basicAuth(wp.users.author);
  const api = `${wp.url}/wp-json/wp/v2`;
  const started = performance.now();
  await mapLimit(drafts, CONCURRENCY, async (draft) => {
    const media: { id: number; url: string }[] = [];
    for (const [i, photo] of draft.photos.entries()) {
      const form = new FormData();
      const bytes = await readFile(photo.path);
      form.append('file', new Blob([bytes], { type: 'image/jpeg' }), `ref-${draft.n}-${i}.jpg`);
      form.append('title', photo.caption);
      form.append('caption', photo.caption);
      form.append('alt_text', photo.altText);
      const answer = await fetch(`${api}/media`, { method: 'POST', headers: { authorization }, body: form });
      if (answer.status !== 201) throw new Error(`reference upload: ${answer.status} ${await answer.text()}`);
      const item = (await answer.json()) as { id: number; source_url: string };
      media.push({ id: item.id, url: item.source_url });
    }
    const content = [
      `<p>${draft.lead}</p>`,
      ...media.map((m, i) => `<figure><img src="${m.url}" alt="${draft.photos[i].altText}" /></figure>`),
    ].join('\n');
    const answer = await fetch(`${api}/posts`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: draft.headline,
        content,
        excerpt: draft.lead,
        slug: `tham-chieu-${draft.n}`,
        status: 'pending',
        featured_media: media[0]?.id ?? 0,
      }),
    });
    if (answer.status !== 201) throw new Error(`reference post: ${answer.status} ${await answer.text()}`);
  });
  return (performance.now() - started) / 1000;
}

/** Queues these drafts in the outbox and waits until the worker has sent every one. */
async function oursSend(services: Services, ids: string[]): Promise<number> {
  const started = performance.now();
  const jobs = new Set<string>();
  let sent = 0;
  let failed: string | null = null;
  let wake = () => undefined as void;
  const stop = services.bus.subscribe((event, payload) => {
    if (event !== 'sync.changed') return;
    const { job } = payload as { job: { id: string; state: string; failure?: { code: string } | null } };
    if (!jobs.has(job.id)) return;
    if (job.state === 'sent') sent++;
    if (job.state === 'failed' || job.state === 'conflict') failed = `${job.state}: ${job.failure?.code ?? ''}`;
    wake();
  });
  try {
    for (const id of ids) jobs.add((await services.sync.send(id, TARGET)).id);
    while (sent < ids.length && failed === null) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    stop();
  }
  if (failed !== null) throw new Error(`a send ${failed}`);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const missing = missingWordPressPackages();
  if (missing.length > 0) {
    console.log(`sync bench skipped: missing ${missing.join(', ')} (run tests/support/wordpress setup)`);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-sync-'));
  let wp: WordPress | undefined;
  let services: Services | undefined;
  try {
    wp = await startWordPress({ dir: path.join(dir, 'wp') });
    services = await createServices({
      dataDir: path.join(dir, 'data'),
      sync: { adapters: { wordpress: wordPressAdapter() } },
    });
    await services.sync.saveTarget({
      kind: 'wordpress',
      id: TARGET,
      name: 'Bench WordPress',
      url: wp.url,
      username: wp.users.author.username,
      postStatus: 'pending',
    });
    await services.sync.setSecret(TARGET, wp.users.author.appPassword, false);
    const { ids, ref } = await prepareDesk(services, path.join(dir, 'src'));
    // PHP's opcache, MariaDB's buffers and our own code paths warm on drafts that count for neither side.
    await referenceSend(
      wp,
      ref.slice(DRAFTS, DRAFTS + WARM_UP).map((d) => ({ ...d, n: d.n + 10_000 })),
    );
    await oursSend(services, ids.slice(DRAFTS, DRAFTS + WARM_UP));

    let refSeconds = 0;
    let ourSeconds = 0;
    for (let round = 0; round * ROUND < DRAFTS; round++) {
      const range = [round * ROUND, (round + 1) * ROUND] as const;
      const runRef = async () => (refSeconds += await referenceSend(wp!, ref.slice(...range)));
      const runOurs = async () => (ourSeconds += await oursSend(services!, ids.slice(...range)));
      if (round % 2 === 0) await runRef().then(runOurs);
      else await runOurs().then(runRef);
    }
    const sent = services.sync.list().filter((j) => j.state === 'sent').length;
    if (sent !== DRAFTS + WARM_UP) throw new Error(`only ${sent} of ${DRAFTS + WARM_UP} sent`);
    console.log(
      `reference (bare fetch, ${CONCURRENCY} at a time): ${refSeconds.toFixed(2)} s, ours ${ourSeconds.toFixed(2)} s ` +
        `for ${DRAFTS}×${PHOTOS}, in ${DRAFTS / ROUND} alternating rounds`,
    );
    benchLine('sync-100x3', ourSeconds, 's', refSeconds, 'bare-fetch');
  } finally {
    await services?.close();
    await wp?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { startNinjsReceiver, type NinjsReceiver } from '../support/ninjsReceiver';
import { finishedStory, writeStory } from './desk';

const root = path.resolve(import.meta.dirname, '../..');
const MIN_KILLS = 20;
const DRAFTS = 5;
let dir = '';
let receiver: NinjsReceiver;
afterAll(async () => {
  await receiver?.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Runs the sending desk; SIGKILLs it when its `killAtSend`-th send has begun, after up to a few
 * milliseconds more (a send in flight, a file half-written, a response not yet recorded). Never
 * killed when `killAtSend` is null, or when the outbox empties first.
 */
function runDesk(dataDir: string, killAtSend: number | null): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/sync/sendingDesk.ts'), dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let sends = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('SENDING') && ++sends === killAtSend)
          setTimeout(() => child.kill('SIGKILL'), Math.random() * 20);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true });
      else if (code === 0) resolve({ killed: false });
      else reject(new Error(`the sending desk failed (${code}): ${err}`));
    });
  });
}

/** Opens the data folder without sending (the worker may start nothing), to edit and queue. */
const openQuiet = (dataDir: string) => createServices({ dataDir, sync: { tuning: { concurrency: 0 } } });

async function editAndQueue(services: Services, ids: string[], round: number) {
  for (const id of ids) {
    const photoIds = (await services.photoDesk.list(id)).map((p) => p.id);
    await writeStory(services, id, `Bản ${round} của ${id.slice(0, 4)}`, photoIds);
    await services.sync.send(id, 'outbox-folder');
    await services.sync.send(id, 'desk');
  }
}

it('SIGKILLed mid-send again and again, the outbox resumes to the same end state with nothing duplicated', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-sync-kill-'));
  const dataDir = path.join(dir, 'data');
  receiver = await startNinjsReceiver({ latencyMs: 15 });
  let services = await openQuiet(dataDir);
  await services.sync.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Bàn tin', url: receiver.url, token: false });
  const ids: string[] = [];
  for (let n = 0; n < DRAFTS; n++) ids.push(await finishedStory(services, path.join(dir, 'src'), n));
  await editAndQueue(services, ids, 0);
  await services.close();

  let kills = 0;
  let killedWithWorkLeft = 0;
  let runs = 0;
  let round = 0;
  while (kills < MIN_KILLS) {
    if (++runs > MIN_KILLS * 3) throw new Error(`only ${kills} of ${runs - 1} runs were killed mid-send`);
    const { killed } = await runDesk(dataDir, 1 + Math.floor(Math.random() * 3));
    if (killed) kills++;
    services = await openQuiet(dataDir);
    if (killed && services.sync.list().some((j) => j.state !== 'sent' && j.state !== 'cancelled')) killedWithWorkLeft++;
    // Every few kills, or when the outbox emptied, the reporter edits two stories and sends them again.
    if (!killed || kills % 4 === 0)
      await editAndQueue(services, [ids[round % DRAFTS], ids[(round + 2) % DRAFTS]], ++round);
    await services.close();
  }
  await runDesk(dataDir, null);

  services = await openQuiet(dataDir);
  const latest = new Map<string, number>();
  for (const id of ids) latest.set(id, (await services.drafts.get(id)).draft.revision);
  const jobs = services.sync.list();
  const unsettled = jobs.filter((j) => j.state !== 'sent' && j.state !== 'cancelled');
  await services.close();

  // The ninjs receiver: one item per draft, holding the latest revision.
  const items = [...receiver.items.values()];
  const versions = new Map(items.map((item) => [item.ninjs.uri.split(':').pop(), Number(item.ninjs.version)]));
  // The hot folder: one whole story per draft, at the latest revision; no temp folder left.
  const folder = path.join(dataDir, 'outbox-folder');
  const names = await readdir(folder);
  const manifests = await Promise.all(
    names
      .filter((n) => !n.startsWith('.'))
      .map(
        async (n) =>
          JSON.parse(await readFile(path.join(folder, n, 'manifest.json'), 'utf8')) as {
            draftId: string;
            revision: number;
          },
      ),
  );
  const duplicates = receiver.stats.creates - DRAFTS + (manifests.length - DRAFTS);
  console.log(
    `SYNC KILL TEST runs=${runs} kills=${kills} killed with work left=${killedWithWorkLeft} jobs=${jobs.length} ` +
      `items=${items.length} creates=${receiver.stats.creates} replays=${receiver.stats.replays} ` +
      `hot folder stories=${manifests.length} duplicates=${duplicates}`,
  );
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(killedWithWorkLeft).toBeGreaterThanOrEqual(MIN_KILLS / 2);
  expect(unsettled).toEqual([]);
  expect(items).toHaveLength(DRAFTS);
  expect(receiver.stats.creates).toBe(DRAFTS);
  expect(Object.fromEntries(versions)).toEqual(Object.fromEntries(latest));
  expect(Object.fromEntries(manifests.map((m) => [m.draftId, m.revision]))).toEqual(Object.fromEntries(latest));
  expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  expect(duplicates).toBe(0);
}, 600_000);

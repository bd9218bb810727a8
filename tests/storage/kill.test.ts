import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { sharedDir } from '../support/reference';
import { articleAt, stepOf } from './growingArticle';

const root = path.resolve(import.meta.dirname, '../..');
/** Bounded by count, not time: 60 kills, every fifth while the store opens (start-up and recovery). */
const KILLS = 60;
const STARTUP_EVERY = 5;
const MIN_KILLS = 50;
const MIN_SAVES = 1000;
/** More kills only if the saves fall short (a very slow disk). */
const MAX_KILLS = 120;
// Bundled once: starting Node on plain JS is several times faster than through tsx each kill.
const autosaver = path.join(root, 'node_modules/.cache/newsdesk-kill/autosaver.mjs');
let dataDir = '';

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'tests/storage/autosaver.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: autosaver,
    logLevel: 'warning',
  });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

interface Run {
  acked: number;
  ready: number;
  /** Killed before the store said READY: during start-up (after a crash: its check and recovery). */
  duringStartup: boolean;
  /** How long opening the store took (OPENING → READY), when it finished. */
  openMs: number | null;
}

/**
 * Runs the autosaver and SIGKILLs it: `atStartup` a random moment into opening the store, else a
 * random moment (up to 2 s) into its saves.
 */
function runAndKill(atStartup: { withinMs: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The bundle lives elsewhere than the test: it is told where the sample article is.
    const env = { ...process.env, NEWSDESK_SHARED_DIR: sharedDir };
    const child = spawn(process.execPath, [autosaver, dataDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let acked = -1;
    let ready = -1;
    let openingAt = 0;
    let openMs: number | null = null;
    const kill = (afterMs: number) => setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'ACK') acked = Number(n);
        if (word === 'OPENING') {
          openingAt = performance.now();
          if (atStartup) kill(Math.random() * atStartup.withinMs);
        }
        if (word === 'READY') {
          ready = Number(n);
          openMs = performance.now() - openingAt;
          if (!atStartup) kill(Math.random() * 2000);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, ready, duringStartup: ready < 0, openMs });
      else reject(new Error(`autosaver exited by itself (${code}): ${err}`));
    });
  });
}

it('never loses an acknowledged save when the process is killed at random moments, start-up included', async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-kill-'));
  let kills = 0;
  let startupKills = 0;
  let acknowledged = 0;
  let lostOrCorrupt = 0;
  /** What each lost or corrupt count was, so a failure says why. */
  const faults: string[] = [];
  const fault = (why: string) => {
    lostOrCorrupt++;
    faults.push(`kill ${kills}: ${why}`);
  };
  let lastAcked = 0;
  let created = false;
  let openMs = 100;
  while (kills < KILLS || (acknowledged < MIN_SAVES && kills < MAX_KILLS)) {
    const atStartup = kills % STARTUP_EVERY === STARTUP_EVERY - 1 ? { withinMs: openMs * 1.5 } : null;
    const run = await runAndKill(atStartup);
    kills++;
    if (run.duringStartup) startupKills++;
    if (run.openMs !== null) openMs = run.openMs;
    if (run.ready >= 0 && run.ready < lastAcked) fault(`child read step ${run.ready} < ${lastAcked}`); // the child itself saw an older draft
    if (run.acked > 0) {
      acknowledged += run.acked - run.ready;
      lastAcked = run.acked;
    }
    // Crashes come in bursts: before a start-up kill nothing opens the store in between, so that
    // kill lands in the check and recovery after the previous crash.
    if (kills % STARTUP_EVERY === STARTUP_EVERY - 1) continue;
    // After the other kills: the store opens, every draft parses, the content is the last acknowledged save or later.
    const services = await createServices({ dataDir });
    const items = (await services.drafts.list()).items;
    const report = await services.drafts.openReport();
    // Before the first draft was ever written, a kill may leave none (its empty folder is tidied).
    if (report.unreadable.length > 0 || items.length !== (created ? 1 : items.length) || items.length > 1) {
      fault(`${items.length} drafts, unreadable ${JSON.stringify(report.unreadable)}`);
    }
    created ||= items.length === 1;
    for (const item of items) {
      const { draft } = await services.drafts.get(item.id);
      const step = stepOf(draft.headline);
      if (step < lastAcked || draft.bodyText !== articleAt(step).bodyText)
        fault(`step ${step} < ${lastAcked} or text differs`);
      lastAcked = Math.max(lastAcked, step);
      const left = await readdir(path.join(dataDir, 'drafts', item.id));
      if (left.some((n) => n.endsWith('.tmp'))) fault(`temp left in the draft: ${left.join(' ')}`);
    }
    await services.close();
    const root = await readdir(dataDir);
    if (root.some((n) => n.endsWith('.tmp'))) fault(`temp left in the root: ${root.join(' ')}`);
  }
  console.log(
    `KILL TEST kills=${kills} (during start-up/recovery ${startupKills}) saves acknowledged=${acknowledged} drafts lost or corrupt=${lostOrCorrupt}${faults
      .slice(0, 3)
      .map((f) => `\n  ${f}`)
      .join('')}`,
  );
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(startupKills).toBeGreaterThanOrEqual(KILLS / STARTUP_EVERY / 2);
  expect(acknowledged).toBeGreaterThanOrEqual(MIN_SAVES);
  expect(faults.slice(0, 5)).toEqual([]);
  expect(lostOrCorrupt).toBe(0);
}, 600_000);

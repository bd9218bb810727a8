import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createServices } from '../../main/services';
import { articleAt, stepOf } from './growingArticle';

const root = path.resolve(import.meta.dirname, '../..');
const MIN_KILLS = 50;
const MIN_SAVES = 1000;
let dataDir = '';
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Runs the autosaver until a random moment, then SIGKILLs it. Returns the last acknowledged step. */
function runAndKill(killAfterMs: number): Promise<{ acked: number; ready: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'tests/storage/autosaver.ts'), dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let acked = -1;
    let ready = -1;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'ACK') acked = Number(n);
        if (word === 'READY') {
          ready = Number(n);
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acked, ready });
      else reject(new Error(`autosaver exited by itself (${code}): ${err}`));
    });
  });
}

it('never loses an acknowledged save when the process is killed at random moments', async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsdesk-kill-'));
  let kills = 0;
  let acknowledged = 0;
  let lostOrCorrupt = 0;
  let lastAcked = 0;
  while ((kills < MIN_KILLS || acknowledged < MIN_SAVES) && kills < 150) {
    const { acked, ready } = await runAndKill(Math.random() * 1000);
    kills++;
    if (ready >= 0 && ready < lastAcked) lostOrCorrupt++; // the child itself saw an older draft
    if (acked > 0) {
      acknowledged += acked - ready;
      lastAcked = acked;
    }
    // After every kill: the store opens, every draft parses, the content is the last acknowledged save or later.
    const services = await createServices({ dataDir });
    const items = (await services.drafts.list()).items;
    if ((await services.drafts.openReport()).unreadable.length > 0 || items.length !== 1) lostOrCorrupt++;
    for (const item of items) {
      const { draft } = await services.drafts.get(item.id);
      const step = stepOf(draft.headline);
      if (step < lastAcked || draft.bodyText !== articleAt(step).bodyText) lostOrCorrupt++;
      lastAcked = Math.max(lastAcked, step);
      const left = await readdir(path.join(dataDir, 'drafts', item.id));
      if (left.some((n) => n.endsWith('.tmp'))) lostOrCorrupt++;
    }
    await services.close();
  }
  console.log(`KILL TEST kills=${kills} saves acknowledged=${acknowledged} drafts lost or corrupt=${lostOrCorrupt}`);
  expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
  expect(acknowledged).toBeGreaterThanOrEqual(MIN_SAVES);
  expect(lostOrCorrupt).toBe(0);
}, 600_000);

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftOf } from '../../../shared/article/draft.testing';
import type { SyncJob, SyncJobState, TargetOf } from '../../../shared/contract/sync';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/format/houseStyle';
import { EventBus } from '../events';
import { realFs } from '../storage';
import type { SendContext, SyncAdapter } from './adapter';
import { seededRandom } from './backoff';
import { syncError, type SyncError } from './failure';
import { MemorySecretStore } from './SecretStore';
import { SyncService } from './SyncService';
import { FakeTime, until } from './testing';

type Step = 'ok' | SyncError | 'hang';
type NinjsTarget = TargetOf<'ninjsHttp'>;

/** An adapter the test scripts: each try takes the next step for its draft ('ok' when none is left). */
function scriptedAdapter() {
  const script = new Map<string, Step[]>();
  const state = { inFlight: 0, maxInFlight: 0, tries: [] as string[] };
  const hung: { release: () => void }[] = [];
  const adapter: SyncAdapter<NinjsTarget> = {
    kind: 'ninjsHttp',
    needsSecret: () => false,
    test: () => Promise.resolve([]),
    async send(context: SendContext<NinjsTarget>) {
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      state.tries.push(context.job.draftId);
      try {
        const step = script.get(context.job.draftId)?.shift() ?? 'ok';
        if (step === 'hang') {
          await new Promise<void>((resolve, reject) => {
            hung.push({ release: resolve });
            context.signal.addEventListener('abort', () => reject(new Error('aborted')));
          });
        } else if (step !== 'ok') throw step;
        return { remote: { id: `remote-${context.job.draftId}` }, baseline: null };
      } finally {
        state.inFlight--;
      }
    },
  };
  return { adapter, script, state, hung };
}

const ids = Array.from({ length: 6 }, (_, i) => `d${i}000000-0000-4000-8000-000000000000`);
const offline = () => syncError('offline', 'transient', { osCode: 'ECONNREFUSED' });

let dir = '';
let time: FakeTime;
let bus: EventBus;
let service: SyncService;
let fake: ReturnType<typeof scriptedAdapter>;
let events: SyncJob[];

async function openService() {
  service = new SyncService({
    dataDir: dir,
    fs: realFs,
    clock: time,
    timer: time,
    random: seededRandom(3),
    bus,
    secrets: new MemorySecretStore(),
    adapters: { ninjsHttp: fake.adapter },
    draftOf: (id) =>
      Promise.resolve(draftOf({ id, status: id === ids[5] ? 'draft' : 'finished', headline: `Bài ${id[1]}` })),
    photosOf: () => Promise.resolve({ dir, records: [] }),
    houseStyle: () => DEFAULT_HOUSE_STYLE,
  });
  await service.open();
  await service.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Desk', url: 'http://127.0.0.1:9/', token: false });
}

const stateOf = (draftId: string): SyncJobState | undefined => service.list(draftId)[0]?.state;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-sync-'));
  time = new FakeTime();
  bus = new EventBus();
  events = [];
  bus.subscribe((event, payload) => {
    if (event === 'sync.changed') events.push((payload as { job: SyncJob }).job);
  });
  fake = scriptedAdapter();
  await openService();
});
afterEach(async () => {
  for (const h of fake.hung) h.release();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('SyncService and its worker', () => {
  it('sends at most two at once, every job ends sent, each move announced', async () => {
    for (const id of ids.slice(0, 5)) fake.script.set(id, ['hang']);
    for (const id of ids.slice(0, 5)) await service.send(id, 'desk');
    await until(() => fake.hung.length === 2, 'two in flight');
    expect(service.list().filter((j) => j.state === 'sending')).toHaveLength(2);
    while (fake.hung.length > 0 || service.list().some((j) => j.state !== 'sent')) {
      fake.hung.shift()?.release();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(fake.state.maxInFlight).toBe(2);
    expect(service.list().map((j) => j.state)).toEqual(Array(5).fill('sent'));
    expect(events.filter((j) => j.state === 'sent')).toHaveLength(5);
    expect(events.filter((j) => j.state === 'queued')).toHaveLength(5);
  });

  it('only a finished draft is queued', async () => {
    await expect(service.send(ids[5], 'desk')).rejects.toMatchObject({ code: 'not_ready' });
    expect(service.list()).toEqual([]);
  });

  it('offline: the target pauses, one probe at its retry time, then everything resumes by itself', async () => {
    fake.script.set(ids[0], [offline(), offline()]);
    await service.send(ids[0], 'desk');
    await until(() => stateOf(ids[0]) === 'waiting', 'first job waiting');
    fake.script.set(ids[1], [offline()]);
    await service.send(ids[1], 'desk');
    await service.send(ids[2], 'desk');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Paused: the other jobs do not burn their tries while the target is unreachable.
    expect(fake.state.tries).toEqual([ids[0]]);
    expect([stateOf(ids[1]), stateOf(ids[2])]).toEqual(['queued', 'queued']);

    // The probe (the first job, at its retry time) is still offline: paused again, longer.
    time.advance(Date.parse(service.list(ids[0])[0].nextAttemptAt!) - time.now().getTime());
    await until(() => fake.state.tries.length === 2 && stateOf(ids[0]) === 'waiting', 'second probe');
    expect(service.list(ids[0])[0].attempts).toBe(2);
    // The network comes back: the next probe gets through and the rest follow at once.
    fake.script.set(ids[1], []);
    time.advance(Date.parse(service.list(ids[0])[0].nextAttemptAt!) - time.now().getTime());
    await until(() => ids.slice(0, 3).every((id) => stateOf(id) === 'sent'), 'all sent');
    expect(fake.state.tries.slice(0, 2)).toEqual([ids[0], ids[0]]);
  });

  it('a transient failure waits its backoff (Retry-After wins), a permanent one waits for Retry', async () => {
    fake.script.set(ids[0], [syncError('server_error', 'unknownOutcome', { status: 503 }, 120_000)]);
    fake.script.set(ids[1], [syncError('auth_rejected', 'permanent', { status: 401 })]);
    await service.send(ids[0], 'desk');
    await service.send(ids[1], 'desk');
    await until(() => stateOf(ids[0]) === 'waiting' && stateOf(ids[1]) === 'failed', 'waiting and failed');
    const waiting = service.list(ids[0])[0];
    expect(Date.parse(waiting.nextAttemptAt!) - time.now().getTime()).toBe(120_000);
    time.advance(119_999);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(stateOf(ids[0])).toBe('waiting');
    time.advance(1);
    await until(() => stateOf(ids[0]) === 'sent', 'sent after Retry-After');
    expect(service.list(ids[1])[0].failure).toEqual({ code: 'auth_rejected', detail: { status: 401 } });
    await service.retry(service.list(ids[1])[0].id);
    await until(() => stateOf(ids[1]) === 'sent', 'sent after Retry');
  });

  it('cancel stops a send in flight; a sent job cannot be cancelled', async () => {
    fake.script.set(ids[0], ['hang']);
    const job = await service.send(ids[0], 'desk');
    await until(() => fake.hung.length === 1, 'in flight');
    expect((await service.cancel(job.id)).state).toBe('cancelled');
    await until(() => fake.state.inFlight === 0, 'aborted');
    expect(stateOf(ids[0])).toBe('cancelled');
    const second = await service.send(ids[0], 'desk');
    await until(() => stateOf(ids[0]) === 'sent', 'second sent');
    await expect(service.cancel(second.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('a newer send replaces the older job still waiting for the same target', async () => {
    fake.script.set(ids[0], [offline()]);
    const first = await service.send(ids[0], 'desk');
    await until(() => stateOf(ids[0]) === 'waiting', 'waiting');
    await service.send(ids[0], 'desk');
    expect(service.outbox.get(first.id)?.state).toBe('cancelled');
  });

  it('a conflict waits for the reporter: overwrite sends again with the choice', async () => {
    fake.script.set(ids[0], [syncError('changed_remotely', 'conflict', { status: 412 })]);
    const job = await service.send(ids[0], 'desk');
    await until(() => stateOf(ids[0]) === 'conflict', 'conflict');
    let overwrite = false;
    const send = fake.adapter.send.bind(fake.adapter);
    fake.adapter.send = (context) => {
      overwrite = context.overwrite;
      return send(context);
    };
    await service.resolveConflict(job.id, 'overwrite');
    await until(() => stateOf(ids[0]) === 'sent', 'sent');
    expect(overwrite).toBe(true);
    expect(service.outbox.get(job.id)?.overwrite).toBe(false);
  });

  it('after a restart, a job cut mid-send resumes; settled ones stay as they were', async () => {
    fake.script.set(ids[0], ['hang']);
    await service.send(ids[0], 'desk');
    await service.send(ids[1], 'desk');
    await until(() => stateOf(ids[1]) === 'sent' && fake.hung.length === 1, 'one sent, one in flight');
    await service.close(); // the in-flight try is abandoned, as a crash would
    expect(stateOf(ids[0])).toBe('sending');
    fake = scriptedAdapter();
    await openService();
    await until(() => stateOf(ids[0]) === 'sent', 'resumed');
    expect(fake.state.tries).toEqual([ids[0]]);
    expect(service.list(ids[0])[0].attempts).toBe(2);
  });
});

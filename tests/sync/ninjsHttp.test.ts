import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { ninjsHttpAdapter } from '../../main/services/sync/ninjsHttp';
import { realFs } from '../../main/services/storage';
import { until } from '../../main/services/sync/testing';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/faultProxy';
import { ninjsValidator } from '../support/ninjsSchema';
import { startNinjsReceiver, type NinjsReceiver } from '../support/ninjsReceiver';
import { allSent, finishedStory, writeStory } from './desk';

let dir = '';
let services: Services;
let receiver: NinjsReceiver;
let proxy: FaultProxy | null = null;

async function open(url: string, options: { token?: string } = {}) {
  services = await createServices({
    dataDir: path.join(dir, 'data'),
    sync: {
      adapters: { ninjsHttp: ninjsHttpAdapter({ fs: realFs, timeoutMs: 1500 }) },
      tuning: { backoff: { baseMs: 50, capMs: 400, maxRetryAfterMs: 1000 }, concurrency: 2 },
    },
  });
  await services.sync.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Bàn tin', url, token: !!options.token });
  if (options.token) await services.sync.setSecret('desk', options.token, false);
}

const stateOf = (draftId: string) => services.sync.list(draftId)[0];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsdesk-ninjs-'));
  receiver = await startNinjsReceiver();
});
afterEach(async () => {
  await services.close();
  await proxy?.close();
  proxy = null;
  await receiver.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ninjs over HTTP', () => {
  it('sends pictures then the story; a resend updates the same item and uploads no photo again', async () => {
    receiver.token = 'tok-123';
    await open(receiver.url, { token: 'tok-123' });
    expect(await services.sync.testTarget('desk')).toEqual([
      { code: 'reachable', ok: true },
      { code: 'credentials', ok: true },
    ]);
    const id = await finishedStory(services, path.join(dir, 'src'), 1);
    await services.sync.send(id, 'desk');
    await allSent(services);
    expect(receiver.items.size).toBe(1);
    const [item] = receiver.items.values();
    expect(stateOf(id).remote).toEqual({ id: item.id, url: `${receiver.url}items/${item.id}` });
    expect(ninjsValidator()(item.ninjs)).toEqual([]);
    const associations = item.ninjs.associations as { renditions: { href: string }[] }[];
    expect(associations).toHaveLength(2);
    expect(associations[0].renditions[0].href).toMatch(new RegExp(`^${receiver.url}pictures/[0-9a-f]{64}\\.jpg$`));
    const uploads = receiver.stats.pictureUploads;
    expect(uploads).toBe(receiver.pictures.size);

    const photoIds = (await services.photoDesk.list(id)).map((p) => p.id);
    await writeStory(services, id, 'Tin sửa lại', photoIds);
    await services.sync.send(id, 'desk');
    await allSent(services);
    expect(receiver.items.size).toBe(1);
    expect(item.ninjs.headlines?.[0].value).toBe('Tin sửa lại');
    expect(item.updates).toBe(1);
    expect(receiver.stats.pictureUploads).toBe(uploads);
  });

  it('an edit at the newsroom meanwhile is a conflict: nothing overwritten until the reporter chooses', async () => {
    await open(receiver.url);
    const id = await finishedStory(services, path.join(dir, 'src'), 2);
    await services.sync.send(id, 'desk');
    await allSent(services);
    const [item] = receiver.items.values();
    receiver.editAtDesk(item.id, 'Sửa ở tòa soạn');
    const photoIds = (await services.photoDesk.list(id)).map((p) => p.id);
    await writeStory(services, id, 'Sửa của phóng viên', photoIds);
    const job = await services.sync.send(id, 'desk');
    await until(() => stateOf(id).state === 'conflict', 'conflict');
    expect(stateOf(id).failure?.code).toBe('changed_remotely');
    expect(item.ninjs.headlines?.[0].value).toBe('Sửa ở tòa soạn');

    // Keep the newsroom's version: kept beside the draft, nothing sent.
    await services.sync.resolveConflict(job.id, 'keepRemote');
    expect(stateOf(id)).toMatchObject({ state: 'cancelled', keptRemote: true });
    const record = await services.sync.records.get(id, 'desk');
    expect((record.keptRemote as { headlines: { value: string }[] }).headlines[0].value).toBe('Sửa ở tòa soạn');

    // Another edit at the desk, then overwrite: the reporter's version wins, knowingly.
    receiver.editAtDesk(item.id, 'Sửa lần hai ở tòa soạn');
    const second = await services.sync.send(id, 'desk');
    await until(() => stateOf(id).state === 'conflict', 'second conflict');
    await services.sync.resolveConflict(second.id, 'overwrite');
    await until(() => stateOf(id).state === 'sent', 'overwritten');
    expect(item.ninjs.headlines?.[0].value).toBe('Sửa của phóng viên');
    expect(receiver.items.size).toBe(1);
  });

  it('a wrong token, a captive portal and plain http with a token to another machine each say so', async () => {
    receiver.token = 'right';
    await open(receiver.url, { token: 'wrong' });
    const id = await finishedStory(services, path.join(dir, 'src'), 3, 1);
    await services.sync.send(id, 'desk');
    await until(() => stateOf(id).state === 'failed', 'failed');
    expect(stateOf(id).failure).toEqual({ code: 'auth_rejected', detail: { status: 401 } });

    proxy = await startFaultProxy({ upstream: receiver.url.replace(/\/$/, '') });
    proxy.schedule(() => ({ kind: 'captive-portal' }));
    await services.sync.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Bàn tin', url: proxy.url, token: false });
    await services.sync.retry(stateOf(id).id);
    await until(() => stateOf(id).state === 'failed' && stateOf(id).attempts === 2, 'failed again');
    expect(stateOf(id).failure?.code).toBe('captive_portal');
    expect(receiver.items.size).toBe(0);

    await services.sync.saveTarget({
      kind: 'ninjsHttp',
      id: 'desk',
      name: 'Bàn tin',
      url: 'http://ninjs.example.net/',
      token: true,
    });
    await services.sync.retry(stateOf(id).id);
    await until(() => stateOf(id).attempts === 3 && stateOf(id).state === 'failed', 'refused');
    expect(stateOf(id).failure?.code).toBe('insecure_url');
  });

  it('drops, resets, stalls and 502s with Retry-After end with exactly one item per draft', async () => {
    proxy = await startFaultProxy({ upstream: receiver.url.replace(/\/$/, '') });
    await open(proxy.url);
    const drafts = 8;
    const ids: string[] = [];
    for (let n = 0; n < drafts; n++) ids.push(await finishedStory(services, path.join(dir, 'src'), 10 + n));
    const faults: Fault[] = [
      { kind: 'drop-response' },
      { kind: 'reset-after-upload' },
      { kind: 'reset-mid-upload', afterBytes: 2000 },
      { kind: 'status', status: 502, retryAfter: 1 },
      { kind: 'status', status: 503, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
      { kind: 'stall', forward: true, maxMs: 3000 },
    ];
    let n = 0;
    proxy.schedule((request) => (request.index % 2 === 0 ? faults[n++ % faults.length] : undefined));
    for (const id of ids) await services.sync.send(id, 'desk');
    await allSent(services, 120_000);
    const pictures = (await Promise.all(ids.map((id) => services.photoDesk.list(id))))
      .flat()
      .reduce((sum, p) => sum + p.renditions.length, 0);
    const remoteIds = new Set(ids.map((id) => stateOf(id).remote?.id));
    const duplicates = receiver.stats.creates - drafts;
    console.log(
      `NINJS FAULTS drafts=${drafts} requests=${proxy.stats.requests} faults=${proxy.stats.faults} ` +
        `${JSON.stringify(proxy.stats.byKind)} items=${receiver.items.size} duplicates=${duplicates} ` +
        `replays=${receiver.stats.replays} pictures=${receiver.pictures.size}/${pictures}`,
    );
    expect(proxy.stats.faults).toBeGreaterThanOrEqual(drafts * 2);
    expect(receiver.items.size).toBe(drafts);
    expect(duplicates).toBe(0);
    expect(remoteIds).toEqual(new Set(receiver.items.keys()));
    expect(receiver.pictures.size).toBe(pictures);
    for (const item of receiver.items.values()) expect(ninjsValidator()(item.ninjs)).toEqual([]);
  }, 180_000);
});

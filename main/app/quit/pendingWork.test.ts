import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { operations } from '../../../shared/contract';
import { EventBus } from '../../services/events';
import { openTestStore, type TestStore } from '../../services/drafts/testStore';
import { UpdateFlow, type Updater } from '../../services/updates/UpdateFlow';
import { pendingWorkOf } from './pendingWork';
import { SendsInFlight } from './sendsInFlight';
import { UnsavedWindows, type ReportingWindow } from './unsavedWindows';

/*
 * The update gate as main/app/index.ts wires it: the real drafts store (a temp folder), the real
 * outbox events through the bus, windows' reports as the IPC wiring records them. Only
 * electron-updater is a recorder: it would replace this very process.
 */

let store: TestStore | undefined;
afterEach(async () => store?.cleanup());

const sendingJob = (state: string) => ({
  job: {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-101112131415',
    draftId: '0b7c2d2e-8f3a-4c1e-9a61-5b0f3c2d1e4f',
    targetId: 't1',
    revision: 3,
    headline: 'Tin',
    state,
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt: '2026-11-30T08:00:01.000Z',
    attempts: 1,
    nextAttemptAt: null,
    progress: null,
    failure: null,
    remote: null,
    overwrite: false,
    keptRemote: false,
  },
});

async function wiredGate() {
  store = await openTestStore();
  const bus = new EventBus();
  const sends = new SendsInFlight();
  bus.subscribe(sends.follow);
  const unsaved = new UnsavedWindows();
  const drafts = store.drafts;
  const installs: string[] = [];
  const updater: Updater = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: () => {},
    checkForUpdates: async () => undefined,
    quitAndInstall: () => void installs.push('install'),
  };
  const flow = new UpdateFlow(updater, pendingWorkOf({ sends, unsaved, drafts: () => drafts }));
  flow.downloaded('0.3.0');
  const window = Object.assign(new EventEmitter(), { id: 3 }) as unknown as ReportingWindow & EventEmitter;
  return { flow, installs, drafts, bus, unsaved, window };
}

const waitingFor = (flow: UpdateFlow) => {
  const state = flow.installIfIdle();
  return state.kind === 'waiting' && !state.decision.install ? state.decision.waitFor : state.kind;
};

describe('the update gate, wired to what main can see', () => {
  it('refuses while a save is in the drafts store’s queue, installs once it is on disk', async () => {
    const { flow, installs, drafts } = await wiredGate();
    const draft = await drafts.create({ headline: 'Cần Thơ' });
    const request = operations['drafts.save'].request.parse({
      id: draft.id,
      headline: 'Cần Thơ khai mạc hội chợ',
      body: null,
      bodyText: '',
    });
    const saving = drafts.save(request);
    expect(drafts.writesInFlight).toBe(1);
    expect(waitingFor(flow)).toEqual(['saves']);
    await saving;
    expect(drafts.writesInFlight).toBe(0);
    expect(waitingFor(flow)).toBe('installing');
    expect(installs).toEqual(['install']);
  });

  it('refuses while a window reports unsaved text, installs once it reports it stored', async () => {
    const { flow, installs, unsaved, window } = await wiredGate();
    unsaved.report(window, { unsaved: true });
    expect(waitingFor(flow)).toEqual(['unsaved_text']);
    unsaved.report(window, { unsaved: false });
    expect(waitingFor(flow)).toBe('installing');
    expect(installs).toEqual(['install']);
  });

  it('refuses while a story is on the wire, installs once the send has ended', async () => {
    const { flow, installs, bus } = await wiredGate();
    bus.publish('sync.changed', sendingJob('sending') as never);
    expect(waitingFor(flow)).toEqual(['sends']);
    bus.publish('sync.changed', sendingJob('sent') as never);
    expect(waitingFor(flow)).toBe('installing');
    expect(installs).toEqual(['install']);
  });

  it('names everything it waits for at once, and installs at 0', async () => {
    const { flow, installs, drafts, bus, unsaved, window } = await wiredGate();
    const draft = await drafts.create();
    const saving = drafts.save(
      operations['drafts.save'].request.parse({ id: draft.id, headline: 'Tin', body: null, bodyText: '' }),
    );
    unsaved.report(window, { unsaved: true });
    bus.publish('sync.changed', sendingJob('sending') as never);
    expect(waitingFor(flow)).toEqual(['saves', 'unsaved_text', 'sends']);
    expect(installs).toEqual([]);
    await saving;
    window.emit('destroyed');
    bus.publish('sync.changed', sendingJob('failed') as never);
    expect(waitingFor(flow)).toBe('installing');
  });
});

import { describe, expect, it } from 'vitest';
import { updateFeedProblem, UpdateSettingsSchema } from '../../../shared/contract/updateSettings';
import { installGate, type PendingWork } from './installGate';
import { UpdateFlow, type Updater } from './UpdateFlow';

const idle: PendingWork = { savesInFlight: 0, unsavedWindows: 0, sendsInFlight: 0 };

describe('installGate: never while a save or send is pending', () => {
  const cases: [Partial<PendingWork>, ReturnType<typeof installGate>][] = [
    [{}, { install: true }],
    [{ savesInFlight: 1 }, { install: false, waitFor: ['saves'] }],
    [{ unsavedWindows: 2 }, { install: false, waitFor: ['unsaved_text'] }],
    [{ sendsInFlight: 1 }, { install: false, waitFor: ['sends'] }],
    [
      { savesInFlight: 3, unsavedWindows: 1, sendsInFlight: 2 },
      { install: false, waitFor: ['saves', 'unsaved_text', 'sends'] },
    ],
  ];
  for (const [pending, expected] of cases) {
    it(JSON.stringify(pending), () => expect(installGate({ ...idle, ...pending })).toEqual(expected));
  }
});

describe('the update feed address: https only, http only on this computer', () => {
  const cases: [string, ReturnType<typeof updateFeedProblem>][] = [
    ['https://updates.baomoi.example/newsdesk/', undefined],
    ['http://127.0.0.1:8080/feed', undefined],
    ['http://localhost/feed', undefined],
    ['http://[::1]/feed', undefined],
    ['http://updates.baomoi.example/newsdesk/', 'not_https'],
    ['http://127.0.0.2.nip.io/feed', 'not_https'],
    ['ftp://updates.example/feed', 'not_https'],
    ['file:///C:/feed', 'not_https'],
    ['https://admin:secret@updates.example/feed', 'has_credentials'],
    ['updates.example/feed', 'not_a_url'],
    ['', 'not_a_url'],
  ];
  for (const [input, problem] of cases) it(input || '(empty)', () => expect(updateFeedProblem(input)).toBe(problem));

  it('settings accept null (off, the default) and refuse an insecure feed', () => {
    expect(UpdateSettingsSchema.safeParse({ feedUrl: null }).success).toBe(true);
    expect(UpdateSettingsSchema.safeParse({ feedUrl: 'http://updates.example/' }).success).toBe(false);
  });
});

function fakeUpdater() {
  const calls: string[] = [];
  const updater: Updater = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: ({ provider, url }) => void calls.push(`feed ${provider} ${url}`),
    checkForUpdates: async () => void calls.push('check'),
    quitAndInstall: () => void calls.push('install'),
  };
  return { updater, calls };
}

describe('UpdateFlow', () => {
  it('is off until a feed is configured: no request leaves', async () => {
    const { updater, calls } = fakeUpdater();
    const flow = new UpdateFlow(updater, () => idle);
    expect(await flow.check(null)).toEqual({ kind: 'off' });
    expect(await flow.check('http://updates.example/')).toEqual({ kind: 'off' });
    expect(calls).toEqual([]);
    expect(updater.autoInstallOnAppQuit).toBe(false);
  });

  it('checks the generic feed, then installs only once nothing is pending', async () => {
    const { updater, calls } = fakeUpdater();
    let pending = { ...idle, savesInFlight: 1 };
    const flow = new UpdateFlow(updater, () => pending);
    await flow.check('https://updates.baomoi.example/newsdesk/');
    flow.downloaded('0.2.0');
    expect(flow.installIfIdle()).toEqual({
      kind: 'waiting',
      version: '0.2.0',
      decision: { install: false, waitFor: ['saves'] },
    });
    pending = { ...idle, sendsInFlight: 1 };
    expect(flow.installIfIdle().kind).toBe('waiting');
    expect(calls).not.toContain('install');
    pending = idle;
    expect(flow.installIfIdle()).toEqual({ kind: 'installing', version: '0.2.0' });
    expect(calls).toEqual(['feed generic https://updates.baomoi.example/newsdesk/', 'check', 'install']);
  });
});

import { describe, expect, it } from 'vitest';
import type { SyncJob } from '../../../shared/contract/sync';
import { watchNetwork, type Interval } from './networkWatch';
import { notificationFor, SendNotifications, type Language } from './sendNotifications';

const job = (change: Partial<SyncJob>): SyncJob => ({
  id: '0b7d9a4e-4f57-4b8e-9a51-2f1c7f0f2d11',
  draftId: '01J9Z3Q4X5V6W7Y8Z9A0B1C2D3',
  targetId: 'site',
  revision: 3,
  headline: 'Lũ trên sông Hậu',
  state: 'queued',
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  attempts: 0,
  nextAttemptAt: null,
  progress: null,
  failure: null,
  remote: null,
  overwrite: false,
  keptRemote: false,
  ...change,
});

const cases: { job: SyncJob; language: Language; expected: { title: string; body: string } | null }[] = [
  { job: job({ state: 'sending' }), language: 'vi', expected: null },
  {
    job: job({ state: 'sent', remote: { id: '42', url: 'https://site.example/?p=42' } }),
    language: 'vi',
    expected: { title: 'Đã gửi: Lũ trên sông Hậu', body: 'https://site.example/?p=42' },
  },
  {
    job: job({ state: 'sent', remote: { id: '42' } }),
    language: 'en',
    expected: { title: 'Sent: Lũ trên sông Hậu', body: expect.stringContaining('42') as unknown as string },
  },
  {
    job: job({ state: 'failed', failure: { code: 'auth_rejected', detail: {} } }),
    language: 'en',
    expected: {
      title: 'Failed: Lũ trên sông Hậu',
      body: 'The password was rejected — update it in Settings → Targets.',
    },
  },
  {
    job: job({ state: 'failed', failure: { code: 'rejected', detail: { message: 'Invalid slug' } } }),
    language: 'vi',
    expected: { title: 'Gửi thất bại: Lũ trên sông Hậu', body: 'Nơi nhận từ chối bài: Invalid slug' },
  },
  {
    job: job({ state: 'conflict', failure: null }),
    language: 'en',
    expected: {
      title: 'Changed in the CMS: Lũ trên sông Hậu',
      body: expect.stringContaining('overwrite') as unknown as string,
    },
  },
  { job: job({ state: 'waiting', failure: { code: 'offline', detail: {} } }), language: 'en', expected: null },
];

describe('notificationFor', () => {
  it.each(cases)('$job.state in $language', ({ job, language, expected }) => {
    expect(notificationFor(job, language)).toEqual(expected);
  });
});

class FakeNotification {
  static shown: { title: string; body: string }[] = [];
  static supported = true;
  static isSupported = () => FakeNotification.supported;
  constructor(private readonly options: { title: string; body: string }) {}
  show() {
    FakeNotification.shown.push(this.options);
  }
}

describe('SendNotifications', () => {
  it('shows one notification per ending, in the language of the moment', () => {
    FakeNotification.shown = [];
    let language: Language = 'vi';
    const notifications = new SendNotifications(FakeNotification, () => language);
    for (const state of ['queued', 'sending', 'sending', 'sent', 'sent'] as const) {
      notifications.jobChanged(job({ state, remote: state === 'sent' ? { id: '7' } : null }));
    }
    language = 'en';
    notifications.jobChanged(job({ state: 'sending' }));
    notifications.jobChanged(job({ state: 'failed', failure: { code: 'too_large', detail: { status: 413 } } }));
    expect(FakeNotification.shown.map((n) => n.title)).toEqual([
      'Đã gửi: Lũ trên sông Hậu',
      'Failed: Lũ trên sông Hậu',
    ]);
  });

  it('stays quiet where the desktop has no notifications', () => {
    FakeNotification.shown = [];
    FakeNotification.supported = false;
    new SendNotifications(FakeNotification, () => 'en').jobChanged(job({ state: 'sent', remote: { id: '1' } }));
    FakeNotification.supported = true;
    expect(FakeNotification.shown).toEqual([]);
  });
});

describe('watchNetwork', () => {
  it('tells the worker when the network comes back or the laptop wakes, not while it stays up', () => {
    let online = true;
    let resume = () => {};
    let tick = () => {};
    const interval: Interval = { every: (_ms, run) => ((tick = run), () => {}) };
    let calls = 0;
    watchNetwork({ isOnline: () => online, onResume: (l) => (resume = l) }, { online: () => calls++ }, { interval });
    tick();
    online = false;
    tick();
    tick();
    expect(calls).toBe(0);
    online = true;
    tick();
    tick();
    expect(calls).toBe(1);
    resume();
    expect(calls).toBe(2);
  });
});

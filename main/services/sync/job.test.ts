import { describe, expect, it } from 'vitest';
import type { SyncJob, SyncJobState } from '../../../shared/contract/sync';
import { SyncJobSchema } from '../../../shared/contract/sync';
import { isDue, newJob, transition, TransitionRefused, type JobEvent } from './job';

const now = new Date('2026-11-30T10:00:00.000Z');
const half = () => 0.5;
const failure = { code: 'server_error' as const, detail: { status: 502 } };

function jobIn(state: SyncJobState, changes: Partial<SyncJob> = {}): SyncJob {
  const job = newJob(
    {
      id: '0b7e2f7c-3f1d-4a51-9a3e-2f4c1d9e8b10',
      draftId: 'a3c1e0f2-5b7d-4c1e-9f00-123456789abc',
      targetId: 'hot-folder',
      revision: 7,
      headline: 'Cần Thơ',
    },
    new Date('2026-11-30T09:00:00.000Z'),
  );
  return { ...job, state, attempts: state === 'queued' ? 0 : 2, ...changes };
}

type Row = [from: SyncJobState, event: JobEvent, expected: Partial<SyncJob> | 'refused'];

const rows: Row[] = [
  ['queued', { type: 'start' }, { state: 'sending', attempts: 1, progress: null }],
  ['waiting', { type: 'start' }, { state: 'sending', attempts: 3, nextAttemptAt: null }],
  ['sending', { type: 'start' }, { state: 'sending', attempts: 3 }],
  ['sent', { type: 'start' }, 'refused'],
  ['failed', { type: 'start' }, 'refused'],
  ['conflict', { type: 'start' }, 'refused'],
  ['cancelled', { type: 'start' }, 'refused'],
  [
    'sending',
    { type: 'progress', progress: { step: 'photo', done: 2, total: 5 } },
    { progress: { step: 'photo', done: 2, total: 5 } },
  ],
  ['queued', { type: 'progress', progress: { step: 'photo', done: 1, total: 5 } }, 'refused'],
  [
    'sending',
    { type: 'sent', remote: { id: '42', url: 'https://cms/42' } },
    { state: 'sent', remote: { id: '42', url: 'https://cms/42' }, failure: null },
  ],
  ['waiting', { type: 'sent', remote: { id: '42' } }, 'refused'],
  ['sending', { type: 'failed', failure, kind: 'permanent' }, { state: 'failed', failure, nextAttemptAt: null }],
  ['sending', { type: 'failed', failure, kind: 'conflict' }, { state: 'conflict', failure }],
  // attempts 2, random 0.5: half of min(cap, 2 s · 2) = 2 s.
  [
    'sending',
    { type: 'failed', failure, kind: 'transient' },
    { state: 'waiting', nextAttemptAt: '2026-11-30T10:00:02.000Z' },
  ],
  [
    'sending',
    { type: 'failed', failure, kind: 'unknownOutcome' },
    { state: 'waiting', nextAttemptAt: '2026-11-30T10:00:02.000Z' },
  ],
  [
    'sending',
    { type: 'failed', failure, kind: 'transient', retryAfterMs: 120_000 },
    { state: 'waiting', nextAttemptAt: '2026-11-30T10:02:00.000Z' },
  ],
  ['queued', { type: 'failed', failure, kind: 'transient' }, 'refused'],
  ['waiting', { type: 'retry' }, { state: 'queued', nextAttemptAt: null }],
  ['failed', { type: 'retry' }, { state: 'queued' }],
  ['sent', { type: 'retry' }, 'refused'],
  ['conflict', { type: 'retry' }, 'refused'],
  ['queued', { type: 'cancel' }, { state: 'cancelled' }],
  ['sending', { type: 'cancel' }, { state: 'cancelled', progress: null }],
  ['waiting', { type: 'cancel' }, { state: 'cancelled', nextAttemptAt: null }],
  ['failed', { type: 'cancel' }, { state: 'cancelled' }],
  ['conflict', { type: 'cancel' }, { state: 'cancelled' }],
  ['sent', { type: 'cancel' }, 'refused'],
  ['cancelled', { type: 'cancel' }, 'refused'],
  ['conflict', { type: 'resolve', choice: 'overwrite' }, { state: 'queued', overwrite: true }],
  ['conflict', { type: 'resolve', choice: 'keepRemote' }, { state: 'cancelled', keptRemote: true }],
  ['conflict', { type: 'resolve', choice: 'cancel' }, { state: 'cancelled', keptRemote: false }],
  ['failed', { type: 'resolve', choice: 'overwrite' }, 'refused'],
];

describe('job transitions', () => {
  for (const [from, event, expected] of rows) {
    const label = `${from} + ${event.type}${'choice' in event ? ` ${event.choice}` : ''}${'kind' in event ? ` ${event.kind}` : ''}`;
    it(`${label} → ${expected === 'refused' ? 'refused' : (expected.state ?? from)}`, () => {
      const job = jobIn(from, from === 'waiting' ? { nextAttemptAt: '2026-11-30T09:59:00.000Z' } : {});
      if (expected === 'refused') {
        expect(() => transition(job, event, now, half)).toThrow(TransitionRefused);
        return;
      }
      const next = transition(job, event, now, half);
      expect(next).toMatchObject(expected);
      expect(next.updatedAt).toBe(now.toISOString());
      expect(SyncJobSchema.parse(next)).toEqual(next);
    });
  }

  it('a sent job forgets the overwrite choice: the next conflict asks again', () => {
    const overwriting = transition(jobIn('conflict'), { type: 'resolve', choice: 'overwrite' }, now, half);
    const sending = transition(overwriting, { type: 'start' }, now, half);
    expect(transition(sending, { type: 'sent', remote: { id: '1' } }, now, half).overwrite).toBe(false);
  });
});

describe('isDue', () => {
  const rows: [SyncJobState, string | null, boolean][] = [
    ['queued', null, true],
    ['sending', null, true],
    ['waiting', '2026-11-30T09:59:59.999Z', true],
    ['waiting', '2026-11-30T10:00:00.000Z', true],
    ['waiting', '2026-11-30T10:00:00.001Z', false],
    ['failed', null, false],
    ['conflict', null, false],
    ['sent', null, false],
    ['cancelled', null, false],
  ];
  for (const [state, nextAttemptAt, due] of rows) {
    it(`${state} ${nextAttemptAt ?? ''} → ${due}`, () => expect(isDue(jobIn(state, { nextAttemptAt }), now)).toBe(due));
  }
});

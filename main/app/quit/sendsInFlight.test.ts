import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../services/events';
import { SendsInFlight } from './sendsInFlight';

const ids: Record<string, string> = {
  a: '6f1c2d3e-4b5a-4c6d-8e7f-101112131415',
  b: '7a1c2d3e-4b5a-4c6d-8e7f-101112131415',
};
const job = (id: string, state: string) => ({
  job: {
    id: ids[id],
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

describe('SendsInFlight', () => {
  it('settles at once when nothing is being sent', async () => {
    expect(await new SendsInFlight().whenNone(10)).toBe('settled');
  });

  it('waits for every send on the wire to end, whatever its outcome', async () => {
    const bus = new EventBus();
    const inFlight = new SendsInFlight();
    bus.subscribe(inFlight.follow);
    const publish = (id: string, state: string) => bus.publish('sync.changed', job(id, state) as never);
    publish('a', 'sending');
    publish('b', 'sending');
    expect(inFlight.count).toBe(2);
    let answer: string | undefined;
    void inFlight.whenNone(60_000).then((a) => (answer = a));
    publish('a', 'sent');
    await Promise.resolve();
    expect(answer).toBeUndefined();
    publish('b', 'waiting');
    await Promise.resolve();
    expect(answer).toBe('settled');
  });

  it('gives up after its time, so a hung server never keeps Newsdesk from quitting', async () => {
    vi.useFakeTimers();
    try {
      const inFlight = new SendsInFlight();
      inFlight.follow('sync.changed', job('a', 'sending'));
      const answer = inFlight.whenNone(20_000);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(await answer).toBe('timed_out');
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores other events and malformed payloads', () => {
    const inFlight = new SendsInFlight();
    inFlight.follow('drafts.changed', job('a', 'sending'));
    inFlight.follow('sync.changed', { job: { id: 'x', state: 'unknown' } });
    expect(inFlight.count).toBe(0);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { UnsavedWindows, type ReportingWindow } from './unsavedWindows';

/** A window's web contents as the tracker sees them: an id and Electron's events. */
const windowNo = (id: number) => Object.assign(new EventEmitter(), { id }) as unknown as ReportingWindow & EventEmitter;

describe('UnsavedWindows', () => {
  it('counts each window once, from its own reports', () => {
    const unsaved = new UnsavedWindows();
    const [a, b] = [windowNo(1), windowNo(2)];
    unsaved.report(a, { unsaved: true });
    unsaved.report(a, { unsaved: true });
    unsaved.report(b, { unsaved: true });
    expect(unsaved.count).toBe(2);
    expect(unsaved.ids).toEqual([1, 2]);
    unsaved.report(a, { unsaved: false });
    expect(unsaved.ids).toEqual([2]);
  });

  it('ignores a report the contract refuses', () => {
    const unsaved = new UnsavedWindows();
    for (const payload of [{ unsaved: 'yes' }, { unsaved: true, extra: 1 }, null, 'true'])
      unsaved.report(windowNo(1), payload);
    expect(unsaved.count).toBe(0);
  });

  it.each(['destroyed', 'render-process-gone', 'did-navigate'])('forgets a window on %s', (event) => {
    const unsaved = new UnsavedWindows();
    const a = windowNo(1);
    unsaved.report(a, { unsaved: true });
    a.emit(event);
    expect(unsaved.count).toBe(0);
  });

  it('listens to each window once, however many reports it sends', () => {
    const unsaved = new UnsavedWindows();
    const a = windowNo(1);
    for (let i = 0; i < 20; i++) unsaved.report(a, { unsaved: i % 2 === 0 });
    expect(a.listenerCount('did-navigate')).toBe(1);
    expect(a.listenerCount('destroyed')).toBe(1);
  });

  it('whenNone settles when the last window has saved, or gives up after its time', async () => {
    const unsaved = new UnsavedWindows();
    expect(await unsaved.whenNone(10)).toBe('settled');
    const [a, b] = [windowNo(1), windowNo(2)];
    unsaved.report(a, { unsaved: true });
    unsaved.report(b, { unsaved: true });
    let answer: string | undefined;
    void unsaved.whenNone(60_000).then((result) => (answer = result));
    unsaved.report(a, { unsaved: false });
    await Promise.resolve();
    expect(answer).toBeUndefined();
    b.emit('destroyed');
    await Promise.resolve();
    expect(answer).toBe('settled');

    vi.useFakeTimers();
    try {
      unsaved.report(a, { unsaved: true });
      const late = unsaved.whenNone(10_000);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await late).toBe('timed_out');
    } finally {
      vi.useRealTimers();
    }
  });
});

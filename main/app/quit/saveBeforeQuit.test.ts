import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { saveBeforeQuit } from './saveBeforeQuit';
import { UnsavedWindows, type ReportingWindow } from './unsavedWindows';

const windowNo = (id: number) => Object.assign(new EventEmitter(), { id }) as unknown as ReportingWindow & EventEmitter;

/** Electron's app as far as quitting goes: 'before-quit' with a preventable event, and quit(). */
function fakeApp() {
  const emitter = new EventEmitter();
  const log: string[] = [];
  const app = Object.assign(emitter, {
    quit: () => {
      log.push('quit');
      attempt();
    },
  }) as unknown as App;
  /** A quit request: true when it went through (no module prevented it). */
  const attempt = (): boolean => {
    let prevented = false;
    emitter.emit('before-quit', { preventDefault: () => (prevented = true) });
    log.push(prevented ? 'held' : 'through');
    return !prevented;
  };
  return { app, attempt, log };
}

describe('quitting with unsaved text in a window', () => {
  it('quits at once when every window has stored its text', () => {
    const { app, attempt } = fakeApp();
    void saveBeforeQuit({ unsaved: new UnsavedWindows(), askToSave: () => {} }).init({ app });
    expect(attempt()).toBe(true);
  });

  it('asks that window to save, waits for it, then quits once', async () => {
    const { app, attempt, log } = fakeApp();
    const unsaved = new UnsavedWindows();
    const [a, b] = [windowNo(7), windowNo(8)];
    unsaved.report(a, { unsaved: true });
    unsaved.report(b, { unsaved: false });
    const asked: number[] = [];
    void saveBeforeQuit({ unsaved, askToSave: (id) => void asked.push(id) }).init({ app });

    expect(attempt()).toBe(false);
    expect(asked).toEqual([7]);
    expect(attempt()).toBe(false); // a second Quit while waiting neither asks again nor quits
    expect(asked).toEqual([7]);

    unsaved.report(a, { unsaved: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['held', 'held', 'quit', 'through']);
  });

  it("goes on after its time: the window's own prompt asks about what is still unsaved", async () => {
    const { app, attempt, log } = fakeApp();
    const unsaved = new UnsavedWindows();
    unsaved.report(windowNo(1), { unsaved: true });
    let fire: (() => void) | undefined;
    const timers = {
      setTimeout: (callback: () => void) => ((fire = callback), 1),
      clearTimeout: () => {},
    } as unknown as Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
    void saveBeforeQuit({ unsaved, askToSave: () => {}, timers }).init({ app });
    expect(attempt()).toBe(false);
    fire!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['held', 'quit', 'through']);
    // Quit cancelled at that prompt, then chosen again later: it asks again.
    expect(attempt()).toBe(false);
  });
});

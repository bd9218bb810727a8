import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './Autosaver';

/** A save the test settles by hand, to see what happens while it is in flight. */
function manualStore() {
  const calls: { text: string; resolve: (at: Date) => void; reject: (e: Error) => void }[] = [];
  const save = (text: string) => new Promise<Date>((resolve, reject) => calls.push({ text, resolve, reject }));
  return { calls, save };
}

describe('Autosaver', () => {
  let text = '';
  beforeEach(() => {
    vi.useFakeTimers();
    text = '';
  });
  afterEach(() => vi.useRealTimers());

  const make = (save: (t: string) => Promise<Date>) => {
    const saver = new Autosaver<string>({ save, initial: { kind: 'saved', at: new Date(0) } });
    saver.attach(() => text);
    return saver;
  };

  it('saves once, 1 s after typing stops, with the latest text', async () => {
    const store = manualStore();
    const saver = make(store.save);
    text = 'Hà';
    saver.changed();
    await vi.advanceTimersByTimeAsync(500);
    text = 'Hà Nội';
    saver.changed();
    expect(saver.state.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(999);
    expect(store.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.calls.map((c) => c.text)).toEqual(['Hà Nội']);
    store.calls[0].resolve(new Date(42));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toEqual({ kind: 'saved', at: new Date(42) });
  });

  it('saves at least every 5 s during continuous typing', async () => {
    const store = manualStore();
    const saver = make(store.save);
    for (let i = 0; i < 12; i++) {
      text += 'a';
      saver.changed();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(store.calls).toHaveLength(1);
  });

  it('never overlaps saves, and saves the newest text after the running one', async () => {
    const store = manualStore();
    const saver = make(store.save);
    text = 'một';
    saver.changed();
    void saver.flush();
    text = 'một hai';
    saver.changed();
    void saver.flush();
    expect(store.calls).toHaveLength(1);
    store.calls[0].resolve(new Date(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state.kind).toBe('saving');
    expect(store.calls.map((c) => c.text)).toEqual(['một', 'một hai']);
    store.calls[1].resolve(new Date(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toEqual({ kind: 'saved', at: new Date(2) });
  });

  it('keeps failing visibly and retrying until a save succeeds', async () => {
    const store = manualStore();
    const saver = make(store.save);
    text = 'tin nóng';
    saver.changed();
    void saver.flush();
    store.calls[0].reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state.kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(4000);
    expect(store.calls).toHaveLength(2);
    expect(saver.state.kind).toBe('failed');
    store.calls[1].resolve(new Date(5));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toEqual({ kind: 'saved', at: new Date(5) });
    expect(saver.clean).toBe(true);
  });

  it('holds the text of a closed editor until it is stored', async () => {
    const store = manualStore();
    const saver = make(store.save);
    text = 'chưa lưu';
    saver.changed();
    saver.detach();
    text = 'another editor';
    store.calls[0].reject(new Error('offline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsaved).toBe('chưa lưu');
    await vi.advanceTimersByTimeAsync(4000);
    expect(store.calls[1].text).toBe('chưa lưu');
    store.calls[1].resolve(new Date(9));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsaved).toBeNull();
    expect(saver.clean).toBe(true);
  });

  it('takes a version stored elsewhere as saved and never writes the older text over it', async () => {
    const store = manualStore();
    const saver = make(store.save);
    text = 'bản cũ';
    saver.changed();
    await vi.advanceTimersByTimeAsync(500);
    saver.acceptStored(new Date(77));
    saver.detach();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.calls).toHaveLength(0);
    expect(saver.state).toEqual({ kind: 'saved', at: new Date(77) });
    expect(saver.clean).toBe(true);
    expect(saver.unsaved).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clearJournal, dropOffer, journal, takeOffer } from './journal';
import type { DraftSnapshot } from './registry';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const text = (bodyText: string): DraftSnapshot => ({
  headline: 'Cần Thơ',
  body: null,
  bodyText,
  blocks: {} as DraftSnapshot['blocks'],
});

describe('the unsaved journal', () => {
  it('offers text that differs from what the draft opens with, until dismissed', () => {
    const storage = memoryStorage();
    journal('d1', text('đã lưu và chưa lưu'), storage);
    expect(takeOffer('d1', text('đã lưu'), storage)?.snapshot.bodyText).toBe('đã lưu và chưa lưu');
    // Opened again without choosing: the same offer is there.
    expect(takeOffer('d1', text('đã lưu'), storage)?.snapshot.bodyText).toBe('đã lưu và chưa lưu');
    // New typing that was never acknowledged either becomes the offer (the newest text on screen).
    journal('d1', text('đã lưu, gõ tiếp'), storage);
    expect(takeOffer('d1', text('đã lưu'), storage)?.snapshot.bodyText).toBe('đã lưu, gõ tiếp');
    dropOffer('d1', storage);
    expect(takeOffer('d1', text('đã lưu'), storage)).toBeNull();
  });

  it('offers nothing when the text shown is the journaled text, or once it was acknowledged', () => {
    const storage = memoryStorage();
    journal('d1', text('giống nhau'), storage);
    expect(takeOffer('d1', text('giống nhau'), storage)).toBeNull();
    journal('d2', text('đã được lưu'), storage);
    clearJournal('d2', storage);
    expect(takeOffer('d2', text('khác'), storage)).toBeNull();
  });

  it('ignores a damaged entry instead of throwing', () => {
    const storage = memoryStorage();
    storage.setItem('newsdesk.unsaved.d1', '{not json');
    storage.setItem('newsdesk.offered.d2', JSON.stringify({ at: 1 }));
    expect(takeOffer('d1', text('x'), storage)).toBeNull();
    expect(takeOffer('d2', text('x'), storage)).toBeNull();
  });
});

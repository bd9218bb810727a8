import { describe, expect, it } from 'vitest';
import { flushedBefore, heldJournal } from './heldJournal';
import type { WordPressHttp } from './http';
import { WordPressIdentity } from './identity';
import { emptyWordPressState, memoryJournal, type WordPressState } from './state';

const photo = (mediaId: number) => ({
  mediaId,
  url: `https://cms.example/${mediaId}.jpg`,
  sha256: 'a'.repeat(64),
  caption: '',
  altText: '',
  title: '',
});

/** A client that records what the journal on disk held when each request left. */
function recordingHttp(disk: { read(): WordPressState }) {
  const seen: WordPressState[] = [];
  const answer = () => {
    seen.push(disk.read());
    return Promise.resolve({ status: 200, body: {}, headers: new Headers() });
  };
  const http: WordPressHttp = {
    restBase: 'https://cms.example/wp-json',
    request: answer,
    json: async () => (await answer()).body as never,
    index: answer,
  };
  return { http, seen };
}

describe('the journal held until the next request', () => {
  it('writes what a step learned together with what the next announces, and before any request', async () => {
    const disk = memoryJournal();
    const journal = heldJournal(disk);
    const { http, seen } = recordingHttp(disk);
    const client = flushedBefore(http, journal.flush);

    await journal.write({ ...emptyWordPressState(), uploadingAt: { p1: '2026-11-30T10:00:00.000Z' } });
    expect(disk.writes).toBe(0);
    await client.request('/wp/v2/media', { method: 'POST' });
    expect(seen[0].uploadingAt).toEqual({ p1: '2026-11-30T10:00:00.000Z' });

    // Photo 1 done, photo 2 begun: one write, on disk before photo 2's upload leaves.
    await journal.write({ ...journal.read(), photos: { p1: photo(7) }, uploadingAt: {} });
    await journal.write({ ...journal.read(), uploadingAt: { p2: '2026-11-30T10:00:01.000Z' } });
    expect(journal.read().photos.p1.mediaId).toBe(7);
    await client.request('/wp/v2/media', { method: 'POST' });
    expect(disk.writes).toBe(2);
    expect(seen[1]).toMatchObject({ photos: { p1: { mediaId: 7 } }, uploadingAt: { p2: '2026-11-30T10:00:01.000Z' } });

    await journal.write({ ...journal.read(), photos: { ...journal.read().photos, p2: photo(8) }, uploadingAt: {} });
    await journal.flush();
    expect(disk.read().photos.p2.mediaId).toBe(8);
    expect(disk.writes).toBe(3);
  });

  it('keeps a held write when the disk refuses it, for the next flush', async () => {
    const disk = memoryJournal();
    let refuse = true;
    const journal = heldJournal({
      read: disk.read,
      write: (next) => (refuse ? Promise.reject(new Error('ENOSPC')) : disk.write(next)),
    });
    await journal.write({ ...emptyWordPressState(), photos: { p1: photo(7) } });
    await expect(journal.flush()).rejects.toThrow('ENOSPC');
    refuse = false;
    await journal.flush();
    expect(disk.read().photos.p1.mediaId).toBe(7);
  });
});

describe('who the password belongs to', () => {
  const me = { id: 3, name: 'reporter', slug: 'reporter' } as never;

  it('is checked once while sends get through, again after a failure or a quiet while', async () => {
    let now = 0;
    let checks = 0;
    const identity = new WordPressIdentity(60_000, () => now);
    const check = () => (checks++, Promise.resolve(me));
    await identity.of(check);
    await identity.of(check);
    expect(checks).toBe(1);
    identity.forget();
    await identity.of(check);
    expect(checks).toBe(2);
    now += 60_000;
    await identity.of(check);
    expect(checks).toBe(3);
  });

  it('remembers nothing when the check fails', async () => {
    const identity = new WordPressIdentity();
    await expect(identity.of(() => Promise.reject(new Error('401')))).rejects.toThrow('401');
    let checks = 0;
    await identity.of(() => (checks++, Promise.resolve(me)));
    expect(checks).toBe(1);
  });
});

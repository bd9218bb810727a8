import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SyncJob } from '../../../shared/contract/sync';
import { jobStateText, latestJobOf, webLink } from './words';

// Echoes the key and its values, so the table reads what the UI would ask the locale files for.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('jobStateText', () => {
  it.each([
    [{ state: 'queued', progress: null }, 'sync.states.queued'],
    [{ state: 'sending', progress: { step: 'photo', done: 1, total: 5 } }, 'sync.uploadingPhoto {"done":2,"total":5}'],
    [{ state: 'sending', progress: { step: 'photo', done: 5, total: 5 } }, 'sync.uploadingPhoto {"done":5,"total":5}'],
    [{ state: 'sending', progress: { step: 'story', done: 0, total: 1 } }, 'sync.sendingStory'],
    [{ state: 'sending', progress: null }, 'sync.states.sending'],
    [{ state: 'conflict', progress: null }, 'sync.states.conflict'],
  ] as const)('%j', (job, words) => expect(jobStateText(job, t)).toBe(words));
});

describe('webLink', () => {
  it.each([
    ['https://news.example/?p=12', 'https://news.example/?p=12'],
    ['http://127.0.0.1:8080/?p=3', 'http://127.0.0.1:8080/?p=3'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
    [undefined, null],
  ])('%s', (url, link) => expect(webLink(url)).toBe(link));
});

describe('latestJobOf', () => {
  const job = (id: string, draftId: string, createdAt: string, state: SyncJob['state']) =>
    ({ id, draftId, createdAt, state }) as SyncJob;
  it('shows the newest send of that draft that was not cancelled', () => {
    const jobs = [
      job('a', 'draft-one', '2026-01-01T10:00:00Z', 'sent'),
      job('b', 'draft-one', '2026-01-01T11:00:00Z', 'failed'),
      job('c', 'draft-one', '2026-01-01T12:00:00Z', 'cancelled'),
      job('d', 'draft-two', '2026-01-01T13:00:00Z', 'queued'),
    ];
    expect(latestJobOf(jobs, 'draft-one')?.id).toBe('b');
    expect(latestJobOf(jobs, 'draft-three')).toBeNull();
  });
});

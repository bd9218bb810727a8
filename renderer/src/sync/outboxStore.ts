import { useSyncExternalStore } from 'react';
import type { SyncJob } from '../../../shared/contract/sync';
import { call } from '../api';
import { mergeJob } from './useOutbox';

/*
 * The whole outbox for the drafts list's badges: read once and kept live from `sync.changed`
 * while any badge is on screen, so a list of 500 drafts makes one request, not 500.
 */
let jobs: SyncJob[] = [];
const listeners = new Set<() => void>();
let stop: (() => void) | null = null;

const notify = () => listeners.forEach((listener) => listener());

function start() {
  const unsubscribe = window.newsdesk.sync.onChanged(({ job }) => {
    jobs = mergeJob(jobs, job);
    notify();
  });
  call(window.newsdesk.sync.list({})).then(
    (answer) => {
      // Moves that arrived while the list was on its way are newer than it.
      jobs = answer.jobs.map((job) => jobs.find((j) => j.id === job.id && j.updatedAt > job.updatedAt) ?? job);
      notify();
    },
    // No outbox, no badges: the list itself still works.
    () => undefined,
  );
  stop = unsubscribe;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!stop) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
    }
  };
}

export function useAllJobs(): readonly SyncJob[] {
  return useSyncExternalStore(subscribe, () => jobs);
}

import type { TFunction } from 'i18next';
import type { SyncFailure, SyncJob } from '../../../shared/contract/sync';

/** A failure worded from its code, with the target's own status, message or OS code filled in. */
export function failureText(failure: SyncFailure, t: TFunction): string {
  const { status, message, osCode, reason } = failure.detail;
  return t(`sync.failures.${failure.code}`, {
    status: status ?? '',
    message: message ?? '',
    osCode: osCode ?? '',
    reason: reason ? t(`storageReasons.${reason}`) : '',
  });
}

/** One line for where a send stands: "Uploading photo 2/5", "Sent", "Waiting to retry". */
export function jobStateText(job: Pick<SyncJob, 'state' | 'progress'>, t: TFunction): string {
  if (job.state === 'sending' && job.progress) {
    const { step, done, total } = job.progress;
    // "photo 2/5" counts the one on its way, as a reporter reads it.
    if (step === 'photo') return t('sync.uploadingPhoto', { done: Math.min(done + 1, total), total });
    return t('sync.sendingStory');
  }
  return t(`sync.states.${job.state}`);
}

/** Only web links leave the app (the system browser opens them); anything else is not a link. */
export function webLink(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The send a draft's badge shows: the newest job for that draft. */
export function latestJobOf(jobs: readonly SyncJob[], draftId: string): SyncJob | null {
  let latest: SyncJob | null = null;
  for (const job of jobs) {
    if (job.draftId !== draftId || job.state === 'cancelled') continue;
    if (!latest || job.createdAt > latest.createdAt) latest = job;
  }
  return latest;
}

import en from '../../../shared/i18n/locales/en.json';
import vi from '../../../shared/i18n/locales/vi.json';
import type { SyncJob, SyncJobState } from '../../../shared/contract/sync';

export type Language = 'vi' | 'en';

/** The part of Electron's `Notification` this module uses, so a test can pass a fake. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string }): { show(): void };
}

/** A job moved to a state the reporter should hear about even with the window hidden. */
const ENDINGS: readonly SyncJobState[] = ['sent', 'failed', 'conflict'];

/** "{{status}}" → the failure's detail, as i18next would; a missing value is left out. */
function fill(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}

/** The words of a desktop notification for a job that ended, in the UI language; null for the rest. */
export function notificationFor(job: SyncJob, language: Language): { title: string; body: string } | null {
  if (!ENDINGS.includes(job.state)) return null;
  const words = (language === 'en' ? en : vi).sync;
  const title = `${words.states[job.state]}: ${job.headline}`;
  if (job.state === 'sent')
    return { title, body: job.remote?.url ?? words.remoteId.replace('{{id}}', job.remote?.id ?? '') };
  const code = job.failure?.code ?? (job.state === 'conflict' ? 'changed_remotely' : 'internal');
  return { title, body: fill(words.failures[code], job.failure?.detail ?? {}) };
}

/**
 * A desktop notification when a send finishes, fails or meets a conflict — once per change, not
 * again for the same state (the outbox republishes a job on every progress step).
 */
export class SendNotifications {
  private readonly lastState = new Map<string, SyncJobState>();

  constructor(
    private readonly Notification: NotificationClass,
    private readonly language: () => Language,
  ) {}

  /** Give it every `sync.changed` job. */
  jobChanged(job: SyncJob): void {
    const before = this.lastState.get(job.id);
    this.lastState.set(job.id, job.state);
    if (before === job.state || !this.Notification.isSupported()) return;
    const words = notificationFor(job, this.language());
    if (words) new this.Notification(words).show();
  }
}

import type { PendingWork } from '../../services/updates/installGate';
import type { SendsInFlight } from './sendsInFlight';
import type { UnsavedWindows } from './unsavedWindows';

export interface PendingWorkSources {
  /** Stories on the wire, from the outbox's events. */
  sends: Pick<SendsInFlight, 'count'>;
  /** Windows that reported text no save has stored yet. */
  unsaved: Pick<UnsavedWindows, 'count'>;
  /** The drafts store's queue; null before the services have opened (nothing queued then). */
  drafts: () => { writesInFlight: number } | null;
}

/** What an update or a quit would cut short right now: one answer for both. */
export const pendingWorkOf =
  ({ sends, unsaved, drafts }: PendingWorkSources) =>
  (): PendingWork => ({
    savesInFlight: drafts()?.writesInFlight ?? 0,
    unsavedWindows: unsaved.count,
    sendsInFlight: sends.count,
  });

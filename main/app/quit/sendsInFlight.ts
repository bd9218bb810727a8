import { z } from 'zod';
import type { EventName } from '../../../shared/contract';
import { SyncJobStateSchema } from '../../../shared/contract/sync';
import { Settled, type Timers } from './settled';

/** Only what the tracker reads (the bus has checked the whole event already). */
const JobMoveSchema = z.object({ job: z.object({ id: z.string(), state: SyncJobStateSchema }) });

/**
 * Which sends are on the wire right now, followed from the outbox's sync.changed events. Quitting
 * waits for them (a bounded time) before the outbox stops: a story half-uploaded is reconciled at
 * the next start anyway, but one that can finish in a few seconds should.
 */
export class SendsInFlight {
  private readonly sending = new Set<string>();
  private readonly settled = new Settled();

  /** The bus listener: `bus.subscribe(inFlight.follow)`. */
  readonly follow = (event: EventName, payload: unknown): void => {
    if (event !== 'sync.changed') return;
    const parsed = JobMoveSchema.safeParse(payload);
    if (!parsed.success) return;
    const { job } = parsed.data;
    if (job.state === 'sending') this.sending.add(job.id);
    else this.sending.delete(job.id);
    if (this.sending.size === 0) this.settled.release();
  };

  get count(): number {
    return this.sending.size;
  }

  /** Resolves 'settled' when nothing is being sent, or 'timed_out' after `ms`. */
  whenNone(ms: number, timers?: Timers): Promise<'settled' | 'timed_out'> {
    return this.settled.wait(this.sending.size === 0, ms, timers);
  }
}

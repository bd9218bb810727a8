import type { WebContents } from 'electron';
import { operations } from '../../../shared/contract';
import { Settled, type Timers } from './settled';

/** The part of a window's web contents the tracker follows (a test passes an EventEmitter). */
export type ReportingWindow = Pick<WebContents, 'id' | 'once' | 'on'>;

/**
 * Which windows hold typed text no save has stored yet, as each one reports it (app.unsavedText,
 * recorded by the IPC wiring after its sender check). A window that closes, crashes or loads a
 * new page no longer holds that text in a page, so it stops counting: its last words are in the
 * page's journal or were saved on the way out, and a crashed page cannot be waited for.
 */
export class UnsavedWindows {
  private readonly unsaved = new Set<number>();
  private readonly followed = new Set<number>();
  private readonly settled = new Settled();

  get count(): number {
    return this.unsaved.size;
  }

  /** The ids of the windows holding unsaved text: quitting asks each of them to save now. */
  get ids(): number[] {
    return [...this.unsaved];
  }

  /** One report; a payload the contract refuses changes nothing. */
  report(window: ReportingWindow, payload: unknown): void {
    const parsed = operations['app.unsavedText'].request.safeParse(payload);
    if (!parsed.success) return;
    this.follow(window);
    if (parsed.data.unsaved) this.unsaved.add(window.id);
    else this.forget(window.id);
  }

  /** Resolves 'settled' once no window holds unsaved text, or 'timed_out' after `ms`. */
  whenNone(ms: number, timers?: Timers): Promise<'settled' | 'timed_out'> {
    return this.settled.wait(this.unsaved.size === 0, ms, timers);
  }

  private follow(window: ReportingWindow): void {
    if (this.followed.has(window.id)) return;
    this.followed.add(window.id);
    const { id } = window;
    window.once('destroyed', () => {
      this.followed.delete(id);
      this.forget(id);
    });
    window.on('render-process-gone', () => this.forget(id));
    // A new page starts with nothing typed; it reports again as soon as it has.
    window.on('did-navigate', () => this.forget(id));
  }

  private forget(id: number): void {
    this.unsaved.delete(id);
    if (this.unsaved.size === 0) this.settled.release();
  }
}

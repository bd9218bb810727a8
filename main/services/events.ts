import { events, type EventName, type EventPayloadOf } from '../../shared/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

/** Services publish contract events here; the Electron shell and the web host fan them out. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  publish<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    // An event is part of the contract too: a malformed one is a bug, caught here, not in a window.
    const parsed = events[event].parse(payload);
    for (const listener of this.listeners) listener(event, parsed);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

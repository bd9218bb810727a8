/**
 * Collects items and hands them over together, at most once per `ms`: during a 200-photo import
 * the desk gets a photo and a progress event several times a second, and each hand-over is one
 * render of the desk beside the reporter's typing, not one per event.
 */
export function createBatcher<T>(ms: number, flush: (items: T[]) => void) {
  let items: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    add(item: T): void {
      items.push(item);
      timer ??= setTimeout(() => {
        timer = undefined;
        const batch = items;
        items = [];
        flush(batch);
      }, ms);
    },
    /** Drops what waits (the hook unmounted, or its draft changed). */
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
      items = [];
    },
  };
}

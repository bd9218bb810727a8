import { createDispatcher, type Dispatcher, type DispatcherOptions } from '../api/dispatcher';
import { createHandlers } from '../api/handlers';
import type { StoreFs } from './drafts/atomicFile';
import { systemClock, type Clock } from './clock';
import { DraftsService } from './drafts/DraftsService';
import { EventBus } from './events';

export interface ServicesOptions {
  /** The user's data folder: drafts, photos, settings live below it. */
  dataDir: string;
  clock?: Clock;
  /** Tests pass a file system that injects faults. */
  fs?: StoreFs;
  onUnexpectedError?: DispatcherOptions['onUnexpectedError'];
}

export interface Services {
  drafts: DraftsService;
  bus: EventBus;
  dispatcher: Dispatcher;
  /** Flushes what is pending and releases the data folder. */
  close(): Promise<void>;
}

/** Composes every service from a data folder and a clock. No Electron here. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const clock = options.clock ?? systemClock;
  const bus = new EventBus();
  const drafts = new DraftsService({ dataDir: options.dataDir, clock, bus, fs: options.fs });
  await drafts.open();
  const dispatcher = createDispatcher(createHandlers({ drafts }), {
    onUnexpectedError: options.onUnexpectedError,
  });
  return { drafts, bus, dispatcher, close: () => drafts.close() };
}

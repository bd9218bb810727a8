import { realFs, type StoreFs } from './storage';
import { systemClock, type Clock } from './clock';
import { DraftsService } from './drafts/DraftsService';
import { EventBus } from './events';
import { PhotoWorkerPool, type WorkerLauncher } from './photos/jobs/PhotoWorkerPool';
import type { PhotoOptions } from './photos/options';
import { PhotoDesk } from './photos/PhotoDesk';
import { PhotosService } from './photos/PhotosService';
import { Staging } from './photos/Staging';
import { confSettingsStore } from './settings/confStore';
import { SettingsService, type SettingsStore } from './settings/SettingsService';
import { createSync, MemorySecretStore, type SecretStore, type SyncOptions, type SyncService } from './sync';
import { TemplatesService } from './templates/TemplatesService';

export interface ServicesOptions {
  /** The user's data folder: drafts, photos, settings live below it. */
  dataDir: string;
  clock?: Clock;
  /** Tests pass a file system that injects faults. */
  fs?: StoreFs;
  /** Electron passes electron-store; the default is conf's `<data folder>/settings.json`. */
  settingsStore?: SettingsStore;
  /** Where the renderer loads renditions from: "./media/" (web host) or "newsdesk-media://media/". */
  mediaBase?: string;
  /**
   * Starts the process imports and refreshes run in (the web host forks one, Electron starts a
   * utilityProcess). Absent, photos are developed in this process (the command line, tests).
   */
  photoWorker?: WorkerLauncher;
  /** Pipeline options the settings do not cover (tests: concurrency). */
  photoOptions?: Partial<PhotoOptions>;
  /** Electron passes safeStorage's; the web host and tests keep secrets in memory. */
  secrets?: SecretStore;
  /** More sync adapters (or test doubles) and tuning (tests: a shorter backoff). */
  sync?: Pick<SyncOptions, 'adapters' | 'tuning' | 'log'>;
}

export interface Services {
  drafts: DraftsService;
  photos: PhotosService;
  photoDesk: PhotoDesk;
  settings: SettingsService;
  templates: TemplatesService;
  /** The outbox: finished stories on their way to the targets. */
  sync: SyncService;
  /** Answered by app.info. */
  mediaBase: string;
  bus: EventBus;
  /** Flushes what is pending and releases the data folder. */
  close(): Promise<void>;
}

/**
 * Composes every service from a data folder and a clock. No Electron, and no API: the composition
 * root (main/compose.ts) binds the contract's operations to these services.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { dataDir } = options;
  const clock = options.clock ?? systemClock;
  const bus = new EventBus();
  const drafts = new DraftsService({ dataDir, clock, bus, fs: options.fs });
  await drafts.open();
  const settings = new SettingsService({ store: options.settingsStore ?? confSettingsStore(dataDir), bus });
  const jobs = options.photoWorker ? new PhotoWorkerPool({ launch: options.photoWorker }) : undefined;
  const photos = new PhotosService({ clock, fs: options.fs, options: options.photoOptions, jobs });
  const photoDesk = new PhotoDesk({
    photos,
    drafts,
    staging: new Staging(dataDir, options.fs ?? realFs, true),
    bus,
    clock,
    // Read at each batch's start: a change in the settings applies to the next import.
    photoSettings: () => settings.get().photos,
  });
  await photoDesk.start();
  const templates = new TemplatesService(dataDir, options.fs ?? realFs);
  const mediaBase = options.mediaBase ?? './media/';
  const sync = createSync({
    dataDir,
    fs: options.fs ?? realFs,
    clock,
    bus,
    drafts,
    photos,
    settings,
    secrets: options.secrets ?? new MemorySecretStore(),
    ...options.sync,
  });
  await sync.open();
  // Renditions still waiting for the desk's last words are made before the data folder is released.
  const close = async () => {
    // Sends in flight stop where they are: they resume (and reconcile) at the next start.
    await sync.close();
    await photos.close();
    await drafts.close();
  };
  return { drafts, photos, photoDesk, settings, templates, sync, mediaBase, bus, close };
}

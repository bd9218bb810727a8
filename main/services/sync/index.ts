import path from 'node:path';
import { houseStyleOf } from '../../../shared/contract/settings';
import type { Clock } from '../clock';
import type { DraftsService } from '../drafts/DraftsService';
import type { EventBus } from '../events';
import type { PhotosService } from '../photos/PhotosService';
import type { SettingsService } from '../settings/SettingsService';
import type { StoreFs } from '../storage';
import type { Adapters } from './adapter';
import { hotFolderAdapter } from './hotFolder';
import { ninjsHttpAdapter } from './ninjsHttp';
import { wordPressAdapter } from './wordpress/adapter';
import type { SecretStore } from './SecretStore';
import { SyncService, type SyncServiceDeps } from './SyncService';

export { MemorySecretStore, environmentSecrets, type SecretStore } from './SecretStore';
export { SyncService } from './SyncService';
export type { Adapters, SyncAdapter } from './adapter';

export interface SyncOptions {
  dataDir: string;
  fs: StoreFs;
  clock: Clock;
  bus: EventBus;
  drafts: DraftsService;
  photos: PhotosService;
  settings: SettingsService;
  secrets: SecretStore;
  /** More adapters (WordPress) or replacements; the hot folder and ninjs over HTTP are built in. */
  adapters?: Adapters;
  log?: SyncServiceDeps['log'];
  /** Tests and benchmarks: a shorter backoff, more sends at once, a seeded random. */
  tuning?: Partial<Pick<SyncServiceDeps, 'backoff' | 'concurrency' | 'random'>>;
}

/** The sync service wired to the drafts store, the photo desk and the house style. Not yet open. */
export function createSync(options: SyncOptions): SyncService {
  const { dataDir, fs, drafts, photos, settings } = options;
  return new SyncService({
    dataDir,
    fs,
    clock: options.clock,
    bus: options.bus,
    secrets: options.secrets,
    adapters: {
      hotFolder: hotFolderAdapter({ dataDir, fs }),
      ninjsHttp: ninjsHttpAdapter({ fs }),
      wordpress: wordPressAdapter(),
      ...options.adapters,
    },
    draftOf: async (id) => (await drafts.get(id)).draft,
    photosOf: async (id) => {
      const draftDir = await drafts.folderOf(id);
      return { dir: path.join(draftDir, 'photos'), records: await photos.list(draftDir) };
    },
    houseStyle: () => houseStyleOf(settings.get()),
    log: options.log,
    ...options.tuning,
  });
}

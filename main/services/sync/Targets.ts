import path from 'node:path';
import { z } from 'zod';
import { TargetSchema, type Target } from '../../../shared/contract/sync';
import { writeFileAtomic, type StoreFs } from '../storage';
import { decodeEnvelope, encodeEnvelope } from './envelope';

/** The target that works with nothing configured: `<data folder>/outbox-folder`. */
export const DEFAULT_TARGET: Target = {
  kind: 'hotFolder',
  id: 'outbox-folder',
  name: 'Outbox folder',
  folder: null,
  baseUrl: null,
};

const KIND = 'sync-targets';
const VERSION = 1;
const TargetsSchema = z.array(TargetSchema);

/**
 * Where stories can go, without secrets: `<data folder>/sync/targets.nd`. In the data folder
 * (not electron-store) so `newsdesk sync --data <folder>` sees the same targets as the app.
 */
export class Targets {
  private readonly file: string;
  private saved: Target[] = [];

  constructor(
    syncDir: string,
    private readonly fs: StoreFs,
    private readonly fsync = true,
  ) {
    this.file = path.join(syncDir, 'targets.nd');
  }

  async open(): Promise<void> {
    const text = await this.fs.readFile(this.file, 'utf8').catch(() => null);
    const opened = text === null ? null : decodeEnvelope(text, KIND, VERSION, TargetsSchema);
    this.saved = opened?.ok ? opened.value : [];
  }

  /** The saved targets, with the default outbox folder unless one replaced it by id. */
  list(): Target[] {
    return this.saved.some((t) => t.id === DEFAULT_TARGET.id) ? [...this.saved] : [DEFAULT_TARGET, ...this.saved];
  }

  get(id: string): Target | undefined {
    return this.list().find((t) => t.id === id);
  }

  async save(target: Target): Promise<Target> {
    const next = [...this.saved.filter((t) => t.id !== target.id), target];
    await this.write(next);
    return target;
  }

  async remove(id: string): Promise<void> {
    await this.write(this.saved.filter((t) => t.id !== id));
  }

  private async write(targets: Target[]): Promise<void> {
    await this.fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, encodeEnvelope(KIND, VERSION, targets), { fs: this.fs, fsync: this.fsync });
    this.saved = targets;
  }
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic, type StoreFs } from '../storage';

const DAY_MS = 24 * 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A file name safe on every disk, at most ~120 characters, keeping its extension. */
export function sanitiseFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const ext = path.extname(clean).slice(0, 16);
  const stem = clean.slice(0, clean.length - ext.length).slice(0, 100);
  return `${stem}${ext}` || 'photo';
}

/**
 * Files handed over by the window wait in `<data folder>/incoming/<uuid>-<name>` until a batch
 * imports them; the uuid is the staged id. What is left over (a closed window, a crash) goes after
 * a day.
 */
export class Staging {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly fs: StoreFs,
    private readonly fsync: boolean,
  ) {
    this.dir = path.join(dataDir, 'incoming');
  }

  /** Writes a file's bytes as they came (no decoding: the window sends bytes, not base64). */
  async stageBytes(name: string, bytes: Uint8Array): Promise<string> {
    const id = randomUUID();
    await this.fs.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(path.join(this.dir, `${id}-${sanitiseFileName(name)}`), bytes, {
      fs: this.fs,
      fsync: this.fsync,
    });
    return id;
  }

  /** The staged file of an id, or undefined when there is none (imported, swept, never staged). */
  async pathOf(stagedId: string): Promise<string | undefined> {
    if (!UUID.test(stagedId)) return undefined;
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    const name = names.find((n) => n.length > 37 && n.slice(0, 36) === stagedId && n[36] === '-');
    return name === undefined ? undefined : path.join(this.dir, name);
  }

  async remove(file: string): Promise<void> {
    await this.fs.rm(file, { force: true }).catch(() => undefined);
  }

  /** Removes staged files older than a day. */
  async sweep(now: Date): Promise<void> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(this.dir, name);
      const stat = await this.fs.stat(file).catch(() => null);
      if (stat && now.getTime() - stat.mtimeMs > DAY_MS) await this.remove(file);
    }
  }
}

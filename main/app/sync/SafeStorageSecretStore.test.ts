import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncOperations } from '../../../shared/contract/sync';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/format/houseStyle';
import { systemClock } from '../../services/clock';
import { EventBus } from '../../services/events';
import { realFs } from '../../services/storage';
import { SyncService } from '../../services/sync';
import { SafeStorageSecretStore, type SafeStorage, type SecretProblem } from './SafeStorageSecretStore';

/** Electron's safeStorage with a key that can be changed, as a new keyring would. */
class FakeSafeStorage implements SafeStorage {
  key = 7;
  constructor(
    public available = true,
    public backend = 'gnome_libsecret',
  ) {}
  isEncryptionAvailable = () => this.available;
  getSelectedStorageBackend = () => this.backend;
  encryptString(plainText: string): Buffer {
    const bytes = Buffer.from(`ok:${plainText}`, 'utf8');
    return Buffer.from(bytes.map((b) => b ^ this.key));
  }
  decryptString(encrypted: Buffer): string {
    const text = Buffer.from(encrypted.map((b) => b ^ this.key)).toString('utf8');
    if (!text.startsWith('ok:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage');
    return text.slice(3);
  }
}

let dataDir: string;
let problems: [SecretProblem, string | null][];
const secretsFile = () => path.join(dataDir, 'sync', 'secrets.bin');
const storeWith = (safeStorage: SafeStorage, platform: NodeJS.Platform = 'linux') =>
  new SafeStorageSecretStore({
    safeStorage,
    dataDir,
    fs: realFs,
    platform,
    onProblem: (problem, targetId) => problems.push([problem, targetId]),
  });

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nd-secrets-'));
  problems = [];
});
afterEach(() => fs.rm(dataDir, { recursive: true, force: true }));

describe('SafeStorageSecretStore', () => {
  it('remembers an encrypted password across restarts, never in plain text', async () => {
    const safeStorage = new FakeSafeStorage();
    expect(await storeWith(safeStorage).set('site', 'abcd efgh ijkl mnop')).toEqual({ remembered: true });
    const onDisk = await fs.readFile(secretsFile(), 'utf8');
    expect(onDisk).not.toContain('abcd');
    expect((await fs.stat(secretsFile())).mode & 0o777).toBe(0o600);
    // A new process: nothing in memory, the file decrypts.
    expect(await storeWith(safeStorage).get('site')).toBe('abcd efgh ijkl mnop');
  });

  it('refuses to remember on Linux without a keyring unless the reporter accepted plain text', async () => {
    const safeStorage = new FakeSafeStorage(true, 'basic_text');
    const store = storeWith(safeStorage);
    expect(await store.set('site', 'secret-1')).toEqual({ remembered: false, reason: 'plain_text_refused' });
    // Still usable for this session…
    expect(await store.get('site')).toBe('secret-1');
    // …but forgotten at the next start.
    expect(await storeWith(safeStorage).get('site')).toBeNull();
    expect(problems).toEqual([['plain_text_refused', 'site']]);

    expect(await store.set('site', 'secret-2', { acceptPlainText: true })).toEqual({ remembered: true });
    expect(await storeWith(safeStorage).get('site')).toBe('secret-2');
  });

  it('keeps basic_text as a real backend elsewhere (the Linux-only check)', async () => {
    const safeStorage = new FakeSafeStorage(true, 'basic_text');
    expect(await storeWith(safeStorage, 'darwin').set('site', 'secret')).toEqual({ remembered: true });
  });

  it('keeps the password for the session only when the OS has no encryption', async () => {
    const store = storeWith(new FakeSafeStorage(false));
    expect(await store.set('site', 'secret', { acceptPlainText: true })).toEqual({
      remembered: false,
      reason: 'encryption_unavailable',
    });
    expect(await store.get('site')).toBe('secret');
    expect(problems).toEqual([['encryption_unavailable', 'site']]);
  });

  it('asks for the password again when the key changed, and the new one replaces it', async () => {
    const safeStorage = new FakeSafeStorage();
    await storeWith(safeStorage).set('site', 'old');
    safeStorage.key = 9;
    const store = storeWith(safeStorage);
    expect(await store.get('site')).toBeNull();
    expect(problems).toEqual([['undecryptable', 'site']]);
    expect(await store.set('site', 'new')).toEqual({ remembered: true });
    expect(await storeWith(safeStorage).get('site')).toBe('new');
  });

  it('reads a damaged file as empty, without crashing', async () => {
    const safeStorage = new FakeSafeStorage();
    await fs.mkdir(path.dirname(secretsFile()), { recursive: true });
    await fs.writeFile(secretsFile(), Buffer.from([0, 1, 2, 0xff]));
    const store = storeWith(safeStorage);
    expect(await store.get('site')).toBeNull();
    expect(problems).toEqual([['file_unreadable', null]]);
    expect(await store.set('site', 'typed again')).toEqual({ remembered: true });
    expect(await storeWith(safeStorage).get('site')).toBe('typed again');
  });

  it('forgets a removed target and keeps the others, even when saved at once', async () => {
    const safeStorage = new FakeSafeStorage();
    const store = storeWith(safeStorage);
    await Promise.all([store.set('a', 'one'), store.set('b', 'two'), store.set('c', 'three')]);
    await store.delete('b');
    const next = storeWith(safeStorage);
    expect([await next.get('a'), await next.get('b'), await next.get('c')]).toEqual(['one', null, 'three']);
  });

  it('a refused save drops an older remembered copy', async () => {
    const safeStorage = new FakeSafeStorage();
    await storeWith(safeStorage).set('site', 'old');
    safeStorage.backend = 'basic_text';
    await storeWith(safeStorage).set('site', 'new');
    expect(await storeWith(safeStorage).get('site')).toBeNull();
  });
});

describe('sync.setSecret on a keyring-less Linux', () => {
  it('answers why the password was not remembered, and remembers it once plain text is accepted', async () => {
    const safeStorage = new FakeSafeStorage(true, 'basic_text');
    const sync = new SyncService({
      dataDir,
      fs: realFs,
      clock: systemClock,
      bus: new EventBus(),
      secrets: storeWith(safeStorage),
      adapters: {},
      draftOf: () => Promise.reject(new Error('no drafts here')),
      photosOf: () => Promise.reject(new Error('no photos here')),
      houseStyle: () => DEFAULT_HOUSE_STYLE,
    });
    await sync.open();
    try {
      await sync.saveTarget({ kind: 'ninjsHttp', id: 'desk', name: 'Desk', url: 'https://desk.example', token: true });
      const refused = syncOperations['sync.setSecret'].response.parse(await sync.setSecret('desk', 'token-1', false));
      expect(refused).toEqual({ remembered: false, reason: 'plain_text_refused' });
      expect(await fs.readFile(secretsFile(), 'utf8')).not.toContain('token-1');

      const accepted = syncOperations['sync.setSecret'].response.parse(await sync.setSecret('desk', 'token-2', true));
      expect(accepted).toEqual({ remembered: true });
      expect(await storeWith(safeStorage).get('desk')).toBe('token-2');
    } finally {
      await sync.close();
    }
  });
});

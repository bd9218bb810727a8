import path from 'node:path';
import { z } from 'zod';
import type { SecretKept } from '../../../shared/contract/sync';
import type { SecretStore } from '../../services/sync';
import { writeFileAtomic, type StoreFs } from '../../services/storage';

/** The part of Electron's `safeStorage` this store uses, so a test can pass a fake. */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text' means no keyring, and the "encryption" is a fixed, public key. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Why a password was not remembered, or could not be read back: for the log, never the secret. */
export type SecretProblem =
  /** The OS offers no encryption at all: the password lives for this session only. */
  | 'encryption_unavailable'
  /** Linux without a keyring, and the reporter did not accept plain text: session only. */
  | 'plain_text_refused'
  /** The stored ciphertext no longer decrypts (key changed, file damaged): asked for again. */
  | 'undecryptable'
  /** secrets.bin is not ours or is damaged: treated as empty, set aside on the next write. */
  | 'file_unreadable';

export interface SafeStorageSecretStoreOptions {
  safeStorage: SafeStorage;
  /** The data folder: the ciphertexts live in `<data folder>/sync/secrets.bin`. */
  dataDir: string;
  fs: StoreFs;
  platform: NodeJS.Platform;
  onProblem?: (problem: SecretProblem, targetId: string | null) => void;
}

/** One base64 ciphertext per target id. The file never holds a secret in plain text. */
const SecretsFileSchema = z.object({
  version: z.literal(1),
  secrets: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
type SecretsFile = z.infer<typeof SecretsFileSchema>;

/**
 * Passwords kept with Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet). What cannot be
 * remembered safely is kept in memory for this session, so sending still works until the app quits.
 */
export class SafeStorageSecretStore implements SecretStore {
  private readonly session = new Map<string, string>();
  private readonly file: string;
  /** Writes one after another: two quick saves must not lose each other's target. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SafeStorageSecretStoreOptions) {
    this.file = path.join(options.dataDir, 'sync', 'secrets.bin');
  }

  async get(targetId: string): Promise<string | null> {
    const kept = this.session.get(targetId);
    if (kept !== undefined) return kept;
    const stored = (await this.read()).secrets[targetId];
    if (stored === undefined || !this.options.safeStorage.isEncryptionAvailable()) return null;
    try {
      const secret = this.options.safeStorage.decryptString(Buffer.from(stored, 'base64'));
      this.session.set(targetId, secret);
      return secret;
    } catch {
      // A new keyring, a copied data folder, a damaged file: the send fails as secret_missing
      // and the reporter types the password again, which replaces the entry.
      this.options.onProblem?.('undecryptable', targetId);
      return null;
    }
  }

  async set(targetId: string, secret: string, options: { acceptPlainText?: boolean } = {}): Promise<SecretKept> {
    this.session.set(targetId, secret);
    const refusal = this.refusal(options.acceptPlainText === true);
    if (refusal !== null) {
      this.options.onProblem?.(refusal, targetId);
      // An older copy must not outlive the new password.
      await this.update((secrets) => delete secrets[targetId]);
      // The reporter reads why, and on a keyring-less Linux may then accept plain text in words.
      return {
        remembered: false,
        reason: refusal === 'plain_text_refused' ? 'plain_text_refused' : 'encryption_unavailable',
      };
    }
    const ciphertext = this.options.safeStorage.encryptString(secret).toString('base64');
    await this.update((secrets) => (secrets[targetId] = ciphertext));
    return { remembered: true };
  }

  async delete(targetId: string): Promise<void> {
    this.session.delete(targetId);
    await this.update((secrets) => delete secrets[targetId]);
  }

  private refusal(acceptPlainText: boolean): 'encryption_unavailable' | 'plain_text_refused' | null {
    const { safeStorage, platform } = this.options;
    if (!safeStorage.isEncryptionAvailable()) return 'encryption_unavailable';
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
    if (backend === 'basic_text' && !acceptPlainText) return 'plain_text_refused';
    return null;
  }

  private update(change: (secrets: Record<string, string>) => unknown): Promise<void> {
    const next = this.writing.then(async () => {
      const current = await this.read();
      const secrets = { ...current.secrets };
      change(secrets);
      const content: SecretsFile = { version: 1, secrets };
      await this.options.fs.mkdir(path.dirname(this.file), { recursive: true });
      await writeFileAtomic(this.file, JSON.stringify(content), { fs: this.options.fs, fsync: true });
      await this.restrict();
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await this.options.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, secrets: {} };
      this.options.onProblem?.('file_unreadable', null);
      return { version: 1, secrets: {} };
    }
    try {
      return SecretsFileSchema.parse(JSON.parse(text));
    } catch {
      this.options.onProblem?.('file_unreadable', null);
      return { version: 1, secrets: {} };
    }
  }

  /** Ciphertext or not, only the user reads it (0600, as settings.json). */
  private async restrict(): Promise<void> {
    if (this.options.platform === 'win32') return;
    const handle = await this.options.fs.open(this.file, 'r');
    try {
      await handle.chmod(0o600);
    } finally {
      await handle.close();
    }
  }
}

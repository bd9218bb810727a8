import type { SecretKept } from '../../../shared/contract/sync';

/**
 * Where a target's password or token lives: never in the settings, the data folder or a log.
 * Electron's safeStorage implements it in main/app (Keychain, DPAPI, libsecret); the web host
 * and the tests keep secrets in memory; the command line reads them from the environment.
 */
export interface SecretStore {
  get(targetId: string): Promise<string | null>;
  /**
   * Remembers the secret, or says why it did not (Linux without a keyring and the reporter did
   * not accept plain text, no encryption, a store that keeps memory only) — then it is used for
   * this session only, if the store can.
   */
  set(targetId: string, secret: string, options?: { acceptPlainText?: boolean }): Promise<SecretKept>;
  delete(targetId: string): Promise<void>;
}

/** Memory only: forgotten when the process ends. The web host's store, and the tests'. */
export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  get(targetId: string): Promise<string | null> {
    return Promise.resolve(this.secrets.get(targetId) ?? null);
  }

  set(targetId: string, secret: string): Promise<SecretKept> {
    this.secrets.set(targetId, secret);
    // Kept for this session, but not remembered: the reporter enters it again next time.
    return Promise.resolve({ remembered: false, reason: 'memory_only' });
  }

  delete(targetId: string): Promise<void> {
    this.secrets.delete(targetId);
    return Promise.resolve();
  }
}

/**
 * The command line's secrets: `NEWSDESK_SECRET_<TARGET_ID>` (the id upper-cased, dashes as
 * underscores) for one target, else one variable per kind — `NEWSDESK_WP_APP_PASSWORD` for
 * WordPress, `NEWSDESK_NINJS_TOKEN` for a ninjs receiver — so a desk's script sets one variable.
 */
export function environmentSecrets(
  env: NodeJS.ProcessEnv,
  kindOf: (targetId: string) => string | undefined,
): SecretStore {
  const byKind: Record<string, string> = { wordpress: 'NEWSDESK_WP_APP_PASSWORD', ninjsHttp: 'NEWSDESK_NINJS_TOKEN' };
  const variableOf = (targetId: string) => `NEWSDESK_SECRET_${targetId.toUpperCase().replaceAll('-', '_')}`;
  return {
    get: (targetId) => {
      const kind = kindOf(targetId);
      const value = env[variableOf(targetId)] ?? (kind ? env[byKind[kind] ?? ''] : undefined);
      return Promise.resolve(value && value.length > 0 ? value : null);
    },
    set: () => Promise.resolve({ remembered: false, reason: 'memory_only' }),
    delete: () => Promise.resolve(),
  };
}

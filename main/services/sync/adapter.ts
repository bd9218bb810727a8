import type { Draft } from '../../../shared/article/draft';
import type { Article } from '../../../shared/article/article';
import type {
  RemoteRef,
  SyncJob,
  SyncProgress,
  Target,
  TargetCheck,
  TargetKind,
  TargetOf,
} from '../../../shared/contract/sync';
import type { HouseStyle } from '../../../shared/format/houseStyle';
import type { Journal, JsonValue, TargetRecord } from './SendRecords';

/** One published copy of a photo, on this computer. */
export interface StoryRendition {
  width: number;
  height: number;
  format: 'jpeg' | 'webp';
  /** Absolute path of the file. */
  path: string;
  bytes: number;
}

/** A photo as the story shows it: the body's words, the photo desk's files. */
export interface StoryPhoto {
  /** The photo's id (SHA-256 of its original). */
  id: string;
  /** Its name in the story's exports: "photo-1", "photo-2"… in body order. */
  name: string;
  /** The file it was imported from ("IMG_0042.JPG"). */
  fileName: string;
  caption: string;
  credit: string;
  altText: string;
  copyright: string;
  /** Largest first. */
  renditions: StoryRendition[];
}

/** The exact revision being sent, read and ready to export. */
export interface Story {
  draft: Draft;
  article: Article;
  photos: StoryPhoto[];
  houseStyle: HouseStyle;
}

/** What an adapter gets for one try of one job. */
export interface SendContext<T extends Target = Target> {
  job: Readonly<SyncJob>;
  target: T;
  story: Story;
  /** The target's password or token, from the SecretStore; null when none is needed or kept. */
  secret: string | null;
  /** What this draft already has at this target (the last send's remote ref and baseline). */
  record: Readonly<TargetRecord>;
  /**
   * Remote ids learned mid-send, durable: `begin(key)` before a request that creates something,
   * `done(key, ids)` before the next request. An entry left `begun` means the outcome of that
   * request is unknown (a crash, a lost answer): reconcile — find what arrived — before retrying.
   */
  journal: Journal;
  /** The reporter chose "overwrite" after a conflict: replace the target's version this time. */
  overwrite: boolean;
  /** "uploading photo 2/5": shown at once, kept in memory only (a crash forgets it, nothing else). */
  progress(progress: SyncProgress): void;
  /** Aborted when the reporter cancels or the app closes. */
  signal: AbortSignal;
  now(): Date;
}

/** A whole send that succeeded: where the item is, and what to compare with before the next update. */
export interface SendResult {
  remote: RemoteRef;
  /** For the next conflict check: an ETag, or modified_gmt + a hash of the content as stored. */
  baseline: JsonValue;
}

export interface TestContext<T extends Target = Target> {
  target: T;
  secret: string | null;
  signal: AbortSignal;
}

/**
 * One kind of target. `send` throws a SyncError (main/services/sync/failure.ts) for anything that
 * is not a success; the worker turns its kind into the job's next state:
 *   transient / unknownOutcome → waiting (retried with backoff; the journal drives reconcile)
 *   permanent → failed (the reporter reads the code's words and acts, then Retry)
 *   conflict → conflict (before updating, the adapter compared the target's copy with
 *              `record.baseline` and found someone changed it; unless `overwrite` is set)
 * It must be safe to call again after any crash or failure at any point: that is the contract.
 */
export interface SyncAdapter<T extends Target = Target> {
  readonly kind: T['kind'];
  /** Whether sending needs a secret: a missing one fails as secret_missing before any request. */
  needsSecret(target: T): boolean;
  send(context: SendContext<T>): Promise<SendResult>;
  /** "Test connection": one check per line, in words the UI picks by code. */
  test(context: TestContext<T>): Promise<TargetCheck[]>;
  /**
   * For "keep the target's version" after a conflict: the target's copy (kept in the send record
   * to compare) and the baseline that makes the next send update it knowingly.
   */
  fetchRemote?(context: SendContext<T>): Promise<{ copy: JsonValue; baseline: JsonValue }>;
}

/** The adapters the worker knows, by target kind. */
export type Adapters = { [K in TargetKind]?: SyncAdapter<TargetOf<K>> };

export function adapterFor<K extends TargetKind>(adapters: Adapters, kind: K): SyncAdapter<TargetOf<K>> | undefined {
  return adapters[kind] as SyncAdapter<TargetOf<K>> | undefined;
}

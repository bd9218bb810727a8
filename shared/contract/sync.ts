import { z } from 'zod';
import { DraftIdSchema, IsoTimeSchema } from '../article/draft';
import { operation } from './operation';
import { StorageFailureSchema } from './problems';

/*
 * Sending finished stories to the newsroom's systems (issue 12). Codes, not prose, cross the
 * boundary: every failure is `{ code, detail }` and the UI words it from `sync.failures.<code>`
 * in the reader's language (shared/contract/sync.test.ts checks both languages have words).
 */

const count = z.number().int().nonnegative();

/** Why a send did not (yet) reach its target. Each says what to do in the locale files. */
export const SyncFailureCodeSchema = z.enum([
  /** No network, or the target's host did not answer at all: waits and tries again by itself. */
  'offline',
  /** The target took too long to answer. */
  'timeout',
  /** The connection broke after the story was on its way: the next try checks what arrived first. */
  'connection_lost',
  /** 5xx, or a proxy's 502/503. */
  'server_error',
  /** 429: the target asked us to slow down. */
  'rate_limited',
  /** 401: the password or token was rejected. */
  'auth_rejected',
  /** 403: the account may not do this (upload files, publish). */
  'forbidden',
  /** 413: the server refuses files this large. */
  'too_large',
  /** 400/409/422: the target refused the story; `detail.message` is its own words. */
  'rejected',
  /** A 200 that is a web page where JSON was expected: a hotel Wi-Fi sign-in page. */
  'captive_portal',
  /** The secure connection failed (certificate expired, wrong name, self-signed). */
  'tls',
  /** A password would have gone over plain http to another machine: refused. */
  'insecure_url',
  /** The target answered something this version cannot read. */
  'bad_answer',
  /** The item this draft updates is gone from the target (404 on update). */
  'remote_missing',
  /** The story's section has no category at the target (an Author cannot create one); `detail.message` names it. */
  'category_missing',
  /** Someone changed the item at the target since this draft was sent: the reporter chooses. */
  'changed_remotely',
  /** The target's password is not remembered on this computer: enter it in Settings → Targets. */
  'secret_missing',
  /** The target was removed from Settings while the story waited. */
  'target_missing',
  /** The draft went to the trash, or its queued version could not be read. */
  'draft_missing',
  /** A photo in the story has no renditions any more: add it again. */
  'photo_missing',
  /** The hot folder could not be written; `detail.reason` says why. */
  'folder_unwritable',
  /** A bug: the details are in the log. */
  'internal',
]);
export type SyncFailureCode = z.infer<typeof SyncFailureCodeSchema>;

export const SyncFailureSchema = z.object({
  code: SyncFailureCodeSchema,
  detail: z
    .object({
      /** The HTTP status the target answered. */
      status: z.number().int().min(100).max(599).optional(),
      /** The target's own message (rejected): shown as it came, it is the CMS's words. */
      message: z.string().max(500).optional(),
      /** rate_limited, server_error: how long the target asked us to wait. */
      retryAfterSeconds: count.optional(),
      /** folder_unwritable: why the disk refused. */
      reason: StorageFailureSchema.optional(),
      /** What the operating system or the TLS stack said ("ECONNRESET", "CERT_HAS_EXPIRED"). */
      osCode: z.string().max(64).optional(),
    })
    .default({}),
});
export type SyncFailure = z.infer<typeof SyncFailureSchema>;

export const SyncJobStateSchema = z.enum(['queued', 'sending', 'waiting', 'sent', 'failed', 'conflict', 'cancelled']);
export type SyncJobState = z.infer<typeof SyncJobStateSchema>;

/** "uploading photo 2/5", then "sending the story". */
export const SyncProgressSchema = z.object({ step: z.enum(['photo', 'story']), done: count, total: count });
export type SyncProgress = z.infer<typeof SyncProgressSchema>;

/** The item at the target: its id there and, when it has one, the link a person can open. */
export const RemoteRefSchema = z.object({ id: z.string().min(1).max(500), url: z.string().max(2000).optional() });
export type RemoteRef = z.infer<typeof RemoteRefSchema>;

export const JobIdSchema = z.uuid();
export const TargetIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a target id is 1–64 a-z, 0-9 or -');

/** One revision of one draft on its way to one target. */
export const SyncJobSchema = z.object({
  id: JobIdSchema,
  draftId: DraftIdSchema,
  targetId: TargetIdSchema,
  /** The exact revision that was finished and queued; later edits are not in this send. */
  revision: count,
  /** For the Sync panel, as it was at queue time. */
  headline: z.string().max(2000),
  state: SyncJobStateSchema,
  createdAt: IsoTimeSchema,
  updatedAt: IsoTimeSchema,
  /** Tries so far (a try that was cut by a crash counts). */
  attempts: count,
  /** waiting: when the next try starts by itself. */
  nextAttemptAt: IsoTimeSchema.nullable(),
  progress: SyncProgressSchema.nullable(),
  /** Why the last try did not succeed (waiting, failed, conflict); null otherwise. */
  failure: SyncFailureSchema.nullable(),
  /** sent: the item at the target. */
  remote: RemoteRefSchema.nullable(),
  /** The reporter chose "overwrite" for a conflict: the next try replaces the target's version. */
  overwrite: z.boolean(),
  /** cancelled by "keep the CMS version": the target's copy was kept beside the draft. */
  keptRemote: z.boolean(),
});
export type SyncJob = z.infer<typeof SyncJobSchema>;

/** Hot folder: works with nothing configured (`<data folder>/outbox-folder`). */
export const HotFolderTargetSchema = z.object({
  kind: z.literal('hotFolder'),
  id: TargetIdSchema,
  name: z.string().min(1).max(200),
  /** Absolute path (POSIX, a Windows drive or a UNC share); null = `<data folder>/outbox-folder`. */
  folder: z
    .string()
    .max(4000)
    .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'the folder must be an absolute path')
    .nullable(),
  /** Where the newsroom serves this folder from, so ninjs and HTML can link the photos; optional. */
  baseUrl: z.url({ protocol: /^https?$/ }).nullable(),
});

export const NinjsHttpTargetSchema = z.object({
  kind: z.literal('ninjsHttp'),
  id: TargetIdSchema,
  name: z.string().min(1).max(200),
  /** The receiver's base URL (docs/ninjs-http.openapi.yaml): `<url>/items`, `<url>/pictures/…`. */
  url: z.url({ protocol: /^https?$/ }),
  /** Whether a bearer token (kept in the SecretStore, never here) goes with each request. */
  token: z.boolean(),
});

export const WordPressTargetSchema = z.object({
  kind: z.literal('wordpress'),
  id: TargetIdSchema,
  name: z.string().min(1).max(200),
  /** The site's address; the REST API is found below it. */
  url: z.url({ protocol: /^https?$/ }),
  /** The WordPress user the Application Password belongs to (an Author is enough). */
  username: z.string().min(1).max(200),
  postStatus: z.enum(['draft', 'pending']),
});

/** A place finished stories go. No secret is ever part of it: those live in the SecretStore. */
export const TargetSchema = z.discriminatedUnion('kind', [
  HotFolderTargetSchema,
  NinjsHttpTargetSchema,
  WordPressTargetSchema,
]);
export type Target = z.infer<typeof TargetSchema>;
export type TargetKind = Target['kind'];
export type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>;

/** What "Test connection" checked, one line each. */
export const TargetCheckCodeSchema = z.enum([
  'reachable',
  'credentials',
  'folder_writable',
  'can_upload',
  'can_create',
  'categories',
]);
export type TargetCheckCode = z.infer<typeof TargetCheckCodeSchema>;
export const TargetCheckSchema = z.object({
  code: TargetCheckCodeSchema,
  ok: z.boolean(),
  /** Why not, when not. */
  failure: SyncFailureSchema.optional(),
  /** categories: the names found. */
  names: z.array(z.string().max(200)).max(500).optional(),
});
export type TargetCheck = z.infer<typeof TargetCheckSchema>;

/** Where a draft stands with one target: what was sent last, and whether it changed since. */
export const SentRecordSchema = z.object({
  draftId: DraftIdSchema,
  targetId: TargetIdSchema,
  revision: count,
  sentAt: IsoTimeSchema,
  remote: RemoteRefSchema.nullable(),
  /** The draft's revision now is later than the one sent: "changed since sent". */
  changedSinceSent: z.boolean(),
});
export type SentRecord = z.infer<typeof SentRecordSchema>;

/**
 * Why a password was kept for this session only, never on this computer: the web host keeps
 * secrets in memory by design; Linux without a keyring (safeStorage's `basic_text`) could only
 * store it as readable text, which needs the reporter's explicit yes; no encryption at all.
 */
export const SecretNotKeptSchema = z.enum(['memory_only', 'plain_text_refused', 'encryption_unavailable']);
export type SecretNotKept = z.infer<typeof SecretNotKeptSchema>;

/** What the SecretStore did with a password: remembered on this computer, or why not. */
export const SecretKeptSchema = z.discriminatedUnion('remembered', [
  z.object({ remembered: z.literal(true) }),
  z.object({ remembered: z.literal(false), reason: SecretNotKeptSchema }),
]);
export type SecretKept = z.infer<typeof SecretKeptSchema>;

const byJob = z.object({ jobId: JobIdSchema }).strict();
const empty = z.object({}).strict();

export const syncOperations = {
  'sync.targets': operation(empty, z.object({ targets: z.array(TargetSchema) })),
  /** Adds or replaces a target by id. */
  'sync.saveTarget': operation(z.object({ target: TargetSchema }).strict(), z.object({ target: TargetSchema })),
  'sync.removeTarget': operation(z.object({ targetId: TargetIdSchema }).strict(), empty),
  /** The password or token goes to the SecretStore and is never answered back; the answer says whether it was remembered, and why not. */
  'sync.setSecret': operation(
    z
      .object({
        targetId: TargetIdSchema,
        secret: z.string().min(1).max(500),
        /** Linux without a keyring stores secrets in plain text: only when the reporter said yes. */
        acceptPlainText: z.boolean().default(false),
      })
      .strict(),
    SecretKeptSchema,
  ),
  'sync.testTarget': operation(
    z.object({ targetId: TargetIdSchema }).strict(),
    z.object({ checks: z.array(TargetCheckSchema) }),
  ),
  /** Queues the draft's current revision, which must be finished. */
  'sync.send': operation(
    z.object({ draftId: DraftIdSchema, targetId: TargetIdSchema }).strict(),
    z.object({ job: SyncJobSchema }),
  ),
  /** The outbox (newest first) and what was sent where; both for one draft when asked. */
  'sync.list': operation(
    z.object({ draftId: DraftIdSchema.optional() }).strict(),
    z.object({ jobs: z.array(SyncJobSchema), sent: z.array(SentRecordSchema) }),
  ),
  'sync.retry': operation(byJob, z.object({ job: SyncJobSchema })),
  'sync.cancel': operation(byJob, z.object({ job: SyncJobSchema })),
  'sync.resolveConflict': operation(
    z.object({ jobId: JobIdSchema, choice: z.enum(['overwrite', 'keepRemote', 'cancel']) }).strict(),
    z.object({ job: SyncJobSchema }),
  ),
};

export const syncEvents = {
  /** A job was queued or moved: state, progress, failure. */
  'sync.changed': z.object({ job: SyncJobSchema }),
};

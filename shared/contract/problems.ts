import { z } from 'zod';

/*
 * Codes, not prose, cross the boundary: main says what went wrong as a code plus a `detail` of
 * plain values (file names, byte counts, sizes), and the UI words it in the reader's language.
 * Every enum a person ever reads the words of lives in this file; shared/i18n/codeWords.ts says
 * where each is worded, and its test fails when a code has no words in Vietnamese or English.
 */

const count = z.number().int().nonnegative();
/** An operating system's error code ("EACCES", "EIO"): a name, never a sentence. */
const OsCodeSchema = z.string().regex(/^E[A-Z0-9]{1,15}$/);

/** Errors that cross the boundary carry a stable code; the UI turns codes into words. */
export const ErrorCodeSchema = z.enum([
  'unknown_operation',
  'invalid_request',
  'invalid_response',
  'not_found',
  'conflict',
  'storage_failed',
  /** Finishing a draft that still has blocking problems on its checklist. */
  'not_ready',
  'internal',
  /** The renderer could not reach main at all (web host stopped, network down): nothing was done. */
  'unreachable',
  /** The draft was saved by a newer Newsdesk: kept read-only, never rewritten by this version. */
  'draft_newer',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export const ERROR_CODES = ErrorCodeSchema.options;

/** Why the disk refused: "Not saved — the disk is full". */
export const StorageFailureSchema = z.enum(['disk_full', 'read_only', 'permission_denied', 'busy', 'io']);
export type StorageFailure = z.infer<typeof StorageFailureSchema>;
export const STORAGE_FAILURES = StorageFailureSchema.options;

/** Why a stored draft file was refused (its latest version, or a whole draft at start-up). */
export const DraftDamageCodeSchema = z.enum([
  'missing',
  'unreadable',
  /** No header line at all: an empty file, or one cut short inside its first line. */
  'empty',
  'not_draft',
  'cut_short',
  'checksum',
  'invalid',
  /** Written by a newer Newsdesk: never read or rewritten by this one. */
  'newer',
]);
export type DraftDamageCode = z.infer<typeof DraftDamageCodeSchema>;

export const DraftDamageSchema = z.object({
  code: DraftDamageCodeSchema,
  detail: z
    .object({
      /** cut_short: bytes found, and bytes the header promised. */
      bytes: count.optional(),
      expectedBytes: count.optional(),
      /** newer: the draft's format, and the newest this version reads. */
      format: count.optional(),
      supportedFormat: count.optional(),
      /** invalid: the dotted path of the first field that did not fit the draft schema. */
      field: z.string().max(200).optional(),
      /** unreadable: what the operating system said. */
      osCode: OsCodeSchema.optional(),
    })
    .default({}),
});
export type DraftDamage = z.infer<typeof DraftDamageSchema>;

/** Why an outlet template file was not loaded. */
export const TemplateProblemCodeSchema = z.enum([
  'folder_unreadable',
  'unreadable',
  'too_big',
  'not_json',
  'invalid',
  'duplicate_id',
]);
export type TemplateProblemCode = z.infer<typeof TemplateProblemCodeSchema>;

/** Which rule an invalid template broke (zod's own checks folded into the first three). */
export const TemplateRuleSchema = z.enum([
  'unknown_field',
  'wrong_type',
  'bad_value',
  'no_headline',
  'block_twice',
  'required_not_in_blocks',
  'limit_not_in_blocks',
  'min_over_max',
]);
export type TemplateRule = z.infer<typeof TemplateRuleSchema>;

export const TemplateProblemSchema = z.object({
  /** The file's name (or, for folder_unreadable, the folder's path). */
  file: z.string(),
  code: TemplateProblemCodeSchema,
  detail: z
    .object({
      /** invalid: the dotted path of the offending field, and the rule it broke. */
      field: z.string().max(200).optional(),
      rule: TemplateRuleSchema.optional(),
      /** duplicate_id: the id, and the file that used it first. */
      id: z.string().max(64).optional(),
      earlier: z.string().max(255).optional(),
      /** too_big: the file's size and the limit. */
      bytes: count.optional(),
      limitBytes: count.optional(),
      /** unreadable, folder_unreadable: what the operating system said. */
      osCode: OsCodeSchema.optional(),
    })
    .default({}),
});
export type TemplateProblem = z.infer<typeof TemplateProblemSchema>;

/** Why a photo was not imported (the desk lists each file with its reason). */
export const PhotoErrorCodeSchema = z.enum([
  'empty',
  'unreadable',
  'not_an_image',
  'unsupported',
  'too_large',
  'damaged',
  'cancelled',
  'storage_failed',
  /** The photo process stopped (crashed or was killed) before this photo was done: try again. */
  'interrupted',
]);
export type PhotoErrorCode = z.infer<typeof PhotoErrorCodeSchema>;

/** The finer cause behind a photo error code, when main knows it. */
export const PhotoErrorCauseSchema = z.enum([
  // unreadable
  'not_found',
  'permission',
  'folder',
  'disk',
  'locked',
  /** The staged copy was already taken or cleaned up: the file must be added again. */
  'no_longer_staged',
  // damaged
  'ends_early',
  'bad_header',
  'heic',
]);
export type PhotoErrorCause = z.infer<typeof PhotoErrorCauseSchema>;

/** What a file that is not a photo looks like instead. */
export const LooksLikeSchema = z.enum(['video', 'pdf', 'zip', 'web_page', 'xml']);
export type LooksLike = z.infer<typeof LooksLikeSchema>;

export const PhotoErrorDetailSchema = z.object({
  cause: PhotoErrorCauseSchema.optional(),
  looksLike: LooksLikeSchema.optional(),
  /** unsupported: the format's own name ("BMP", "JPEG XL"). */
  format: z.string().max(40).optional(),
  /** too_large (pixels): the picture's size, and the limit in megapixels. */
  width: count.optional(),
  height: count.optional(),
  megapixels: count.optional(),
  limitMegapixels: count.optional(),
  /** too_large (bytes): the file's size and the limit, in MiB. */
  mebibytes: count.optional(),
  limitMebibytes: count.optional(),
  /** storage_failed: why the disk refused. */
  reason: StorageFailureSchema.optional(),
  /** unreadable with no known cause: what the operating system said. */
  osCode: OsCodeSchema.optional(),
});
export type PhotoErrorDetail = z.infer<typeof PhotoErrorDetailSchema>;

/**
 * What the store put right by itself at start-up, for the start-up report: a damaged
 * newsdesk-store.json rebuilt (or restored from its kept copy) and set aside, a lock left by a
 * process that is gone although its number now belongs to another, leftovers of interrupted
 * writes swept, folders of drafts whose creation was cut off removed.
 */
export const StoreNoteCodeSchema = z.enum([
  'meta_rebuilt',
  'meta_restored',
  'lock_stale',
  'leftovers_removed',
  'empty_drafts_removed',
]);
export type StoreNoteCode = z.infer<typeof StoreNoteCodeSchema>;

export const StoreNoteSchema = z.object({
  code: StoreNoteCodeSchema,
  detail: z
    .object({
      /** meta_rebuilt / meta_restored: where the damaged file was set aside (relative to the data folder). */
      keptAs: z.string().max(300).optional(),
      /** lock_stale: the process number the lock named. */
      pid: count.optional(),
      /** leftovers_removed / empty_drafts_removed: how many. */
      count: count.optional(),
    })
    .default({}),
});
export type StoreNote = z.infer<typeof StoreNoteSchema>;

/** Why the data folder could not be opened: the app stops and says so (menus and dialogs, next). */
export const StartupErrorCodeSchema = z.enum(['store_newer', 'store_in_use', 'store_unwritable']);
export type StartupErrorCode = z.infer<typeof StartupErrorCodeSchema>;

export const StartupErrorSchema = z.object({
  code: StartupErrorCodeSchema,
  detail: z.object({
    /** The data folder's path. */
    folder: z.string(),
    /** store_newer: the folder's format and the newest this version reads. */
    format: count.optional(),
    supportedFormat: count.optional(),
    /** store_in_use: the process that holds it. */
    pid: count.optional(),
    /** store_unwritable: why the disk refused. */
    reason: StorageFailureSchema.optional(),
  }),
});
export type StartupError = z.infer<typeof StartupErrorSchema>;

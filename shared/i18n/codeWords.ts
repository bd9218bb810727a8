import type { z } from 'zod';
import {
  DraftDamageCodeSchema,
  ErrorCodeSchema,
  LooksLikeSchema,
  PhotoErrorCauseSchema,
  PhotoErrorCodeSchema,
  StartupErrorCodeSchema,
  StoreNoteCodeSchema,
  StorageFailureSchema,
  TemplateProblemCodeSchema,
  TemplateRuleSchema,
} from '../contract/problems';
import {
  SecretNotKeptSchema,
  SyncFailureCodeSchema,
  SyncJobStateSchema,
  TargetCheckCodeSchema,
} from '../contract/sync';

/**
 * Where each code that crosses the boundary is worded in the locale files: `${key}.${code}`.
 * The renderer (and, next, main's menus and dialogs) look words up under these keys; the test
 * beside this file fails when a code has no words in Vietnamese or English, or when an enum in
 * shared/contract/problems.ts is missing here.
 */
export const CODE_WORDS: readonly { schema: z.ZodEnum; key: string }[] = [
  { schema: ErrorCodeSchema, key: 'errors' },
  { schema: StorageFailureSchema, key: 'storageReasons' },
  { schema: DraftDamageCodeSchema, key: 'recovery.problems' },
  { schema: TemplateProblemCodeSchema, key: 'templates.problems' },
  { schema: TemplateRuleSchema, key: 'templates.rules' },
  { schema: PhotoErrorCodeSchema, key: 'photos.errors' },
  { schema: PhotoErrorCauseSchema, key: 'photos.causes' },
  { schema: LooksLikeSchema, key: 'photos.looksLike' },
  { schema: StartupErrorCodeSchema, key: 'startup.errors' },
  { schema: StoreNoteCodeSchema, key: 'storeReport.notes' },
  { schema: SyncFailureCodeSchema, key: 'sync.failures' },
  { schema: SyncJobStateSchema, key: 'sync.states' },
  { schema: TargetCheckCodeSchema, key: 'sync.checks' },
  { schema: SecretNotKeptSchema, key: 'sync.secretNotKept' },
];

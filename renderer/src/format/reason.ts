import type { TFunction } from 'i18next';
import { ApiCallError } from '../api';

/** A short, translated reason for a failure, to follow "Not saved —" or "Could not …:". */
export function reasonOf(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiCallError)) return t('errors.unknown');
  // The disk's own cause says what to do ("the disk is full"); the bare code does not.
  if (error.code === 'storage_failed' && error.reason) return t(`storageReasons.${error.reason}`);
  return t(`errors.${error.code}`);
}

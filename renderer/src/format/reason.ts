import type { TFunction } from 'i18next';
import { ApiCallError } from '../api';

/** A short, translated reason for a failure, to follow "Not saved —" or "Could not …:". */
export function reasonOf(error: unknown, t: TFunction): string {
  if (error instanceof ApiCallError) return t(`errors.${error.code}`);
  return t('errors.unknown');
}

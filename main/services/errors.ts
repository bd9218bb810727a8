import type { ApiError, ErrorCode, StorageFailure } from '../../shared/contract';

/** An error a service throws on purpose: its code and message reach the UI. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: StorageFailure,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    if (this.reason !== undefined) error.reason = this.reason;
    return error;
  }
}

/** Words a failed disk operation for a person, and keeps its cause for the UI. */
export function storageError(action: string, error: unknown): ServiceError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  const reason: StorageFailure =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'disk_full'
      : code === 'EROFS'
        ? 'read_only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission_denied'
          : code === 'EBUSY' || code === 'EMFILE'
            ? 'busy'
            : 'io';
  const words: Record<StorageFailure, string> = {
    disk_full: 'the disk is full',
    read_only: 'the disk is read-only',
    permission_denied: 'permission denied',
    busy: 'the file is locked by another program',
    io: `a disk error (${code})`,
  };
  return new ServiceError('storage_failed', `${action}: ${words[reason]}`, undefined, reason);
}

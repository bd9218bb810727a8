import type { ApiError, ApiResult, ErrorCode, StorageFailure } from '../../shared/contract';

/** An API call that came back with an error; the UI turns `code` into words. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** Why a storage_failed happened (disk full, read-only…), for the words the UI shows. */
  readonly reason?: StorageFailure;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.field = error.field;
    this.reason = error.reason;
  }
}

export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.data;
  throw new ApiCallError(result.error);
}

/**
 * Awaits a `window.newsdesk` call and unwraps it. A transport that rejects (it should not)
 * becomes an `internal` error, so callers handle one kind of failure.
 */
export async function call<T>(pending: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await pending;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ApiCallError({ code: 'internal', message });
  }
  return unwrap(result);
}

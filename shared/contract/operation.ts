import type { z } from 'zod';

/** One request/response pair of the API, the same over IPC and over the loopback web host. */
export interface Operation<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export function operation<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
): Operation<Req, Res> {
  return { request, response };
}

/** Errors that cross the boundary carry a stable code; the UI turns codes into words. */
export const ERROR_CODES = [
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
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, for invalid_request. */
  field?: string;
  /** Machine-readable cause, for storage_failed: the UI words it in its own language. */
  reason?: StorageFailure;
}

export const STORAGE_FAILURES = ['disk_full', 'read_only', 'permission_denied', 'busy', 'io'] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

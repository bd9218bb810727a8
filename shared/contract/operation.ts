import type { z } from 'zod';
import type { ErrorCode, StorageFailure } from './problems';

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

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending field, for invalid_request. */
  field?: string;
  /** Machine-readable cause, for storage_failed: the UI words it in its own language. */
  reason?: StorageFailure;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

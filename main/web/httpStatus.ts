import type { ErrorCode } from '../../shared/contract';

/** HTTP status for an API error code, used by the web host. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'unknown_operation':
    case 'not_found':
      return 404;
    case 'invalid_request':
      return 400;
    case 'conflict':
      return 409;
    case 'storage_failed':
      return 507;
    default:
      return 500;
  }
}

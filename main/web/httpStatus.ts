import type { ErrorCode } from '../../shared/contract';

/**
 * HTTP status for an API error code, used by the web host. Exhaustive on purpose: a new code
 * fails to compile here until someone decides whether it is the caller's fault (4xx) or ours (5xx).
 */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'unknown_operation':
    case 'not_found':
      return 404;
    case 'invalid_request':
      return 400;
    // The draft is in a state this request cannot change: still has blockers, or written by a newer
    // Newsdesk and kept read-only. Both are answers about the draft, not a server fault.
    case 'conflict':
    case 'not_ready':
    case 'draft_newer':
      return 409;
    case 'storage_failed':
      return 507;
    case 'unreachable':
      return 503;
    case 'invalid_response':
      return 502;
    case 'internal':
      return 500;
  }
}

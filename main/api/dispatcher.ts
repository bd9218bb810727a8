import type { z } from 'zod';
import {
  isOperationName,
  operations,
  type ApiResult,
  type OperationName,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { ServiceError } from '../services/errors';
import { checkLimits } from './limits';

export type Handlers = {
  [K in OperationName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>>;
};

/** The handlers of one contract namespace, given its operations object (e.g. `typeof draftsOperations`). */
export type HandlersOf<Namespace> = Pick<Handlers, keyof Namespace & OperationName>;

export interface Dispatcher {
  /** Validates the request, runs the handler, validates the response. Never throws. */
  dispatch(operation: string, payload: unknown): Promise<ApiResult<unknown>>;
}

export interface DispatcherOptions {
  /** Where unexpected errors go (the app log); the caller only sees a generic message. */
  onUnexpectedError?: (operation: string, error: unknown) => void;
}

function describeIssue(issues: z.core.$ZodIssue[]): { field: string; message: string } {
  const first = issues[0];
  const field = first.path.map(String).join('.') || '(request)';
  return { field, message: `${field}: ${first.message}` };
}

export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatcher {
  return {
    async dispatch(operation, payload) {
      if (!isOperationName(operation)) {
        return {
          ok: false,
          error: { code: 'unknown_operation', message: `No operation named "${operation}"` },
        };
      }
      // Before zod and every recursive pass after it: a body nested 2,000 deep must not reach them.
      const over = checkLimits(operation, payload);
      if (over) return { ok: false, error: { code: 'invalid_request', ...over } };
      const contract = operations[operation];
      const request = contract.request.safeParse(payload);
      if (!request.success) {
        const { field, message } = describeIssue(request.error.issues);
        return { ok: false, error: { code: 'invalid_request', message, field } };
      }
      const handler = handlers[operation] as (req: unknown) => Promise<unknown>;
      let raw: unknown;
      try {
        raw = await handler(request.data);
      } catch (error) {
        if (error instanceof ServiceError) return { ok: false, error: error.toApiError() };
        options.onUnexpectedError?.(operation, error);
        return { ok: false, error: { code: 'internal', message: 'Unexpected error' } };
      }
      const response = contract.response.safeParse(raw);
      if (!response.success) {
        const { message } = describeIssue(response.error.issues);
        options.onUnexpectedError?.(operation, new Error(`invalid response: ${message}`));
        return {
          ok: false,
          error: { code: 'invalid_response', message: `The ${operation} response was malformed` },
        };
      }
      return { ok: true, data: response.data };
    },
  };
}

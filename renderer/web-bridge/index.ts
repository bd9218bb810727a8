import { buildBridge, eventNames, operationNames } from '../../shared/contract';
import { openFetchEventSource } from './fetchEventSource';
import { createHttpTransport } from './httpTransport';
import { adoptToken } from './token';

/**
 * Loaded only by the loopback web host, before the app: defines window.newsdesk over HTTP, the
 * way the preload does over IPC in Electron. The token comes from the printed URL (token.ts).
 */
const token = adoptToken(window.location, window.sessionStorage, window.history);
const fetchFromPage: typeof fetch = (input, init) => window.fetch(input, init);

const api = buildBridge(
  operationNames,
  eventNames,
  createHttpTransport({
    token: () => token,
    fetch: fetchFromPage,
    createEventSource: (url, headers) => openFetchEventSource(url, headers, fetchFromPage),
    warn: (message) => console.warn(`[newsdesk] ${message}`),
  }),
);

Object.defineProperty(window, 'newsdesk', { value: api, writable: false, configurable: false, enumerable: true });

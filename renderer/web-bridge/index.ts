import { buildBridge, eventNames, operationNames } from '../../shared/contract';
import { createHttpTransport } from './httpTransport';

/**
 * Loaded only by the loopback web host, before the app: defines window.newsdesk over HTTP, the
 * way the preload does over IPC in Electron. The host puts the token in a meta tag.
 */
const token = document.querySelector<HTMLMetaElement>('meta[name="newsdesk-token"]')?.content ?? '';

const api = buildBridge(
  operationNames,
  eventNames,
  createHttpTransport({
    token,
    fetch: (input, init) => window.fetch(input, init),
    createEventSource: (url) => new EventSource(url),
    warn: (message) => console.warn(`[newsdesk] ${message}`),
  }),
);

Object.defineProperty(window, 'newsdesk', { value: api, writable: false, configurable: false, enumerable: true });

// The token has done its job in the address bar (the host has set its cookie and the page has
// the meta tag); keep it out of history, bookmarks and screen shares.
const url = new URL(window.location.href);
if (url.searchParams.has('token')) {
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url);
}

import { useSyncExternalStore } from 'react';

/** Screens are addressed by the URL hash, so the page path (and the web host's URL) never changes. */
export type Route =
  { screen: 'drafts' } | { screen: 'draft'; id: string } | { screen: 'trash' } | { screen: 'settings' };

const DRAFT_PATH = /^#\/drafts\/([a-z0-9-]+)$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/trash') return { screen: 'trash' };
  if (hash === '#/settings') return { screen: 'settings' };
  const match = DRAFT_PATH.exec(hash);
  return match ? { screen: 'draft', id: match[1] } : { screen: 'drafts' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'draft':
      return `#/drafts/${route.id}`;
    case 'trash':
      return '#/trash';
    case 'settings':
      return '#/settings';
    default:
      return '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseRoute(hash);
}

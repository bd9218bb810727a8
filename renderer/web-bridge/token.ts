/**
 * Where the page keeps the web host's token: the tab's sessionStorage (per origin, so per port;
 * it survives a reload, not the tab). The printed URL carries it once as `?token=`; it is moved
 * here and taken out of the address bar, history and bookmarks. No cookie: see main/web/guard.ts.
 */
const KEY = 'newsdesk.token';

export function adoptToken(location: Location, storage: Storage, history: History): string {
  const url = new URL(location.href);
  const given = url.searchParams.get('token');
  if (given !== null) {
    storage.setItem(KEY, given);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url);
  }
  return storage.getItem(KEY) ?? '';
}

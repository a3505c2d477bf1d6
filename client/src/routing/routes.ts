/** The pages of the app, parsed from the URL path. */
export type Route =
  | { page: 'maps' }
  | { page: 'trash' }
  | { page: 'map'; mapId: string }
  | { page: 'report'; mapId: string }
  | { page: 'unknown'; path: string };

/** Where the trash of deleted maps is. */
export const TRASH_PATH = '/trash';

// Map ids travel in a URL path and a WebSocket room name; anything else is not a map of ours.
const MAP_ID = /^[A-Za-z0-9._~-]{1,100}$/;

/** Parses a pathname such as `/maps/abc` into a route. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'maps' };
  if (pathname === TRASH_PATH || pathname === `${TRASH_PATH}/`) return { page: 'trash' };
  const match = /^\/maps\/([^/]+)(\/report)?\/?$/.exec(pathname);
  if (match) {
    let mapId: string;
    try {
      mapId = decodeURIComponent(match[1]!);
    } catch {
      return { page: 'unknown', path: pathname };
    }
    if (MAP_ID.test(mapId)) return match[2] ? { page: 'report', mapId } : { page: 'map', mapId };
  }
  return { page: 'unknown', path: pathname };
}

export function mapPath(mapId: string): string {
  return `/maps/${encodeURIComponent(mapId)}`;
}

/** The customer barometer report of a map. */
export function reportPath(mapId: string): string {
  return `${mapPath(mapId)}/report`;
}

const NAVIGATE_EVENT = 'waymark:navigate';

/** Goes to `path` through the History API and tells every useRoute about it. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Calls `listener` whenever the path changes (back/forward or navigate). */
export function subscribeToLocation(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, subscribeToLocation, type Route } from './routes.js';

function currentPath(): string {
  return window.location.pathname;
}

/** The route of the current URL, updated on navigate() and on back/forward. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribeToLocation, currentPath);
  return useMemo(() => parseRoute(path), [path]);
}

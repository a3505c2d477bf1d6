/** Chooses the token for requests about a map (null: the map list and other owner requests). */
export type TokenSource = (mapId: string | null) => string | null;

let source: TokenSource = () => null;

/** Installs where requests get their token from (main.tsx does, with the page's credentials). */
export function setTokenSource(next: TokenSource): void {
  source = next;
}

/** The token requests about `mapId` carry now. */
export function tokenFor(mapId: string | null): string | null {
  return source(mapId);
}

/** The Authorization header for a request about `mapId`, or none without a token. */
export function authHeaders(mapId: string | null): Record<string, string> {
  const token = source(mapId);
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * `url` with the token as a query parameter: only for requests that cannot carry a header
 * (an <img>, a plain download link). The server accepts both.
 */
export function withToken(url: string, mapId: string | null): string {
  const token = source(mapId);
  if (!token) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

const unauthorizedListeners = new Set<() => void>();

/** Calls `listener` whenever a request is refused with 401 (a link revoked or expired meanwhile). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Tells the listeners about a response status; only 401 matters. */
export function noteStatus(status: number): void {
  if (status === 401) for (const listener of unauthorizedListeners) listener();
}

/** The sync endpoint on the host that served the page (ws, or wss behind https). */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** The close code the server uses for a map that does not exist. */
export const CLOSE_MAP_NOT_FOUND = 4404;
/** The close code the server uses when the open map is deleted. */
export const CLOSE_MAP_DELETED = 4410;
/** The close code the server uses when the socket's share link is revoked or expires. */
export const CLOSE_ACCESS_ENDED = 4401;

/** What the header shows: still connecting, live (connected and synced), or offline. */
export type ConnectionState = 'connecting' | 'live' | 'offline';

/** A signal from the sync provider. */
export type ConnectionEvent =
  | { type: 'status'; status: 'connecting' | 'connected' | 'disconnected' }
  | { type: 'sync'; synced: boolean }
  | { type: 'closed' };

/**
 * The next connection state. Once the connection was lost, the retries that follow keep
 * showing "offline" (rather than flickering to "connecting") until the document is synced again.
 */
export function nextConnectionState(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'sync':
      return event.synced ? 'live' : state === 'live' ? 'connecting' : state;
    case 'closed':
      return 'offline';
    case 'status':
      if (event.status === 'disconnected') return 'offline';
      return state === 'offline' ? 'offline' : 'connecting';
  }
}

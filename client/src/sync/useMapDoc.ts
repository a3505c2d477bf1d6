import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { docToMapDocument, type MapDocument } from '../../../shared/src/index.js';
import { useAccess } from '../access/useAccess.js';
import { accessProbe } from './accessProbe.js';
import { nextConnectionState, type ConnectionEvent, type ConnectionState } from './connectionState.js';
import { jitterReconnects, reconnectDelay } from './reconnect.js';
import { trackSaves, type SaveState } from './saveTracker.js';
import { CLOSE_ACCESS_ENDED, CLOSE_MAP_DELETED, CLOSE_MAP_NOT_FOUND, syncUrl } from './syncUrl.js';

export interface MapDocSession {
  /** The live document; null until the session has started. */
  doc: Y.Doc | null;
  /**
   * The provider's awareness: everyone's presence (who is here, cursors, viewports) and the
   * server's facilitation session (its own state); null until the session has started.
   */
  awareness: Awareness | null;
  /** A snapshot of the document, re-read after every change (local or remote). */
  map: MapDocument | null;
  status: ConnectionState;
  /** Whether the document has been synced with the server at least once. */
  synced: boolean;
  notFound: boolean;
  /** The map was deleted while it was open (notFound is set too). */
  deleted: boolean;
  /** Whether the server has stored every edit made here, and how many it may not have yet. */
  save: { state: SaveState; unsaved: number };
}

interface SessionState extends MapDocSession {
  mapId: string;
}

const EMPTY: MapDocSession = {
  doc: null,
  awareness: null,
  map: null,
  status: 'connecting',
  synced: false,
  notFound: false,
  deleted: false,
  save: { state: 'saved', unsaved: 0 },
};

/**
 * Opens the map `mapId` as a Y.Doc synced over the y-websocket protocol, with this page's token.
 * Provider and document are created and destroyed together, so a remount (or another map id)
 * starts a clean session. A link that stops working ends the session through the access gate.
 */
export function useMapDoc(mapId: string): MapDocSession {
  const [session, setSession] = useState<SessionState | null>(null);
  const { token, lose, access } = useAccess();
  const shareHolder = access.role !== 'owner';
  const loseRef = useRef(lose);
  useLayoutEffect(() => {
    loseRef.current = lose;
  });

  useEffect(() => {
    const doc = new Y.Doc();
    // Connected a tick later: React's development double mount would otherwise open and
    // abort a socket on every page load.
    const provider = new WebsocketProvider(syncUrl(), mapId, doc, { connect: false, params: token ? { token } : {} });
    // Edits made offline survive a closed tab: they wait in IndexedDB and merge on the next visit.
    const local = typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(`waymark:${mapId}`, doc);
    const probe = accessProbe(token, (reason) => {
      // A revoked or expired link takes this browser's copy of the map with it.
      if (shareHolder) void local?.clearData();
      loseRef.current(reason);
    });
    let retryTimer: number | undefined;
    const connectTimer = window.setTimeout(() => provider.connect(), 0);
    let closed = false;
    const update = (patch: (s: SessionState) => Partial<SessionState>) => {
      if (closed) return;
      setSession((s) => (s && s.doc === doc ? { ...s, ...patch(s) } : s));
    };
    const signal = (event: ConnectionEvent) => update((s) => ({ status: nextConnectionState(s.status, event) }));

    setSession({ ...EMPTY, mapId, doc, map: docToMapDocument(doc), awareness: provider.awareness });

    const onUpdate = () => update(() => ({ map: docToMapDocument(doc) }));
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
      signal({ type: 'status', status });
    const onSync = (synced: boolean) => {
      signal({ type: 'sync', synced });
      if (synced) update(() => ({ synced: true }));
    };
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CLOSE_MAP_NOT_FOUND || event?.code === CLOSE_MAP_DELETED) {
        // The server will never know this map (again): stop retrying and say so.
        provider.disconnect();
        // Nothing to merge into any more: drop this browser's copy.
        void local?.clearData();
        update(() => ({ notFound: true, deleted: event.code === CLOSE_MAP_DELETED }));
        return;
      }
      if (event?.code === CLOSE_ACCESS_ENDED) {
        // The provider has stopped; unless the server still takes the token (then try again), the gate says why.
        void probe.check().then((stillValid) => {
          if (stillValid !== false && !closed) retryTimer = window.setTimeout(() => provider.connect(), reconnectDelay(3));
        });
      }
      signal({ type: 'closed' });
    };

    doc.on('update', onUpdate);
    const stopReconnects = jitterReconnects(provider, { onRepeatedRefusal: () => void probe.check() });
    const stopTracking = trackSaves(doc, provider, (state, unsaved) => update(() => ({ save: { state, unsaved } })));
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    return () => {
      closed = true;
      probe.stop();
      window.clearTimeout(connectTimer);
      window.clearTimeout(retryTimer);
      doc.off('update', onUpdate);
      stopReconnects();
      stopTracking();
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
    };
  }, [mapId, token, shareHolder]);

  if (!session || session.mapId !== mapId) return EMPTY;
  const { doc, map, status, synced, notFound, deleted, save, awareness } = session;
  return { doc, map, status, synced, notFound, deleted, save, awareness };
}

import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { docToMapDocument, type MapDocument } from '../../../shared/src/index.js';
import { nextConnectionState, type ConnectionEvent, type ConnectionState } from './connectionState.js';
import { trackSaves, type SaveState } from './saveTracker.js';
import { CLOSE_MAP_DELETED, CLOSE_MAP_NOT_FOUND, syncUrl } from './syncUrl.js';

export interface MapDocSession {
  /** The live document; null until the session has started. */
  doc: Y.Doc | null;
  /** Everyone's presence on the map (y-protocols awareness); null until the session has started. */
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
 * Opens the map `mapId` as a Y.Doc synced over the y-websocket protocol. Provider and document
 * are created and destroyed together, so a remount (or another map id) starts a clean session.
 */
export function useMapDoc(mapId: string): MapDocSession {
  const [session, setSession] = useState<SessionState | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    // Connected a tick later: React's development double mount would otherwise open and
    // abort a socket on every page load.
    const provider = new WebsocketProvider(syncUrl(), mapId, doc, { connect: false });
    // Edits made offline survive a closed tab: they wait in IndexedDB and merge on the next visit.
    const local = typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(`waymark:${mapId}`, doc);
    const connectTimer = window.setTimeout(() => provider.connect(), 0);
    let closed = false;
    const update = (patch: (s: SessionState) => Partial<SessionState>) => {
      if (closed) return;
      setSession((s) => (s && s.doc === doc ? { ...s, ...patch(s) } : s));
    };
    const signal = (event: ConnectionEvent) => update((s) => ({ status: nextConnectionState(s.status, event) }));

    setSession({ ...EMPTY, mapId, doc, awareness: provider.awareness, map: docToMapDocument(doc) });

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
      signal({ type: 'closed' });
    };

    doc.on('update', onUpdate);
    const stopTracking = trackSaves(doc, provider, (state, unsaved) => update(() => ({ save: { state, unsaved } })));
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    return () => {
      closed = true;
      window.clearTimeout(connectTimer);
      doc.off('update', onUpdate);
      stopTracking();
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
    };
  }, [mapId]);

  if (!session || session.mapId !== mapId) return EMPTY;
  const { doc, awareness, map, status, synced, notFound, deleted, save } = session;
  return { doc, awareness, map, status, synced, notFound, deleted, save };
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** The y-websocket message envelope: a varuint type, then the payload. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** A frame that does not follow the protocol; it closes the socket that sent it. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** What a handled frame asks of the room: a reply to the sender, or nothing. */
export interface HandledMessage {
  reply?: Uint8Array;
}

/** What the sender of a frame may do. */
export interface SenderRights {
  /** Document updates from a sender that may not write are dropped (never applied or stored). */
  canWrite: boolean;
  /** Whether the sender may set or remove the awareness state of this client id. */
  mayClaim(clientId: number): boolean;
  /**
   * Written into every awareness state the sender sets, over whatever it claimed: other clients
   * can trust it (e.g. `{ role: 'viewer' }`, so that only a facilitator can summon everyone).
   */
  stamp?: Record<string, unknown>;
}

/**
 * Keeps the entries of an awareness update whose client ids `mayClaim` allows, with `stamp`
 * written over each state that is an object; null when nothing is left. A client that could
 * write any id could remove everyone else from presence.
 */
export function filterAwarenessUpdate(
  update: Uint8Array,
  mayClaim: (clientId: number) => boolean,
  stamp?: Record<string, unknown>,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const text = decoding.readVarString(decoder);
    const state: unknown = JSON.parse(text);
    if (!mayClaim(clientId)) continue;
    const stamped = stamp && typeof state === 'object' && state !== null && !Array.isArray(state);
    kept.push({ clientId, clock, state: stamped ? JSON.stringify({ ...state, ...stamp }) : text });
  }
  if (kept.length === 0) return null;
  if (kept.length === count && !stamp) return update;
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** Whether an encoded state vector names no client: its sender has nothing of the document yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * Handles one frame from a client. `fullState`, when given, answers a sync request from a client
 * that has nothing yet (a first open) with the whole document as an update, e.g. from a cache.
 * Updates are applied with `origin` as the transaction origin,
 * so the room's update handler knows who sent them. Throws ProtocolError on anything malformed.
 */
export function handleMessage(
  message: Uint8Array,
  doc: Y.Doc,
  awareness: awarenessProtocol.Awareness,
  origin: unknown,
  rights: SenderRights = { canWrite: true, mayClaim: () => true },
  fullState?: () => Uint8Array,
): HandledMessage {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        // Read here rather than with y-protocols' readSyncMessage, which logs and swallows a
        // broken update: a malformed frame must close its socket.
        const syncType = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        switch (syncType) {
          case syncProtocol.messageYjsSyncStep1: {
            const encoder = encoding.createEncoder();
            encoding.writeVarUint(encoder, MessageType.sync);
            encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
            const whole = isEmptyStateVector(payload) ? fullState?.() : undefined;
            encoding.writeVarUint8Array(encoder, whole ?? Y.encodeStateAsUpdate(doc, payload));
            return { reply: encoding.toUint8Array(encoder) };
          }
          case syncProtocol.messageYjsSyncStep2:
          case syncProtocol.messageYjsUpdate:
            // A viewer's client still sends what it has (its sync step 2, stray local edits):
            // the protocol is fine, the content is refused.
            if (rights.canWrite) Y.applyUpdate(doc, payload, origin);
            return {};
          default:
            throw new ProtocolError(`unknown sync message type ${syncType}`);
        }
      }
      case MessageType.awareness: {
        const update = filterAwarenessUpdate(decoding.readVarUint8Array(decoder), rights.mayClaim, rights.stamp);
        if (update) awarenessProtocol.applyAwarenessUpdate(awareness, update, origin);
        return {};
      }
      case MessageType.queryAwareness:
        return { reply: encodeAwareness(awareness, [...awareness.getStates().keys()]) };
      case MessageType.auth:
        // Permission messages go from server to client only.
        return {};
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(error instanceof Error ? error.message : String(error));
  }
}

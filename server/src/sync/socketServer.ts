import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { canEdit, type Grant } from '../access/grants.js';
import type { ShareService } from '../access/ShareService.js';
import type { Logger } from '../logger.js';
import { CloseCode, type SyncSocket } from './Room.js';
import type { Rooms } from './rooms.js';
import { ProtocolError } from './protocol.js';
import { KeyedRateLimiter, TokenBucket } from './rateLimit.js';

export interface SocketServerOptions {
  rooms: Rooms;
  shares: ShareService;
  logger: Logger;
  /** Connection attempts per IP address and minute (as a burst, refilled evenly). */
  connectsPerMinute: number;
  /** Messages per connection and second on average; a connection above it is closed (1008). */
  messagesPerSecond: number;
  /** Frames above this size close the socket (1009), enforced by ws before buffering. */
  maxMessageBytes: number;
  /** Ping interval; a socket that misses a pong until the next ping is terminated. */
  pingIntervalMs?: number;
}

const SYNC_PATH = /^\/sync\/([^/?#]+)\/?$/;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  socket.end(`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Timers cannot wait longer than this (about 24.8 days); a later expiry is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The y-websocket endpoint `/sync/:mapId` on the given HTTP server. The socket layer only
 * forwards events to the room; a malformed frame closes that one socket and is logged once.
 */
export function attachSyncEndpoint(server: Server, options: SocketServerOptions): { close(): void } {
  const { rooms, shares, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const alive = new WeakMap<WebSocket, boolean>();
  const connects = new KeyedRateLimiter(options.connectsPerMinute, options.connectsPerMinute / 60);
  const pruner = setInterval(() => connects.prune(), 60_000);
  pruner.unref();
  // What closes each share link's sockets: revoking the link runs them at once.
  const byShare = new Map<string, Set<(reason: string) => void>>();
  const stopListening = shares.onRevoke((shareId) => {
    for (const revoke of [...(byShare.get(shareId) ?? [])]) revoke('share link revoked');
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Refused before anything else: a flood of connects costs no token lookups.
    if (!connects.take(request.socket.remoteAddress ?? 'unknown')) {
      rejectUpgrade(socket, 429, 'Too Many Requests');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) {
      rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    let mapId: string;
    try {
      mapId = decodeURIComponent(match[1]!);
    } catch {
      rejectUpgrade(socket, 400, 'Bad Request');
      return;
    }
    // The URL (with its token) is never logged.
    const access = shares.resolve(url.searchParams.get('token'));
    if (!access.ok) {
      rejectUpgrade(socket, 401, 'Unauthorized');
      return;
    }
    if (access.grant.mapId !== null && access.grant.mapId !== mapId) {
      rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    const grant = access.grant;
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, mapId, grant));
  };

  const onConnection = (ws: WebSocket, mapId: string, grant: Grant) => {
    const socket: SyncSocket = {
      send(message) {
        if (ws.readyState === ws.OPEN) ws.send(message);
      },
      close(code, reason) {
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
      },
    };
    const room = rooms.connect(mapId, socket, { canWrite: canEdit(grant.role), role: grant.role, label: grant.label });
    if (!room) {
      ws.close(CloseCode.mapNotFound, 'map not found');
      return;
    }
    // Leaves the room at once, so that nothing the socket still sends while closing is applied.
    const revoke = (reason: string) => {
      rooms.disconnect(room, socket);
      socket.close(CloseCode.accessRevoked, reason);
    };
    let expiry: NodeJS.Timeout | undefined;
    if (grant.shareId !== null) {
      const revokers = byShare.get(grant.shareId) ?? new Set();
      revokers.add(revoke);
      byShare.set(grant.shareId, revokers);
      if (grant.expiresAt !== null) {
        const expiresAt = grant.expiresAt;
        const check = () => {
          const left = expiresAt - Date.now();
          if (left <= 0) revoke('share link expired');
          else expiry = setTimeout(check, Math.min(left, MAX_TIMER_MS));
        };
        check();
      }
    }
    const messages = new TokenBucket(options.messagesPerSecond * 5, options.messagesPerSecond);
    // Set once the socket is being closed for what it sent: nothing more from it is handled.
    let refused = false;
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('message', (data, isBinary) => {
      if (refused) return;
      if (!messages.take()) {
        refused = true;
        logger.warn('closed a sync socket that sent too many messages', { mapId, limitPerSecond: options.messagesPerSecond });
        socket.close(CloseCode.policyViolation, 'too many messages');
        return;
      }
      if (!isBinary) {
        refused = true;
        logger.warn('closed a sync socket that sent a text frame', { mapId });
        socket.close(CloseCode.unsupportedData, 'binary frames only');
        return;
      }
      try {
        room.receive(socket, toBytes(data));
      } catch (error) {
        refused = true;
        const reason = error instanceof ProtocolError ? error.message : String(error);
        logger.warn('closed a sync socket after a malformed message', { mapId, reason });
        socket.close(CloseCode.invalidPayload, 'malformed message');
      }
    });
    ws.on('error', (error) => logger.warn('sync socket error', { mapId, error: error.message }));
    ws.on('close', () => {
      clearTimeout(expiry);
      if (grant.shareId !== null) {
        const revokers = byShare.get(grant.shareId);
        revokers?.delete(revoke);
        if (revokers?.size === 0) byShare.delete(grant.shareId);
      }
      rooms.disconnect(room, socket);
    });
  };

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, options.pingIntervalMs ?? 30_000);
  pinger.unref();

  server.on('upgrade', onUpgrade);
  return {
    close() {
      clearInterval(pinger);
      clearInterval(pruner);
      stopListening();
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Logger } from '../logger.js';
import { CloseCode, type SyncSocket } from './Room.js';
import type { Rooms } from './rooms.js';
import { ProtocolError } from './protocol.js';

export interface SocketServerOptions {
  rooms: Rooms;
  logger: Logger;
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

/**
 * The y-websocket endpoint `/sync/:mapId` on the given HTTP server. The socket layer only
 * forwards events to the room; a malformed frame closes that one socket and is logged once.
 */
export function attachSyncEndpoint(server: Server, options: SocketServerOptions): { close(): void } {
  const { rooms, logger } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const alive = new WeakMap<WebSocket, boolean>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
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
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, mapId));
  };

  const onConnection = (ws: WebSocket, mapId: string) => {
    const socket: SyncSocket = {
      send(message) {
        if (ws.readyState === ws.OPEN) ws.send(message);
      },
      close(code, reason) {
        if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
      },
    };
    const room = rooms.connect(mapId, socket);
    if (!room) {
      ws.close(CloseCode.mapNotFound, 'map not found');
      return;
    }
    alive.set(ws, true);
    ws.on('pong', () => alive.set(ws, true));
    ws.on('message', (data, isBinary) => {
      if (!isBinary) {
        logger.warn('closed a sync socket that sent a text frame', { mapId });
        socket.close(CloseCode.unsupportedData, 'binary frames only');
        return;
      }
      try {
        room.receive(socket, toBytes(data));
      } catch (error) {
        const reason = error instanceof ProtocolError ? error.message : String(error);
        logger.warn('closed a sync socket after a malformed message', { mapId, reason });
        socket.close(CloseCode.invalidPayload, 'malformed message');
      }
    });
    ws.on('error', (error) => logger.warn('sync socket error', { mapId, error: error.message }));
    ws.on('close', () => rooms.disconnect(room, socket));
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
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

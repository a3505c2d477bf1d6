/**
 * The relay benchmark's reference: the stock in-memory y-websocket@1 server (its bin/utils.js
 * `setupWSConnection`, no persistence) on a `ws` server on port 0. Prints its URL like Waymark.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { WebSocketServer, type WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';

// y-websocket@1 ships this helper as untyped CommonJS.
const require = createRequire(import.meta.url);
const { setupWSConnection } = require('y-websocket-v1/bin/utils') as {
  setupWSConnection(conn: WebSocket, request: IncomingMessage): void;
};

const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
const wss = new WebSocketServer({ server });
wss.on('connection', (conn, request) => setupWSConnection(conn, request));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  console.log(`reference listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => process.exit(0));

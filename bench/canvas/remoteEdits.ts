import type { Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { moveTouchpoint, updateTouchpoint } from '../../shared/src/index.js';
import { phaseId, touchpointId } from './map.js';

/** Touchpoints the remote colleague edits: the first two phases, on screen when the map opens. */
const EDITED = 50;

/** A colleague in Node (the stock y-websocket client) editing the map while the browser pans. */
export interface RemoteEditor {
  /** Starts `perSecond` edits a second, retitling and moving touchpoints by turns. */
  start(perSecond: number): void;
  /** Stops editing; resolves with the edits made. */
  stop(): number;
  /** Resolves once the browser shows the last edits (titles and order); rejects after 15 s. */
  arrivedIn(page: Page): Promise<void>;
  destroy(): void;
}

/** Connects a remote editor to `mapId` and waits for its first sync. */
export async function remoteEditor(url: string, mapId: string, touchpoints: number): Promise<RemoteEditor> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, mapId, doc, {
    // ws implements the browser WebSocket interface the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the remote editor did not sync')), 15_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const edited = Math.min(EDITED, touchpoints);
  const titles = new Map<string, string>();
  const topOfPhase = new Map<string, string>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let edits = 0;
  const edit = () => {
    const id = touchpointId(Math.floor(edits / 2) % edited);
    if (edits % 2 === 0) {
      const title = `Remote edit ${edits}`;
      updateTouchpoint(doc, id, { title }, 'bench');
      titles.set(id, title);
    } else {
      // A reorder within its phase: to the top, as a colleague dragging it would.
      const phase = phaseId(Math.floor(Math.floor(edits / 2) % edited / 25));
      moveTouchpoint(doc, id, { phaseId: phase, index: 0 }, 'bench');
      topOfPhase.set(phase, id);
    }
    edits++;
  };
  return {
    start(perSecond) {
      const started = performance.now();
      // Catch up on a late timer, so that the rate holds on a busy machine.
      timer = setInterval(() => {
        const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
        while (edits < due) edit();
      }, 1000 / perSecond);
    },
    stop() {
      clearInterval(timer);
      return edits;
    },
    async arrivedIn(page) {
      const expected = { titles: [...titles], tops: [...topOfPhase] };
      await page.waitForFunction(
        ({ titles, tops }) => {
          const node = (id: string) => document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement | null;
          const y = (id: string) => Number(/translate\([^,]+,\s*([-\d.]+)px\)/.exec(node(id)?.style.transform ?? '')?.[1] ?? NaN);
          const titlesShown = titles.every(([id, title]) => node(id)?.querySelector('[data-testid="touchpoint-title"]')?.textContent === title);
          // The touchpoint moved last in a phase is its top card: no other card of the phase above it.
          const topsShown = tops.every(([, id]) => titles.every(([other]) => other === id || !(y(other) < y(id)) || !sameColumn(other, id)));
          function sameColumn(a: string, b: string): boolean {
            const x = (id: string) => /translate\(([-\d.]+)px/.exec(node(id)?.style.transform ?? '')?.[1];
            return x(a) === x(b);
          }
          return titlesShown && topsShown;
        },
        expected,
        { timeout: 15_000, polling: 50 },
      );
    },
    destroy() {
      clearInterval(timer);
      provider.destroy();
      doc.destroy();
    },
  };
}

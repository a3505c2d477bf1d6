import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import {
  addCard,
  addPersona,
  addTouchpoint,
  deleteTouchpoint,
  docToMapDocument,
  moveTouchpoint,
  setEmotion,
  updateTouchpoint,
  type MapDocument,
} from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, type TestClient } from './harness.js';

const demo = automotive as MapDocument;

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

/** One random edit through the same mutations the editor uses. */
function randomEdit(client: TestClient, rnd: ReturnType<typeof random>, step: number): void {
  const map = docToMapDocument(client.doc);
  const tp = map.touchpoints.length > 0 ? rnd.pick(map.touchpoints) : undefined;
  const phase = rnd.pick(map.phases);
  const roll = rnd.next();
  if (roll < 0.25 || !tp) addTouchpoint(client.doc, { phaseId: phase.id, title: `new ${step}`, index: Math.floor(rnd.next() * 4) });
  else if (roll < 0.45) updateTouchpoint(client.doc, tp.id, { title: `${tp.title.slice(0, 20)}·${step}`, importance: 1 + Math.floor(rnd.next() * 5) });
  else if (roll < 0.65) moveTouchpoint(client.doc, tp.id, { phaseId: phase.id, index: Math.floor(rnd.next() * 4) });
  else if (roll < 0.8 && map.personas.length > 0) setEmotion(client.doc, tp.id, rnd.pick(map.personas).id, Math.round(rnd.next() * 4) - 2);
  else if (roll < 0.9) deleteTouchpoint(client.doc, tp.id);
  else if (roll < 0.95) addCard(client.doc, { laneId: 'lane-pain-points', phaseId: phase.id, text: `pain ${step}` });
  else addPersona(client.doc, { name: `Persona ${step}` });
}

describe('convergence', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  beforeAll(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { compactAfter: 50 });
  });
  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  it('five clients editing at random with random disconnects end identical, and so does a reload from the database', async () => {
    const mapId = ((await api(server.url, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
    const clients = Array.from({ length: 5 }, () => connectClient(server.url, mapId));
    await Promise.all(clients.map(synced));
    const rnd = random(42);
    for (let step = 0; step < 400; step++) {
      const client = rnd.pick(clients);
      const roll = rnd.next();
      if (roll < 0.04 && client.provider.shouldConnect) client.provider.disconnect();
      else if (roll < 0.1 && !client.provider.shouldConnect) client.provider.connect();
      else randomEdit(client, rnd, step);
      if (step % 20 === 0) await new Promise((r) => setTimeout(r, 5 + rnd.next() * 20));
    }
    for (const client of clients) if (!client.provider.shouldConnect) client.provider.connect();
    await Promise.all(clients.map(synced));
    const json = (c: TestClient) => JSON.stringify(docToMapDocument(c.doc));
    await until(() => clients.every((c) => json(c) === json(clients[0]!)), 'all clients to converge', 20_000);
    const final = docToMapDocument(clients[0]!.doc);
    expect(final.touchpoints.some((tp) => tp.title.includes('·') || tp.title.startsWith('new'))).toBe(true);

    for (const c of clients) c.destroy();
    await server.close();
    server = await startTestServer(temp.dir, { compactAfter: 50 });
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`)).json).toEqual(final);
    const reloaded = connectClient(server.url, mapId);
    await synced(reloaded);
    expect(docToMapDocument(reloaded.doc)).toEqual(final);
    reloaded.destroy();
  }, 60_000);
});

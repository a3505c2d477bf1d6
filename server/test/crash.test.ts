import { afterEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { addTouchpoint, docToMapDocument, type MapDocument } from '../../shared/src/index.js';
import { api, connectClient, spawnServer, synced, tempDir, until, type ServerProcess, type TestClient } from './harness.js';

const demo = automotive as MapDocument;

describe('kill -9 of the server', () => {
  const temp = tempDir();
  let proc: ServerProcess | undefined;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await proc?.stop();
    temp.remove();
  });

  it('loses nothing that any client had received', async () => {
    proc = await spawnServer(temp.dir);
    const { id: mapId } = (await api(proc.url, 'POST', '/api/maps/import', demo)).json as { id: string };
    const writers = [0, 1, 2].map(() => connectClient(proc!.url, mapId));
    const observer = connectClient(proc.url, mapId);
    clients.push(...writers, observer);
    await Promise.all(clients.map(synced));

    const phaseId = demo.phases[0]!.id;
    const seenByObserver = () =>
      new Set(docToMapDocument(observer.doc).touchpoints.map((tp) => tp.title).filter((t) => t.startsWith('w')));
    // Writers keep writing while the server is killed in the middle of it.
    let writing = true;
    const loops = writers.map(async (writer, w) => {
      for (let i = 0; writing; i++) {
        addTouchpoint(writer.doc, { phaseId, title: `w${w}-${i}` });
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    await until(() => seenByObserver().size >= 150, 'the observer to receive 150 edits');
    const received = seenByObserver();
    await proc.kill9();
    writing = false;
    await Promise.all(loops);
    for (const c of clients.splice(0)) c.destroy();

    proc = await spawnServer(temp.dir);
    const stored = (await api(proc.url, 'GET', `/api/maps/${mapId}`)).json as MapDocument;
    const storedTitles = new Set(stored.touchpoints.map((tp) => tp.title));
    const missing = [...received].filter((title) => !storedTitles.has(title));
    expect(received.size).toBeGreaterThanOrEqual(150);
    expect(missing).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { LIMITS, docToMapDocument, metaOf, renderThumbnail, updateTouchpoint, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until } from './harness.js';

const demo = automotive as MapDocument;

interface Record {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  url: string;
}

describe('rename, duplicate and thumbnail', () => {
  let server: RunningServer;
  let temp: ReturnType<typeof tempDir>;
  let base: string;

  const importDemo = async (title = demo.title) =>
    ((await api(base, 'POST', '/api/maps/import', { ...demo, title })).json as Record).id;
  const listed = async (id: string) => ((await api(base, 'GET', '/api/maps')).json as Record[]).find((m) => m.id === id);

  beforeAll(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir);
    base = server.url;
  });
  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  describe('PATCH /api/maps/:id', () => {
    it('renames a map on its live document: an open editor sees the new title at once', async () => {
      const id = await importDemo('Before');
      const editor = connectClient(base, id);
      try {
        await synced(editor);
        const res = await api(base, 'PATCH', `/api/maps/${id}`, { title: '  After the workshop  ' });
        expect(res.status).toBe(200);
        expect(res.json).toMatchObject({ id, title: 'After the workshop', url: `/maps/${id}` });
        await until(() => metaOf(editor.doc).get('title') === 'After the workshop', 'the new title in the editor');
        expect(docToMapDocument(editor.doc)).toEqual({ ...demo, title: 'After the workshop' });
        expect((await listed(id))?.title).toBe('After the workshop');
        expect((await api(base, 'GET', `/api/maps/${id}`)).json).toMatchObject({ title: 'After the workshop' });
      } finally {
        editor.destroy();
      }
    });

    it('renames a map that nobody has open, and the change survives unloading', async () => {
      const id = await importDemo('Closed map');
      const before = await listed(id);
      expect((await api(base, 'PATCH', `/api/maps/${id}`, { title: 'Renamed while closed' })).status).toBe(200);
      await until(() => server.rooms.loaded(id) === undefined, 'the room to unload');
      expect((await api(base, 'GET', `/api/maps/${id}`)).json).toEqual({ ...demo, title: 'Renamed while closed' });
      const after = await listed(id);
      expect(after?.title).toBe('Renamed while closed');
      expect(Date.parse(after!.updatedAt)).toBeGreaterThan(Date.parse(before!.updatedAt));
    });

    it('refuses a bad body with 400 or 422 and leaves the title as it was', async () => {
      const id = await importDemo('Unchanged');
      for (const body of [{}, { title: '' }, { title: '   ' }, { title: 5 }, { title: 'x', extra: 1 }, { title: 'x'.repeat(LIMITS.nameLength + 1) }, []]) {
        const res = await api(base, 'PATCH', `/api/maps/${id}`, body);
        expect(res.status, JSON.stringify(body)).toBe(422);
        expect((res.json as { problems: unknown[] }).problems.length, JSON.stringify(body)).toBeGreaterThan(0);
      }
      const malformed = await api(base, 'PATCH', `/api/maps/${id}`, '{"title": ');
      expect(malformed.status).toBe(400);
      expect((malformed.json as { error: string }).error).toMatch(/malformed JSON/);
      expect((await listed(id))?.title).toBe('Unchanged');
    });

    it('answers 404 for unknown and malformed ids', async () => {
      for (const id of ['no-such-map', 'bad%20id']) {
        const res = await api(base, 'PATCH', `/api/maps/${id}`, { title: 'x' });
        expect(res.status).toBe(404);
        expect(res.json).toEqual({ error: 'map not found' });
      }
    });
  });

  describe('POST /api/maps/:id/duplicate', () => {
    it('creates a new map with the same content, titled "<title> (copy)"', async () => {
      const id = await importDemo('Original');
      const res = await api(base, 'POST', `/api/maps/${id}/duplicate`);
      expect(res.status).toBe(201);
      const copy = res.json as Record;
      expect(copy.id).not.toBe(id);
      expect(copy).toMatchObject({ title: 'Original (copy)', url: `/maps/${copy.id}` });
      expect((await api(base, 'GET', `/api/maps/${copy.id}`)).json).toEqual({ ...demo, title: 'Original (copy)' });
      expect((await listed(copy.id))?.title).toBe('Original (copy)');

      // The two maps are independent from now on.
      await api(base, 'PATCH', `/api/maps/${copy.id}`, { title: 'Copy, edited' });
      expect((await api(base, 'GET', `/api/maps/${id}`)).json).toEqual({ ...demo, title: 'Original' });
    });

    it('copies the latest live edits, and takes an optional title', async () => {
      const id = await importDemo('Live original');
      const editor = connectClient(base, id);
      try {
        await synced(editor);
        updateTouchpoint(editor.doc, demo.touchpoints[0]!.id, { title: 'Edited just now' });
        const expected = docToMapDocument(editor.doc);
        await until(
          () => server.rooms.loaded(id) !== undefined && docToMapDocument(server.rooms.loaded(id)!.doc).touchpoints[0]!.title === 'Edited just now',
          'the edit on the server',
        );
        const res = await api(base, 'POST', `/api/maps/${id}/duplicate`, { title: 'Live original (Kopie)' });
        expect(res.status).toBe(201);
        const copy = res.json as Record;
        expect(copy.title).toBe('Live original (Kopie)');
        expect((await api(base, 'GET', `/api/maps/${copy.id}`)).json).toEqual({ ...expected, title: 'Live original (Kopie)' });
      } finally {
        editor.destroy();
      }
    });

    it('keeps the copy title within the title limit', async () => {
      const long = 'L'.repeat(LIMITS.nameLength);
      const id = await importDemo(long);
      const copy = (await api(base, 'POST', `/api/maps/${id}/duplicate`, {})).json as Record;
      expect(copy.title.length).toBeLessThanOrEqual(LIMITS.nameLength);
      expect(copy.title).toMatch(/^L+ \(copy\)$/);
    });

    it('refuses a bad body with 400 or 422 and creates nothing', async () => {
      const id = await importDemo('No copies');
      const count = async () => ((await api(base, 'GET', '/api/maps')).json as Record[]).length;
      const before = await count();
      for (const body of [{ title: '' }, { title: 7 }, { name: 'x' }, 'null']) {
        const res = await api(base, 'POST', `/api/maps/${id}/duplicate`, body);
        expect(res.status, JSON.stringify(body)).toBe(422);
      }
      expect((await api(base, 'POST', `/api/maps/${id}/duplicate`, '{')).status).toBe(400);
      expect((await api(base, 'POST', '/api/maps/no-such-map/duplicate')).status).toBe(404);
      expect(await count()).toBe(before);
    });
  });

  describe('GET /api/maps/:id/thumbnail.svg', () => {
    it('serves the map in miniature, revalidated by its ETag', async () => {
      const id = await importDemo('Pictured');
      const res = await fetch(`${base}/api/maps/${id}/thumbnail.svg`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const etag = res.headers.get('etag');
      expect(etag).toMatch(/^".+"$/);
      expect(await res.text()).toBe(renderThumbnail({ ...demo, title: 'Pictured' }));

      const again = await fetch(`${base}/api/maps/${id}/thumbnail.svg`, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
      const weak = await fetch(`${base}/api/maps/${id}/thumbnail.svg`, { headers: { 'If-None-Match': `"other", W/${etag}` } });
      expect(weak.status).toBe(304);

      // Any change, even within the same millisecond, gives a new picture and a new ETag.
      const changed = { ...demo, title: 'Pictured', touchpoints: demo.touchpoints.map((t) => ({ ...t, momentOfTruth: true })) };
      expect((await api(base, 'PUT', `/api/maps/${id}`, changed)).status).toBe(200);
      const fresh = await fetch(`${base}/api/maps/${id}/thumbnail.svg`, { headers: { 'If-None-Match': etag! } });
      expect(fresh.status).toBe(200);
      expect(fresh.headers.get('etag')).not.toBe(etag);
      expect(await fresh.text()).toBe(renderThumbnail(changed));
    });

    it('answers 404 JSON for unknown maps', async () => {
      for (const id of ['no-such-map', 'bad%20id']) {
        const res = await api(base, 'GET', `/api/maps/${id}/thumbnail.svg`);
        expect(res.status).toBe(404);
        expect(res.json).toEqual({ error: 'map not found' });
      }
    });
  });
});

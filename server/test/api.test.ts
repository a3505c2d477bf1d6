import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { validateMapDocument, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, startTestServer, tempDir } from './harness.js';

const demo = automotive as MapDocument;

describe('HTTP API', () => {
  let server: RunningServer;
  let temp: ReturnType<typeof tempDir>;
  let base: string;

  beforeAll(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { maxBodyBytes: 200_000 });
    base = server.url;
  });
  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  it('answers the health check', async () => {
    const res = await api(base, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: 'ok' });
  });

  it('serves its OpenAPI document, and every documented path exists', async () => {
    const res = await api(base, 'GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.json as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).filter((m) => m !== 'parameters')) {
        const probe = await api(base, method.toUpperCase(), path.replace('{id}', 'no-such-map'), method === 'get' || method === 'delete' ? undefined : '{}');
        expect((probe.json as { error?: string } | undefined)?.error ?? '', `${method} ${path}`).not.toMatch(/no such endpoint/);
      }
    }
  });

  it('creates a map from a title, lists it and reads it in the JSON format', async () => {
    const created = await api(base, 'POST', '/api/maps', { title: 'Onboarding' });
    expect(created.status).toBe(201);
    const { id } = created.json as { id: string };
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);

    const list = await api(base, 'GET', '/api/maps');
    expect(list.status).toBe(200);
    expect((list.json as { id: string; title: string }[]).find((m) => m.id === id)?.title).toBe('Onboarding');

    const read = await api(base, 'GET', `/api/maps/${id}`);
    expect(read.status).toBe(200);
    const map = read.json as MapDocument;
    expect(validateMapDocument(map).ok).toBe(true);
    expect(map.title).toBe('Onboarding');
    expect(map.format).toBe('waymark.map');
  });

  it('creates a map from a template', async () => {
    const created = await api(base, 'POST', '/api/maps', { title: 'Cars', template: 'automotive' });
    expect(created.status).toBe(201);
    const map = (await api(base, 'GET', `/api/maps/${(created.json as { id: string }).id}`)).json as MapDocument;
    expect(map).toEqual({ ...demo, title: 'Cars' });
  });

  it('imports a JSON map and exports it unchanged as a download', async () => {
    const imported = await api(base, 'POST', '/api/maps/import', demo);
    expect(imported.status).toBe(201);
    const { id } = imported.json as { id: string };
    expect((await api(base, 'GET', `/api/maps/${id}`)).json).toEqual(demo);
    const exported = await api(base, 'GET', `/api/maps/${id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.waymark\.json"$/);
    expect(exported.json).toEqual(demo);
  });

  it('replaces the content with PUT', async () => {
    const { id } = (await api(base, 'POST', '/api/maps/import', demo)).json as { id: string };
    const changed = structuredClone(demo);
    changed.title = 'Replaced';
    changed.touchpoints = changed.touchpoints.slice(0, 3);
    changed.measures = [];
    const put = await api(base, 'PUT', `/api/maps/${id}`, changed);
    expect(put.status).toBe(200);
    expect(put.json).toEqual(changed);
    expect((await api(base, 'GET', `/api/maps/${id}`)).json).toEqual(changed);
    const listed = (await api(base, 'GET', '/api/maps')).json as { id: string; title: string }[];
    expect(listed.find((m) => m.id === id)?.title).toBe('Replaced');
  });

  it('deletes a map', async () => {
    const { id } = (await api(base, 'POST', '/api/maps', { title: 'Doomed' })).json as { id: string };
    expect((await api(base, 'DELETE', `/api/maps/${id}`)).status).toBe(204);
    expect((await api(base, 'GET', `/api/maps/${id}`)).status).toBe(404);
    expect((await api(base, 'DELETE', `/api/maps/${id}`)).status).toBe(404);
  });

  describe('refuses bad input with a clear error and changes nothing', () => {
    it('malformed JSON → 400', async () => {
      const before = (await api(base, 'GET', '/api/maps')).json;
      for (const path of ['/api/maps', '/api/maps/import']) {
        const res = await api(base, 'POST', path, '{"title": ');
        expect(res.status).toBe(400);
        expect((res.json as { error: string }).error).toMatch(/malformed JSON/);
      }
      expect((await api(base, 'GET', '/api/maps')).json).toEqual(before);
    });

    it('an invalid map → 422 with the path of every problem', async () => {
      const bad = structuredClone(demo) as Record<string, unknown> & MapDocument;
      bad.touchpoints[0]!.phaseId = 'nowhere';
      (bad.touchpoints[1] as Record<string, unknown>).importance = 7;
      const res = await api(base, 'POST', '/api/maps/import', bad);
      expect(res.status).toBe(422);
      const body = res.json as { error: string; problems: { path: string; message: string }[] };
      expect(body.error).toBeTruthy();
      expect(body.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['touchpoints[0].phaseId', 'touchpoints[1].importance']),
      );
    });

    it('an invalid PUT leaves the map as it was', async () => {
      const { id } = (await api(base, 'POST', '/api/maps/import', demo)).json as { id: string };
      const res = await api(base, 'PUT', `/api/maps/${id}`, { ...demo, version: 99 });
      expect(res.status).toBe(422);
      expect((await api(base, 'GET', `/api/maps/${id}`)).json).toEqual(demo);
    });

    it('a bad create body → 422', async () => {
      for (const body of [{}, { title: '' }, { title: 5 }, { title: 'x', template: 'nope' }, { title: 'x', extra: 1 }]) {
        const res = await api(base, 'POST', '/api/maps', body);
        expect(res.status, JSON.stringify(body)).toBe(422);
        expect((res.json as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
      }
    });

    it('an oversize body → 413', async () => {
      const big = { ...demo, title: 'x'.repeat(300_000) };
      const before = (await api(base, 'GET', '/api/maps')).json;
      const res = await api(base, 'POST', '/api/maps/import', big);
      expect(res.status).toBe(413);
      expect((res.json as { error: string }).error).toMatch(/too large/);
      expect((await api(base, 'GET', '/api/maps')).json).toEqual(before);
    });

    it('unknown or malformed map ids → 404', async () => {
      for (const id of ['does-not-exist', 'bad%20id', '..%2F..%2Fetc']) {
        for (const [method, path] of [
          ['GET', `/api/maps/${id}`],
          ['GET', `/api/maps/${id}/export`],
          ['DELETE', `/api/maps/${id}`],
          ['PUT', `/api/maps/${id}`],
        ] as const) {
          const res = await api(base, method, path, method === 'PUT' ? demo : undefined);
          expect(res.status, `${method} ${path}`).toBe(404);
          expect((res.json as { error: string }).error).toBe('map not found');
        }
      }
    });

    it('unknown API paths → 404 JSON', async () => {
      const res = await api(base, 'GET', '/api/nothing-here');
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ error: expect.stringContaining('no such endpoint') });
    });
  });
});

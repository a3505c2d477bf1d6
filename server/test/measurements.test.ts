import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { measurementsRevision, type Insights, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until } from './harness.js';

const demo = automotive as MapDocument;
const [homepage, configurator, reviews] = demo.touchpoints;

async function upload(base: string, mapId: string, body: string, type = 'text/csv', query = '') {
  const res = await fetch(`${base}/api/maps/${mapId}/measurements${query}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  const text = await res.text();
  return { status: res.status, json: JSON.parse(text) as Record<string, unknown> };
}

describe('measurements API', () => {
  let server: RunningServer;
  let temp: ReturnType<typeof tempDir>;
  let base: string;
  const newMap = async () => ((await api(base, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
  const list = async (mapId: string, query = '') =>
    (await api(base, 'GET', `/api/maps/${mapId}/measurements${query}`)).json as { metricKey: string; period: string; csi: number; n: number | null }[];

  beforeAll(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { maxUploadBytes: 50_000 });
    base = server.url;
  });
  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  it('imports a German Excel export and answers insights with CSI, deltas and white spots', async () => {
    const mapId = await newMap();
    const csv = [
      '\uFEFFKontaktpunkt;Zeitraum;CSI;Stichprobe',
      `${homepage!.metricKey};2025;80,5;1.200`,
      `${homepage!.metricKey};2026;72;980`,
      `${configurator!.metricKey};2026;55,0;310`,
      'not.on.the.map;2026;40;12',
      '',
    ].join('\r\n');
    const res = await upload(base, mapId, csv);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ imported: 4, periods: ['2025', '2026'], unmatchedKeys: ['not.on.the.map'], delimiter: ';' });
    expect(await list(mapId, '?period=2026')).toHaveLength(3);

    const insights = (await api(base, 'GET', `/api/maps/${mapId}/insights`)).json as Insights;
    expect(insights.period).toBe('2026');
    expect(insights.baseline).toBe('2025');
    const home = insights.touchpoints.find((t) => t.id === homepage!.id)!;
    expect(home).toMatchObject({ csi: 72, n: 980, baselineCsi: 80.5, delta: -8.5 });
    const spots = insights.whiteSpots.map((s) => `${s.kind}:${s.touchpointId ?? s.metricKey ?? s.phaseId}`);
    expect(spots).toContain(`declining:${homepage!.id}`);
    expect(spots).toContain('unmapped-measurement:not.on.the.map');
    expect(spots).toContain(`unmeasured:${reviews!.id}`);

    const explicit = (await api(base, 'GET', `/api/maps/${mapId}/insights?period=2025`)).json as Insights;
    expect(explicit).toMatchObject({ period: '2025', baseline: null });
  });

  it('a file with any bad row changes nothing and lists every problem by spreadsheet line', async () => {
    const mapId = await newMap();
    const csv = 'touchpoint,period,csi,n\nweb.a,2025,70,10\nweb.b,2025,abc,10\n,2025,50,\nweb.c,2025,101,0\n';
    const res = await upload(base, mapId, csv);
    expect(res.status).toBe(422);
    expect(res.json.problems).toEqual([
      { line: 3, column: 'csi', message: 'the CSI is not a number: "abc"' },
      { line: 4, column: 'touchpoint', message: 'the touchpoint key is empty' },
      { line: 5, column: 'csi', message: 'the CSI 101 is outside 0–100' },
      { line: 5, column: 'n', message: 'n is not a positive whole number: "0"' },
    ]);
    expect(await list(mapId)).toEqual([]);

    const skipped = await upload(base, mapId, csv, 'text/csv', '?skipInvalid=true');
    expect(skipped.status).toBe(200);
    expect(skipped.json).toMatchObject({ imported: 1, skipped: 4 });
    expect((await list(mapId)).map((m) => m.metricKey)).toEqual(['web.a']);
  });

  it('importing again replaces a value, one per key and period', async () => {
    const mapId = await newMap();
    await upload(base, mapId, 'touchpoint;period;csi\nk;2025;60\nk;2026;61\n');
    await upload(base, mapId, 'touchpoint;period;csi;n\nk;2025;65;40\n');
    expect(await list(mapId)).toMatchObject([
      { metricKey: 'k', period: '2025', csi: 65, n: 40 },
      { metricKey: 'k', period: '2026', csi: 61, n: null },
    ]);
  });

  it('refuses wrong columns even with skipInvalid', async () => {
    const mapId = await newMap();
    for (const query of ['', '?skipInvalid=true']) {
      const res = await upload(base, mapId, 'name;value\nx;1\n', 'text/csv', query);
      expect(res.status).toBe(422);
      expect((res.json.problems as { column: string }[]).map((p) => p.column)).toEqual(['touchpoint', 'period', 'csi']);
    }
    expect(await list(mapId)).toEqual([]);
  });

  it('takes JSON, refuses malformed JSON, other content types and oversize uploads', async () => {
    const mapId = await newMap();
    const json = JSON.stringify([{ touchpoint: homepage!.id, period: '2026-Q1', csi: 77.5, n: 50 }]);
    const ok = await upload(base, mapId, json, 'application/json');
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ imported: 1, unmatchedKeys: [] });
    expect((await upload(base, mapId, '[{"touchpoint": ', 'application/json')).status).toBe(400);
    expect((await upload(base, mapId, JSON.stringify([{ touchpoint: 'x', period: '', csi: 5 }]), 'application/json')).status).toBe(422);
    expect((await upload(base, mapId, 'x', 'image/png')).status).toBe(415);
    const big = `touchpoint,period,csi\n${'k,2025,50\n'.repeat(10_000)}`;
    const tooBig = await upload(base, mapId, big);
    expect(tooBig.status).toBe(413);
    expect(await list(mapId)).toHaveLength(1);
  });

  it('deletes one period, and refuses without one', async () => {
    const mapId = await newMap();
    await upload(base, mapId, 'touchpoint,period,csi\na,2025,50\nb,2025,60\na,2026,70\n');
    expect((await api(base, 'DELETE', `/api/maps/${mapId}/measurements`)).status).toBe(422);
    expect((await api(base, 'DELETE', `/api/maps/${mapId}/measurements?period=2025`)).json).toEqual({ deleted: 2 });
    expect((await api(base, 'DELETE', `/api/maps/${mapId}/measurements?period=2025`)).status).toBe(404);
    expect((await list(mapId)).map((m) => m.period)).toEqual(['2026']);
  });

  it('uses the map settings for the CSI target', async () => {
    const mapId = await newMap();
    await upload(base, mapId, `touchpoint,period,csi\n${configurator!.metricKey},2026,75\n`);
    const before = (await api(base, 'GET', `/api/maps/${mapId}/insights`)).json as Insights;
    expect(before.whiteSpots.some((s) => s.kind === 'underperforming' && s.touchpointId === configurator!.id)).toBe(false);
    const put = await api(base, 'PUT', `/api/maps/${mapId}`, { ...demo, settings: { csiTarget: 80 } });
    expect(put.status).toBe(200);
    const after = (await api(base, 'GET', `/api/maps/${mapId}/insights`)).json as Insights;
    expect(after.settings.csiTarget).toBe(80);
    expect(configurator!.importance).toBeGreaterThanOrEqual(4);
    expect(after.whiteSpots.some((s) => s.kind === 'underperforming' && s.touchpointId === configurator!.id)).toBe(true);
  });

  it('tells open editors that measurements changed', async () => {
    const mapId = await newMap();
    const client = connectClient(base, mapId);
    await synced(client);
    expect(measurementsRevision(client.doc)).toBe(0);
    await upload(base, mapId, 'touchpoint,period,csi\na,2025,50\n');
    await until(() => measurementsRevision(client.doc) === 1, 'the revision to reach the client');
    client.destroy();
  });

  it('the demo map comes with two years of survey results', async () => {
    const dir = tempDir();
    const demoServer = await startTestServer(dir.dir, { seedDemo: true });
    try {
      const [demoMap] = (await api(demoServer.url, 'GET', '/api/maps')).json as { id: string }[];
      const insights = (await api(demoServer.url, 'GET', `/api/maps/${demoMap!.id}/insights`)).json as Insights;
      expect(insights).toMatchObject({ period: '2026', baseline: '2025', periods: ['2025', '2026'] });
      expect(insights.summary.measured).toBeGreaterThan(10);
      const kinds = new Set(insights.whiteSpots.map((s) => s.kind));
      for (const kind of ['declining', 'unmeasured', 'unmapped-measurement'] as const) expect(kinds).toContain(kind);
    } finally {
      await demoServer.close();
      dir.remove();
    }
  });

  it('answers 404 for unknown maps and bad queries with 422', async () => {
    for (const [method, path] of [
      ['GET', '/api/maps/nope/measurements'],
      ['POST', '/api/maps/nope/measurements'],
      ['DELETE', '/api/maps/nope/measurements?period=2025'],
      ['GET', '/api/maps/nope/insights'],
    ] as const) {
      expect((await api(base, method, path, method === 'POST' ? '[]' : undefined)).status, path).toBe(404);
    }
    const mapId = await newMap();
    expect((await api(base, 'GET', `/api/maps/${mapId}/insights?period=`)).status).toBe(422);
  });
});

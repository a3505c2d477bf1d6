import { afterEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import type { MapDocument } from '../../shared/src/index.js';
import { api, spawnServer, tempDir, type ServerProcess } from './harness.js';

const demo = automotive as MapDocument;

/** Above the server's threshold for a large import (its checkpoint is left for after the answer). */
const KEYS = 150;
const PERIODS = 100;

/** Keys × periods rows, ordered key first (not the table's order), each value from its indexes. */
function csv(csiOf: (key: number, period: number) => number): string {
  const lines = ['touchpoint,period,csi,n'];
  for (let k = KEYS - 1; k >= 0; k--) {
    for (let p = 0; p < PERIODS; p++) lines.push(`key.${k},p${String(p).padStart(3, '0')},${csiOf(k, p)},${k + p + 1}`);
  }
  return lines.join('\n') + '\n';
}

describe('a large measurement import', () => {
  const temp = tempDir();
  let proc: ServerProcess | undefined;

  afterEach(async () => {
    await proc?.stop();
    temp.remove();
  });

  it('stores every row in any order, last row of a key and period wins, and survives kill -9 right after its 200', async () => {
    proc = await spawnServer(temp.dir);
    const { id: mapId } = (await api(proc.url, 'POST', '/api/maps/import', demo)).json as { id: string };
    // The same key and period twice: the later line is the value.
    const body = csv((k, p) => (k * 7 + p) % 100) + 'key.3,p005,1.5,1\n';
    const res = await fetch(`${proc.url}/api/maps/${mapId}/measurements`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { imported: number }).imported).toBe(KEYS * PERIODS + 1);
    // At once: before the deferred checkpoint could run, the rows are only in the WAL.
    await proc.kill9();

    proc = await spawnServer(temp.dir);
    const stored = (await api(proc.url, 'GET', `/api/maps/${mapId}/measurements`)).json as { metricKey: string; period: string; csi: number; n: number }[];
    expect(stored).toHaveLength(KEYS * PERIODS);
    const value = new Map(stored.map((m) => [`${m.metricKey}@${m.period}`, m.csi]));
    expect(value.get('key.3@p005')).toBe(1.5);
    expect(value.get('key.149@p099')).toBe((149 * 7 + 99) % 100);
    expect(value.get('key.0@p000')).toBe(0);
    // Listed in period order, then key order.
    const order = stored.map((m) => `${m.period} ${m.metricKey}`);
    expect(order).toEqual([...order].sort());
  });
});

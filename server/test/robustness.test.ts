import { execFile } from 'node:child_process';
import { openSync, readFileSync, writeFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { api, spawnServer, tempDir, type ServerProcess } from './harness.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');

describe('the database file', () => {
  const temp = tempDir();
  let proc: ServerProcess | undefined;
  afterEach(async () => {
    await proc?.stop();
    proc = undefined;
  });
  afterAll(() => temp.remove());

  it('is backed up consistently while the server runs (npm run backup)', async () => {
    proc = await spawnServer(temp.dir);
    const { id } = (await api(proc.url, 'POST', '/api/maps/import', automotive)).json as { id: string };
    const target = join(temp.dir, 'backup.db');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', target], {
      cwd: root,
      env: { ...process.env, WAYMARK_DB: join(temp.dir, 'waymark.db') },
    });
    expect(stdout).toMatch(/Backed up/);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('select title from maps where id = ?').get(id)).toEqual({ title: automotive.title });
    copy.close();
    // Refuses to overwrite an existing file.
    await expect(
      run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', target], {
        cwd: root,
        env: { ...process.env, WAYMARK_DB: join(temp.dir, 'waymark.db') },
      }),
    ).rejects.toThrow(/exists already/);
  });

  it('refuses to start on a damaged database, saying so clearly', async () => {
    const dir = tempDir();
    try {
      // A real database whose pages are overwritten in the middle.
      proc = await spawnServer(dir.dir);
      for (let i = 0; i < 5; i++) await api(proc.url, 'POST', '/api/maps/import', { ...automotive, title: `Map ${i}` });
      await proc.stop();
      proc = undefined;
      const file = join(dir.dir, 'waymark.db');
      const size = statSync(file).size;
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(Math.min(8192, size - 8192), 0x5a), 0, Math.min(8192, size - 8192), 4096);
      closeSync(fd);
      await expect(spawnServer(dir.dir)).rejects.toThrow(/is damaged.*will not start/s);

      // Not a database at all.
      writeFileSync(file, 'this is not a database, just text '.repeat(200));
      await expect(spawnServer(dir.dir)).rejects.toThrow(/is damaged/);
      expect(readFileSync(file, 'utf8')).toMatch(/^this is not a database/);
    } finally {
      dir.remove();
    }
  });
});

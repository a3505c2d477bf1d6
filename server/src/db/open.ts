import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

/** The database file is damaged: the server refuses to start rather than serve a broken state. */
export class CorruptDatabaseError extends Error {
  override name = 'CorruptDatabaseError';
  constructor(
    readonly path: string,
    readonly details: string,
  ) {
    super(
      `The database ${path} is damaged (${details}). Waymark will not start on it. ` +
        'Restore a backup (see the README), or move the file away to start with an empty database.',
    );
  }
}

/** SQLite's own integrity check; throws CorruptDatabaseError with what it found. */
function checkIntegrity(sqlite: Database.Database, path: string): void {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
  if (problems.length > 0) throw new CorruptDatabaseError(path, problems.slice(0, 5).join('; '));
}

export type WaymarkDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (creating if needed) the SQLite file, in WAL mode, and applies the committed migrations.
 * synchronous=NORMAL in WAL: a committed transaction survives a crash of the process (kill -9);
 * only a power loss could cost the last few.
 */
export function openDatabase(path: string): WaymarkDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
    checkIntegrity(sqlite, path);
  } catch (error) {
    if (error instanceof CorruptDatabaseError) throw error;
    // SQLite answers "file is not a database" to a file that is not one (or is damaged in its header).
    throw new CorruptDatabaseError(path, error instanceof Error ? error.message : String(error));
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return db;
}

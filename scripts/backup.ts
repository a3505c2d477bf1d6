/**
 * `npm run backup -- FILE`: a consistent copy of the live database (SQLite's online backup), safe
 * while the server runs. Reads WAYMARK_DB like the server (default ./data/waymark.db).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

const target = process.argv[2];
const source = process.env.WAYMARK_DB || './data/waymark.db';
if (!target) {
  console.error('Usage: npm run backup -- FILE   (copies WAYMARK_DB, default ./data/waymark.db)');
  process.exit(2);
}
if (!existsSync(source)) {
  console.error(`No database at ${source} (set WAYMARK_DB).`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`${target} exists already; choose a new file name.`);
  process.exit(1);
}
const db = new Database(source, { readonly: true, fileMustExist: true });
try {
  let pages = 0;
  await db.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      pages = totalPages;
      if (totalPages > 10_000) process.stdout.write(`\r${Math.round(((totalPages - remainingPages) / totalPages) * 100)} %`);
      return 1000;
    },
  });
  const copy = new Database(target, { readonly: true });
  const check = copy.pragma('integrity_check', { simple: true });
  copy.close();
  if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
  console.log(`Backed up ${source} to ${target} (${pages} pages).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.close();
}

import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One row per journey map; the title is mirrored from the document for the map list.
 * `deletedAt` is set while the map is in the trash (null for a live map).
 */
export const maps = sqliteTable('maps', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  createdAt: integer('created_at', { mode: 'number' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
  deletedAt: integer('deleted_at', { mode: 'number' }),
});

/**
 * The Yjs update log of each map. Loading a map applies its rows in id order; compaction
 * replaces all rows of a map by one merged snapshot, in one transaction.
 */
export const mapUpdates = sqliteTable(
  'map_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch() * 1000)`),
  },
  (table) => [index('map_updates_map_id_idx').on(table.mapId, table.id)],
);

/**
 * Measured CSI per map, metric key and period: one value per (map, key, period), so importing
 * again replaces it. Keys that match no touchpoint are kept: they are a white spot.
 */
export const measurements = sqliteTable(
  'measurements',
  {
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    metricKey: text('metric_key').notNull(),
    period: text('period').notNull(),
    csi: real('csi').notNull(),
    n: integer('n'),
    source: text('source').notNull(),
    importedAt: integer('imported_at', { mode: 'number' }).notNull(),
  },
  // The key is the table (WITHOUT ROWID, added by hand in 0006_measurements_key.sql: drizzle has
  // no option for it): one B-tree instead of a rowid table and two indexes makes a 1,000,000-row
  // import several times cheaper. Period before key: the overlay and deleting a period read one
  // period of a map, and listing is ordered by period, then key.
  (table) => [primaryKey({ columns: [table.mapId, table.period, table.metricKey] })],
);

/**
 * Share links: each grants one role on one map. Only a SHA-256 hash of the token is kept, so a
 * copy of the database lets nobody in. A revoked link keeps its row (revokedAt set), so that its
 * holder is told "revoked" rather than "unknown".
 */
export const shares = sqliteTable(
  'shares',
  {
    id: text('id').primaryKey(),
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['editor', 'commenter', 'viewer'] }).notNull(),
    label: text('label'),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'number' }),
    revokedAt: integer('revoked_at', { mode: 'number' }),
  },
  (table) => [uniqueIndex('shares_token_hash_idx').on(table.tokenHash), index('shares_map_id_idx').on(table.mapId)],
);

/**
 * The facilitation session of a map (timer, dot vote with its ballots, presenter lock) as JSON,
 * so that a restart of the server in the middle of a workshop keeps all of it. One row per map
 * with a session; no row means nothing runs.
 */
export const facilitationSessions = sqliteTable('facilitation_sessions', {
  mapId: text('map_id')
    .primaryKey()
    .references(() => maps.id, { onDelete: 'cascade' }),
  state: text('state').notNull(),
  updatedAt: integer('updated_at', { mode: 'number' }).notNull(),
});

/**
 * Named versions of a map ("Workshop 1 — as-is"). The document is kept in the JSON exchange
 * format (what a restore writes back and a comparison reads), with the CSI per touchpoint of the
 * latest measured period at saving time, so that two versions can be compared on CSI too.
 */
export const versions = sqliteTable(
  'versions',
  {
    id: text('id').primaryKey(),
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    author: text('author'),
    createdAt: integer('created_at', { mode: 'number' }).notNull(),
    /** The map document (format waymark.map) as JSON. */
    document: text('document').notNull(),
    /** A CsiSnapshot as JSON: `{ period, values: { touchpointId: csi } }`. */
    csi: text('csi').notNull(),
  },
  (table) => [index('versions_map_id_idx').on(table.mapId, table.createdAt)],
);

/**
 * Who changed what on a map, coarsely: one row per person and stretch of work (edits no more
 * than a few minutes apart), with counts per subject. The update log cannot say this: it is
 * merged into one snapshot by compaction.
 */
export const activity = sqliteTable(
  'activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mapId: text('map_id')
      .notNull()
      .references(() => maps.id, { onDelete: 'cascade' }),
    /** The participant's name or the share link's label; null when only the role is known. */
    actor: text('actor'),
    /** The role of the token that made the changes; null for HTTP writes that did not say. */
    role: text('role'),
    via: text('via', { enum: ['live', 'api'] }).notNull(),
    startedAt: integer('started_at', { mode: 'number' }).notNull(),
    endedAt: integer('ended_at', { mode: 'number' }).notNull(),
    /** Counts per subject as JSON: `{ touchpoints: { added, changed, removed, names } }`. */
    changes: text('changes').notNull(),
  },
  (table) => [index('activity_map_id_idx').on(table.mapId, table.endedAt)],
);

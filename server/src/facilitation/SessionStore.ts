import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { VOTE_KINDS } from '../../../shared/src/index.js';
import type { WaymarkDatabase } from '../db/open.js';
import { facilitationSessions } from '../db/schema.js';

const storedSessionSchema = z.object({
  timer: z.object({ startedAt: z.number(), endsAt: z.number(), durationSeconds: z.number() }).nullable(),
  vote: z
    .object({
      id: z.string(),
      status: z.enum(['open', 'revealed']),
      dotsPerPerson: z.number().int(),
      kinds: z.array(z.enum(VOTE_KINDS)),
      startedAt: z.number(),
      /** Each voter's dots, by the voter's secret id; never published. */
      ballots: z.record(z.string(), z.array(z.string())),
    })
    .nullable(),
  lock: z
    .object({
      clientId: z.number().int(),
      name: z.string().nullable(),
      lockedAt: z.number(),
      /** SHA-256 of the key that lets the presenter take the lock over after a reload. */
      keyHash: z.string(),
    })
    .nullable(),
});

/** A map's facilitation session with everything the server keeps to itself. */
export type StoredSession = z.infer<typeof storedSessionSchema>;

export const EMPTY_SESSION: StoredSession = { timer: null, vote: null, lock: null };

/** Where sessions survive a restart of the server. */
export interface SessionStore {
  load(mapId: string): StoredSession;
  save(mapId: string, session: StoredSession): void;
}

/** SessionStore in SQLite: one JSON row per map, deleted once nothing runs. */
export class SqliteSessionStore implements SessionStore {
  constructor(private readonly db: WaymarkDatabase) {}

  load(mapId: string): StoredSession {
    const row = this.db.select().from(facilitationSessions).where(eq(facilitationSessions.mapId, mapId)).get();
    if (!row) return EMPTY_SESSION;
    try {
      const parsed = storedSessionSchema.safeParse(JSON.parse(row.state));
      // A row this version cannot read is no reason to keep a map from opening.
      return parsed.success ? parsed.data : EMPTY_SESSION;
    } catch {
      return EMPTY_SESSION;
    }
  }

  save(mapId: string, session: StoredSession): void {
    if (!session.timer && !session.vote && !session.lock) {
      this.db.delete(facilitationSessions).where(eq(facilitationSessions.mapId, mapId)).run();
      return;
    }
    const state = JSON.stringify(session);
    const updatedAt = Date.now();
    this.db
      .insert(facilitationSessions)
      .values({ mapId, state, updatedAt })
      .onConflictDoUpdate({ target: facilitationSessions.mapId, set: { state, updatedAt } })
      .run();
  }
}

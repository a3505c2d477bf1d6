import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { mergeChanges, type ActivityCounts, type ActivitySubject, type DocChanges } from '../../../shared/src/index.js';
import type { WaymarkDatabase } from '../db/open.js';
import { activity } from '../db/schema.js';
import type { Logger } from '../logger.js';

/** Who made a change: a participant on the live map, or a caller of the HTTP API. */
export interface Actor {
  /** The participant's name, else the share link's label; null when neither is known. */
  name: string | null;
  /** The role of the token; null when an HTTP write did not say. */
  role: string | null;
  via: 'live' | 'api';
}

/**
 * The origin of a transaction that says who made it (an HTTP write with a known caller); other
 * HTTP writes count as "the API".
 */
export class AttributedWrite {
  constructor(readonly actor: Actor) {}
}

/** One stretch of one person's work on a map, as the API lists it. */
export interface ActivityEntry {
  id: number;
  actor: string | null;
  role: string | null;
  via: 'live' | 'api';
  startedAt: number;
  endedAt: number;
  changes: ActivityCounts;
}

export interface ActivityOptions {
  /** Open stretches are written this often (and on unload and shutdown). */
  flushMs: number;
  /** A pause longer than this ends a stretch of work. */
  idleMs: number;
  /** A stretch never spans more than this, so that a long session still shows as it goes. */
  maxSpanMs: number;
  logger: Logger;
  now?: () => number;
}

export const ACTIVITY_DEFAULTS = { flushMs: 30_000, idleMs: 5 * 60_000, maxSpanMs: 30 * 60_000 };

const EMPTY = '{}';

/** A written stretch's label: the names it needs are in its `labels` by then. */
const NO_LABEL: LabelOf = () => '';

/** Names kept per subject and entry: enough to say what, not a list of everything. */
const NAMES_PER_SUBJECT = 5;

interface Stretch {
  /** The row once written; later flushes update it. */
  rowId: number | null;
  actor: Actor;
  startedAt: number;
  endedAt: number;
  changes: DocChanges;
  /** Names entities as they are now; asked when the stretch is written, never per update. */
  label: LabelOf;
  /** subject + id → the name last read, for entities that are gone by the next write. */
  labels: Map<string, string>;
  dirty: boolean;
}

/** The title or name of an entity in the live document ('' when it has none or is gone). */
export type LabelOf = (subject: ActivitySubject, id: string) => string;

function actorKey(actor: Actor): string {
  return JSON.stringify([actor.name, actor.role, actor.via]);
}

function countsOf(stretch: Stretch): ActivityCounts {
  const out: ActivityCounts = {};
  for (const [subject, entry] of stretch.changes) {
    if (entry.added.size + entry.changed.size + entry.removed.size === 0) continue;
    const names: string[] = [];
    for (const id of [...entry.added, ...entry.changed]) {
      if (names.length >= NAMES_PER_SUBJECT) break;
      const key = `${subject}\u0000${id}`;
      const label = stretch.label(subject, id) || stretch.labels.get(key);
      if (!label) continue;
      stretch.labels.set(key, label);
      names.push(label);
    }
    out[subject] = { added: entry.added.size, changed: entry.changed.size, removed: entry.removed.size, names };
  }
  return out;
}

/**
 * The activity list of every map: who changed what, when, coarsely. Changes are summed in
 * memory per map, person and stretch of work, and written on a timer, when a map is unloaded
 * and at shutdown: the hot write path (every update is committed before it is broadcast) gets
 * no extra SQL statement. A crash loses at most the last `flushMs` of the list, never content.
 */
export class ActivityLog {
  private readonly stretches = new Map<string, Map<string, Stretch>>();
  /** Stretches that ended before their last write, waiting for the next flush. */
  private readonly ended = new Map<string, Stretch[]>();
  private readonly options: Required<ActivityOptions>;
  private timer: NodeJS.Timeout | null = null;
  private readonly insert;
  private readonly update;

  constructor(
    private readonly db: WaymarkDatabase,
    options: ActivityOptions,
  ) {
    this.options = { now: Date.now, ...options };
    this.insert = db
      .insert(activity)
      .values({
        mapId: sql.placeholder('mapId'),
        actor: sql.placeholder('actor'),
        role: sql.placeholder('role'),
        via: sql.placeholder('via'),
        startedAt: sql.placeholder('startedAt'),
        endedAt: sql.placeholder('endedAt'),
        changes: sql.placeholder('changes'),
      })
      .returning({ id: activity.id })
      .prepare();
    this.update = db
      .update(activity)
      .set({ endedAt: sql`${sql.placeholder('endedAt')}`, changes: sql`${sql.placeholder('changes')}` })
      .where(eq(activity.id, sql.placeholder('id')))
      .prepare();
  }

  /** Writes on a timer from now on (unref'd: it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.flushAll(), this.options.flushMs);
    this.timer.unref();
  }

  /** Stops the timer and writes everything (shutdown). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.flushAll();
  }

  /**
   * Adds one transaction's changes to the actor's current stretch on the map (memory only).
   * `label` names an added or changed entity as it is now.
   */
  record(mapId: string, actor: Actor, changes: DocChanges, label: LabelOf): void {
    if (changes.size === 0) return;
    const now = this.options.now();
    let byActor = this.stretches.get(mapId);
    if (!byActor) this.stretches.set(mapId, (byActor = new Map()));
    const key = actorKey(actor);
    let stretch = byActor.get(key);
    if (stretch && (now - stretch.endedAt > this.options.idleMs || now - stretch.startedAt > this.options.maxSpanMs)) {
      if (stretch.dirty) this.endedOf(mapId).push(stretch);
      stretch = undefined;
    }
    if (!stretch) {
      stretch = { rowId: null, actor, startedAt: now, endedAt: now, changes: new Map(), label, labels: new Map(), dirty: false };
      byActor.set(key, stretch);
    }
    mergeChanges(stretch.changes, changes);
    stretch.label = label;
    // A restore is rare, and its undo takes the name away again: name it at once.
    for (const id of changes.get('restore')?.changed ?? []) {
      const name = label('restore', id);
      if (name) stretch.labels.set(`restore\u0000${id}`, name);
    }
    stretch.endedAt = now;
    stretch.dirty = true;
  }

  /** Writes the map's pending changes, in one transaction; stretches that ended are let go. */
  flush(mapId: string): void {
    const now = this.options.now();
    const byActor = this.stretches.get(mapId);
    const ended = this.ended.get(mapId) ?? [];
    this.ended.delete(mapId);
    const open = [...(byActor?.values() ?? [])];
    try {
      this.db.transaction(() => {
        for (const stretch of [...ended, ...open]) if (stretch.dirty) this.write(mapId, stretch);
      });
    } catch (error) {
      // The map was deleted meanwhile, or the disk is full: the list loses these stretches (row
      // ids handed out in the failed transaction mean nothing), the map itself loses nothing.
      this.options.logger.error('could not write the activity list', { mapId, error: String(error) });
      this.stretches.delete(mapId);
      return;
    }
    if (!byActor) return;
    for (const [key, stretch] of byActor) {
      if (now - stretch.endedAt > this.options.idleMs || now - stretch.startedAt > this.options.maxSpanMs) byActor.delete(key);
    }
    if (byActor.size === 0) this.stretches.delete(mapId);
  }

  /** Writes every map's pending changes (the timer). */
  flushAll(): void {
    for (const mapId of new Set([...this.stretches.keys(), ...this.ended.keys()])) this.flush(mapId);
  }

  /**
   * Writes and forgets a map's stretches (the map went to the trash or was deleted). A room that
   * is merely unloaded is flushed instead: someone who comes back within minutes goes on in the
   * same entry.
   */
  close(mapId: string): void {
    this.flush(mapId);
    this.stretches.delete(mapId);
  }

  /** The latest entries of a map, newest first, including what is not written yet. */
  list(mapId: string, limit: number): ActivityEntry[] {
    this.flush(mapId);
    return this.db
      .select()
      .from(activity)
      .where(and(eq(activity.mapId, mapId), ne(activity.changes, EMPTY)))
      .orderBy(desc(activity.endedAt), desc(activity.id))
      .limit(limit)
      .all()
      .map((row) => ({
        id: row.id,
        actor: row.actor,
        role: row.role,
        via: row.via,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        changes: JSON.parse(row.changes) as ActivityCounts,
      }));
  }

  private endedOf(mapId: string): Stretch[] {
    let list = this.ended.get(mapId);
    if (!list) this.ended.set(mapId, (list = []));
    return list;
  }

  private write(mapId: string, stretch: Stretch): void {
    const changes = JSON.stringify(countsOf(stretch));
    stretch.dirty = false;
    // The label reads the live document: kept, it would hold an unloaded map's room and Y.Doc in
    // memory for as long as the stretch stays open (idleMs). The names it gave are in `labels`,
    // and only a new change makes the stretch dirty again, which brings a label of its own.
    stretch.label = NO_LABEL;
    // Nothing left net (a card added and deleted again): no entry, unless one is written already.
    if (stretch.rowId === null && changes === EMPTY) return;
    if (stretch.rowId === null) {
      const row = this.insert.get({
        mapId,
        actor: stretch.actor.name,
        role: stretch.actor.role,
        via: stretch.actor.via,
        startedAt: stretch.startedAt,
        endedAt: stretch.endedAt,
        changes,
      });
      stretch.rowId = row?.id ?? null;
    } else {
      this.update.run({ id: stretch.rowId, endedAt: stretch.endedAt, changes });
    }
  }
}

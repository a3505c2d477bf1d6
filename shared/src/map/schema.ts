import * as Y from 'yjs';

/**
 * The Yjs layout of one journey map (one Y.Doc per map):
 *
 *   meta         Y.Map   title, schemaVersion, csiTarget?, declineThreshold?, measurementsRevision?
 *   personas     Y.Map<id, Y.Map>  name, color?, order
 *   phases       Y.Map<id, Y.Map>  name, order
 *   touchpoints  Y.Map<id, Y.Map>  phaseId, title, channel, importance, momentOfTruth, metricKey,
 *                                  order, expectations: Y.Array<{category,text}>, emotions: Y.Map<number>
 *   measures     Y.Map<id, Y.Map>  title, status, owner?, dueDate?, order, touchpointIds: Y.Array<string>
 *   lanes        Y.Map<"laneId|field", value>  flat: kind, title?, hidden?, order per lane
 *                (empty: the default lanes; flat so that two people who touch the default
 *                lanes at once both write plain keys, and nobody's nested map replaces another's)
 *   cards        Y.Map<id, Y.Map>  laneId, phaseId, text, color?, order
 *   stickies     Y.Map<id, Y.Map>  text, color, x, y, author?, order
 *   threads      Y.Map<id, Y.Map>  touchpointId (string | null for the map), resolved, order,
 *                                  comments: Y.Map<id, Y.Map> author, authorId?, authorColor?, text,
 *                                  createdAt, editedAt?, order
 *   (phases also carry width? once resized)
 *
 * Every entity is a Y.Map of fields, so concurrent edits of different fields of one card
 * (one person moves it, another retitles it) both survive. Order is a fractional key per
 * entity (see order.ts); touchpoints share one global order, so the JSON array order is kept.
 */
export const SCHEMA_VERSION = 1;

export const ROOT = {
  meta: 'meta',
  personas: 'personas',
  phases: 'phases',
  touchpoints: 'touchpoints',
  measures: 'measures',
  lanes: 'lanes',
  cards: 'cards',
  stickies: 'stickies',
  threads: 'threads',
} as const;

/** One entity (persona, phase, touchpoint, measure) as stored: a map of its fields. */
export type EntityMap = Y.Map<unknown>;
/** A collection of entities by id. */
export type EntityCollection = Y.Map<EntityMap>;

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}
export function personasOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.personas);
}
export function phasesOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.phases);
}
export function touchpointsOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.touchpoints);
}
export function measuresOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.measures);
}

export function lanesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.lanes);
}
export function cardsOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.cards);
}

export function stickiesOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.stickies);
}
export function threadsOf(doc: Y.Doc): EntityCollection {
  return doc.getMap<EntityMap>(ROOT.threads);
}

/** The entity with this id, or undefined when it does not exist (or is not a map). */
export function entityOf(collection: EntityCollection, id: string): EntityMap | undefined {
  const entity = collection.get(id);
  return entity instanceof Y.Map ? entity : undefined;
}

/** Sets a field only when its value changes, so that no empty updates are produced. */
export function setField(entity: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (entity.has(key)) entity.delete(key);
    return;
  }
  if (entity.get(key) !== value) entity.set(key, value);
}

/** The string field, or the fallback when absent or of another type. */
export function stringField(entity: Y.Map<unknown>, key: string, fallback = ''): string {
  const value = entity.get(key);
  return typeof value === 'string' ? value : fallback;
}

/** The Y.Map child field, created when missing (callers must be inside a transaction). */
export function childMap<T>(entity: Y.Map<unknown>, key: string): Y.Map<T> {
  const value = entity.get(key);
  if (value instanceof Y.Map) return value as Y.Map<T>;
  const created = new Y.Map<T>();
  entity.set(key, created);
  return created;
}

/** The Y.Array child field, created when missing (callers must be inside a transaction). */
export function childArray<T>(entity: Y.Map<unknown>, key: string): Y.Array<T> {
  const value = entity.get(key);
  if (value instanceof Y.Array) return value as Y.Array<T>;
  const created = new Y.Array<T>();
  entity.set(key, created);
  return created;
}

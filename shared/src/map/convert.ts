import * as Y from 'yjs';
import {
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EXPECTATION_CATEGORIES,
  FORMAT_NAME,
  FORMAT_VERSION,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  LANE_KINDS,
  LIMITS,
  MEASURE_STATUSES,
  PHASE_WIDTH_MAX,
  PHASE_WIDTH_MIN,
  isCardLane,
  type Card,
  type Lane,
  type LaneKind,
  type MapSettings,
  type Channel,
  type Expectation,
  type ExpectationCategory,
  type MapDocument,
  type Measure,
  type MeasureStatus,
  type Persona,
  type Phase,
  type Touchpoint,
} from './format.js';
import { isValidKey, keyBetween } from './order.js';
import { orderedEntities, reconcileCollection } from './entities.js';
import { readStickies, readThreads, writeStickies, writeThreads } from './annotationStore.js';

export { orderedEntities } from './entities.js';
import { laneKey, orderedLanes, splitLaneKey } from './laneStore.js';
import {
  SCHEMA_VERSION,
  cardsOf,
  childArray,
  lanesOf,
  childMap,
  measuresOf,
  metaOf,
  personasOf,
  phasesOf,
  setField,
  stringField,
  touchpointsOf,
  type EntityMap,
} from './schema.js';

const DEFAULT_IMPORTANCE = 3;

function clampText(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function readExpectations(entity: EntityMap): Expectation[] {
  const value = entity.get('expectations');
  if (!(value instanceof Y.Array)) return [];
  const out: Expectation[] = [];
  for (const item of value.toArray() as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    out.push({
      category: oneOf<ExpectationCategory>(EXPECTATION_CATEGORIES, record.category, 'other'),
      text: clampText(typeof record.text === 'string' ? record.text : '', LIMITS.textLength),
    });
  }
  return out.slice(0, LIMITS.expectationsPerTouchpoint);
}

function readEmotions(entity: EntityMap, personaIds: Set<string>): Record<string, number> {
  const value = entity.get('emotions');
  if (!(value instanceof Y.Map)) return {};
  const entries: [string, number][] = [];
  // Persona order, not insertion order, so the output is deterministic across replicas.
  for (const personaId of personaIds) {
    const emotion: unknown = value.get(personaId);
    if (typeof emotion === 'number' && Number.isFinite(emotion)) {
      // `+ 0` turns -0 into 0, which JSON cannot tell apart anyway.
      entries.push([personaId, Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion)) + 0]);
    }
  }
  // fromEntries, not assignment: a persona id may be "__proto__".
  return Object.fromEntries(entries);
}

function readImportance(entity: EntityMap): number {
  const value = entity.get('importance');
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_IMPORTANCE;
  return Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(value)));
}

/**
 * Reads the live document as a map in the JSON format. Defensive: whatever a client wrote, the
 * result validates (unknown values fall back to defaults, touchpoints of a deleted phase go to
 * the first phase, references to deleted personas and touchpoints are dropped).
 */
export function docToMapDocument(doc: Y.Doc): MapDocument {
  const meta = metaOf(doc);
  const personas: Persona[] = orderedEntities(personasOf(doc))
    .slice(0, LIMITS.personas)
    .map(({ id, entity }) => {
      const persona: Persona = { id, name: clampText(stringField(entity, 'name'), LIMITS.nameLength) };
      const color = entity.get('color');
      if (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color)) persona.color = color;
      return persona;
    });
  const phases: Phase[] = orderedEntities(phasesOf(doc))
    .slice(0, LIMITS.phases)
    .map(({ id, entity }) => {
      const phase: Phase = { id, name: clampText(stringField(entity, 'name'), LIMITS.nameLength) };
      const width = entity.get('width');
      if (typeof width === 'number' && Number.isFinite(width)) {
        phase.width = Math.min(PHASE_WIDTH_MAX, Math.max(PHASE_WIDTH_MIN, Math.round(width)));
      }
      return phase;
    });
  const personaIds = new Set(personas.map((p) => p.id));
  const phaseIds = new Set(phases.map((p) => p.id));
  const fallbackPhase = phases[0]?.id;

  const touchpoints: Touchpoint[] = [];
  for (const { id, entity } of orderedEntities(touchpointsOf(doc))) {
    if (touchpoints.length >= LIMITS.touchpoints) break;
    const storedPhase = stringField(entity, 'phaseId');
    const phaseId = phaseIds.has(storedPhase) ? storedPhase : fallbackPhase;
    if (phaseId === undefined) continue;
    touchpoints.push({
      id,
      phaseId,
      title: clampText(stringField(entity, 'title'), LIMITS.nameLength),
      channel: oneOf<Channel>(CHANNELS, entity.get('channel'), 'other'),
      importance: readImportance(entity),
      momentOfTruth: entity.get('momentOfTruth') === true,
      metricKey: clampText(stringField(entity, 'metricKey'), LIMITS.nameLength),
      expectations: readExpectations(entity),
      emotions: readEmotions(entity, personaIds),
    });
  }
  const touchpointIds = new Set(touchpoints.map((tp) => tp.id));

  const measures: Measure[] = orderedEntities(measuresOf(doc))
    .slice(0, LIMITS.measures)
    .map(({ id, entity }) => {
      const linked = entity.get('touchpointIds');
      const ids = linked instanceof Y.Array ? (linked.toArray() as unknown[]) : [];
      const measure: Measure = {
        id,
        title: clampText(stringField(entity, 'title'), LIMITS.nameLength),
        touchpointIds: [...new Set(ids.filter((v): v is string => typeof v === 'string' && touchpointIds.has(v)))],
        status: oneOf<MeasureStatus>(MEASURE_STATUSES, entity.get('status'), 'planned'),
      };
      const owner = entity.get('owner');
      if (typeof owner === 'string') measure.owner = clampText(owner, LIMITS.nameLength);
      const dueDate = entity.get('dueDate');
      if (typeof dueDate === 'string' && isIsoDate(dueDate)) measure.dueDate = dueDate;
      return measure;
    });

  const map: MapDocument = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: clampText(stringField(meta, 'title'), LIMITS.nameLength),
    personas,
    phases,
    touchpoints,
    measures,
  };
  const lanes = readLanes(doc);
  if (lanes.length > 0) map.lanes = lanes;
  const cards = readCards(doc, lanes, phaseIds, fallbackPhase);
  if (cards.length > 0) map.cards = cards;
  const settings = readSettings(meta);
  if (settings) map.settings = settings;
  const stickies = readStickies(doc);
  if (stickies.length > 0) map.stickies = stickies;
  const threads = readThreads(doc, touchpointIds);
  if (threads.length > 0) map.threads = threads;
  return map;
}

function readSettings(meta: Y.Map<unknown>): MapSettings | undefined {
  const settings: MapSettings = {};
  const target = meta.get('csiTarget');
  if (typeof target === 'number' && target >= 0 && target <= 100) settings.csiTarget = target;
  const threshold = meta.get('declineThreshold');
  if (typeof threshold === 'number' && threshold > 0 && threshold <= 100) settings.declineThreshold = threshold;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function readLanes(doc: Y.Doc): Lane[] {
  const lanes: Lane[] = [];
  const seenKinds = new Set<LaneKind>();
  for (const { id, entity } of orderedLanes(lanesOf(doc))) {
    if (lanes.length >= LIMITS.lanes) break;
    const kind = entity.get('kind');
    if (typeof kind !== 'string' || !(LANE_KINDS as readonly string[]).includes(kind)) continue;
    const laneKind = kind as LaneKind;
    // Two people adding the same single lane at once: keep the first.
    if (!isCardLane(laneKind) && seenKinds.has(laneKind)) continue;
    seenKinds.add(laneKind);
    const lane: Lane = { id, kind: laneKind };
    const title = entity.get('title');
    if (typeof title === 'string') lane.title = clampText(title, LIMITS.nameLength);
    const hidden = entity.get('hidden');
    if (typeof hidden === 'boolean') lane.hidden = hidden;
    lanes.push(lane);
  }
  return lanes;
}

function readCards(doc: Y.Doc, lanes: Lane[], phaseIds: Set<string>, fallbackPhase: string | undefined): Card[] {
  const cardLanes = new Set(lanes.filter((lane) => isCardLane(lane.kind)).map((lane) => lane.id));
  const cards: Card[] = [];
  for (const { id, entity } of orderedEntities(cardsOf(doc))) {
    if (cards.length >= LIMITS.cards) break;
    const laneId = stringField(entity, 'laneId');
    if (!cardLanes.has(laneId)) continue;
    const storedPhase = stringField(entity, 'phaseId');
    const phaseId = phaseIds.has(storedPhase) ? storedPhase : fallbackPhase;
    if (phaseId === undefined) continue;
    const card: Card = { id, laneId, phaseId, text: clampText(stringField(entity, 'text'), LIMITS.textLength) };
    const color = entity.get('color');
    if (typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color)) card.color = color;
    cards.push(card);
  }
  return cards;
}

/** Makes the flat lane map hold exactly `lanes`, in this order (see schema.ts). */
function reconcileLanes(store: Y.Map<unknown>, lanes: readonly Lane[]): void {
  const wanted = new Set(lanes.map((lane) => lane.id));
  for (const key of [...store.keys()]) {
    const { laneId } = splitLaneKey(key);
    if (!wanted.has(laneId)) store.delete(key);
  }
  let previous: string | null = null;
  const existing = new Map(orderedLanes(store).map((lane) => [lane.id, lane.order]));
  for (const lane of lanes) {
    const current = existing.get(lane.id) ?? '';
    const keep: boolean = current !== '' && (previous === null || current > previous) && isValidKey(current);
    const order: string = keep ? current : keyBetween(previous, null);
    previous = order;
    const fields = { kind: lane.kind, title: lane.title, hidden: lane.hidden, order };
    for (const [field, value] of Object.entries(fields)) {
      const key = laneKey(lane.id, field);
      if (value === undefined) {
        if (store.has(key)) store.delete(key);
      } else if (store.get(key) !== value) store.set(key, value);
    }
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replaces the contents of a Y.Array when they differ. */
function replaceArray<T>(array: Y.Array<T>, items: readonly T[]): void {
  if (sameJson(array.toArray(), items)) return;
  array.delete(0, array.length);
  array.insert(0, [...items]);
}

function writeTouchpoint(entity: EntityMap, tp: Touchpoint): void {
  setField(entity, 'phaseId', tp.phaseId);
  setField(entity, 'title', tp.title);
  setField(entity, 'channel', tp.channel);
  setField(entity, 'importance', tp.importance);
  setField(entity, 'momentOfTruth', tp.momentOfTruth);
  setField(entity, 'metricKey', tp.metricKey);
  replaceArray(
    childArray<Expectation>(entity, 'expectations'),
    tp.expectations.map((e) => ({ category: e.category, text: e.text })),
  );
  const emotions = childMap<number>(entity, 'emotions');
  for (const key of [...emotions.keys()]) {
    if (!(key in tp.emotions)) emotions.delete(key);
  }
  for (const [personaId, value] of Object.entries(tp.emotions)) {
    if (emotions.get(personaId) !== value) emotions.set(personaId, value);
  }
}

/**
 * Makes the document hold exactly `map` (already validated), as one transaction: applied to a
 * live document, every connected editor sees the whole change at once.
 */
export function applyMapDocument(doc: Y.Doc, map: MapDocument, origin?: unknown): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    setField(meta, 'title', map.title);
    setField(meta, 'schemaVersion', SCHEMA_VERSION);
    setField(meta, 'csiTarget', map.settings?.csiTarget);
    setField(meta, 'declineThreshold', map.settings?.declineThreshold);
    reconcileCollection(personasOf(doc), map.personas, (entity, persona) => {
      setField(entity, 'name', persona.name);
      setField(entity, 'color', persona.color);
    });
    reconcileCollection(phasesOf(doc), map.phases, (entity, phase) => {
      setField(entity, 'name', phase.name);
      setField(entity, 'width', phase.width);
    });
    reconcileCollection(touchpointsOf(doc), map.touchpoints, writeTouchpoint);
    reconcileCollection(measuresOf(doc), map.measures, (entity, measure) => {
      setField(entity, 'title', measure.title);
      setField(entity, 'status', measure.status);
      setField(entity, 'owner', measure.owner);
      setField(entity, 'dueDate', measure.dueDate);
      replaceArray(childArray<string>(entity, 'touchpointIds'), measure.touchpointIds);
    });
    reconcileLanes(lanesOf(doc), map.lanes ?? []);
    reconcileCollection(cardsOf(doc), map.cards ?? [], (entity, card) => {
      setField(entity, 'laneId', card.laneId);
      setField(entity, 'phaseId', card.phaseId);
      setField(entity, 'text', card.text);
      setField(entity, 'color', card.color);
    });
    writeStickies(doc, map.stickies ?? []);
    writeThreads(doc, map.threads ?? []);
  }, origin);
}

/** A new Y.Doc holding `map`. */
export function mapDocumentToDoc(map: MapDocument): Y.Doc {
  const doc = new Y.Doc();
  applyMapDocument(doc, map);
  return doc;
}

import type { Card, Lane, MapDocument, Measure, Persona, Phase, Touchpoint } from '../map/format.js';
import { effectiveLanes } from '../map/laneMutations.js';
import type { CsiSnapshot } from './csiSnapshot.js';

/** The touchpoint fields a comparison reports; emotions are compared per persona instead. */
export const TOUCHPOINT_FIELDS = ['title', 'phaseId', 'channel', 'importance', 'momentOfTruth', 'metricKey', 'expectations'] as const;
export type TouchpointField = (typeof TOUCHPOINT_FIELDS)[number];
export const MEASURE_FIELDS = ['title', 'status', 'owner', 'dueDate', 'touchpointIds'] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];
export const CARD_FIELDS = ['text', 'laneId', 'phaseId', 'color'] as const;
export type CardField = (typeof CARD_FIELDS)[number];
export const LANE_FIELDS = ['title', 'hidden'] as const;
export type LaneField = (typeof LANE_FIELDS)[number];

/** One field of one entity, before and after (undefined: the field was not set). */
export interface FieldChange<F extends string> {
  field: F;
  before: unknown;
  after: unknown;
}

/** An entity present on both sides whose fields differ; `label` is its name on the later side. */
export interface ChangedEntity<F extends string> {
  id: string;
  label: string;
  changes: FieldChange<F>[];
}

/** What happened to one collection between two versions; `label` is the title, name or text. */
export interface CollectionDiff<F extends string> {
  added: { id: string; label: string }[];
  removed: { id: string; label: string }[];
  changed: ChangedEntity<F>[];
  /** Whether the entities on both sides stand in another order. */
  reordered: boolean;
}

/** A persona's emotion at a touchpoint on both sides (null: not set). */
export interface EmotionChange {
  touchpointId: string;
  touchpoint: string;
  personaId: string;
  persona: string;
  before: number | null;
  after: number | null;
  /** after − before when both are set. */
  delta: number | null;
}

/** A touchpoint's CSI on both sides (null: not measured in that snapshot's period). */
export interface CsiChange {
  touchpointId: string;
  touchpoint: string;
  before: number | null;
  after: number | null;
  delta: number | null;
}

/** Everything that differs between two map documents, in the order of the later one. */
export interface MapComparison {
  title: { before: string; after: string } | null;
  phases: CollectionDiff<'name' | 'width'>;
  personas: CollectionDiff<'name' | 'color'>;
  touchpoints: CollectionDiff<TouchpointField>;
  measures: CollectionDiff<MeasureField>;
  lanes: CollectionDiff<LaneField>;
  cards: CollectionDiff<CardField>;
  emotions: EmotionChange[];
  /** Null when either side has no CSI snapshot. */
  csi: { periodBefore: string | null; periodAfter: string | null; changes: CsiChange[] } | null;
  settings: FieldChange<'csiTarget' | 'declineThreshold'>[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** An own value of a record: ids such as "constructor" must not find Object's members. */
function own(record: Record<string, number>, key: string): number | null {
  return Object.hasOwn(record, key) ? record[key]! : null;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Compares two lists of entities by id; `label` names an entity, `fields` are compared in order. */
function diffCollection<T extends { id: string }, F extends string>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly F[],
  label: (item: T) => string,
): CollectionDiff<F> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const diff: CollectionDiff<F> = { added: [], removed: [], changed: [], reordered: false };
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      diff.added.push({ id: item.id, label: label(item) });
      continue;
    }
    const changes: FieldChange<F>[] = [];
    for (const field of fields) {
      const a = (old as Record<string, unknown>)[field];
      const b = (item as Record<string, unknown>)[field];
      if (!same(a, b)) changes.push({ field, before: a, after: b });
    }
    if (changes.length > 0) diff.changed.push({ id: item.id, label: label(item), changes });
  }
  for (const item of before) {
    if (!afterIds.has(item.id)) diff.removed.push({ id: item.id, label: label(item) });
  }
  const keptBefore = before.filter((item) => afterIds.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  diff.reordered = keptBefore.some((id, index) => keptAfter[index] !== id);
  return diff;
}

function emotionChanges(before: MapDocument, after: MapDocument): EmotionChange[] {
  const beforeById = new Map(before.touchpoints.map((tp) => [tp.id, tp]));
  const personaNames = new Map<string, string>();
  for (const persona of [...before.personas, ...after.personas]) personaNames.set(persona.id, persona.name);
  // Persona order of the later map first, then personas that only the earlier one had.
  const personaOrder = [...new Set([...after.personas, ...before.personas].map((p) => p.id))];
  const changes: EmotionChange[] = [];
  for (const tp of after.touchpoints) {
    const old = beforeById.get(tp.id);
    if (!old) continue;
    for (const personaId of personaOrder) {
      const a = own(old.emotions, personaId);
      const b = own(tp.emotions, personaId);
      if (a === b) continue;
      changes.push({
        touchpointId: tp.id,
        touchpoint: tp.title,
        personaId,
        persona: personaNames.get(personaId) ?? personaId,
        before: a,
        after: b,
        delta: a !== null && b !== null ? round2(b - a) : null,
      });
    }
  }
  return changes;
}

function csiChanges(before: MapDocument, after: MapDocument, csiBefore: CsiSnapshot, csiAfter: CsiSnapshot): CsiChange[] {
  const titles = new Map<string, string>();
  for (const tp of [...before.touchpoints, ...after.touchpoints]) titles.set(tp.id, tp.title);
  const ids = [...new Set([...after.touchpoints, ...before.touchpoints].map((tp) => tp.id))];
  const changes: CsiChange[] = [];
  for (const id of ids) {
    const a = own(csiBefore.values, id);
    const b = own(csiAfter.values, id);
    if (a === b) continue;
    changes.push({ touchpointId: id, touchpoint: titles.get(id) ?? id, before: a, after: b, delta: a !== null && b !== null ? round2(b - a) : null });
  }
  return changes;
}

const touchpointLabel = (tp: Touchpoint) => tp.title;
const phaseLabel = (phase: Phase) => phase.name;
const personaLabel = (persona: Persona) => persona.name;
const measureLabel = (measure: Measure) => measure.title;
const laneLabel = (lane: Lane) => lane.title ?? lane.kind;
const cardLabel = (card: Card) => card.text;

/**
 * What changed from `before` to `after` (two versions, or a version and the live map): entities
 * added, removed and changed field by field, emotions per touchpoint and persona, and — when
 * both sides come with the CSI measured at their time — the CSI per touchpoint. Pure.
 */
export function compareMaps(before: MapDocument, after: MapDocument, csiBefore?: CsiSnapshot | null, csiAfter?: CsiSnapshot | null): MapComparison {
  const settings: FieldChange<'csiTarget' | 'declineThreshold'>[] = [];
  for (const field of ['csiTarget', 'declineThreshold'] as const) {
    const a = before.settings?.[field];
    const b = after.settings?.[field];
    if (a !== b) settings.push({ field, before: a, after: b });
  }
  return {
    title: before.title === after.title ? null : { before: before.title, after: after.title },
    phases: diffCollection(before.phases, after.phases, ['name', 'width'] as const, phaseLabel),
    personas: diffCollection(before.personas, after.personas, ['name', 'color'] as const, personaLabel),
    touchpoints: diffCollection(before.touchpoints, after.touchpoints, TOUCHPOINT_FIELDS, touchpointLabel),
    measures: diffCollection(before.measures, after.measures, MEASURE_FIELDS, measureLabel),
    // A map that never changed its lanes shows the default ones: the same lanes as written out.
    lanes: diffCollection(effectiveLanes(before), effectiveLanes(after), LANE_FIELDS, laneLabel),
    cards: diffCollection(before.cards ?? [], after.cards ?? [], CARD_FIELDS, cardLabel),
    emotions: emotionChanges(before, after),
    csi:
      csiBefore && csiAfter
        ? { periodBefore: csiBefore.period, periodAfter: csiAfter.period, changes: csiChanges(before, after, csiBefore, csiAfter) }
        : null,
    settings,
  };
}

function collectionSize(diff: CollectionDiff<string>): number {
  return diff.added.length + diff.removed.length + diff.changed.length + (diff.reordered ? 1 : 0);
}

/** How many differences a comparison holds (0: the two sides are the same). */
export function differenceCount(comparison: MapComparison): number {
  return (
    (comparison.title ? 1 : 0) +
    collectionSize(comparison.phases) +
    collectionSize(comparison.personas) +
    collectionSize(comparison.touchpoints) +
    collectionSize(comparison.measures) +
    collectionSize(comparison.lanes) +
    collectionSize(comparison.cards) +
    comparison.emotions.length +
    (comparison.csi?.changes.length ?? 0) +
    comparison.settings.length
  );
}

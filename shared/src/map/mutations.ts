import * as Y from 'yjs';
import { orderedEntities } from './convert.js';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  PHASE_WIDTH_MAX,
  PHASE_WIDTH_MIN,
  type Channel,
  type Expectation,
  type MeasureStatus,
} from './format.js';
import { newId } from './ids.js';
import { keyForIndex } from './order.js';
import {
  cardsOf,
  childArray,
  childMap,
  entityOf,
  measuresOf,
  metaOf,
  personasOf,
  phasesOf,
  setField,
  stringField,
  touchpointsOf,
  type EntityCollection,
} from './schema.js';

/**
 * Every mutation is `(doc, args, origin?) => result`, runs in one doc.transact and tolerates
 * targets that a colleague deleted a moment ago (it then does nothing). `origin` lets the
 * client's Y.UndoManager track only its own changes.
 */

/** Colours for new personas: the Okabe-Ito palette, distinguishable with colour-blindness. */
export const PERSONA_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

function appendKey(collection: EntityCollection): string {
  const siblings = orderedEntities(collection);
  return keyForIndex(siblings, siblings.length);
}

export function setTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  doc.transact(() => setField(metaOf(doc), 'title', title), origin);
}

/** Sets how measurements are judged (CSI target, decline threshold); null restores the default. */
export function setInsightSettings(
  doc: Y.Doc,
  patch: { csiTarget?: number | null; declineThreshold?: number | null },
  origin?: unknown,
): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    if (patch.csiTarget !== undefined) {
      setField(meta, 'csiTarget', patch.csiTarget === null ? undefined : Math.min(100, Math.max(0, patch.csiTarget)));
    }
    if (patch.declineThreshold !== undefined) {
      const value = patch.declineThreshold;
      setField(meta, 'declineThreshold', value === null || !(value > 0) ? undefined : Math.min(100, value));
    }
  }, origin);
}

/**
 * Tells every open editor that the measurements of the map changed (they live in the database,
 * not in the document), so that overlays reload them.
 */
export function bumpMeasurementsRevision(doc: Y.Doc, origin?: unknown): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    const current = meta.get('measurementsRevision');
    meta.set('measurementsRevision', (typeof current === 'number' ? current : 0) + 1);
  }, origin);
}

/** The measurements revision (0 before any import). */
export function measurementsRevision(doc: Y.Doc): number {
  const value = metaOf(doc).get('measurementsRevision');
  return typeof value === 'number' ? value : 0;
}

// ---------------------------------------------------------------- phases

/** Adds a phase at `index` (default: at the end) and returns its id. */
export function addPhase(doc: Y.Doc, args: { name: string; index?: number }, origin?: unknown): string {
  const id = newId('ph');
  doc.transact(() => {
    const phases = phasesOf(doc);
    const siblings = orderedEntities(phases);
    const entity = new Y.Map<unknown>();
    entity.set('name', args.name);
    entity.set('order', keyForIndex(siblings, args.index ?? siblings.length));
    phases.set(id, entity);
  }, origin);
  return id;
}

/** Sets a phase's column width (clamped), or back to the default with null. */
export function setPhaseWidth(doc: Y.Doc, id: string, width: number | null, origin?: unknown): void {
  doc.transact(() => {
    const phase = entityOf(phasesOf(doc), id);
    if (!phase) return;
    const value = width === null ? undefined : Math.min(PHASE_WIDTH_MAX, Math.max(PHASE_WIDTH_MIN, Math.round(width)));
    setField(phase, 'width', value);
  }, origin);
}

export function renamePhase(doc: Y.Doc, id: string, name: string, origin?: unknown): void {
  doc.transact(() => {
    const phase = entityOf(phasesOf(doc), id);
    if (phase) setField(phase, 'name', name);
  }, origin);
}

/** Moves a phase to position `index` in journey order. */
export function movePhase(doc: Y.Doc, id: string, index: number, origin?: unknown): void {
  doc.transact(() => {
    const phase = entityOf(phasesOf(doc), id);
    if (!phase) return;
    const siblings = orderedEntities(phasesOf(doc)).filter((p) => p.id !== id);
    setField(phase, 'order', keyForIndex(siblings, index));
  }, origin);
}

/** What happens to the touchpoints of a deleted phase: deleted too, or moved to another phase. */
export type PhaseDeletion = { touchpoints: 'delete' } | { touchpoints: 'move'; toPhaseId: string };

/** Touchpoint ids in a phase, in journey order. */
export function touchpointIdsInPhase(doc: Y.Doc, phaseId: string): string[] {
  return orderedEntities(touchpointsOf(doc))
    .filter(({ entity }) => stringField(entity, 'phaseId') === phaseId)
    .map(({ id }) => id);
}

export function deletePhase(doc: Y.Doc, id: string, deletion: PhaseDeletion, origin?: unknown): void {
  doc.transact(() => {
    const phases = phasesOf(doc);
    if (!phases.has(id)) return;
    const inPhase = touchpointIdsInPhase(doc, id);
    const cards = cardsOf(doc);
    const cardsInPhase = [...cards.entries()].filter(([, card]) => card instanceof Y.Map && card.get('phaseId') === id);
    if (deletion.touchpoints === 'move' && deletion.toPhaseId !== id && phases.has(deletion.toPhaseId)) {
      for (const tpId of inPhase) moveTouchpoint(doc, tpId, { phaseId: deletion.toPhaseId }, origin);
      for (const [, card] of cardsInPhase) card.set('phaseId', deletion.toPhaseId);
    } else {
      for (const tpId of inPhase) deleteTouchpoint(doc, tpId, origin);
      for (const [cardId] of cardsInPhase) cards.delete(cardId);
    }
    phases.delete(id);
  }, origin);
}

// ---------------------------------------------------------------- touchpoints

export interface TouchpointFields {
  title: string;
  channel: Channel;
  importance: number;
  momentOfTruth: boolean;
  metricKey: string;
}

/** The global order key that puts a touchpoint at `index` among the touchpoints of `phaseId`. */
function touchpointKey(doc: Y.Doc, phaseId: string, index: number | undefined, excludeId?: string): string {
  const all = orderedEntities(touchpointsOf(doc)).filter((tp) => tp.id !== excludeId);
  const inPhase = all.filter(({ entity }) => stringField(entity, 'phaseId') === phaseId);
  if (inPhase.length === 0) {
    // An empty phase: place it after the touchpoints of earlier phases, keeping JSON order tidy.
    const phaseOrder = orderedEntities(phasesOf(doc)).map((p) => p.id);
    const position = phaseOrder.indexOf(phaseId);
    const earlier = new Set(phaseOrder.slice(0, Math.max(0, position)));
    const before = all.filter(({ entity }) => earlier.has(stringField(entity, 'phaseId')));
    const last = before[before.length - 1];
    const lastIndex = last ? all.indexOf(last) + 1 : 0;
    return keyForIndex(all, lastIndex);
  }
  const target = Math.max(0, Math.min(index ?? inPhase.length, inPhase.length));
  // Position in the global list: right after the previous in-phase sibling, or before the next.
  const anchorIndex = target > 0 ? all.indexOf(inPhase[target - 1]!) + 1 : all.indexOf(inPhase[0]!);
  return keyForIndex(all, anchorIndex);
}

/** Adds a touchpoint to a phase at `index` (default: last) and returns its id. */
export function addTouchpoint(
  doc: Y.Doc,
  args: { phaseId: string; index?: number; expectations?: Expectation[]; emotions?: Record<string, number> } & Partial<TouchpointFields>,
  origin?: unknown,
): string {
  const id = newId('tp');
  doc.transact(() => {
    if (!phasesOf(doc).has(args.phaseId)) return;
    const entity = new Y.Map<unknown>();
    entity.set('phaseId', args.phaseId);
    entity.set('order', touchpointKey(doc, args.phaseId, args.index));
    entity.set('title', args.title ?? '');
    entity.set('channel', args.channel ?? 'other');
    entity.set('importance', clampImportance(args.importance ?? 3));
    entity.set('momentOfTruth', args.momentOfTruth ?? false);
    entity.set('metricKey', args.metricKey ?? '');
    const expectations = new Y.Array<Expectation>();
    expectations.push((args.expectations ?? []).map((e) => ({ category: e.category, text: e.text })));
    entity.set('expectations', expectations);
    const emotions = new Y.Map<number>();
    const personas = personasOf(doc);
    for (const [personaId, value] of Object.entries(args.emotions ?? {})) {
      if (personas.has(personaId) && Number.isFinite(value)) {
        emotions.set(personaId, Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value)));
      }
    }
    entity.set('emotions', emotions);
    touchpointsOf(doc).set(id, entity);
  }, origin);
  return id;
}

function clampImportance(value: number): number {
  return Math.min(IMPORTANCE_MAX, Math.max(IMPORTANCE_MIN, Math.round(value)));
}

/** Changes scalar fields of a touchpoint; only the given fields are written. */
export function updateTouchpoint(doc: Y.Doc, id: string, patch: Partial<TouchpointFields>, origin?: unknown): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), id);
    if (!tp) return;
    if (patch.title !== undefined) setField(tp, 'title', patch.title);
    if (patch.channel !== undefined) setField(tp, 'channel', patch.channel);
    if (patch.importance !== undefined) setField(tp, 'importance', clampImportance(patch.importance));
    if (patch.momentOfTruth !== undefined) setField(tp, 'momentOfTruth', patch.momentOfTruth);
    if (patch.metricKey !== undefined) setField(tp, 'metricKey', patch.metricKey);
  }, origin);
}

/** Moves a touchpoint to `index` within a phase (default: last); only phaseId and order change. */
export function moveTouchpoint(
  doc: Y.Doc,
  id: string,
  to: { phaseId: string; index?: number },
  origin?: unknown,
): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), id);
    if (!tp || !phasesOf(doc).has(to.phaseId)) return;
    setField(tp, 'order', touchpointKey(doc, to.phaseId, to.index, id));
    setField(tp, 'phaseId', to.phaseId);
  }, origin);
}

/**
 * Copies touchpoints (all fields, expectations and emotions), each right below its original;
 * returns the new ids in the same order.
 */
export function duplicateTouchpoints(doc: Y.Doc, ids: readonly string[], origin?: unknown): string[] {
  const created: string[] = [];
  doc.transact(() => {
    for (const id of ids) {
      const tp = entityOf(touchpointsOf(doc), id);
      if (!tp) continue;
      const phaseId = stringField(tp, 'phaseId');
      const index = touchpointIdsInPhase(doc, phaseId).indexOf(id) + 1;
      const expectations = tp.get('expectations');
      const emotions = tp.get('emotions');
      created.push(
        addTouchpoint(
          doc,
          {
            phaseId,
            index,
            title: stringField(tp, 'title'),
            channel: tp.get('channel') as Channel,
            importance: typeof tp.get('importance') === 'number' ? (tp.get('importance') as number) : 3,
            momentOfTruth: tp.get('momentOfTruth') === true,
            metricKey: stringField(tp, 'metricKey'),
            expectations: expectations instanceof Y.Array ? (expectations.toArray() as Expectation[]) : [],
            emotions: emotions instanceof Y.Map ? (emotions.toJSON() as Record<string, number>) : {},
          },
          origin,
        ),
      );
    }
  }, origin);
  return created;
}

/** Deletes a touchpoint and its links from measures. */
export function deleteTouchpoint(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    const touchpoints = touchpointsOf(doc);
    if (!touchpoints.has(id)) return;
    touchpoints.delete(id);
    measuresOf(doc).forEach((measure) => {
      if (!(measure instanceof Y.Map)) return;
      const links = measure.get('touchpointIds');
      if (!(links instanceof Y.Array)) return;
      for (let i = links.length - 1; i >= 0; i--) if (links.get(i) === id) links.delete(i, 1);
    });
  }, origin);
}

/** Sets a persona's emotion (−2…+2) at a touchpoint; null removes it. */
export function setEmotion(
  doc: Y.Doc,
  touchpointId: string,
  personaId: string,
  value: number | null,
  origin?: unknown,
): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), touchpointId);
    if (!tp || !personasOf(doc).has(personaId)) return;
    const emotions = childMap<number>(tp, 'emotions');
    if (value === null || !Number.isFinite(value)) emotions.delete(personaId);
    else {
      const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value));
      if (emotions.get(personaId) !== clamped) emotions.set(personaId, clamped);
    }
  }, origin);
}

export function addExpectation(doc: Y.Doc, touchpointId: string, expectation: Expectation, origin?: unknown): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), touchpointId);
    if (tp) childArray<Expectation>(tp, 'expectations').push([{ ...expectation }]);
  }, origin);
}

export function updateExpectation(
  doc: Y.Doc,
  touchpointId: string,
  index: number,
  expectation: Expectation,
  origin?: unknown,
): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), touchpointId);
    if (!tp) return;
    const list = childArray<Expectation>(tp, 'expectations');
    if (index < 0 || index >= list.length) return;
    list.delete(index, 1);
    list.insert(index, [{ ...expectation }]);
  }, origin);
}

export function removeExpectation(doc: Y.Doc, touchpointId: string, index: number, origin?: unknown): void {
  doc.transact(() => {
    const tp = entityOf(touchpointsOf(doc), touchpointId);
    if (!tp) return;
    const list = childArray<Expectation>(tp, 'expectations');
    if (index >= 0 && index < list.length) list.delete(index, 1);
  }, origin);
}

// ---------------------------------------------------------------- personas

/** Adds a persona (with the next free palette colour unless given) and returns its id. */
export function addPersona(doc: Y.Doc, args: { name: string; color?: string }, origin?: unknown): string {
  const id = newId('pe');
  doc.transact(() => {
    const personas = personasOf(doc);
    const used = new Set<unknown>();
    personas.forEach((p) => used.add(p instanceof Y.Map ? p.get('color') : undefined));
    const entity = new Y.Map<unknown>();
    entity.set('name', args.name);
    entity.set('color', args.color ?? PERSONA_COLORS.find((c) => !used.has(c)) ?? PERSONA_COLORS[0]);
    entity.set('order', appendKey(personas));
    personas.set(id, entity);
  }, origin);
  return id;
}

export function updatePersona(
  doc: Y.Doc,
  id: string,
  patch: { name?: string; color?: string },
  origin?: unknown,
): void {
  doc.transact(() => {
    const persona = entityOf(personasOf(doc), id);
    if (!persona) return;
    if (patch.name !== undefined) setField(persona, 'name', patch.name);
    if (patch.color !== undefined) setField(persona, 'color', patch.color);
  }, origin);
}

/** Deletes a persona together with its emotions on every touchpoint. */
export function deletePersona(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    personasOf(doc).delete(id);
    touchpointsOf(doc).forEach((tp) => {
      if (!(tp instanceof Y.Map)) return;
      const emotions = tp.get('emotions');
      if (emotions instanceof Y.Map && emotions.has(id)) emotions.delete(id);
    });
  }, origin);
}

// ---------------------------------------------------------------- measures

export function addMeasure(
  doc: Y.Doc,
  args: { title: string; touchpointIds?: string[]; status?: MeasureStatus; owner?: string; dueDate?: string },
  origin?: unknown,
): string {
  const id = newId('me');
  doc.transact(() => {
    const measures = measuresOf(doc);
    const entity = new Y.Map<unknown>();
    entity.set('title', args.title);
    entity.set('status', args.status ?? 'planned');
    if (args.owner !== undefined) entity.set('owner', args.owner);
    if (args.dueDate !== undefined) entity.set('dueDate', args.dueDate);
    entity.set('order', appendKey(measures));
    const links = new Y.Array<string>();
    links.push([...new Set(args.touchpointIds ?? [])]);
    entity.set('touchpointIds', links);
    measures.set(id, entity);
  }, origin);
  return id;
}

/** Changes fields of a measure; `null` clears the owner or due date. */
export function updateMeasure(
  doc: Y.Doc,
  id: string,
  patch: { title?: string; status?: MeasureStatus; owner?: string | null; dueDate?: string | null },
  origin?: unknown,
): void {
  doc.transact(() => {
    const measure = entityOf(measuresOf(doc), id);
    if (!measure) return;
    if (patch.title !== undefined) setField(measure, 'title', patch.title);
    if (patch.status !== undefined) setField(measure, 'status', patch.status);
    if (patch.owner !== undefined) setField(measure, 'owner', patch.owner ?? undefined);
    if (patch.dueDate !== undefined) setField(measure, 'dueDate', patch.dueDate ?? undefined);
  }, origin);
}

/** Links or unlinks a touchpoint to a measure. */
export function setMeasureLink(
  doc: Y.Doc,
  measureId: string,
  touchpointId: string,
  linked: boolean,
  origin?: unknown,
): void {
  doc.transact(() => {
    const measure = entityOf(measuresOf(doc), measureId);
    if (!measure) return;
    const links = childArray<string>(measure, 'touchpointIds');
    const index = links.toArray().indexOf(touchpointId);
    if (linked && index < 0 && touchpointsOf(doc).has(touchpointId)) links.push([touchpointId]);
    if (!linked && index >= 0) links.delete(index, 1);
  }, origin);
}

export function deleteMeasure(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    measuresOf(doc).delete(id);
  }, origin);
}

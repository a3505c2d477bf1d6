import type { MapComparison, MapDocument } from '../../../shared/src/index.js';
import type { MessageKey } from '../i18n/en.js';
import type { Translate } from '../i18n/translate.js';

/** The sections of a comparison that list entities, in the order they are shown. */
export const COMPARED_COLLECTIONS = ['touchpoints', 'phases', 'personas', 'measures', 'cards', 'lanes'] as const;
export type ComparedCollection = (typeof COMPARED_COLLECTIONS)[number];

const FIELD_NAMES: Record<string, MessageKey> = {
  title: 'history.field.title',
  name: 'history.field.name',
  phaseId: 'history.field.phase',
  channel: 'history.field.channel',
  importance: 'history.field.importance',
  momentOfTruth: 'history.field.momentOfTruth',
  metricKey: 'history.field.metricKey',
  expectations: 'history.field.expectations',
  width: 'history.field.width',
  color: 'history.field.color',
  status: 'history.field.status',
  owner: 'history.field.owner',
  dueDate: 'history.field.dueDate',
  touchpointIds: 'history.field.touchpointIds',
  text: 'history.field.text',
  laneId: 'history.field.lane',
  hidden: 'history.field.hidden',
  csiTarget: 'history.field.csiTarget',
  declineThreshold: 'history.field.declineThreshold',
};

/** The name of a field in the reader's language. */
export function fieldName(field: string, t: Translate): string {
  const key = FIELD_NAMES[field];
  return key ? t(key) : field;
}

/**
 * A field's value as people read it ("Purchase" for a phase id, "web" as its channel name, "yes"
 * for true), or null when a list (expectations, linked touchpoints) says more as a count.
 */
export function fieldValue(field: string, value: unknown, t: Translate, maps: readonly MapDocument[]): string {
  if (value === undefined || value === null || value === '') return t('history.value.none');
  if (field === 'phaseId') {
    for (const map of maps) {
      const phase = map.phases.find((p) => p.id === value);
      if (phase) return phase.name;
    }
  }
  if (field === 'laneId') {
    for (const map of maps) {
      const lane = (map.lanes ?? []).find((l) => l.id === value);
      if (lane) return lane.title ?? t(`lane.kind.${lane.kind}`);
    }
  }
  if (field === 'channel' && typeof value === 'string') return t(`channel.${value}` as MessageKey);
  if (field === 'status' && typeof value === 'string') return t(`status.${value}` as MessageKey);
  if (typeof value === 'boolean') return t(value ? 'history.value.yes' : 'history.value.no');
  if (Array.isArray(value)) return t('history.value.items', { count: value.length });
  return String(value);
}

/** A signed difference with an arrow: "▲ +3.5", "▼ −2", "±0". */
export function formatDelta(delta: number, format: (value: number) => string = String): string {
  if (delta > 0) return `▲ +${format(delta)}`;
  if (delta < 0) return `▼ −${format(-delta)}`;
  return '±0';
}

/** How many entries each section has, for the summary at the top. */
export function comparisonCounts(comparison: MapComparison): { added: number; removed: number; changed: number } {
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const collection of COMPARED_COLLECTIONS) {
    const diff = comparison[collection];
    added += diff.added.length;
    removed += diff.removed.length;
    changed += diff.changed.length;
  }
  return { added, removed, changed };
}

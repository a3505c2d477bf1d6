import { describe, expect, it } from 'vitest';
import automotive from '../templates/automotive.json';
import type { MapDocument, Touchpoint } from '../map/format.js';
import { compareMaps, differenceCount } from './compare.js';
import { csiSnapshot } from './csiSnapshot.js';

const demo = automotive as MapDocument;
const copy = (): MapDocument => structuredClone(demo);

function touchpoint(id: string, phaseId: string, title: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, phaseId, title, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {}, ...extra };
}

describe('compareMaps', () => {
  it('finds nothing between a map and itself', () => {
    const comparison = compareMaps(demo, copy());
    expect(differenceCount(comparison)).toBe(0);
    expect(comparison.title).toBeNull();
    expect(comparison.touchpoints).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect(comparison.emotions).toEqual([]);
    expect(comparison.csi).toBeNull();
  });

  it('lists touchpoints added and removed with their titles, in the order of each side', () => {
    const after = copy();
    const removed = after.touchpoints.splice(1, 1)[0]!;
    after.touchpoints.push(touchpoint('tp-new', 'ph-service', 'Service app'));
    after.touchpoints.splice(0, 0, touchpoint('tp-first', 'ph-inform', 'Radio ad'));
    const { touchpoints } = compareMaps(demo, after);
    expect(touchpoints.added).toEqual([
      { id: 'tp-first', label: 'Radio ad' },
      { id: 'tp-new', label: 'Service app' },
    ]);
    expect(touchpoints.removed).toEqual([{ id: removed.id, label: removed.title }]);
    expect(touchpoints.changed).toEqual([]);
    // Inserting and removing others does not count as reordering the rest.
    expect(touchpoints.reordered).toBe(false);
  });

  it('names every changed field of a touchpoint with both values', () => {
    const after = copy();
    const tp = after.touchpoints[0]!;
    tp.title = 'Brand website';
    tp.importance = 5;
    tp.phaseId = 'ph-book';
    tp.momentOfTruth = true;
    tp.expectations = [];
    const { touchpoints } = compareMaps(demo, after);
    expect(touchpoints.changed).toHaveLength(1);
    const changed = touchpoints.changed[0]!;
    expect(changed.id).toBe(tp.id);
    expect(changed.label).toBe('Brand website');
    expect(changed.changes.map((c) => c.field)).toEqual(['title', 'phaseId', 'importance', 'momentOfTruth', 'expectations']);
    expect(changed.changes[0]).toEqual({ field: 'title', before: demo.touchpoints[0]!.title, after: 'Brand website' });
    expect(changed.changes[2]).toEqual({ field: 'importance', before: 4, after: 5 });
  });

  it('reports a reorder of the same touchpoints', () => {
    const after = copy();
    [after.touchpoints[0], after.touchpoints[1]] = [after.touchpoints[1]!, after.touchpoints[0]!];
    const comparison = compareMaps(demo, after);
    expect(comparison.touchpoints.reordered).toBe(true);
    expect(comparison.touchpoints.changed).toEqual([]);
    expect(differenceCount(comparison)).toBe(1);
  });

  it('compares emotions per touchpoint and persona, with the delta when both are set', () => {
    const after = copy();
    after.touchpoints[0]!.emotions = { 'pe-anna': -2 };
    const { emotions, touchpoints } = compareMaps(demo, after);
    expect(emotions).toEqual([
      { touchpointId: 'tp-homepage', touchpoint: 'Research on the brand homepage', personaId: 'pe-anna', persona: 'Anna, 34, first family car', before: 1, after: -2, delta: -3 },
      { touchpointId: 'tp-homepage', touchpoint: 'Research on the brand homepage', personaId: 'pe-thomas', persona: 'Thomas, 58, loyal brand customer', before: 0, after: null, delta: null },
    ]);
    // Emotions are reported on their own, not as a changed touchpoint field.
    expect(touchpoints.changed).toEqual([]);
  });

  it('leaves the emotions of added and removed touchpoints to the touchpoint lists', () => {
    const after = copy();
    after.touchpoints.shift();
    after.touchpoints.push(touchpoint('tp-x', 'ph-service', 'X', { emotions: { 'pe-anna': 2 } }));
    expect(compareMaps(demo, after).emotions).toEqual([]);
  });

  it('names a removed persona from the earlier map', () => {
    const after = copy();
    after.personas = after.personas.filter((p) => p.id !== 'pe-thomas');
    for (const tp of after.touchpoints) delete tp.emotions['pe-thomas'];
    const comparison = compareMaps(demo, after);
    expect(comparison.personas.removed).toEqual([{ id: 'pe-thomas', label: 'Thomas, 58, loyal brand customer' }]);
    expect(comparison.emotions.every((e) => e.persona === 'Thomas, 58, loyal brand customer' && e.after === null)).toBe(true);
    expect(comparison.emotions).toHaveLength(demo.touchpoints.filter((tp) => 'pe-thomas' in tp.emotions).length);
  });

  it('finds phases added, removed, renamed, resized and reordered', () => {
    const after = copy();
    after.phases[0]!.name = 'Research';
    after.phases[1]!.width = 400;
    after.phases = after.phases.filter((p) => p.id !== 'ph-service');
    after.touchpoints = after.touchpoints.filter((tp) => tp.phaseId !== 'ph-service');
    after.phases.push({ id: 'ph-loyalty', name: 'Loyalty' });
    [after.phases[2], after.phases[3]] = [after.phases[3]!, after.phases[2]!];
    const { phases } = compareMaps(demo, after);
    expect(phases.added).toEqual([{ id: 'ph-loyalty', label: 'Loyalty' }]);
    expect(phases.removed).toEqual([{ id: 'ph-service', label: 'Service' }]);
    expect(phases.changed).toEqual([
      { id: 'ph-inform', label: 'Research', changes: [{ field: 'name', before: 'Inform online', after: 'Research' }] },
      { id: 'ph-book', label: 'Book appointment', changes: [{ field: 'width', before: undefined, after: 400 }] },
    ]);
    expect(phases.reordered).toBe(true);
  });

  it('compares measures, cards, lanes, the title and the settings', () => {
    const before: MapDocument = { ...copy(), measures: [{ id: 'm1', title: 'Clear invoices', touchpointIds: [], status: 'planned' }] };
    const after: MapDocument = {
      ...copy(),
      title: 'Car buying 2026',
      measures: [{ id: 'm1', title: 'Clear invoices', touchpointIds: ['tp-homepage'], status: 'done', owner: 'Kim' }],
      lanes: [
        { id: 'lane-actions', kind: 'actions', hidden: false },
        { id: 'lane-touchpoints', kind: 'touchpoints', title: 'Contacts', hidden: false },
        { id: 'lane-pains', kind: 'pain-points' },
      ],
      cards: [{ id: 'c1', laneId: 'lane-pains', phaseId: 'ph-inform', text: 'Prices hidden' }],
      settings: { csiTarget: 80 },
    };
    const comparison = compareMaps(before, after);
    expect(comparison.title).toEqual({ before: demo.title, after: 'Car buying 2026' });
    expect(comparison.measures.changed).toEqual([
      {
        id: 'm1',
        label: 'Clear invoices',
        changes: [
          { field: 'status', before: 'planned', after: 'done' },
          { field: 'owner', before: undefined, after: 'Kim' },
          { field: 'touchpointIds', before: [], after: ['tp-homepage'] },
        ],
      },
    ]);
    expect(comparison.cards.added).toEqual([{ id: 'c1', label: 'Prices hidden' }]);
    // The earlier map had the default lanes: the later one kept two of them (one retitled).
    expect(comparison.lanes.added).toEqual([{ id: 'lane-pains', label: 'pain-points' }]);
    expect(comparison.lanes.removed.map((l) => l.id)).toEqual([
      'lane-channels',
      'lane-thoughts',
      'lane-emotions',
      'lane-expectations',
      'lane-pain-points',
      'lane-opportunities',
      'lane-backstage',
      'lane-department',
    ]);
    expect(comparison.lanes.changed).toEqual([
      { id: 'lane-touchpoints', label: 'Contacts', changes: [{ field: 'title', before: undefined, after: 'Contacts' }] },
    ]);
    expect(comparison.settings).toEqual([{ field: 'csiTarget', before: undefined, after: 80 }]);
  });

  it('sees no lane change between the default lanes and the same lanes written out', () => {
    const after: MapDocument = { ...copy(), lanes: [
      { id: 'lane-actions', kind: 'actions', hidden: false },
      { id: 'lane-touchpoints', kind: 'touchpoints', hidden: false },
      { id: 'lane-channels', kind: 'channels', hidden: false },
      { id: 'lane-thoughts', kind: 'thoughts', hidden: true },
      { id: 'lane-emotions', kind: 'emotions', hidden: false },
      { id: 'lane-expectations', kind: 'expectations', hidden: false },
      { id: 'lane-pain-points', kind: 'pain-points', hidden: false },
      { id: 'lane-opportunities', kind: 'opportunities', hidden: false },
      { id: 'lane-backstage', kind: 'backstage', hidden: true },
      { id: 'lane-department', kind: 'department', hidden: true },
    ] };
    expect(differenceCount(compareMaps(demo, after))).toBe(0);
  });

  it('compares CSI per touchpoint between two snapshots', () => {
    const after = copy();
    after.touchpoints.push(touchpoint('tp-app', 'ph-service', 'Service app', { metricKey: 'app.service' }));
    const csiBefore = csiSnapshot(demo, [
      { metricKey: 'web.homepage', period: '2025', csi: 68 },
      { metricKey: 'web.configurator', period: '2025', csi: 62 },
      { metricKey: 'social.reviews', period: '2025', csi: 50 },
    ]);
    const csiAfter = csiSnapshot(after, [
      { metricKey: 'web.homepage', period: '2026', csi: 71.5 },
      { metricKey: 'web.configurator', period: '2026', csi: 62 },
      { metricKey: 'app.service', period: '2026', csi: 80 },
    ]);
    const { csi } = compareMaps(demo, after, csiBefore, csiAfter);
    expect(csi).toEqual({
      periodBefore: '2025',
      periodAfter: '2026',
      changes: [
        { touchpointId: 'tp-homepage', touchpoint: 'Research on the brand homepage', before: 68, after: 71.5, delta: 3.5 },
        { touchpointId: 'tp-reviews', touchpoint: 'Test reports, reviews and owner forums', before: 50, after: null, delta: null },
        { touchpointId: 'tp-app', touchpoint: 'Service app', before: null, after: 80, delta: null },
      ],
    });
  });

  it('leaves CSI out when one side has no snapshot', () => {
    expect(compareMaps(demo, copy(), csiSnapshot(demo, []), null).csi).toBeNull();
  });

  it('is not fooled by ids that name members of Object', () => {
    const before: MapDocument = { ...copy(), personas: [{ id: 'constructor', name: 'C' }], touchpoints: [touchpoint('toString', 'ph-inform', 'T')] };
    const after = structuredClone(before);
    after.touchpoints[0]!.emotions = { constructor: 1 };
    const comparison = compareMaps(before, after, { period: '1', values: {} }, { period: '1', values: { toString: 50 } });
    expect(comparison.emotions).toEqual([
      { touchpointId: 'toString', touchpoint: 'T', personaId: 'constructor', persona: 'C', before: null, after: 1, delta: null },
    ]);
    expect(comparison.csi?.changes).toEqual([{ touchpointId: 'toString', touchpoint: 'T', before: null, after: 50, delta: null }]);
  });
});

describe('csiSnapshot', () => {
  it('keeps the CSI of the latest period for the measured touchpoints only', () => {
    const snapshot = csiSnapshot(demo, [
      { metricKey: 'web.homepage', period: '2025', csi: 68, n: 100 },
      { metricKey: 'web.homepage', period: '2026', csi: 72, n: 100 },
      { metricKey: 'nobody.has.this', period: '2026', csi: 10 },
    ]);
    expect(snapshot).toEqual({ period: '2026', values: { 'tp-homepage': 72 } });
  });

  it('is empty without measurements', () => {
    expect(csiSnapshot(demo, [])).toEqual({ period: null, values: {} });
  });
});

/**
 * Shared parts of the durable-write and cold-open benchmarks: realistic maps in the JSON format,
 * the store opened on a file, and drag-like edits.
 */
import * as Y from 'yjs';
import {
  CHANNELS,
  EXPECTATION_CATEGORIES,
  FORMAT_NAME,
  FORMAT_VERSION,
  moveSticky,
  setEmotion,
  validateMapDocument,
  type MapDocument,
} from '../../shared/src/index.js';
import { openDatabase } from '../../server/src/db/open.js';
import { SqliteDocStore } from '../../server/src/store/SqliteDocStore.js';
import { api } from '../../server/test/harness.js';

/** Creates a map through the HTTP API (POST /api/maps/import) and returns its id. */
export async function importMap(url: string, map: MapDocument): Promise<string> {
  const response = await api(url, 'POST', '/api/maps/import', map);
  if (response.status !== 201) throw new Error(`import failed (${response.status}): ${response.text.slice(0, 300)}`);
  return (response.json as { id: string }).id;
}

/** The SQLite file of a server directory as the server itself opens it. */
export function openStore(dbPath: string): SqliteDocStore {
  return new SqliteDocStore(openDatabase(dbPath));
}

const PHASE_NAMES = ['Become aware', 'Inform online', 'Compare offers', 'Book appointment', 'Visit', 'Decide', 'Buy', 'Onboarding', 'Use', 'Get help', 'Renew', 'Recommend'];
const TITLES = ['Search result', 'Product page', 'Price calculator', 'Call with sales', 'Confirmation mail', 'Showroom welcome', 'Contract signing', 'Invoice', 'Support chat', 'Renewal letter'];

/**
 * A validated journey map of realistic shape: 3 personas, phases of about 50 touchpoints each,
 * two expectations and an emotion per persona on every touchpoint, a card per phase in each card
 * lane, measures linked to touchpoints and a few sticky notes (the ones the edits drag).
 */
export function realisticMap(touchpoints: number, title = `Benchmark map, ${touchpoints} touchpoints`): MapDocument {
  const personas = ['Anna', 'Thomas', 'Mia'].map((name, index) => ({ id: `pe-${index}`, name: `${name}, persona ${index + 1}` }));
  const phaseCount = Math.max(1, Math.min(40, Math.ceil(touchpoints / 50)));
  const phases = Array.from({ length: phaseCount }, (_, index) => ({
    id: `ph-${index}`,
    name: `${PHASE_NAMES[index % PHASE_NAMES.length]} ${Math.floor(index / PHASE_NAMES.length) + 1}`,
  }));
  const points = Array.from({ length: touchpoints }, (_, index) => ({
    id: `tp-${index}`,
    phaseId: phases[index % phaseCount]!.id,
    title: `${TITLES[index % TITLES.length]} #${index}`,
    channel: CHANNELS[index % CHANNELS.length]!,
    importance: 1 + (index % 5),
    momentOfTruth: index % 17 === 0,
    metricKey: `metric.${index}`,
    expectations: [0, 1].map((k) => ({
      category: EXPECTATION_CATEGORIES[(index + k) % EXPECTATION_CATEGORIES.length]!,
      text: `Expectation ${k + 1} of touchpoint ${index}: quick, friendly and without surprises on the price`,
    })),
    emotions: Object.fromEntries(personas.map((persona, k) => [persona.id, ((index + k) % 5) - 2])),
  }));
  const cardLanes = ['actions', 'thoughts', 'pain-points', 'opportunities'] as const;
  const lanes = ['actions', 'touchpoints', 'channels', 'thoughts', 'emotions', 'expectations', 'pain-points', 'opportunities'].map(
    (kind) => ({ id: `lane-${kind}`, kind: kind as (typeof cardLanes)[number] }),
  );
  const cards = phases.flatMap((phase) =>
    cardLanes.map((kind) => ({ id: `card-${kind}-${phase.id}`, laneId: `lane-${kind}`, phaseId: phase.id, text: `${kind} in ${phase.name}` })),
  );
  const measures = Array.from({ length: Math.ceil(touchpoints / 20) }, (_, index) => ({
    id: `me-${index}`,
    title: `Measure ${index}`,
    touchpointIds: [`tp-${index * 20}`],
    status: 'planned' as const,
  }));
  const stickies = Array.from({ length: 10 }, (_, index) => ({ id: `st-${index}`, text: `Idea ${index}`, color: '#fff1a8', x: index * 200, y: -300 }));
  const result = validateMapDocument({
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title,
    personas,
    phases,
    touchpoints: points,
    measures,
    lanes,
    cards,
    stickies,
  });
  if (!result.ok) throw new Error(`benchmark map is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.map;
}

/**
 * Edit number `step` of someone dragging: a sticky note one pixel further, or an emotion point
 * a little higher, each its own small transaction as the canvas sends it during a drag.
 */
export function dragEdit(doc: Y.Doc, step: number, touchpoints: number): void {
  if (step % 2 === 0) {
    moveSticky(doc, `st-${step % 10}`, { x: step, y: -301 - (step % 97) });
  } else {
    // A value no other step sets (an emotion is written only when it changes): the golden
    // ratio's multiples never repeat modulo 1.
    setEmotion(doc, `tp-${step % touchpoints}`, `pe-${step % 3}`, -1.99 + ((step * 0.6180339887498949) % 1) * 3.98);
  }
}

/** The clock a client id has reached in a document (how many of its items it holds). */
export function clockOf(doc: Y.Doc, clientId: number): number {
  return Y.getState(doc.store, clientId);
}

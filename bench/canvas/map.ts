import { CHANNELS, FORMAT_NAME, FORMAT_VERSION, type MapDocument } from '../../shared/src/index.js';

/** Touchpoints per phase in the generated maps: a dense but plausible column. */
const TOUCHPOINTS_PER_PHASE = 25;
const PERSONAS = [
  { id: 'pe-anna', name: 'Anna, 34, first family car', color: '#0072B2' },
  { id: 'pe-thomas', name: 'Thomas, 58, loyal customer', color: '#D55E00' },
  { id: 'pe-mia', name: 'Mia, 22, student', color: '#009E73' },
];
const VERBS = ['Compare', 'Book', 'Call about', 'Read about', 'Pay for', 'Ask about', 'Review', 'Cancel'];
const THINGS = ['the offer', 'a test drive', 'delivery', 'the invoice', 'financing', 'the service plan', 'trade-in'];

/** Touchpoint id `i` of a generated map (stable, so the benchmark can edit it remotely). */
export function touchpointId(i: number): string {
  return `tp-${i}`;
}

/** Phase id `p` of a generated map. */
export function phaseId(p: number): string {
  return `ph-${p}`;
}

/** How many phases a generated map of `touchpoints` touchpoints has. */
export function phaseCount(touchpoints: number): number {
  return Math.max(1, Math.ceil(touchpoints / TOUCHPOINTS_PER_PHASE));
}

/**
 * A journey map of `count` touchpoints as a real one looks: phases of 25, three personas with an
 * emotion at most touchpoints, expectations, a measure every tenth touchpoint, the usual lanes and
 * a few cards per phase in the card lanes. Deterministic, so runs compare.
 */
export function benchMap(count: number): MapDocument {
  const phases = Array.from({ length: phaseCount(count) }, (_, p) => ({ id: phaseId(p), name: `Phase ${p + 1}` }));
  const touchpoints = Array.from({ length: count }, (_, i) => {
    const emotions: Record<string, number> = {};
    PERSONAS.forEach((persona, k) => {
      if ((i + k) % 4 !== 0) emotions[persona.id] = ((i * 7 + k * 3) % 5) - 2;
    });
    return {
      id: touchpointId(i),
      phaseId: phaseId(Math.floor(i / TOUCHPOINTS_PER_PHASE)),
      title: `${VERBS[i % VERBS.length]} ${THINGS[i % THINGS.length]} ${i + 1}`,
      channel: CHANNELS[i % CHANNELS.length]!,
      importance: (i % 5) + 1,
      momentOfTruth: i % 17 === 0,
      metricKey: i % 3 === 0 ? `metric.${i}` : '',
      expectations: i % 2 === 0 ? [{ category: 'product' as const, text: `Clear information on ${THINGS[i % THINGS.length]}` }] : [],
      emotions,
    };
  });
  const lanes = (['actions', 'touchpoints', 'channels', 'emotions', 'thoughts', 'pain-points', 'opportunities', 'backstage'] as const).map(
    (kind) => ({ id: `ln-${kind}`, kind }),
  );
  const cards = phases.flatMap((phase, p) =>
    ['actions', 'thoughts', 'pain-points', 'backstage'].flatMap((kind) =>
      Array.from({ length: 2 }, (_, k) => ({ id: `cd-${p}-${kind}-${k}`, laneId: `ln-${kind}`, phaseId: phase.id, text: `${kind} note ${k + 1} in ${phase.name}` })),
    ),
  );
  const measures = touchpoints
    .filter((_, i) => i % 10 === 0)
    .map((tp, k) => ({ id: `me-${k}`, title: `Improve ${tp.title}`, touchpointIds: [tp.id], status: 'planned' as const }));
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: `Benchmark map, ${count} touchpoints`,
    personas: PERSONAS,
    phases,
    touchpoints,
    measures,
    lanes,
    cards,
  };
}

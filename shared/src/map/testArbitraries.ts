import fc from 'fast-check';
import {
  CHANNELS,
  EXPECTATION_CATEGORIES,
  FORMAT_NAME,
  FORMAT_VERSION,
  MEASURE_STATUSES,
  type MapDocument,
} from './format.js';

const idArb = fc.string({ minLength: 1, maxLength: 12 });
const textArb = fc.string({ maxLength: 30 });
const colorArb = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);

/** Arbitrary valid map documents, with consistent cross references. */
export const mapDocumentArb: fc.Arbitrary<MapDocument> = fc
  .record({
    title: textArb,
    personaIds: fc.uniqueArray(idArb, { maxLength: 4 }),
    phaseIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
    touchpointIds: fc.uniqueArray(idArb, { maxLength: 12 }),
    measureIds: fc.uniqueArray(idArb, { maxLength: 4 }),
    seed: fc.infiniteStream(fc.nat()),
  })
  .chain(({ title, personaIds, phaseIds, touchpointIds, measureIds }) =>
    fc.record({
      format: fc.constant(FORMAT_NAME),
      version: fc.constant(FORMAT_VERSION),
      title: fc.constant(title),
      personas: fc.tuple(
        ...personaIds.map((id) =>
          fc.record({ id: fc.constant(id), name: textArb, color: colorArb }, { requiredKeys: ['id', 'name'] }),
        ),
      ),
      phases: fc.tuple(...phaseIds.map((id) => fc.record({ id: fc.constant(id), name: textArb }))),
      touchpoints: fc.tuple(
        ...touchpointIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            phaseId: fc.constantFrom(...phaseIds),
            title: textArb,
            channel: fc.constantFrom(...CHANNELS),
            importance: fc.integer({ min: 1, max: 5 }),
            momentOfTruth: fc.boolean(),
            metricKey: textArb,
            expectations: fc.array(
              fc.record({ category: fc.constantFrom(...EXPECTATION_CATEGORIES), text: textArb }),
              { maxLength: 3 },
            ),
            emotions: fc
              .subarray(personaIds)
              .chain((ids) =>
                fc
                  .tuple(...ids.map(() => fc.double({ min: -2, max: 2, noNaN: true, noDefaultInfinity: true })))
                  .map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]! + 0]))),
              ),
          }),
        ),
      ),
      measures: fc.tuple(
        ...measureIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            title: textArb,
            touchpointIds: fc.subarray(touchpointIds),
            status: fc.constantFrom(...MEASURE_STATUSES),
          }),
        ),
      ),
    }),
  )
  .map((map) => map as MapDocument);

import fc from 'fast-check';
import {
  CARD_LANE_KINDS,
  CHANNELS,
  EXPECTATION_CATEGORIES,
  LANE_KINDS,
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
    // Single lanes at most once each; card lanes any number of times.
    lanes: fc.option(
      fc.uniqueArray(
        fc.record({
          id: idArb,
          kind: fc.constantFrom(...LANE_KINDS),
          title: fc.option(textArb, { nil: undefined }),
          hidden: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 6, selector: (lane) => lane.id },
      ),
      { nil: undefined },
    ),
    cardIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
  })
  .map((parts) => {
    const seen = new Set<string>();
    const lanes = parts.lanes
      ?.filter((lane) => {
        if (CARD_LANE_KINDS.includes(lane.kind)) return true;
        if (seen.has(lane.kind)) return false;
        seen.add(lane.kind);
        return true;
      })
      .map((lane) => {
        const out: { id: string; kind: (typeof LANE_KINDS)[number]; title?: string; hidden?: boolean } = {
          id: lane.id,
          kind: lane.kind,
        };
        if (lane.title !== undefined) out.title = lane.title;
        if (lane.hidden !== undefined) out.hidden = lane.hidden;
        return out;
      });
    return { ...parts, lanes };
  })
  .chain(({ title, personaIds, phaseIds, touchpointIds, measureIds, lanes, cardIds }) => {
    const cardLaneIds = (lanes ?? []).filter((l) => CARD_LANE_KINDS.includes(l.kind)).map((l) => l.id);
    const cardsArb =
      cardLaneIds.length === 0
        ? fc.constant(undefined)
        : fc.option(
            fc.tuple(
              ...cardIds.map((id) =>
                fc.record(
                  {
                    id: fc.constant(id),
                    laneId: fc.constantFrom(...cardLaneIds),
                    phaseId: fc.constantFrom(...phaseIds),
                    text: textArb,
                    color: colorArb,
                  },
                  { requiredKeys: ['id', 'laneId', 'phaseId', 'text'] },
                ),
              ),
            ),
            { nil: undefined },
          );
    return fc.record({
      format: fc.constant(FORMAT_NAME),
      version: fc.constant(FORMAT_VERSION),
      title: fc.constant(title),
      personas: fc.tuple(
        ...personaIds.map((id) =>
          fc.record({ id: fc.constant(id), name: textArb, color: colorArb }, { requiredKeys: ['id', 'name'] }),
        ),
      ),
      phases: fc.tuple(
        ...phaseIds.map((id) =>
          fc.record(
            { id: fc.constant(id), name: textArb, width: fc.integer({ min: 160, max: 1200 }) },
            { requiredKeys: ['id', 'name'] },
          ),
        ),
      ),
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
          fc.record(
            {
              id: fc.constant(id),
              title: textArb,
              touchpointIds: fc.subarray(touchpointIds),
              status: fc.constantFrom(...MEASURE_STATUSES),
              owner: textArb,
              dueDate: fc
                .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
                .map((d) => d.toISOString().slice(0, 10)),
            },
            { requiredKeys: ['id', 'title', 'touchpointIds', 'status'] },
          ),
        ),
      ),
      lanes: fc.constant(lanes),
      cards: cardsArb,
      settings: fc.option(
        fc.record(
          {
            csiTarget: fc.double({ min: 0, max: 100, noNaN: true }).map((v) => v + 0),
            declineThreshold: fc.double({ min: 0.01, max: 100, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    });
  })
  .map((map) => {
    // Absent optional collections are left out, as the reader leaves them out.
    const out = { ...map } as Record<string, unknown>;
    if (out.lanes === undefined) delete out.lanes;
    if (out.cards === undefined) delete out.cards;
    const settings = out.settings as Record<string, unknown> | undefined;
    if (settings === undefined || Object.keys(settings).length === 0) delete out.settings;
    return out as MapDocument;
  });

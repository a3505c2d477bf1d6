import { z } from 'zod';

/** Identifier of the JSON exchange format. */
export const FORMAT_NAME = 'waymark.map';
/** Version of the JSON exchange format this code reads and writes. */
export const FORMAT_VERSION = 1;

export const CHANNELS = [
  'web',
  'app',
  'email',
  'sms',
  'phone',
  'chat',
  'store',
  'field-sales',
  'social',
  'letter',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EXPECTATION_CATEGORIES = ['sales-staff', 'product', 'service-staff', 'other'] as const;
export type ExpectationCategory = (typeof EXPECTATION_CATEGORIES)[number];

export const MEASURE_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Lanes are the rows under the phase columns. Card lanes hold free cards (one per idea); the
 * others show the touchpoints and what belongs to them, and exist at most once per map.
 */
export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'channels',
  'thoughts',
  'emotions',
  'expectations',
  'pain-points',
  'opportunities',
  'backstage',
  'department',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];
export const CARD_LANE_KINDS: readonly LaneKind[] = [
  'actions',
  'thoughts',
  'pain-points',
  'opportunities',
  'backstage',
  'department',
];
/** Lanes that sit below the line of visibility of a service blueprint. */
export const BACKSTAGE_LANE_KINDS: readonly LaneKind[] = ['backstage', 'department'];

export function isCardLane(kind: LaneKind): boolean {
  return CARD_LANE_KINDS.includes(kind);
}

export const PHASE_WIDTH_MIN = 160;
export const PHASE_WIDTH_MAX = 1200;

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;

/** Limits keep one document from growing without bound; generous for real maps. */
export const LIMITS = {
  idLength: 100,
  nameLength: 200,
  textLength: 2000,
  personas: 50,
  phases: 200,
  touchpoints: 5000,
  measures: 2000,
  lanes: 50,
  cards: 10000,
  expectationsPerTouchpoint: 100,
  stickies: 2000,
  threads: 5000,
  commentsPerThread: 500,
  /** Sticky notes may sit anywhere on the canvas, but not at absurd coordinates. */
  canvasExtent: 1_000_000,
} as const;

const id = z.string().min(1, 'must not be empty').max(LIMITS.idLength);
const name = z.string().max(LIMITS.nameLength);
const longText = z.string().max(LIMITS.textLength);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c');

export const personaSchema = z.strictObject({
  id,
  name,
  color: color.optional(),
});

export const phaseSchema = z.strictObject({
  id,
  name,
  /** Column width in canvas pixels, when someone resized it. */
  width: z.number().int().min(PHASE_WIDTH_MIN).max(PHASE_WIDTH_MAX).optional(),
});

export const laneSchema = z.strictObject({
  id,
  kind: z.enum(LANE_KINDS),
  /** A custom heading; the default is the kind's name in the reader's language. */
  title: name.optional(),
  hidden: z.boolean().optional(),
});

/** A free card in a card lane (an action, thought, pain point, opportunity, backstage step…). */
export const cardSchema = z.strictObject({
  id,
  laneId: id,
  phaseId: id,
  text: longText,
  color: color.optional(),
});

export const expectationSchema = z.strictObject({
  category: z.enum(EXPECTATION_CATEGORIES),
  text: longText,
});

export const touchpointSchema = z.strictObject({
  id,
  phaseId: id,
  title: name,
  channel: z.enum(CHANNELS),
  importance: z.number().int().min(IMPORTANCE_MIN).max(IMPORTANCE_MAX),
  momentOfTruth: z.boolean(),
  metricKey: z.string().max(LIMITS.nameLength),
  expectations: z.array(expectationSchema).max(LIMITS.expectationsPerTouchpoint),
  emotions: z.record(id, z.number().min(EMOTION_MIN).max(EMOTION_MAX)),
});

export const measureSchema = z.strictObject({
  id,
  title: name,
  touchpointIds: z.array(id),
  status: z.enum(MEASURE_STATUSES),
  owner: name.optional(),
  dueDate: z.iso.date('must be a date like 2026-03-31').optional(),
});

/** A sticky note: free brainstorming anywhere on the canvas, in canvas pixels (top left corner). */
export const stickySchema = z.strictObject({
  id,
  text: longText,
  color,
  x: z.number().min(-LIMITS.canvasExtent).max(LIMITS.canvasExtent),
  y: z.number().min(-LIMITS.canvasExtent).max(LIMITS.canvasExtent),
  /** Who wrote it (a participant's name), when known. */
  author: name.optional(),
});

/** One comment in a thread. Times are ISO 8601 in UTC, set by the server. */
export const commentSchema = z.strictObject({
  id,
  author: name,
  /** The public id of the participant who wrote it (see threads in the README): lets them delete it. */
  authorId: id.optional(),
  authorColor: color.optional(),
  text: longText.min(1, 'must not be empty'),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().optional(),
});

/** A comment thread on a touchpoint, or on the map as a whole (touchpointId null). */
export const threadSchema = z.strictObject({
  id,
  touchpointId: id.nullable(),
  resolved: z.boolean(),
  comments: z.array(commentSchema).min(1).max(LIMITS.commentsPerThread),
});

/** How measurements are judged on this map (insights): defaults 70 and 5. */
export const mapSettingsSchema = z.strictObject({
  /** CSI (0–100) a touchpoint should reach. */
  csiTarget: z.number().min(0).max(100).optional(),
  /** A drop of at least this many CSI points against the baseline counts as declining. */
  declineThreshold: z.number().gt(0).max(100).optional(),
});

const mapShape = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  title: name,
  personas: z.array(personaSchema).max(LIMITS.personas),
  phases: z.array(phaseSchema).max(LIMITS.phases),
  touchpoints: z.array(touchpointSchema).max(LIMITS.touchpoints),
  measures: z.array(measureSchema).max(LIMITS.measures),
  /** Optional (absent: the default lanes); in display order. */
  lanes: z.array(laneSchema).min(1).max(LIMITS.lanes).optional(),
  /** Optional (absent: none); within a lane and phase, in array order. */
  cards: z.array(cardSchema).min(1).max(LIMITS.cards).optional(),
  settings: mapSettingsSchema.optional(),
  /** Optional (absent: none); sticky notes, bottom to top. */
  stickies: z.array(stickySchema).min(1).max(LIMITS.stickies).optional(),
  /** Optional (absent: none); comment threads, oldest first. */
  threads: z.array(threadSchema).min(1).max(LIMITS.threads).optional(),
});

/** The shape of the JSON exchange format; cross references are checked by validateMapDocument. */
export const mapDocumentSchema = mapShape;

/** One problem found in a document, with the path to the offending value. */
export interface FormatProblem {
  path: string;
  message: string;
}

function recordsOf(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}));
}

/**
 * Duplicate ids and dangling references. Works on unvalidated input, so that a document with
 * shape errors still gets every problem reported at once.
 */
function referenceProblems(input: unknown): FormatProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const doc = input as Record<string, unknown>;
  const problems: FormatProblem[] = [];
  const idsOf = (key: string) => {
    const seen = new Set<string>();
    recordsOf(doc[key]).forEach((item, index) => {
      if (typeof item.id !== 'string') return;
      if (seen.has(item.id)) problems.push({ path: `${key}[${index}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const personaIds = idsOf('personas');
  const phaseIds = idsOf('phases');
  const touchpointIds = idsOf('touchpoints');
  idsOf('measures');
  recordsOf(doc.touchpoints).forEach((tp, index) => {
    if (typeof tp.phaseId === 'string' && !phaseIds.has(tp.phaseId)) {
      problems.push({ path: `touchpoints[${index}].phaseId`, message: `unknown phase "${tp.phaseId}"` });
    }
    if (typeof tp.emotions === 'object' && tp.emotions !== null && !Array.isArray(tp.emotions)) {
      for (const personaId of Object.keys(tp.emotions)) {
        if (!personaIds.has(personaId)) {
          problems.push({ path: `touchpoints[${index}].emotions.${personaId}`, message: `unknown persona "${personaId}"` });
        }
      }
    }
  });
  idsOf('cards');
  const laneKinds = new Map<string, unknown>();
  const singleKinds = new Set<unknown>();
  recordsOf(doc.lanes).forEach((lane, index) => {
    if (typeof lane.id === 'string') laneKinds.set(lane.id, lane.kind);
    if (typeof lane.kind === 'string' && !CARD_LANE_KINDS.includes(lane.kind as LaneKind)) {
      if (singleKinds.has(lane.kind)) {
        problems.push({ path: `lanes[${index}].kind`, message: `only one "${lane.kind}" lane per map` });
      }
      singleKinds.add(lane.kind);
    }
  });
  idsOf('lanes');
  recordsOf(doc.cards).forEach((card, index) => {
    if (typeof card.laneId === 'string') {
      const kind = laneKinds.get(card.laneId);
      if (kind === undefined) problems.push({ path: `cards[${index}].laneId`, message: `unknown lane "${card.laneId}"` });
      else if (!CARD_LANE_KINDS.includes(kind as LaneKind)) {
        problems.push({ path: `cards[${index}].laneId`, message: `lane "${card.laneId}" (${String(kind)}) holds no cards` });
      }
    }
    if (typeof card.phaseId === 'string' && !phaseIds.has(card.phaseId)) {
      problems.push({ path: `cards[${index}].phaseId`, message: `unknown phase "${card.phaseId}"` });
    }
  });
  idsOf('stickies');
  idsOf('threads');
  recordsOf(doc.threads).forEach((thread, index) => {
    if (typeof thread.touchpointId === 'string' && !touchpointIds.has(thread.touchpointId)) {
      problems.push({ path: `threads[${index}].touchpointId`, message: `unknown touchpoint "${thread.touchpointId}"` });
    }
    const commentIds = new Set<string>();
    recordsOf(thread.comments).forEach((comment, commentIndex) => {
      if (typeof comment.id !== 'string') return;
      if (commentIds.has(comment.id)) {
        problems.push({ path: `threads[${index}].comments[${commentIndex}].id`, message: `duplicate id "${comment.id}"` });
      }
      commentIds.add(comment.id);
    });
  });
  recordsOf(doc.measures).forEach((measure, index) => {
    if (!Array.isArray(measure.touchpointIds)) return;
    measure.touchpointIds.forEach((tpId: unknown, tpIndex: number) => {
      if (typeof tpId === 'string' && !touchpointIds.has(tpId)) {
        problems.push({ path: `measures[${index}].touchpointIds[${tpIndex}]`, message: `unknown touchpoint "${tpId}"` });
      }
    });
  });
  return problems;
}

export type MapDocument = z.infer<typeof mapDocumentSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Card = z.infer<typeof cardSchema>;
export type MapSettings = z.infer<typeof mapSettingsSchema>;
export type Sticky = z.infer<typeof stickySchema>;
export type ThreadComment = z.infer<typeof commentSchema>;
export type Thread = z.infer<typeof threadSchema>;

export type ValidationResult = { ok: true; map: MapDocument } | { ok: false; problems: FormatProblem[] };

/** Formats a zod path as `touchpoints[3].phaseId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

/** Validates an untrusted value as a map document and lists every problem. */
export function validateMapDocument(input: unknown): ValidationResult {
  const result = mapDocumentSchema.safeParse(input);
  const problems = [
    ...(result.success
      ? []
      : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))),
    ...referenceProblems(input),
  ];
  if (result.success && problems.length === 0) return { ok: true, map: result.data };
  return { ok: false, problems };
}

/** A new, empty but valid map document. */
export function emptyMapDocument(title: string): MapDocument {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title,
    personas: [],
    phases: [],
    touchpoints: [],
    measures: [],
  };
}

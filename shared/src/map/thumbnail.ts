import { EMOTION_MAX, EMOTION_MIN, type MapDocument, type Touchpoint } from './format.js';
import { PERSONA_COLORS } from './mutations.js';

/*
 * A map in miniature, for the map list: phases as columns with their touchpoints as blocks
 * (moments of truth in orange), and below them the first persona's emotion curve.
 *
 *   ┌ phase ┐┌ phase ┐┌ phase ┐
 *   │ ▭     ││ ▭     ││ ▭     │
 *   │ ▬ MoT ││ ▭     ││ +3    │
 *   └───────┘└───────┘└───────┘
 *   ┌ emotion lane ─────────────┐
 *   └───────────────────────────┘
 *
 * A string of SVG, built without a DOM so that the server renders it; every piece of text from
 * the document is escaped, since the image can also be opened on its own.
 */
export const THUMBNAIL_WIDTH = 320;
export const THUMBNAIL_HEIGHT = 180;

const PAD = 10;
const COLUMN_GAP = 4;
const COLUMN_MIN_WIDTH = 34;
const COLUMN_MAX_WIDTH = 150;
const HEADER_HEIGHT = 16;
/** Blocks grow to fill the fullest column, within these bounds. */
const BLOCK_MIN_HEIGHT = 8;
const BLOCK_MAX_HEIGHT = 16;
const BLOCK_GAP = 4;
const BLOCK_INSET = 4;
const LANE_HEIGHT = 44;
const LANE_GAP = 6;
const LANE_INSET = 6;
/** Average advance of a bold character at the header font size, to cut names before they overflow. */
const CHAR_WIDTH = 5.3;

const COLORS = {
  background: '#ffffff',
  column: '#eef1f5',
  header: '#dfe5ee',
  headerText: '#3a475a',
  block: '#ffffff',
  blockLine: '#b3bdca',
  mot: '#d9480f',
  motSoft: '#fff3ea',
  lane: '#f7f9fb',
  laneLine: '#d6dde6',
  more: '#5b6779',
} as const;

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
// Characters XML 1.0 does not allow at all; one of them would make the whole image unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  return max <= 1 ? '' : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function clampEmotion(value: number): number {
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value));
}

/** The map as a small SVG image (THUMBNAIL_WIDTH × THUMBNAIL_HEIGHT). */
export function renderThumbnail(map: MapDocument): string {
  const innerWidth = THUMBNAIL_WIDTH - 2 * PAD;
  const laneTop = THUMBNAIL_HEIGHT - PAD - LANE_HEIGHT;
  const columnTop = PAD;
  const columnHeight = laneTop - LANE_GAP - columnTop;
  const blocksTop = columnTop + HEADER_HEIGHT + 6;
  const blocksSpace = columnTop + columnHeight - 4 - blocksTop + BLOCK_GAP;

  const phaseCount = map.phases.length;
  const columnWidth = Math.min(
    COLUMN_MAX_WIDTH,
    Math.max(COLUMN_MIN_WIDTH, (innerWidth - COLUMN_GAP * Math.max(0, phaseCount - 1)) / Math.max(1, phaseCount)),
  );
  // A long journey shows its beginning, as the canvas does before one scrolls.
  const visibleCount = Math.min(phaseCount, Math.floor((innerWidth + COLUMN_GAP) / (columnWidth + COLUMN_GAP)));
  const columnX = (index: number) => PAD + index * (columnWidth + COLUMN_GAP);

  const byPhase = new Map<string, Touchpoint[]>();
  for (const phase of map.phases) byPhase.set(phase.id, []);
  for (const touchpoint of map.touchpoints) byPhase.get(touchpoint.phaseId)?.push(touchpoint);
  const fullest = Math.max(1, ...map.phases.slice(0, visibleCount).map((phase) => byPhase.get(phase.id)?.length ?? 0));
  const blockHeight = Math.min(
    BLOCK_MAX_HEIGHT,
    Math.max(BLOCK_MIN_HEIGHT, Math.floor(blocksSpace / fullest) - BLOCK_GAP),
  );
  const blockPitch = blockHeight + BLOCK_GAP;
  const blockSlots = Math.max(1, Math.floor(blocksSpace / blockPitch));

  const parts: string[] = [];
  parts.push(`<rect width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" fill="${COLORS.background}"/>`);

  if (phaseCount === 0) {
    parts.push(
      `<rect x="${n(PAD + 0.5)}" y="${n(columnTop + 0.5)}" width="${n(COLUMN_MAX_WIDTH * 0.6)}" height="${columnHeight - 1}" rx="4" ` +
        `fill="none" stroke="${COLORS.blockLine}" stroke-dasharray="3 3"/>`,
    );
  }

  const curve: { x: number; y: number }[] = [];
  const firstPersona = map.personas[0];
  const laneInnerTop = laneTop + LANE_INSET;
  const laneInnerHeight = LANE_HEIGHT - 2 * LANE_INSET;
  const emotionY = (emotion: number) =>
    laneInnerTop + ((EMOTION_MAX - clampEmotion(emotion)) / (EMOTION_MAX - EMOTION_MIN)) * laneInnerHeight;

  map.phases.slice(0, visibleCount).forEach((phase, index) => {
    const x = columnX(index);
    const touchpoints = byPhase.get(phase.id) ?? [];
    parts.push(
      `<rect x="${n(x)}" y="${columnTop}" width="${n(columnWidth)}" height="${columnHeight}" rx="4" fill="${COLORS.column}"/>`,
      `<rect x="${n(x)}" y="${columnTop}" width="${n(columnWidth)}" height="${HEADER_HEIGHT}" rx="4" fill="${COLORS.header}"/>`,
    );
    const name = shorten(phase.name, Math.floor((columnWidth - 2 * BLOCK_INSET) / CHAR_WIDTH));
    if (name !== '') {
      parts.push(
        `<text x="${n(x + BLOCK_INSET)}" y="${columnTop + 11}" font-size="8" font-weight="600" fill="${COLORS.headerText}">${escapeXml(name)}</text>`,
      );
    }

    // When the blocks do not all fit, the last slot says how many more there are.
    const shown = touchpoints.length > blockSlots ? blockSlots - 1 : touchpoints.length;
    touchpoints.slice(0, shown).forEach((touchpoint, slot) => {
      const y = blocksTop + slot * blockPitch;
      const fill = touchpoint.momentOfTruth ? COLORS.motSoft : COLORS.block;
      const stroke = touchpoint.momentOfTruth ? COLORS.mot : COLORS.blockLine;
      parts.push(
        `<rect x="${n(x + BLOCK_INSET + 0.5)}" y="${n(y + 0.5)}" width="${n(columnWidth - 2 * BLOCK_INSET - 1)}" height="${blockHeight - 1}" ` +
          `rx="2" fill="${fill}" stroke="${stroke}"${touchpoint.momentOfTruth ? ' stroke-width="1.5" data-moment-of-truth="true"' : ''}/>`,
      );
    });
    if (shown < touchpoints.length) {
      const y = blocksTop + shown * blockPitch;
      parts.push(
        `<text x="${n(x + columnWidth / 2)}" y="${n(y + blockHeight / 2 + 3)}" font-size="8" text-anchor="middle" fill="${COLORS.more}">+${touchpoints.length - shown}</text>`,
      );
    }

    if (firstPersona) {
      touchpoints.forEach((touchpoint, slot) => {
        const emotion = touchpoint.emotions[firstPersona.id];
        if (typeof emotion !== 'number' || !Number.isFinite(emotion)) return;
        curve.push({ x: x + ((slot + 1) / (touchpoints.length + 1)) * columnWidth, y: emotionY(emotion) });
      });
    }
  });

  parts.push(
    `<rect x="${PAD}" y="${laneTop}" width="${innerWidth}" height="${LANE_HEIGHT}" rx="4" fill="${COLORS.lane}"/>`,
    `<line x1="${PAD + 4}" y1="${n(emotionY(0))}" x2="${PAD + innerWidth - 4}" y2="${n(emotionY(0))}" stroke="${COLORS.laneLine}" stroke-dasharray="2 3"/>`,
  );
  if (firstPersona && curve.length > 0) {
    const color = firstPersona.color && HEX_COLOR.test(firstPersona.color) ? firstPersona.color : PERSONA_COLORS[0]!;
    if (curve.length > 1) {
      parts.push(
        `<polyline points="${curve.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${color}" ` +
          `stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" data-emotion-curve="true"/>`,
      );
    }
    for (const p of curve) parts.push(`<circle cx="${n(p.x)}" cy="${n(p.y)}" r="2" fill="${color}"/>`);
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" ` +
    `viewBox="0 0 ${THUMBNAIL_WIDTH} ${THUMBNAIL_HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title>${escapeXml(map.title)}</title>${parts.join('')}</svg>`
  );
}

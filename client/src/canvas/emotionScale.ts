import { EMOTION_MAX, EMOTION_MIN } from '../../../shared/src/index.js';
import type { MessageKey } from '../i18n/en.js';

/** The whole-number steps of the emotion scale, top (+2) to bottom (−2). */
export const EMOTION_LEVELS: number[] = Array.from(
  { length: EMOTION_MAX - EMOTION_MIN + 1 },
  (_, i) => EMOTION_MAX - i,
);

/** "+2", "0", "−1" (with a real minus sign, easier to read on a projector). */
export function formatEmotion(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return '0';
}

/** The catalogue key of the word for an emotion value (rounded to the nearest level). */
export function emotionWordKey(value: number): MessageKey {
  const level = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value)));
  return `emotion.level.${level}` as MessageKey;
}

import { parseDecimal } from '../../../shared/src/index.js';

export type SettingName = 'csiTarget' | 'declineThreshold';

/**
 * A typed setting value: decimal comma or point; the CSI target 0–100, the decline threshold
 * above 0 and at most 100 (what the map document accepts).
 */
export function parseSetting(name: SettingName, text: string): { ok: true; value: number } | { ok: false } {
  const value = parseDecimal(text);
  if (value === null) return { ok: false };
  if (name === 'csiTarget' ? value < 0 || value > 100 : value <= 0 || value > 100) return { ok: false };
  return { ok: true, value };
}

import { useMemo } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { whiteSpotText } from '../measurements/whiteSpotText.js';
import { canvasOverlay, type CanvasOverlay } from './overlay.js';

/** The overlay the canvas draws while it is on, in the reader's language; null while off or loading. */
export function useCanvasOverlay(insights: Insights | null, on: boolean): CanvasOverlay | null {
  const t = useT();
  const { language } = useLanguage();
  return useMemo(
    () => (on && insights ? canvasOverlay(insights, (spot) => whiteSpotText(spot, t, language)) : null),
    [on, insights, t, language],
  );
}

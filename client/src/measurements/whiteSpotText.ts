import type { WhiteSpot, WhiteSpotKind } from '../../../shared/src/index.js';
import type { Language, Translate } from '../i18n/translate.js';
import { formatNumber } from './formatNumber.js';

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/**
 * A white spot explained in the reader's language, from its kind and params (the `message` of a
 * white spot is English, for the HTTP API).
 */
export function whiteSpotText(spot: WhiteSpot, t: Translate, language: Language): string {
  const p = spot.params;
  const num = (value: string | number | null | undefined) =>
    typeof value === 'number' ? formatNumber(value, language, { decimals: 2 }) : text(value);
  switch (spot.kind) {
    case 'empty-phase':
      return t('whiteSpot.text.empty-phase', { phase: text(p.phase) });
    case 'unmeasured':
      return p.period === null || p.period === undefined
        ? t('whiteSpot.text.unmeasured-ever', { touchpoint: text(p.touchpoint) })
        : t('whiteSpot.text.unmeasured', { touchpoint: text(p.touchpoint), period: text(p.period) });
    case 'underperforming':
      return t('whiteSpot.text.underperforming', {
        touchpoint: text(p.touchpoint),
        importance: num(p.importance),
        csi: num(p.csi),
        target: num(p.target),
      });
    case 'declining':
      return t('whiteSpot.text.declining', {
        touchpoint: text(p.touchpoint),
        drop: typeof p.delta === 'number' ? num(Math.abs(p.delta)) : text(p.delta),
        baselineCsi: num(p.baselineCsi),
        csi: num(p.csi),
      });
    case 'moment-of-truth-at-risk':
      return p.csi === null || p.csi === undefined
        ? t('whiteSpot.text.moment-of-truth-unmeasured', { touchpoint: text(p.touchpoint) })
        : t('whiteSpot.text.moment-of-truth-at-risk', { touchpoint: text(p.touchpoint), csi: num(p.csi), target: num(p.target) });
    case 'emotion-dip-without-measure':
      return t('whiteSpot.text.emotion-dip-without-measure', { touchpoint: text(p.touchpoint), personas: text(p.personas) });
    case 'unmapped-measurement':
      return t('whiteSpot.text.unmapped-measurement', { metricKey: text(p.metricKey), period: text(p.period), csi: num(p.csi) });
  }
}

/** The short name of a kind of white spot (chart labels, headings). */
export function whiteSpotKindLabel(kind: WhiteSpotKind, t: Translate): string {
  return t(`whiteSpot.kind.${kind}`);
}

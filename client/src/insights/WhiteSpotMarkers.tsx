import type { Severity, WhiteSpotKind } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import type { SpotMark } from './overlay.js';
import { WhiteSpotIcon } from './whiteSpotIcons.js';
import './overlay.css';

/**
 * One white spot as a round marker (a white spot, literally): the kind's icon in a ring of the
 * severity's colour. With `text`, a marker on the map; without, an icon beside written text.
 */
export function WhiteSpotMarker({
  kind,
  severity,
  text,
  size = 'normal',
}: {
  kind: WhiteSpotKind;
  severity: Severity;
  /** The explanation, as tooltip and for screen readers; none when the text is shown next to it. */
  text?: string;
  size?: 'normal' | 'small';
}) {
  return (
    <span
      className={`spot-marker spot-marker--${severity}${size === 'small' ? ' spot-marker--small' : ''}`}
      data-testid={text ? 'white-spot' : undefined}
      data-kind={kind}
      data-severity={severity}
      title={text}
      role={text ? 'img' : undefined}
      aria-label={text}
      aria-hidden={text ? undefined : true}
    >
      <WhiteSpotIcon kind={kind} size={size === 'small' ? 13 : 15} />
    </span>
  );
}

/** The markers hanging on the top edge of a card or phase header (at most four, then "+n"). */
export function WhiteSpotMarkers({ spots, max = 4 }: { spots: readonly SpotMark[]; max?: number }) {
  const t = useT();
  if (spots.length === 0) return null;
  const shown = spots.slice(0, max);
  const rest = spots.length - shown.length;
  return (
    <span className="spot-markers" aria-label={t('whiteSpots.onCard', { count: spots.length })} role="group">
      {shown.map((spot, index) => (
        <WhiteSpotMarker key={`${spot.kind}:${index}`} kind={spot.kind} severity={spot.severity} text={spot.text} />
      ))}
      {rest > 0 && (
        <span className="spot-markers__more" title={spots.slice(max).map((s) => s.text).join('\n')}>
          +{rest}
        </span>
      )}
    </span>
  );
}

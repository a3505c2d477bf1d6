import type { Insights, MapDocument, Severity } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { whiteSpotKindLabel, whiteSpotText } from '../measurements/whiteSpotText.js';

const SEVERITIES: Severity[] = ['high', 'medium', 'low'];

/** The white spots of the period, most severe first, each explained in the reader's language. */
export function WhiteSpotList({ insights, map, onSelect }: { insights: Insights; map: MapDocument; onSelect: (id: string) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const phaseOf = new Map(map.touchpoints.map((tp) => [tp.id, tp.phaseId]));
  const phaseName = new Map(map.phases.map((p) => [p.id, p.name]));
  return (
    <section className="report-card white-spots" data-testid="white-spot-list">
      <div className="report-card__head">
        <h2>{t('report.whiteSpotList')}</h2>
        <p className="muted small">{t('report.whiteSpotHint')}</p>
      </div>
      {insights.whiteSpots.length === 0 && <p className="muted">{t('report.noWhiteSpots')}</p>}
      {SEVERITIES.map((severity) => {
        const spots = insights.whiteSpots.filter((spot) => spot.severity === severity);
        if (spots.length === 0) return null;
        return (
          <div key={severity} className="white-spots__group">
            <h3 className={`white-spots__severity severity-badge severity-badge--${severity}`}>
              {t(`report.severity.${severity}`)} <span className="white-spots__count">{spots.length}</span>
            </h3>
            <ul className="white-spots__list">
              {spots.map((spot, index) => {
                const phaseId = spot.phaseId ?? (spot.touchpointId ? phaseOf.get(spot.touchpointId) : undefined);
                return (
                  <li key={index} className="white-spot" data-testid="white-spot" data-kind={spot.kind} data-severity={spot.severity}>
                    <span className="white-spot__kind">{whiteSpotKindLabel(spot.kind, t)}</span>
                    <span className="white-spot__text">
                      {whiteSpotText(spot, t, language)}
                      {phaseId && phaseName.get(phaseId) && <span className="white-spot__phase"> · {phaseName.get(phaseId)}</span>}
                    </span>
                    {spot.touchpointId && (
                      <button type="button" className="link-button white-spot__show no-print" onClick={() => onSelect(spot.touchpointId!)}>
                        {t('report.showTouchpoint')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

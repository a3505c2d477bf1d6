import { useId, useState } from 'react';
import type { Insights, MapDocument, WhiteSpot } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { whiteSpotKindLabel, whiteSpotText } from '../measurements/whiteSpotText.js';
import { EmptyState } from '../ui/EmptyState.js';
import { UploadIcon } from '../ui/icons.js';
import { bySeverity } from './overlay.js';
import { WhiteSpotMarker } from './WhiteSpotMarkers.js';
import { GaugeIcon } from './whiteSpotIcons.js';
import './insightPanels.css';

interface WhiteSpotPanelProps {
  map: MapDocument;
  insights: Insights | null;
  /** The measurements could not be loaded. */
  error: string | null;
  onRetry: () => void;
  onShowTouchpoint: (touchpointId: string) => void;
  onShowPhase: (phaseId: string) => void;
  /** Opens the measurement import; without it (a read-only link) there is no import button. */
  onImport?: () => void;
}

/** How many white spots show before "show all" (every severe one shows, however many). */
const FIRST = 6;

/**
 * The white spots of the journey in the period, most severe first, each in the reader's
 * language; a click brings its touchpoint or phase into view.
 */
export function WhiteSpotPanel({ map, insights, error, onRetry, onShowTouchpoint, onShowPhase, onImport }: WhiteSpotPanelProps) {
  const t = useT();
  const { language } = useLanguage();
  const id = useId();
  const [all, setAll] = useState(false);
  const spots = insights?.whiteSpots ?? [];
  const noMeasurements = insights !== null && insights.periods.length === 0;
  const phaseOf = new Map(map.touchpoints.map((tp) => [tp.id, tp.phaseId]));
  const phaseName = new Map(map.phases.map((p) => [p.id, p.name.trim() === '' ? t('phase.unnamed') : p.name]));

  // The list is sorted by severity already: the first ones, and at least every severe one.
  const first = Math.max(FIRST, spots.filter((spot) => spot.severity === 'high').length);
  const shown = all ? spots : spots.slice(0, first);
  const show = (spot: WhiteSpot) => {
    if (spot.touchpointId !== undefined) onShowTouchpoint(spot.touchpointId);
    else if (spot.phaseId !== undefined) onShowPhase(spot.phaseId);
  };

  return (
    <section className="panel side-panel white-spot-panel" data-testid="white-spot-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('whiteSpots.title')}
          {insights && spots.length > 0 && (
            <span className="count-badge" data-testid="white-spot-panel-count">
              {spots.length}
            </span>
          )}
        </h2>
        {insights?.period && (
          <span className="white-spot-panel__period">
            {insights.baseline === null
              ? insights.period
              : t('overlay.periodVs', { period: insights.period, baseline: insights.baseline })}
          </span>
        )}
      </div>

      {error && (
        <div className="notice notice--error" role="alert">
          <p>{t('whiteSpots.loadFailed', { message: error })}</p>
          <div className="notice__actions">
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('common.retry')}
            </button>
          </div>
        </div>
      )}
      {!insights && !error && <p className="muted">{t('whiteSpots.loading')}</p>}

      {noMeasurements && (
        <EmptyState
          icon={<GaugeIcon size={22} />}
          title={onImport ? t('whiteSpots.noMeasurements') : t('whiteSpots.noMeasurementsView')}
          text={onImport ? t('whiteSpots.noMeasurementsHint') : t('whiteSpots.noMeasurementsViewHint')}
          testId="white-spots-no-measurements"
          action={
            onImport && (
              <button type="button" className="button button--small button--primary" data-testid="white-spots-import" onClick={onImport}>
                <UploadIcon size={15} /> {t('overlay.import')}
              </button>
            )
          }
        />
      )}
      {insights && spots.length === 0 && (
        <EmptyState title={t('whiteSpots.none')} text={t('whiteSpots.noneHint')} testId="white-spots-none" />
      )}

      {bySeverity(shown).map((group) => (
        <div key={group.severity} className="white-spot-group">
          <h3 className={`white-spot-group__title white-spot-group__title--${group.severity}`}>
            {t(`whiteSpots.severity.${group.severity}`)}
            <span className="white-spot-group__count">{spots.filter((s) => s.severity === group.severity).length}</span>
          </h3>
          <ul className="white-spot-list">
            {group.spots.map((spot) => {
              const phaseId = spot.phaseId ?? (spot.touchpointId ? phaseOf.get(spot.touchpointId) : undefined);
              const where = phaseId === undefined ? undefined : phaseName.get(phaseId);
              const clickable = spot.touchpointId !== undefined || spot.phaseId !== undefined;
              const body = (
                <>
                  <WhiteSpotMarker kind={spot.kind} severity={spot.severity} size="small" />
                  <span className="white-spot-item__body">
                    <span className="white-spot-item__kind">
                      {whiteSpotKindLabel(spot.kind, t)}
                      {where && <span className="white-spot-item__where"> · {where}</span>}
                    </span>
                    <span className="white-spot-item__text">{whiteSpotText(spot, t, language)}</span>
                  </span>
                </>
              );
              return (
                <li
                  key={`${spot.kind}:${spot.touchpointId ?? spot.phaseId ?? spot.metricKey}`}
                  className="white-spot-item"
                  data-testid="white-spot-item"
                  data-kind={spot.kind}
                  data-severity={spot.severity}
                  data-touchpoint-id={spot.touchpointId}
                  data-phase-id={spot.phaseId}
                >
                  {clickable ? (
                    <button
                      type="button"
                      className="white-spot-item__button"
                      title={spot.touchpointId ? t('whiteSpots.showTouchpoint') : t('whiteSpots.showPhase')}
                      onClick={() => show(spot)}
                    >
                      {body}
                    </button>
                  ) : (
                    <div className="white-spot-item__button is-static">{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {spots.length > first && (
        <button type="button" className="link-button white-spot-panel__more" data-testid="white-spots-more" onClick={() => setAll((a) => !a)}>
          {all ? t('whiteSpots.showFewer') : t('whiteSpots.showAll', { count: spots.length })}
        </button>
      )}
    </section>
  );
}

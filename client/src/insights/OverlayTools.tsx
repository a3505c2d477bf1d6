import type { Insights } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { reportQuery } from '../report/useReportParams.js';
import { Link } from '../routing/Link.js';
import { reportPath } from '../routing/routes.js';
import { UploadIcon } from '../ui/icons.js';
import type { Comparison } from './comparison.js';
import { severityCounts } from './overlay.js';
import { GaugeIcon, MatrixIcon, ReportIcon } from './whiteSpotIcons.js';
import './overlay.css';

interface OverlayToolsProps {
  mapId: string;
  on: boolean;
  onToggle: () => void;
  /** Null while the measurements load. */
  insights: Insights | null;
  comparison: Comparison;
  onComparison: (comparison: Comparison) => void;
  /** Opens the measurement import; without it (a read-only link) there is no import button. */
  onImport?: () => void;
  onOpenMatrix: () => void;
}

/**
 * The measurement tools of the canvas toolbar: the CSI overlay (with the number of white spots),
 * which period it shows against which baseline, import, the priority matrix and the report.
 */
export function OverlayTools({ mapId, on, onToggle, insights, comparison, onComparison, onImport, onOpenMatrix }: OverlayToolsProps) {
  const t = useT();
  const spots = insights?.whiteSpots ?? [];
  const counts = severityCounts(spots);
  const worst = counts.high > 0 ? 'high' : counts.medium > 0 ? 'medium' : counts.low > 0 ? 'low' : 'none';
  const periods = insights?.periods ?? [];
  const newestFirst = [...periods].reverse();
  const measured = (insights?.summary.measured ?? 0) > 0;
  const countLabel = t('overlay.whiteSpotCount', { count: spots.length });
  const toggleHint = on ? t('overlay.hide') : t('overlay.show');
  return (
    <div className="overlay-tools" role="group" aria-label={t('overlay.tools')}>
      <button
        type="button"
        className={`tool-button tool-button--overlay${on ? ' is-on' : ''}`}
        data-testid="csi-overlay-toggle"
        aria-pressed={on}
        title={`${toggleHint} · ${countLabel}`}
        onClick={onToggle}
      >
        <GaugeIcon />
        <span className="overlay-tools__name">{t('overlay.toggle')}</span>
        {insights && (
          <span
            className={`spot-count spot-count--${worst}`}
            data-testid="white-spot-count"
            data-count={spots.length}
            aria-label={countLabel}
          >
            <span className="spot-count__ring" aria-hidden="true" />
            {spots.length}
          </span>
        )}
      </button>
      {on && periods.length > 0 && insights && (
        <div className="overlay-periods">
          <select
            className="select select--small overlay-periods__select"
            data-testid="overlay-period"
            aria-label={t('overlay.period')}
            title={t('overlay.period')}
            value={insights.period ?? ''}
            onChange={(event) => onComparison({ period: event.target.value, baseline: undefined })}
          >
            {newestFirst.map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </select>
          <span className="overlay-periods__vs">{t('overlay.vs')}</span>
          <select
            className="select select--small overlay-periods__select"
            data-testid="overlay-baseline"
            aria-label={t('overlay.baseline')}
            title={t('overlay.baseline')}
            value={insights.baseline ?? ''}
            onChange={(event) =>
              onComparison({ period: comparison.period, baseline: event.target.value === '' ? null : event.target.value })
            }
          >
            {newestFirst
              .filter((period) => period !== insights.period)
              .map((period) => (
                <option key={period} value={period}>
                  {period}
                </option>
              ))}
            <option value="">{t('overlay.baselineNone')}</option>
          </select>
        </div>
      )}
      {onImport && (
        <button
          type="button"
          className="tool-button"
          data-testid="import-measurements"
          title={t('overlay.importHint')}
          onClick={onImport}
        >
          <UploadIcon /> <span className="tool-button__label">{t('overlay.import')}</span>
        </button>
      )}
      <button
        type="button"
        className="tool-button"
        data-testid="open-matrix"
        aria-label={t('overlay.matrix')}
        title={measured ? t('overlay.matrix') : t('overlay.matrixEmpty')}
        disabled={!measured}
        onClick={onOpenMatrix}
      >
        <MatrixIcon />
      </button>
      <Link
        to={`${reportPath(mapId)}${reportQuery(comparison)}`}
        className="tool-button"
        data-testid="open-report"
        aria-label={t('overlay.report')}
        title={t('overlay.report')}
      >
        <ReportIcon />
      </Link>
    </div>
  );
}

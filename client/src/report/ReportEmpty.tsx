import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { mapPath } from '../routing/routes.js';
import { UploadIcon } from '../ui/icons.js';

/** No measurements yet: what to import, how it is matched, and the two ways on (read-only: no import). */
export function ReportEmpty({ mapId, onImport }: { mapId: string; onImport?: () => void }) {
  const t = useT();
  return (
    <section className="report-empty" data-testid="report-empty">
      <span className="report-empty__icon" aria-hidden="true">
        <svg viewBox="0 0 48 48" width="48" height="48" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
          <path d="M6 40h36" />
          <rect x="10" y="24" width="6" height="12" rx="1.5" />
          <rect x="21" y="16" width="6" height="20" rx="1.5" />
          <rect x="32" y="8" width="6" height="28" rx="1.5" />
        </svg>
      </span>
      <h1 className="report-empty__title">{t('report.emptyTitle')}</h1>
      <p className="report-empty__text">{onImport ? t('report.emptyText') : t('report.emptyTextView')}</p>
      {onImport && (
        <div className="report-empty__example">
          <p>{t('report.emptyExample')}</p>
          <pre>{t('importCsi.exampleCsv')}</pre>
          <p className="muted small">{t('importCsi.keysHint')}</p>
        </div>
      )}
      <div className="report-empty__actions">
        {onImport && (
          <button type="button" className="button button--primary" data-testid="empty-import" onClick={onImport}>
            <UploadIcon /> {t('report.import')}
          </button>
        )}
        <Link to={mapPath(mapId)} className="button" data-testid="empty-open-map">
          {t('report.openMap')}
        </Link>
      </div>
    </section>
  );
}

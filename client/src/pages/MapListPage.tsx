import { useCallback, useEffect, useState } from 'react';
import type { MapSummary } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { DeleteMapDialog } from '../list/DeleteMapDialog.js';
import { ImportMapButton, ImportReport, type ImportOutcome } from '../list/ImportMapButton.js';
import { MapListItem } from '../list/MapListItem.js';
import { NewMapForm } from '../list/NewMapForm.js';
import { useMapList } from '../list/useMapList.js';
import { mapPath, navigate } from '../routing/routes.js';
import { AppHeader } from '../ui/AppHeader.js';
import { PlusIcon } from '../ui/icons.js';

/** `/`: every map on this server, with create, import, export and delete. */
export function MapListPage() {
  const t = useT();
  const list = useMapList();
  const { reload, remove } = list;
  const [deleting, setDeleting] = useState<MapSummary | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    document.title = `${t('list.title')} · Waymark`;
  }, [t]);

  const onOutcome = useCallback(
    (next: ImportOutcome) => {
      setOutcome(next);
      if (next.kind === 'imported') reload();
    },
    [reload],
  );
  const onDeleted = useCallback(
    (id: string) => {
      remove(id);
      setDeleting(null);
      setOutcome((current) => (current?.kind === 'imported' && current.id === id ? null : current));
    },
    [remove],
  );
  const highlighted = outcome?.kind === 'imported' ? outcome.id : null;

  return (
    <div className="page">
      <AppHeader />
      <main className="list-page" data-testid="map-list">
        <div className="list-page__head">
          <div>
            <h1 className="list-page__title">{t('list.title')}</h1>
            <p className="list-page__lead">{t('list.lead')}</p>
          </div>
          <div className="list-page__actions">
            <ImportMapButton onOutcome={onOutcome} />
            <button
              type="button"
              className="button button--primary"
              data-testid="new-map"
              aria-expanded={creating}
              onClick={() => setCreating(true)}
            >
              <PlusIcon /> {t('list.newMap')}
            </button>
          </div>
        </div>

        {creating && <NewMapForm onCancel={() => setCreating(false)} />}

        {outcome && (
          <ImportReport outcome={outcome} onDismiss={() => setOutcome(null)} onOpen={(id) => navigate(mapPath(id))} />
        )}

        {list.state === 'loading' && <p className="muted" role="status">{t('list.loading')}</p>}
        {list.state === 'failed' && (
          <div className="notice notice--error" role="alert">
            <p>{t('list.loadFailed', { message: list.message })}</p>
            <div className="notice__actions">
              <button type="button" className="button" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          </div>
        )}
        {list.state === 'ready' && list.maps.length === 0 && (
          <div className="empty-state" data-testid="empty-state">
            <svg viewBox="0 0 120 60" width="120" height="60" aria-hidden="true">
              <path d="M6 44c18-30 30 8 48-10s30-26 60-6" fill="none" stroke="#9fb3e8" strokeWidth="4" strokeLinecap="round" strokeDasharray="2 9" />
              <circle cx="6" cy="44" r="5" fill="#2454d6" />
              <circle cx="114" cy="28" r="5" fill="#ffb020" />
            </svg>
            <h2>{t('list.emptyTitle')}</h2>
            <p>{t('list.emptyText')}</p>
          </div>
        )}
        {list.state === 'ready' && list.maps.length > 0 && (
          <ul className="map-items">
            {list.maps.map((map) => (
              <MapListItem key={map.id} map={map} highlighted={map.id === highlighted} onDelete={setDeleting} />
            ))}
          </ul>
        )}
      </main>
      {deleting && <DeleteMapDialog map={deleting} onDeleted={onDeleted} onClose={() => setDeleting(null)} />}
    </div>
  );
}

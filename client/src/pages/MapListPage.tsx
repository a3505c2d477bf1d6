import { useCallback, useEffect, useMemo, useState } from 'react';
import { LIMITS } from '../../../shared/src/index.js';
import {
  deleteMapForever,
  duplicateMap,
  emptyTrash,
  moveMapToTrash,
  renameMap,
  restoreMap,
  type MapSummary,
  type TrashedMap,
} from '../api/mapsApi.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { ConfirmDialog } from '../list/ConfirmDialog.js';
import { ImportMapButton, ImportReport, type ImportOutcome } from '../list/ImportMapButton.js';
import { MapListToolbar } from '../list/MapListToolbar.js';
import { MapsView } from '../list/MapsView.js';
import { NewMapForm } from '../list/NewMapForm.js';
import { Toast } from '../list/Toast.js';
import { TrashView } from '../list/TrashView.js';
import { filterAndSortMaps } from '../list/mapFilter.js';
import { useMapList } from '../list/useMapList.js';
import { useMapSort } from '../list/useMapSort.js';
import { useToast } from '../list/useToast.js';
import { useTrash } from '../list/useTrash.js';
import { Link } from '../routing/Link.js';
import { TRASH_PATH, mapPath, navigate } from '../routing/routes.js';
import { AppHeader } from '../ui/AppHeader.js';
import { PlusIcon } from '../ui/icons.js';

type Confirmation = { kind: 'deleteForever'; map: TrashedMap } | { kind: 'emptyTrash'; count: number };

function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** `/` and `/trash`: every map on this server, and the maps deleted lately. */
export function MapListPage({ view }: { view: 'maps' | 'trash' }) {
  const t = useT();
  const { language } = useLanguage();
  const list = useMapList();
  const trash = useTrash();
  const { toast, show, dismiss } = useToast();
  const { reload, remove, upsert, update } = list;
  const { reload: reloadTrash, remove: removeFromTrash, clear: clearTrash } = trash;
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [creating, setCreating] = useState(false);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useMapSort();
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const titleOf = useCallback((map: MapSummary) => (map.title.trim() === '' ? t('map.untitled') : map.title), [t]);

  useEffect(() => {
    document.title = `${view === 'trash' ? t('trash.title') : t('list.title')} · Waymark`;
  }, [t, view]);

  const onOutcome = useCallback(
    (next: ImportOutcome) => {
      setOutcome(next);
      if (next.kind === 'imported') {
        setHighlighted(next.id);
        reload();
      }
    },
    [reload],
  );

  const restore = useCallback(
    async (map: MapSummary): Promise<MapSummary | null> => {
      try {
        const restored = await restoreMap(map.id);
        upsert(restored);
        removeFromTrash(map.id);
        return restored;
      } catch (cause) {
        show({ tone: 'error', message: t('list.restoreFailed', { message: errorMessage(cause) }) });
        reloadTrash();
        return null;
      }
    },
    [upsert, removeFromTrash, reloadTrash, show, t],
  );

  const onTrash = useCallback(
    async (map: MapSummary) => {
      try {
        await moveMapToTrash(map.id);
      } catch (cause) {
        show({ tone: 'error', message: t('list.trashFailed', { message: errorMessage(cause) }) });
        reload();
        return;
      }
      remove(map.id);
      reloadTrash();
      setOutcome((current) => (current?.kind === 'imported' && current.id === map.id ? null : current));
      show({
        message: t('list.movedToTrash', { title: titleOf(map) }),
        action: {
          label: t('list.undo'),
          testId: 'undo-delete',
          run: () => void restore(map).then((restored) => restored && setHighlighted(restored.id)),
        },
      });
    },
    [remove, reload, reloadTrash, restore, show, t, titleOf],
  );

  const onRename = useCallback(
    async (map: MapSummary, title: string) => {
      update(map.id, { title });
      try {
        upsert(await renameMap(map.id, title));
      } catch (cause) {
        update(map.id, { title: map.title });
        show({ tone: 'error', message: t('list.renameFailed', { message: errorMessage(cause) }) });
      }
    },
    [update, upsert, show, t],
  );

  const onDuplicate = useCallback(
    async (map: MapSummary) => {
      const base = titleOf(map);
      const full = t('list.copyTitle', { title: base });
      const overflow = Array.from(full).length - LIMITS.nameLength;
      const title = overflow > 0 ? t('list.copyTitle', { title: Array.from(base).slice(0, -overflow).join('').trim() }) : full;
      try {
        const copy = await duplicateMap(map.id, title);
        upsert(copy);
        setHighlighted(copy.id);
        show({
          message: t('list.duplicated', { title: copy.title }),
          action: { label: t('list.open'), testId: 'open-copy', run: () => navigate(mapPath(copy.id)) },
        });
      } catch (cause) {
        show({ tone: 'error', message: t('list.duplicateFailed', { message: errorMessage(cause) }) });
      }
    },
    [upsert, show, t, titleOf],
  );

  const onRestoreFromTrash = useCallback(
    async (map: TrashedMap) => {
      const restored = await restore(map);
      if (!restored) return;
      setHighlighted(restored.id);
      show({
        message: t('trash.restored', { title: titleOf(restored) }),
        action: { label: t('list.open'), testId: 'open-restored', run: () => navigate(mapPath(restored.id)) },
      });
    },
    [restore, show, t, titleOf],
  );

  const shown = useMemo(
    () => (list.state === 'ready' ? filterAndSortMaps(list.maps, query, sort, language) : []),
    [list, query, sort, language],
  );
  const trashCount = trash.state === 'ready' ? trash.maps.length : 0;

  return (
    <div className="page">
      <AppHeader />
      <main className="list-page" data-testid="map-list">
        <div className="list-page__head">
          <div>
            <h1 className="list-page__title">{view === 'trash' ? t('trash.title') : t('list.title')}</h1>
            <p className="list-page__lead">{view === 'trash' ? t('trash.lead') : t('list.lead')}</p>
          </div>
          <div className="list-page__actions">
            {view === 'maps' ? (
              <>
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
              </>
            ) : (
              trashCount > 0 && (
                <button
                  type="button"
                  className="button button--danger"
                  data-testid="empty-trash"
                  onClick={() => setConfirmation({ kind: 'emptyTrash', count: trashCount })}
                >
                  {t('trash.empty')}
                </button>
              )
            )}
          </div>
        </div>

        <nav className="list-tabs" aria-label={t('list.tabsLabel')}>
          <Link to="/" className="list-tabs__tab" aria-current={view === 'maps' ? 'page' : undefined} data-testid="show-maps">
            {t('list.tabMaps')}
            {list.state === 'ready' && <span className="list-tabs__count">{list.maps.length}</span>}
          </Link>
          <Link to={TRASH_PATH} className="list-tabs__tab" aria-current={view === 'trash' ? 'page' : undefined} data-testid="show-trash">
            {t('trash.title')}
            {trashCount > 0 && (
              <span className="list-tabs__count" data-testid="trash-count">
                {trashCount}
              </span>
            )}
          </Link>
        </nav>

        {view === 'maps' && creating && <NewMapForm onCancel={() => setCreating(false)} />}
        {view === 'maps' && outcome && (
          <ImportReport outcome={outcome} onDismiss={() => setOutcome(null)} onOpen={(id) => navigate(mapPath(id))} />
        )}

        {view === 'maps' && list.state === 'loading' && (
          <p className="muted" role="status">
            {t('list.loading')}
          </p>
        )}
        {view === 'maps' && list.state === 'failed' && (
          <div className="notice notice--error" role="alert">
            <p>{t('list.loadFailed', { message: list.message })}</p>
            <div className="notice__actions">
              <button type="button" className="button" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          </div>
        )}
        {view === 'maps' && list.state === 'ready' && (
          <>
            {list.maps.length > 0 && (
              <MapListToolbar query={query} onQuery={setQuery} sort={sort} onSort={setSort} shown={shown.length} total={list.maps.length} />
            )}
            <MapsView
              total={list.maps.length}
              shown={shown}
              query={query}
              sort={sort}
              highlighted={highlighted}
              onClearSearch={() => setQuery('')}
              onRename={onRename}
              onDuplicate={onDuplicate}
              onTrash={onTrash}
            />
          </>
        )}

        {view === 'trash' && (
          <TrashView
            trash={trash}
            onRetry={reloadTrash}
            onRestore={onRestoreFromTrash}
            onDeleteForever={(map) => setConfirmation({ kind: 'deleteForever', map })}
          />
        )}
      </main>

      <div className="toast-region">{toast && <Toast key={toast.key} toast={toast} onDismiss={dismiss} />}</div>

      {confirmation?.kind === 'deleteForever' && (
        <ConfirmDialog
          title={t('list.deleteTitle', { title: titleOf(confirmation.map) })}
          testId="delete-map-dialog"
          confirmLabel={t('trash.deleteForever')}
          confirmTestId="confirm-delete"
          action={() => deleteMapForever(confirmation.map.id)}
          failure={(message) => t('list.deleteFailed', { message })}
          onDone={() => {
            removeFromTrash(confirmation.map.id);
            setConfirmation(null);
          }}
          onClose={() => setConfirmation(null)}
        >
          <p>{t('list.deleteWarning')}</p>
        </ConfirmDialog>
      )}
      {confirmation?.kind === 'emptyTrash' && (
        <ConfirmDialog
          title={t('trash.emptyConfirmTitle')}
          testId="empty-trash-dialog"
          confirmLabel={t('trash.empty')}
          confirmTestId="confirm-empty-trash"
          action={emptyTrash}
          failure={(message) => t('trash.emptyFailed', { message })}
          onDone={() => {
            clearTrash();
            setConfirmation(null);
          }}
          onClose={() => setConfirmation(null)}
        >
          <p>{t('trash.emptyConfirmText', { count: confirmation.count })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

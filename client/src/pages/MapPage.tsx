import { useCallback, useEffect, useMemo, useState } from 'react';
import { addPhase, addTouchpoint, setTitle } from '../../../shared/src/index.js';
import { CanvasActionsContext, type CanvasActions } from '../canvas/CanvasActionsContext.js';
import { JourneyCanvas } from '../canvas/JourneyCanvas.js';
import { PhaseDeleteDialog } from '../canvas/PhaseDeleteDialog.js';
import { useT } from '../i18n/useT.js';
import { Inspector } from '../panels/Inspector.js';
import { MeasuresPanel } from '../panels/MeasuresPanel.js';
import { PersonasPanel } from '../panels/PersonasPanel.js';
import { Link } from '../routing/Link.js';
import { useMapDoc } from '../sync/useMapDoc.js';
import { useUndo } from '../sync/useUndo.js';
import { ConnectionStatus } from '../ui/ConnectionStatus.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { ArrowLeftIcon, PanelIcon, RedoIcon, UndoIcon } from '../ui/icons.js';
import { useUndoShortcuts } from '../ui/useUndoShortcuts.js';
import { NotFoundPage } from './NotFoundPage.js';

/** `/maps/:id`: one journey map, edited live with everyone who has it open. */
export function MapPage({ mapId }: { mapId: string }) {
  const t = useT();
  const { doc, map, status, synced, notFound, deleted } = useMapDoc(mapId);
  const undo = useUndo(doc);
  useUndoShortcuts(undo);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);
  const [renamePhaseId, setRenamePhaseId] = useState<string | null>(null);
  const [deletingPhaseId, setDeletingPhaseId] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);

  const title = map?.title ?? '';
  useEffect(() => {
    document.title = `${title.trim() === '' ? t('map.untitled') : title} · Waymark`;
  }, [title, t]);

  // A touchpoint deleted by someone else simply stops being selected.
  const selected = useMemo(() => map?.touchpoints.find((tp) => tp.id === selectedId) ?? null, [map, selectedId]);
  const deletingPhase = map?.phases.find((p) => p.id === deletingPhaseId) ?? null;
  const clearFocusTitle = useCallback(() => setFocusTitleOf(null), []);
  const clearRenamePhase = useCallback(() => setRenamePhaseId(null), []);

  const actions = useMemo<CanvasActions | null>(() => {
    if (!doc) return null;
    return {
      doc,
      addTouchpoint: (phaseId) => {
        const id = addTouchpoint(doc, { phaseId, title: t('touchpoint.newTitle') });
        setSelectedId(id);
        setFocusTitleOf(id);
        setSidebarOpen(true);
      },
      addPhase: () => setRenamePhaseId(addPhase(doc, { name: t('phase.newName') })),
      selectTouchpoint: (id) => {
        setSelectedId(id);
        setSidebarOpen(true);
      },
      requestPhaseDeletion: setDeletingPhaseId,
      renamePhaseId,
      clearRenamePhase,
    };
  }, [doc, t, renamePhaseId, clearRenamePhase]);

  if (notFound) return <NotFoundPage what={deleted ? 'deletedMap' : 'map'} />;

  return (
    <div className="map-page">
      <header className="topbar topbar--map">
        <Link to="/" className="button button--quiet back-link" data-testid="back-to-list">
          <ArrowLeftIcon size={18} /> {t('map.back')}
        </Link>
        <div className="topbar__title">
          {doc && map && synced ? (
            <SyncedTextInput
              className="title-input"
              data-testid="map-title"
              aria-label={t('map.titleLabel')}
              placeholder={t('map.untitled')}
              maxLength={200}
              value={map.title}
              onValue={(value) => setTitle(doc, value)}
            />
          ) : (
            <span className="title-input title-input--loading">{t('map.loading')}</span>
          )}
        </div>
        <div className="topbar__tools">
          <button
            type="button"
            className="icon-button"
            data-testid="undo"
            aria-label={t('map.undo')}
            title={t('map.undo')}
            disabled={!undo.canUndo}
            onClick={undo.undo}
          >
            <UndoIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="redo"
            aria-label={t('map.redo')}
            title={t('map.redo')}
            disabled={!undo.canRedo}
            onClick={undo.redo}
          >
            <RedoIcon />
          </button>
          <ConnectionStatus state={status} />
          <button
            type="button"
            className={`icon-button${sidebarOpen ? ' is-on' : ''}`}
            data-testid="toggle-sidebar"
            aria-pressed={sidebarOpen}
            aria-label={t('map.sidebar')}
            title={t('map.sidebar')}
            onClick={() => setSidebarOpen((open) => !open)}
          >
            <PanelIcon />
          </button>
          <LanguageSwitch />
        </div>
      </header>

      <div className="map-body">
        <main className="canvas-area">
          {doc && map && synced && actions ? (
            <CanvasActionsContext.Provider value={actions}>
              <JourneyCanvas doc={doc} map={map} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
            </CanvasActionsContext.Provider>
          ) : (
            <div className="canvas-placeholder" role="status">
              <span className={`spinner${status === 'offline' ? ' is-stopped' : ''}`} aria-hidden="true" />
              <p>{status === 'offline' ? t('map.waitingForServer') : t('map.loading')}</p>
            </div>
          )}
        </main>
        {sidebarOpen && doc && map && synced && (
          <aside className="sidebar" aria-label={t('map.sidebar')}>
            {selected ? (
              <Inspector
                key={selected.id}
                doc={doc}
                map={map}
                touchpoint={selected}
                focusTitle={focusTitleOf === selected.id}
                onTitleFocused={clearFocusTitle}
                onClose={() => setSelectedId(null)}
              />
            ) : (
              <section className="panel panel--hint" data-testid="inspector-empty">
                <h2 className="panel__title">{t('inspector.title')}</h2>
                <p className="muted">{t('inspector.empty')}</p>
              </section>
            )}
            <PersonasPanel doc={doc} personas={map.personas} />
            <MeasuresPanel doc={doc} map={map} selected={selected} />
          </aside>
        )}
      </div>
      {doc && map && deletingPhase && (
        <PhaseDeleteDialog doc={doc} map={map} phase={deletingPhase} onClose={() => setDeletingPhaseId(null)} />
      )}
    </div>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { setTitle } from '../../../shared/src/index.js';
import { TextSizeIcon } from '../canvas/canvasIcons.js';
import { JourneyCanvas, type FocusRequest } from '../canvas/JourneyCanvas.js';
import { SelectionPanel } from '../editing/SelectionPanel.js';
import { EMPTY_SELECTION, pruneSelection, selectionSize, selectTouchpoints, type Selection } from '../editing/selection.js';
import { useLargeType } from '../editing/useLargeType.js';
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
import { NotFoundPage } from './NotFoundPage.js';

/** `/maps/:id`: one journey map, edited live with everyone who has it open. */
export function MapPage({ mapId }: { mapId: string }) {
  const t = useT();
  const { doc, map, status, synced, notFound, deleted, save } = useMapDoc(mapId);
  // The canvas handles undo and redo keys (and every other shortcut) while the map is shown.
  const undo = useUndo(doc);
  const [chosen, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [largeType, toggleLargeType] = useLargeType();

  const title = map?.title ?? '';
  useEffect(() => {
    document.title = `${title.trim() === '' ? t('map.untitled') : title} · Waymark`;
  }, [title, t]);

  // Items deleted by someone else (or by an undo) simply stop being selected.
  const selection = useMemo(() => (map ? pruneSelection(chosen, map) : chosen), [map, chosen]);
  const onlyTouchpoint = selection.touchpointIds.length === 1 && selection.cardIds.length === 0 ? selection.touchpointIds[0] : null;
  const selected = useMemo(() => map?.touchpoints.find((tp) => tp.id === onlyTouchpoint) ?? null, [map, onlyTouchpoint]);
  const clearFocusTitle = useCallback(() => setFocusTitleOf(null), []);
  const showTouchpoint = useCallback((id: string) => {
    setSelection(selectTouchpoints([id]));
    setSidebarOpen(true);
  }, []);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  /** Selects a touchpoint and brings it into view (from the side lists). */
  const revealTouchpoint = useCallback(
    (id: string) => {
      showTouchpoint(id);
      setFocusRequest((previous) => ({ touchpointId: id, seq: (previous?.seq ?? 0) + 1 }));
    },
    [showTouchpoint],
  );
  const editTouchpoint = useCallback((id: string) => {
    setSelection(selectTouchpoints([id]));
    setFocusTitleOf(id);
    setSidebarOpen(true);
  }, []);

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
          <ConnectionStatus state={status} save={save} />
          <button
            type="button"
            className={`icon-button${largeType ? ' is-on' : ''}`}
            data-testid="large-type"
            aria-pressed={largeType}
            aria-label={t('map.largeType')}
            title={t('map.largeType')}
            onClick={toggleLargeType}
          >
            <TextSizeIcon />
          </button>
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
          {doc && map && synced ? (
            <JourneyCanvas
              doc={doc}
              map={map}
              undo={undo}
              selection={selection}
              onSelectionChange={setSelection}
              onEditTouchpoint={editTouchpoint}
              onShowTouchpoint={showTouchpoint}
              largeType={largeType}
              focusRequest={focusRequest}
            />
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
                onClose={() => setSelection(EMPTY_SELECTION)}
              />
            ) : selectionSize(selection) > 0 ? (
              <SelectionPanel doc={doc} selection={selection} onSelectionChange={setSelection} />
            ) : (
              <section className="panel panel--hint" data-testid="inspector-empty">
                <h2 className="panel__title">{t('inspector.title')}</h2>
                <p className="muted">{t('inspector.empty')}</p>
              </section>
            )}
            <PersonasPanel doc={doc} personas={map.personas} touchpoints={map.touchpoints} />
            <MeasuresPanel doc={doc} map={map} selected={selected} onSelectTouchpoint={revealTouchpoint} />
          </aside>
        )}
      </div>
    </div>
  );
}

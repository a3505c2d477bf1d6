import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { measurementsRevision, setTitle } from '../../../shared/src/index.js';
import { TextSizeIcon } from '../canvas/canvasIcons.js';
import type { JourneyNode } from '../canvas/canvasNodes.js';
import { JourneyCanvas, type FocusRequest } from '../canvas/JourneyCanvas.js';
import { SelectionPanel } from '../editing/SelectionPanel.js';
import { EMPTY_SELECTION, pruneSelection, selectionSize, selectTouchpoints, type Selection } from '../editing/selection.js';
import { useLargeType } from '../editing/useLargeType.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { useT } from '../i18n/useT.js';
import { DEFAULT_COMPARISON, type Comparison } from '../insights/comparison.js';
import { CsiLegend } from '../insights/CsiLegend.js';
import { FileDropOverlay } from '../insights/FileDropOverlay.js';
import { MatrixDialog } from '../insights/MatrixDialog.js';
import { measureEffects } from '../insights/measureEffect.js';
import { OverlayTools } from '../insights/OverlayTools.js';
import { TouchpointCsi } from '../insights/TouchpointCsi.js';
import { useCanvasOverlay } from '../insights/useCanvasOverlay.js';
import { useFileDrop } from '../insights/useFileDrop.js';
import { useInsights } from '../insights/useInsights.js';
import { useOverlayToggle } from '../insights/useOverlayToggle.js';
import { WhiteSpotPanel } from '../insights/WhiteSpotPanel.js';
import { MeasurementImport } from '../measurements/MeasurementImport.js';
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

  // Measured CSI: loaded again whenever anyone imports or deletes measurements (the revision
  // in the shared document), computed here on every edit of the map.
  const revision = doc ? measurementsRevision(doc) : 0;
  const [overlayOn, setOverlayOn] = useOverlayToggle(mapId);
  const [comparison, setComparison] = useState<Comparison>(DEFAULT_COMPARISON);
  const { insights, error: insightsError, reload } = useInsights(mapId, map, revision, comparison.period, comparison.baseline);
  const overlay = useCanvasOverlay(insights, overlayOn);
  const effects = useMemo(() => measureEffects(insights), [insights]);
  const [importing, setImporting] = useState<{ file: File | null } | null>(null);
  const [matrixOpen, setMatrixOpen] = useState(false);
  const openImport = useCallback((file: File | null = null) => setImporting({ file }), []);
  const drop = useFileDrop(openImport, importing === null && Boolean(map && synced));
  // The canvas, for the export; ready once React Flow has measured it.
  const flow = useRef<ReactFlowInstance<JourneyNode> | null>(null);
  const [flowReady, setFlowReady] = useState(false);
  const onFlowInit = useCallback((instance: ReactFlowInstance<JourneyNode>) => {
    flow.current = instance;
    setFlowReady(true);
  }, []);

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
  const revealPhase = useCallback((id: string) => {
    setFocusRequest((previous) => ({ phaseId: id, seq: (previous?.seq ?? 0) + 1 }));
  }, []);
  const editTouchpoint = useCallback((id: string) => {
    setSelection(selectTouchpoints([id]));
    setFocusTitleOf(id);
    setSidebarOpen(true);
  }, []);

  if (notFound) return <NotFoundPage what={deleted ? 'deletedMap' : 'map'} />;

  return (
    <div className="map-page" {...drop.handlers}>
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
          <ExportMenu
            map={map && synced ? map : null}
            insights={insights}
            overlayOn={overlayOn}
            flow={flow}
            ready={flowReady && Boolean(doc && map && synced)}
          />
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
              overlay={overlay}
              onFlowInit={onFlowInit}
              toolbarExtra={
                <OverlayTools
                  mapId={mapId}
                  on={overlayOn}
                  onToggle={() => setOverlayOn(!overlayOn)}
                  insights={insights}
                  comparison={comparison}
                  onComparison={setComparison}
                  onImport={() => openImport()}
                  onOpenMatrix={() => setMatrixOpen(true)}
                />
              }
              legendExtra={overlayOn && insights ? <CsiLegend insights={insights} onImport={() => openImport()} /> : null}
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
                measured={insights && <TouchpointCsi insights={insights} touchpointId={selected.id} />}
              />
            ) : selectionSize(selection) > 0 ? (
              <SelectionPanel doc={doc} selection={selection} onSelectionChange={setSelection} />
            ) : (
              <section className="panel panel--hint" data-testid="inspector-empty">
                <h2 className="panel__title">{t('inspector.title')}</h2>
                <p className="muted">{t('inspector.empty')}</p>
              </section>
            )}
            <WhiteSpotPanel
              map={map}
              insights={insights}
              error={insightsError}
              onRetry={reload}
              onShowTouchpoint={(id) => {
                // The white spot's marker shows with the overlay.
                setOverlayOn(true);
                revealTouchpoint(id);
              }}
              onShowPhase={(id) => {
                setOverlayOn(true);
                revealPhase(id);
              }}
              onImport={() => openImport()}
            />
            <PersonasPanel doc={doc} personas={map.personas} touchpoints={map.touchpoints} />
            <MeasuresPanel doc={doc} map={map} selected={selected} onSelectTouchpoint={revealTouchpoint} effects={effects} />
          </aside>
        )}
      </div>
      {drop.dragging && <FileDropOverlay />}
      {map && (
        <MeasurementImport
          mapId={mapId}
          map={map}
          open={importing !== null}
          initialFile={importing?.file ?? null}
          onClose={() => setImporting(null)}
          onImported={() => {
            reload();
            setOverlayOn(true);
          }}
        />
      )}
      {matrixOpen && insights && (
        <MatrixDialog
          insights={insights}
          selectedId={onlyTouchpoint ?? null}
          onSelectTouchpoint={(id) => {
            setMatrixOpen(false);
            revealTouchpoint(id);
          }}
          onClose={() => setMatrixOpen(false)}
        />
      )}
    </div>
  );
}

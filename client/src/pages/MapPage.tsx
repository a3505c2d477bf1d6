import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { measurementsRevision } from '../../../shared/src/index.js';
import { ShareDialog } from '../access/ShareDialog.js';
import { useAccess } from '../access/useAccess.js';
import type { JourneyNode } from '../canvas/canvasNodes.js';
import { JourneyCanvas, type FocusRequest } from '../canvas/JourneyCanvas.js';
import { CommentsButton } from '../comments/CommentsButton.js';
import { CommentsContext, type CommentsOnCanvas } from '../comments/CommentsContext.js';
import { CommentsPanel } from '../comments/CommentsPanel.js';
import { openCommentCounts } from '../comments/threadStats.js';
import { SelectionPanel } from '../editing/SelectionPanel.js';
import { EMPTY_SELECTION, pruneSelection, selectionSize, selectTouchpoints, type Selection } from '../editing/selection.js';
import { useLargeType } from '../editing/useLargeType.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { FacilitateMenu } from '../facilitation/FacilitateMenu.js';
import { LockBanner } from '../facilitation/LockBanner.js';
import { SessionTimer } from '../facilitation/SessionTimer.js';
import { useFacilitation } from '../facilitation/useFacilitation.js';
import { VoteBar } from '../facilitation/VoteBar.js';
import { VotingContext } from '../facilitation/VotingContext.js';
import { HistoryDialogs } from '../history/HistoryDialogs.js';
import { HistoryPanel } from '../history/HistoryPanel.js';
import { useHistoryView } from '../history/useHistoryView.js';
import { VersionPreview } from '../history/VersionPreview.js';
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
import { CanvasPresence } from '../presence/CanvasPresence.js';
import { FollowBanner } from '../presence/FollowBanner.js';
import { NamePrompt } from '../presence/NamePrompt.js';
import { PresenceBar } from '../presence/PresenceBar.js';
import { useMapPresence } from '../presence/useMapPresence.js';
import { PresentationStage } from '../presentation/PresentationStage.js';
import { MeasuresPanel } from '../panels/MeasuresPanel.js';
import { PersonasPanel } from '../panels/PersonasPanel.js';
import { useMapDoc } from '../sync/useMapDoc.js';
import { useUndo } from '../sync/useUndo.js';
import { MapTopBar } from './MapTopBar.js';
import { NotFoundPage } from './NotFoundPage.js';

/** `/maps/:id`: one journey map, edited live with everyone who has it open (or shown, to a viewer). */
export function MapPage({ mapId }: { mapId: string }) {
  const t = useT();
  const { permissions } = useAccess();
  const mayEdit = permissions.editMap;
  const { doc, awareness, map, status, synced, notFound, deleted, save } = useMapDoc(mapId);
  const facilitation = useFacilitation(mapId, awareness, map);
  // While someone else presents, an editor sees the map as a viewer would (the server drops
  // their edits anyway); the facilitator's own tools stay.
  const canEdit = mayEdit && !facilitation.lockedOut;
  const readOnly = !canEdit;
  const { view: sessionView, vote, voting } = facilitation;
  const timer = sessionView.session?.timer ?? null;
  // The canvas handles undo and redo keys (and every other shortcut) while the map is shown.
  const undo = useUndo(doc);
  const [chosen, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [largeType, toggleLargeType] = useLargeType();
  const [sharing, setSharing] = useState(false);

  const clearSelection = useCallback(() => setSelection(EMPTY_SELECTION), []);
  const presence = useMapPresence(awareness, clearSelection);
  const { channel, following, setFollowing, stopFollowing, presenting, startPresenting, stopPresenting } = presence;
  // Versions: editors save and restore, the owner deletes; everyone looks and compares.
  const history = useHistoryView(mapId, doc, awareness, { canSave: canEdit, onOpen: () => setSidebarOpen(true) });

  // Measured CSI: loaded again whenever anyone imports or deletes measurements (the revision
  // in the shared document), computed here on every edit of the map.
  const revision = doc ? measurementsRevision(doc) : 0;
  const [overlayOn, setOverlayOn] = useOverlayToggle(mapId);
  const [comparison, setComparison] = useState<Comparison>(DEFAULT_COMPARISON);
  const { insights, measurements, error: insightsError, reload } = useInsights(mapId, map, revision, comparison.period, comparison.baseline);
  const overlay = useCanvasOverlay(insights, overlayOn);
  const effects = useMemo(() => measureEffects(insights), [insights]);
  const [importing, setImporting] = useState<{ file: File | null } | null>(null);
  const [matrixOpen, setMatrixOpen] = useState(false);
  const openImport = useCallback((file: File | null = null) => setImporting({ file }), []);
  // Read-only, a dropped file is refused (and not opened by the browser either).
  const drop = useFileDrop(openImport, canEdit && importing === null && Boolean(map && synced));
  // The canvas, for the export; ready once React Flow has measured it.
  const flow = useRef<ReactFlowInstance<JourneyNode> | null>(null);
  const [flowReady, setFlowReady] = useState(false);
  const onFlowInit = useCallback((instance: ReactFlowInstance<JourneyNode>) => {
    flow.current = instance;
    setFlowReady(true);
  }, []);
  const importButton = canEdit ? () => openImport() : undefined;

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

  // Comments: which touchpoint's (or the map's, null) threads are open beside the canvas.
  const [commentsOf, setCommentsOf] = useState<{ target: string | null } | null>(null);
  const threads = map?.threads;
  const commentCounts = useMemo(() => openCommentCounts(threads), [threads]);
  const openCount = useMemo(() => (threads ?? []).filter((thread) => !thread.resolved).length, [threads]);
  const commentsOnCanvas = useMemo<CommentsOnCanvas>(
    () => ({ counts: commentCounts, open: (target) => setCommentsOf({ target }) }),
    [commentCounts],
  );
  const toggleComments = () => setCommentsOf((current) => (current ? null : { target: onlyTouchpoint ?? null }));

  if (notFound) return <NotFoundPage what={deleted ? 'deletedMap' : 'map'} />;

  return (
    <div className={`map-page${presenting ? ' map-page--presenting' : ''}`} data-testid="map-page" {...drop.handlers}>
      {!presenting && (
        <MapTopBar
          doc={synced ? doc : null}
          map={map}
          undo={undo}
          status={status}
          save={save}
          largeType={largeType}
          onToggleLargeType={toggleLargeType}
          sidebarOpen={sidebarOpen}
          onToggleSidebar={() => setSidebarOpen((open) => !open)}
          onShare={() => setSharing(true)}
          onPresent={startPresenting}
          historyOpen={history.open}
          onToggleHistory={history.toggle}
          presence={
            <PresenceBar
              channel={channel}
              following={following}
              onFollow={setFollowing}
              onRename={presence.setName}
              canSummon={mayEdit}
              onSummon={presence.summonEveryone}
            />
          }
          lockedOut={facilitation.lockedOut}
          facilitate={mayEdit && synced ? <FacilitateMenu mapId={mapId} facilitation={facilitation} /> : null}
          timer={timer && <SessionTimer key={timer.startedAt} timer={timer} clockOffset={sessionView.clockOffset} />}
          exportMenu={
            <ExportMenu
              map={map && synced ? map : null}
              insights={insights}
              overlayOn={overlayOn}
              flow={flow}
              ready={flowReady && Boolean(doc && map && synced)}
            />
          }
        />
      )}

      <div className="map-body">
        <main className="canvas-area">
          {!presenting && <FollowBanner channel={channel} following={following} onFollow={setFollowing} />}
          {map && vote && voting && (
            <VoteBar
              mapId={mapId}
              map={map}
              vote={vote}
              dotsLeft={voting.dotsLeft}
              participants={sessionView.participants}
              canRun={mayEdit}
              error={facilitation.ballotError}
              onShowTarget={(id) => (map.touchpoints.some((tp) => tp.id === id) ? revealTouchpoint(id) : undefined)}
            />
          )}
          {facilitation.lock && <LockBanner name={facilitation.lockedBy} presenting={facilitation.presenting} />}
          <VotingContext value={voting}>
          {history.previewing && !presenting ? (
            <VersionPreview
              version={history.previewing}
              load={history.versions.load}
              largeType={largeType}
              onClose={() => history.setPreviewing(null)}
              onCompare={() => history.compareWithNow(history.previewing)}
              onRestore={canEdit ? () => history.setRestoring(history.previewing) : undefined}
            />
          ) : doc && map && synced ? (
            <CommentsContext.Provider value={commentsOnCanvas}>
            <JourneyCanvas
              doc={doc}
              map={map}
              undo={undo}
              selection={selection}
              onSelectionChange={setSelection}
              onEditTouchpoint={editTouchpoint}
              onShowTouchpoint={showTouchpoint}
              largeType={largeType || presenting}
              presenting={presenting}
              onPresent={startPresenting}
              onUserMove={stopFollowing}
              focusRequest={focusRequest}
              overlay={overlay}
              onFlowInit={onFlowInit}
              readOnly={readOnly}
              onOpenComments={(target) => setCommentsOf({ target })}
              toolbarExtra={
                <>
                <CommentsButton open={commentsOf !== null} openCount={openCount} onClick={toggleComments} />
                <OverlayTools
                  mapId={mapId}
                  on={overlayOn}
                  onToggle={() => setOverlayOn(!overlayOn)}
                  insights={insights}
                  comparison={comparison}
                  onComparison={setComparison}
                  onImport={importButton}
                  onOpenMatrix={() => setMatrixOpen(true)}
                />
                </>
              }
              legendExtra={overlayOn && insights ? <CsiLegend insights={insights} onImport={importButton} /> : null}
            >
              <CanvasPresence channel={channel} selection={selection} following={presenting ? null : following} onStopFollowing={stopFollowing} />
              {presenting && <PresentationStage channel={channel} onExit={stopPresenting} />}
            </JourneyCanvas>
            </CommentsContext.Provider>
          ) : (
            <div className="canvas-placeholder" role="status">
              <span className={`spinner${status === 'offline' ? ' is-stopped' : ''}`} aria-hidden="true" />
              <p>{status === 'offline' ? t('map.waitingForServer') : t('map.loading')}</p>
            </div>
          )}
          </VotingContext>
          {commentsOf && !presenting && map && synced && (
            <CommentsPanel
              mapId={mapId}
              map={map}
              target={commentsOf.target}
              onTarget={(target) => setCommentsOf({ target })}
              onClose={() => setCommentsOf(null)}
            />
          )}
        </main>
        {sidebarOpen && !presenting && doc && map && synced && history.open && (
          <aside className="sidebar" aria-label={t('map.sidebar')}>
            <HistoryPanel
              history={history}
              canEdit={canEdit}
              canDelete={permissions.manageMaps}
              author={history.author}
              saveRequest={history.saveRequest}
              onClose={history.toggle}
            />
          </aside>
        )}
        {sidebarOpen && !presenting && doc && map && synced && !history.open && (
          <aside className="sidebar" aria-label={t('map.sidebar')}>
            {presence.needsName && <NamePrompt onName={presence.setName} />}
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
                readOnly={readOnly}
              />
            ) : selectionSize(selection) > 0 ? (
              <SelectionPanel doc={doc} selection={selection} onSelectionChange={setSelection} readOnly={readOnly} />
            ) : (
              <section className="panel panel--hint" data-testid="inspector-empty">
                <h2 className="panel__title">{t('inspector.title')}</h2>
                <p className="muted">{t(readOnly ? 'inspector.emptyView' : 'inspector.empty')}</p>
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
              onImport={importButton}
            />
            <PersonasPanel doc={doc} personas={map.personas} touchpoints={map.touchpoints} readOnly={readOnly} />
            <MeasuresPanel
              doc={doc}
              map={map}
              selected={selected}
              onSelectTouchpoint={revealTouchpoint}
              effects={effects}
              readOnly={readOnly}
            />
          </aside>
        )}
      </div>
      {drop.dragging && <FileDropOverlay />}
      {map && canEdit && (
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
      {map && <HistoryDialogs history={history} map={map} measurements={measurements} author={history.author} undo={undo.undo} />}
      {sharing && <ShareDialog mapId={mapId} mapTitle={title.trim() === '' ? t('map.untitled') : title} onClose={() => setSharing(false)} />}
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

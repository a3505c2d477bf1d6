import {
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type FitViewOptions,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowInstance,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  CHANNELS,
  addCard,
  addPhase,
  addTouchpoint,
  effectiveLanes,
  isCardLane,
  type Channel,
  type MapDocument,
} from '../../../shared/src/index.js';
import {
  sameSelection,
  selectedNodeIds,
  selectionFromNodeIds,
  type Selection,
} from '../editing/selection.js';
import { ShortcutsDialog } from '../editing/ShortcutsDialog.js';
import { useT } from '../i18n/useT.js';
import type { CanvasOverlay } from '../insights/overlay.js';
import type { Undo } from '../sync/useUndo.js';
import { CanvasActionsContext, type CanvasActions } from './CanvasActionsContext.js';
import { buildNodes, type JourneyNode } from './canvasNodes.js';
import { CanvasToolbar } from './CanvasToolbar.js';
import { CellAddButton } from './CellAddButton.js';
import { applyDrop, constrainDrag, dropPreview, type DraggedNode } from './drop.js';
import { DotsBackground } from './DotsBackground.js';
import { DropOverlay } from './DropOverlay.js';
import { EmotionLegend } from './EmotionLegend.js';
import { LaneDeleteDialog } from './LaneDeleteDialog.js';
import { BOARD_LEFT, cellAt, layoutJourney } from './layout.js';
import { useLowDetail } from './levelOfDetail.js';
import { miniMapColor } from './miniMapColors.js';
import { nodeTypes } from './nodeTypes.js';
import { PhaseDeleteDialog } from './PhaseDeleteDialog.js';
import { StickyLabels } from './StickyLabels.js';
import { useCanvasKeyboard } from './useCanvasKeyboard.js';
import { useCanvasPointer } from './useCanvasPointer.js';
import { useFocusRequest, type FocusRequest } from './useFocusRequest.js';
import { useStableNodes, useStableValue } from './useStable.js';
import { DEFAULT_VIEW, toggled, type ViewSettings } from './viewSettings.js';
import { STICKY_SIZE } from '../stickies/stickyNodes.js';
import { useStickies } from '../stickies/useStickies.js';

/** How much larger card text is with "large type" on. */
export const LARGE_TYPE_SCALE = 1.25;

interface JourneyCanvasProps {
  doc: Y.Doc;
  map: MapDocument;
  undo: Undo;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  /** Selects a touchpoint and opens its title in the inspector, ready for typing. */
  onEditTouchpoint: (touchpointId: string) => void;
  /** Selects a touchpoint and shows the details panel. */
  onShowTouchpoint: (touchpointId: string) => void;
  largeType: boolean;
  /** Each new request pans and zooms to that touchpoint or phase (from a side list or a white spot). */
  focusRequest?: FocusRequest | null;
  /** The CSI overlay: colours, values and white-spot markers on the cards (null: off). */
  overlay?: CanvasOverlay | null;
  /** More tools at the end of the toolbar (the overlay's). */
  toolbarExtra?: ReactNode;
  /** More legend above the emotion legend (the CSI scale). */
  legendExtra?: ReactNode;
  /** Shown, not edited (a viewer's or commenter's link): selecting, zooming and filtering only. */
  readOnly?: boolean;
  /** Presentation mode: no editing, no selecting, no tools on the canvas. */
  presenting?: boolean;
  /** Starts presentation mode (the P and F5 keys). */
  onPresent?: () => void;
  /** The user pans or zooms (not the program): someone following a colleague breaks away. */
  onUserMove?: () => void;
  /** Drawn inside the flow (presence, presentation), where the viewport hooks work. */
  children?: ReactNode;
  /** Opens the comments of a touchpoint, or of the map (null); the C key. */
  onOpenComments?: (touchpointId: string | null) => void;
  /** Hands over the canvas once it is ready (the export draws its nodes). */
  onFlowInit?: (instance: ReactFlowInstance<JourneyNode>) => void;
}

export type { FocusRequest } from './useFocusRequest.js';

interface Drag {
  primaryId: string;
  positions: Map<string, XYPosition>;
}

const NO_EDGES: Edge[] = [];
const KEEP_CLICKABLE = () => {};
// Room on top for the toolbar, at the bottom for the legend; no zooming in beyond 100 %.
const FIT_VIEW: FitViewOptions<JourneyNode> = { padding: { top: '70px', bottom: '60px', x: '28px' }, maxZoom: 1 };
/** Below this zoom card text is too small to read on a projector: the first view starts no smaller. */
const READABLE_ZOOM = 0.6;
/**
 * The journey map canvas. Every position comes from the document (see layout.ts); a drag only
 * moves things locally until they are dropped, and each drop becomes one transaction.
 */
export function JourneyCanvas(props: JourneyCanvasProps) {
  return (
    <ReactFlowProvider>
      <JourneyFlow {...props} />
    </ReactFlowProvider>
  );
}

function JourneyFlow(props: JourneyCanvasProps) {
  const { doc, map, selection, onSelectionChange, onEditTouchpoint, onShowTouchpoint, largeType, focusRequest } = props;
  const overlay = props.overlay ?? null;
  const presenting = props.presenting ?? false;
  const readOnly = (props.readOnly ?? false) || presenting;
  const instanceRef = useRef<ReactFlowInstance<JourneyNode> | null>(null);
  const flashId = useFocusRequest(instanceRef, focusRequest ?? null, READABLE_ZOOM);
  const t = useT();
  const [view, setView] = useState<ViewSettings>(DEFAULT_VIEW);
  const [editingCardId, setEditingCardId] = useState<string | null>(null);
  const [renamePhaseId, setRenamePhaseId] = useState<string | null>(null);
  const [deletingPhaseId, setDeletingPhaseId] = useState<string | null>(null);
  const [deletingLaneId, setDeletingLaneId] = useState<string | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [widthPreview, setWidthPreview] = useState<{ phaseId: string; width: number } | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const lowDetail = useLowDetail();

  // Each slice keeps its identity while unchanged, so that editing the title (or anything else
  // that does not move things) does not lay the map out again.
  const lanes = useStableValue(effectiveLanes(map));
  const phases = useStableValue(map.phases);
  const touchpoints = useStableValue(map.touchpoints);
  const measures = useStableValue(map.measures);
  const cards = useStableValue(map.cards);
  const personas = useStableValue(map.personas);
  const channelLabels = useMemo(
    () => Object.fromEntries(CHANNELS.map((c) => [c, t(`channel.${c}`)])) as Record<Channel, string>,
    [t],
  );
  const phaseWidths = useMemo(
    () => (widthPreview ? new Map([[widthPreview.phaseId, widthPreview.width]]) : undefined),
    [widthPreview],
  );
  const layout = useMemo(
    () =>
      layoutJourney(
        { phases, touchpoints, measures, cards, lanes },
        { typeScale: largeType ? LARGE_TYPE_SCALE : 1, groupByChannel: view.groupByChannel, phaseWidths, channelLabels },
      ),
    [phases, touchpoints, measures, cards, lanes, largeType, view.groupByChannel, phaseWidths, channelLabels],
  );
  const pointer = useCanvasPointer(layout, !drag && !readOnly);
  const { phaseHint, flowPoint } = pointer;
  const baseNodes = useMemo(
    () => buildNodes({ map: { personas, touchpoints, measures }, layout, view, editingCardId, overlay, readOnly }),
    [personas, touchpoints, measures, layout, view, editingCardId, overlay, readOnly],
  );
  const editCard = useCallback((cardId: string | null) => setEditingCardId(cardId), []);
  const stickies = useStickies({ doc, stickies: map.stickies, layout, editingId: editingCardId, readOnly, edit: editCard });
  const selectedIds = useMemo(() => selectedNodeIds(selection), [selection]);
  const nodes = useStableNodes(
    useMemo(
      () =>
        [...baseNodes, ...stickies.nodes].map((node): JourneyNode => {
          const selected = selectedIds.has(node.id);
          const position = drag?.positions.get(node.id);
          const flashing = node.id === flashId;
          if (!selected && !position && !flashing) return node;
          return {
            ...node,
            selected,
            ...(position ? { position, zIndex: 1000 } : {}),
            ...(flashing ? { className: 'is-flashing' } : {}),
          } as JourneyNode;
        }),
      [baseNodes, stickies.nodes, selectedIds, drag, flashId],
    ),
  );
  const nodeTypeById = useMemo(
    () => new Map<string, JourneyNode>([...baseNodes, ...stickies.nodes].map((node) => [node.id, node])),
    [baseNodes, stickies.nodes],
  );

  const draggedNodes = useMemo((): DraggedNode[] => {
    if (!drag) return [];
    const out: DraggedNode[] = [];
    for (const [id, position] of drag.positions) {
      const node = nodeTypeById.get(id);
      if (node) out.push({ id, type: node.type, rect: { ...position, width: node.width ?? 0, height: node.height ?? 0 } });
    }
    return out;
  }, [drag, nodeTypeById]);
  const preview = useMemo(() => dropPreview(layout, draggedNodes), [layout, draggedNodes]);

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      let next: Set<string> | null = null;
      const moved: [string, XYPosition][] = [];
      for (const change of changes) {
        if (change.type === 'select') {
          next ??= new Set(selectedIds);
          if (change.selected) next.add(change.id);
          else next.delete(change.id);
        } else if (change.type === 'position' && change.dragging && change.position) {
          moved.push([change.id, constrainDrag(nodeTypeById.get(change.id)?.type, change.position)]);
        }
      }
      if (moved.length > 0) {
        setDrag((current) => {
          const positions = new Map(current?.positions);
          for (const [id, position] of moved) positions.set(id, position);
          return { primaryId: current?.primaryId ?? moved[0]![0], positions };
        });
      }
      if (next) {
        const selectionNow = selectionFromNodeIds(next, map);
        if (!sameSelection(selectionNow, selection)) onSelectionChange(selectionNow);
      }
    },
    [selectedIds, nodeTypeById, map, selection, onSelectionChange],
  );

  const onNodeDragStop: OnNodeDrag<JourneyNode> = useCallback(
    (_event, _node, dragged) => {
      // xyflow hands over the final positions; the last position change may not be rendered yet.
      const dropped = dragged.map((node) => ({
        id: node.id,
        type: node.type,
        rect: { ...constrainDrag(node.type, node.position), width: node.width ?? 0, height: node.height ?? 0 },
      }));
      setDrag(null);
      if (dropped.length > 0) applyDrop(doc, layout, dropped);
    },
    [doc, layout],
  );

  const clearRenamePhase = useCallback(() => setRenamePhaseId(null), []);
  const actions = useMemo<CanvasActions>(
    () => ({
      doc,
      readOnly,
      addTouchpoint: (phaseId) => onEditTouchpoint(addTouchpoint(doc, { phaseId, title: t('touchpoint.newTitle') })),
      addPhase: () => setRenamePhaseId(addPhase(doc, { name: t('phase.newName') })),
      selectTouchpoint: onShowTouchpoint,
      requestPhaseDeletion: setDeletingPhaseId,
      renamePhaseId,
      clearRenamePhase,
      addCard: (laneId, phaseId) => {
        phaseHint.current = phaseId;
        const id = addCard(doc, { laneId, phaseId, text: '' });
        if (id === undefined) return;
        onSelectionChange({ touchpointIds: [], cardIds: [id] });
        setEditingCardId(id);
      },
      editCard,
      addSticky: () => stickies.add(),
      toggleChannel: (channel) => setView((v) => ({ ...v, channels: toggled(v.channels, channel) })),
      requestLaneDeletion: setDeletingLaneId,
      previewPhaseWidth: (phaseId, width) => setWidthPreview(width === null ? null : { phaseId, width }),
    }),
    [doc, readOnly, t, onEditTouchpoint, onShowTouchpoint, renamePhaseId, clearRenamePhase, onSelectionChange, editCard, phaseHint, stickies],
  );

  useCanvasKeyboard({
    doc,
    readOnly,
    map,
    layout,
    undo: props.undo,
    selection,
    onSelectionChange,
    editingCardId,
    editCard,
    onEditTouchpoint,
    phaseHint: () => phaseHint.current,
    openShortcuts: () => setShortcutsOpen(true),
    addSticky: () => stickies.add(),
    openComments: props.onOpenComments,
    fitView: FIT_VIEW,
    onPresent: props.onPresent,
  });

  const onDoubleClick = (event: MouseEvent) => {
    if (readOnly || !(event.target as Element).classList.contains('react-flow__pane')) return;
    const point = flowPoint(event);
    const cell = cellAt(layout, point);
    if (cell && isCardLane(cell.kind)) actions.addCard(cell.laneId, cell.phaseId);
    // Anywhere else, brainstorm: a sticky note centred where the user double-clicked.
    else if (!cell) stickies.add({ x: point.x - STICKY_SIZE / 2, y: point.y - STICKY_SIZE / 2 });
  };

  const onNodeDoubleClick = useCallback(
    (_event: MouseEvent, node: JourneyNode) => {
      if (node.type !== 'touchpoint') return;
      if (readOnly) onShowTouchpoint(node.id);
      else onEditTouchpoint(node.id);
    },
    [readOnly, onEditTouchpoint, onShowTouchpoint],
  );

  const { onFlowInit } = props;
  const onInit = useCallback((instance: ReactFlowInstance<JourneyNode>) => {
    instanceRef.current = instance;
    onFlowInit?.(instance);
    // Start at a readable zoom, top left, rather than a fit of a large map into tiny type.
    const { width, height } = instance.getNodesBounds(instance.getNodes());
    const pane = document.querySelector('.journey-canvas')?.getBoundingClientRect();
    if (!pane || width === 0) return;
    const fit = Math.min((pane.width - 56) / width, (pane.height - 134) / height, 1);
    if (fit >= READABLE_ZOOM) {
      void instance.fitView(FIT_VIEW);
      return;
    }
    void instance.setViewport({ x: 28 - BOARD_LEFT * READABLE_ZOOM, y: 70, zoom: READABLE_ZOOM });
  }, [onFlowInit]);

  const { onUserMove } = props;
  const onMoveStart = useCallback((event: unknown) => {
    if (event) onUserMove?.();
  }, [onUserMove]);

  const deletingPhase = map.phases.find((p) => p.id === deletingPhaseId) ?? null;
  const deletingLane = lanes.find((l) => l.id === deletingLaneId) ?? null;
  const usedChannels = useMemo(() => new Set(touchpoints.map((tp) => tp.channel)), [touchpoints]);

  return (
    <CanvasActionsContext.Provider value={actions}>
      <ReactFlow<JourneyNode>
        className={`journey-canvas${presenting ? ' is-presenting' : ''}${largeType ? ' is-large-type' : ''}${view.selectMode ? ' is-select-mode' : ''}${overlay ? ' has-csi-overlay' : ''}${lowDetail ? ' is-low-detail' : ''}`}
        nodes={nodes}
        edges={NO_EDGES}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onInit={onInit}
        onMoveStart={onMoveStart}
        elementsSelectable={!presenting}
        // xyflow turns pointer events off on nodes that can be neither selected nor dragged; the
        // presentation's spotlight needs the clicks (it handles them itself).
        onNodeClick={presenting ? KEEP_CLICKABLE : undefined}
        nodesConnectable={false}
        nodesDraggable={!readOnly}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionOnDrag={view.selectMode}
        panOnDrag={view.selectMode ? [1, 2] : true}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.15}
        maxZoom={2}
        onPointerMove={pointer.handlers.onPointerMove}
        onPointerLeave={pointer.handlers.onPointerLeave}
        onNodeDoubleClick={onNodeDoubleClick}
        onPointerDownCapture={pointer.handlers.onPointerDownCapture}
        onDoubleClick={onDoubleClick}
        aria-label={t('canvas.label')}
      >
        <DotsBackground />
        {!presenting && <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />}
        {!presenting && (
          <MiniMap<JourneyNode>
            style={{ width: 180, height: 110 }}
            pannable
            zoomable
            nodeColor={miniMapColor}
            nodeStrokeWidth={0}
            nodeBorderRadius={6}
            maskColor="rgba(27, 35, 48, 0.08)"
            ariaLabel={t('canvas.minimap')}
          />
        )}
        {!presenting && (
          <Panel position="top-left" className="toolbar-panel">
            <CanvasToolbar
              doc={doc}
              lanes={lanes}
              channels={usedChannels}
              view={view}
              onView={setView}
              onDeleteLane={setDeletingLaneId}
              onShortcuts={() => setShortcutsOpen(true)}
              onAddSticky={() => stickies.add()}
              extra={props.toolbarExtra}
              readOnly={readOnly}
            />
          </Panel>
        )}
        <Panel position="bottom-center" className="legend-panel">
          {props.legendExtra}
          <EmotionLegend
            personas={personas}
            hidden={view.hiddenPersonas}
            onToggle={(id) => setView((v) => ({ ...v, hiddenPersonas: toggled(v.hiddenPersonas, id) }))}
          />
        </Panel>
        <StickyLabels layout={layout} />
        {preview && <DropOverlay preview={preview} />}
        {pointer.hoveredCell && <CellAddButton cell={pointer.hoveredCell} lanes={lanes} onAdd={actions.addCard} />}
        {props.children}
      </ReactFlow>
      {deletingPhase && <PhaseDeleteDialog doc={doc} map={map} phase={deletingPhase} onClose={() => setDeletingPhaseId(null)} />}
      {deletingLane && (
        <LaneDeleteDialog
          doc={doc}
          lane={deletingLane}
          cardCount={(cards ?? []).filter((c) => c.laneId === deletingLane.id).length}
          onClose={() => setDeletingLaneId(null)}
        />
      )}
      {shortcutsOpen && <ShortcutsDialog readOnly={readOnly} onClose={() => setShortcutsOpen(false)} />}
    </CanvasActionsContext.Provider>
  );
}

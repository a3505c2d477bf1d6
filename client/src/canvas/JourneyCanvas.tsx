import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  ViewportPortal,
  type Edge,
  type FitViewOptions,
  type NodeChange,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { deleteTouchpoint, moveTouchpoint, type MapDocument } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { buildNodes, type JourneyNode } from './canvasNodes.js';
import { EmotionLegend } from './EmotionLegend.js';
import { CARD_WIDTH, COLUMN_WIDTH, dropTarget, isSamePlace, layoutJourney } from './layout.js';
import { nodeTypes } from './nodeTypes.js';

interface JourneyCanvasProps {
  doc: Y.Doc;
  map: MapDocument;
  selectedId: string | null;
  onSelect: (touchpointId: string | null) => void;
}

interface Drag {
  id: string;
  position: XYPosition;
}

const NO_EDGES: Edge[] = [];
// Room on top for the legend panel; no zooming in beyond 100 % on a small map.
const FIT_VIEW: FitViewOptions = { padding: { top: '72px', bottom: '28px', x: '28px' }, maxZoom: 1 };
const MINIMAP_COLORS: Record<string, string> = {
  phase: '#e3e8ef',
  emotionLane: '#f3f5f8',
  addPhase: 'transparent',
  touchpoint: '#7d8ba1',
};

function miniMapColor(node: JourneyNode): string {
  if (node.type === 'touchpoint' && node.data.touchpoint.momentOfTruth) return '#d9480f';
  return MINIMAP_COLORS[node.type] ?? '#7d8ba1';
}

/**
 * The journey map canvas. Every position comes from the document (see layout.ts); a drag only
 * moves the card locally until it is dropped, and the drop becomes one moveTouchpoint.
 */
export function JourneyCanvas(props: JourneyCanvasProps) {
  return (
    <ReactFlowProvider>
      <JourneyFlow {...props} />
    </ReactFlowProvider>
  );
}

function JourneyFlow({ doc, map, selectedId, onSelect }: JourneyCanvasProps) {
  const t = useT();
  const layout = useMemo(() => layoutJourney(map), [map]);
  const baseNodes = useMemo(() => buildNodes(map, layout, selectedId), [map, layout, selectedId]);
  const [drag, setDrag] = useState<Drag | null>(null);
  const nodes = useMemo(
    () =>
      drag
        ? baseNodes.map((node) => (node.id === drag.id ? { ...node, position: drag.position, dragging: true } : node))
        : baseNodes,
    [baseNodes, drag],
  );
  const target = drag ? dropTarget(layout, drag.id, drag.position) : null;

  const onNodesChange = useCallback(
    (changes: NodeChange<JourneyNode>[]) => {
      // Changes can come in either order ([unselect A, select B] or the reverse): fold them.
      let next = selectedId;
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) next = change.id;
          else if (change.id === next) next = null;
        } else if (change.type === 'position' && change.dragging && change.position) {
          setDrag({ id: change.id, position: change.position });
        }
      }
      if (selectionChanged && next !== selectedId) onSelect(next);
    },
    [selectedId, onSelect],
  );

  const onNodeDragStop: OnNodeDrag<JourneyNode> = useCallback(
    (_event, node) => {
      setDrag(null);
      if (node.type !== 'touchpoint') return;
      const drop = dropTarget(layout, node.id, node.position);
      if (drop && !isSamePlace(layout, node.id, drop)) {
        moveTouchpoint(doc, node.id, { phaseId: drop.phaseId, index: drop.index });
      }
    },
    [doc, layout],
  );

  const onNodesDelete = useCallback(
    (deleted: JourneyNode[]) => {
      for (const node of deleted) if (node.type === 'touchpoint') deleteTouchpoint(doc, node.id);
    },
    [doc],
  );

  return (
    <ReactFlow<JourneyNode>
      className="journey-canvas"
      nodes={nodes}
      edges={NO_EDGES}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onNodesDelete={onNodesDelete}
      nodesConnectable={false}
      multiSelectionKeyCode={null}
      selectionKeyCode={null}
      deleteKeyCode={['Delete', 'Backspace']}
      zoomOnDoubleClick={false}
      fitView
      fitViewOptions={FIT_VIEW}
      minZoom={0.15}
      maxZoom={2}
      aria-label={t('canvas.label')}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.4} color="#c9d1dc" />
      <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
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
      <Panel position="top-left" className="legend-panel">
        <EmotionLegend personas={map.personas} />
      </Panel>
      {target && drag && (
        <ViewportPortal>
          <div
            className="drop-column"
            style={{
              transform: `translate(${target.columnX}px, 0px)`,
              width: COLUMN_WIDTH,
              height: layout.columnHeight,
            }}
          />
          <div
            className="drop-mark"
            data-testid="drop-mark"
            style={{ transform: `translate(${target.markX}px, ${target.markY}px)`, width: CARD_WIDTH }}
          />
        </ViewportPortal>
      )}
    </ReactFlow>
  );
}

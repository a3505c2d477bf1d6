import { useStoreApi, type NodeProps } from '@xyflow/react';
import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import { EMOTION_MAX, EMOTION_MIN, setEmotion } from '../../../../shared/src/index.js';
import { useT } from '../../i18n/useT.js';
import type { EmotionLaneNode } from '../canvasNodes.js';
import { DIP_THRESHOLD, monotonePath, type EmotionCurve, type EmotionPreview } from '../emotionCurve.js';
import { EMOTION_LEVELS, emotionWordKey, formatEmotion } from '../emotionScale.js';
import { CELL_PADDING, EMOTION_LANE_HEIGHT, emotionAtOffset, emotionOffset } from '../layout.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** Pointer travel (screen pixels) below which pressing a point is a click, not a drag. */
const CLICK_SLOP = 4;

interface PointDrag {
  personaId: string;
  touchpointId: string;
  startY: number;
  startOffset: number;
  startValue: number;
  zoom: number;
  moved: boolean;
  value: number;
}

/** The curves with a dragged point shown at its new value. */
function withPreview(curves: EmotionCurve[], preview: EmotionPreview | null): EmotionCurve[] {
  if (!preview) return curves;
  return curves.map((curve) => {
    if (curve.personaId !== preview.personaId) return curve;
    const points = curve.points.map((point) =>
      point.touchpointId === preview.touchpointId
        ? { ...point, emotion: preview.value, y: emotionOffset(preview.value), dip: preview.value <= DIP_THRESHOLD }
        : point,
    );
    return { ...curve, points, path: monotonePath(points) };
  });
}

/** The emotion lane: a −2…+2 scale under every phase and one curve per persona; drag a point to change it. */
function EmotionLane({ data }: NodeProps<EmotionLaneNode>) {
  const t = useT();
  const store = useStoreApi();
  const { doc, readOnly, selectTouchpoint } = useCanvasActions();
  const { width, cells, personaCount } = data;
  const [preview, setPreview] = useState<EmotionPreview | null>(null);
  const drag = useRef<PointDrag | null>(null);
  // Hover labels are drawn on demand rather than as <title>s, which would put every
  // touchpoint title into the lane's text and confuse "find the card with this text".
  const [hovered, setHovered] = useState<{ personaId: string; touchpointId: string } | null>(null);
  const curves = useMemo(() => withPreview(data.curves, preview), [data.curves, preview]);
  const height = EMOTION_LANE_HEIGHT;
  const hasPoints = data.curves.some((curve) => curve.points.length > 0);
  const hint =
    personaCount === 0
      ? t(readOnly ? 'emotion.noPersonasView' : 'emotion.noPersonas')
      : data.curves.length === 0
        ? t('emotion.allHidden')
        : hasPoints
          ? null
          : t(readOnly ? 'emotion.noEmotionsView' : 'emotion.noEmotions');

  const onPointerDown = (event: PointerEvent<SVGGElement>, personaId: string, touchpointId: string, value: number) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      personaId,
      touchpointId,
      startY: event.clientY,
      startOffset: emotionOffset(value),
      startValue: value,
      zoom: store.getState().transform[2],
      moved: false,
      value,
    };
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const current = drag.current;
    // Read-only, a press on a point is a click (it selects the touchpoint), never a drag.
    if (!current || readOnly) return;
    const dy = event.clientY - current.startY;
    if (!current.moved && Math.abs(dy) < CLICK_SLOP) return;
    current.moved = true;
    const value = emotionAtOffset(current.startOffset + dy / current.zoom);
    if (value === current.value && preview) return;
    current.value = value;
    setPreview({ personaId: current.personaId, touchpointId: current.touchpointId, value });
  };
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    const current = drag.current;
    drag.current = null;
    event.currentTarget.releasePointerCapture(event.pointerId);
    setPreview(null);
    if (!current) return;
    if (!current.moved) selectTouchpoint(current.touchpointId);
    else if (current.value !== current.startValue) setEmotion(doc, current.touchpointId, current.personaId, current.value);
  };
  const onPointerCancel = () => {
    drag.current = null;
    setPreview(null);
  };

  return (
    <svg
      className={`emotion-lane${preview ? ' is-dragging' : ''}`}
      data-testid="emotion-lane"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('emotion.title')}
    >
      {cells.map((cell) => (
        <g key={cell.x}>
          <rect className="emotion-lane__cell" x={cell.x + 0.75} y={0.75} width={cell.width - 1.5} height={height - 1.5} rx={12} />
          <rect
            className="emotion-lane__pain"
            x={cell.x + 1.5}
            y={emotionOffset(-1)}
            width={cell.width - 3}
            height={height - emotionOffset(-1) - 1.5}
          />
          {EMOTION_LEVELS.map((level) => (
            <line
              key={level}
              className={`emotion-lane__level${level === 0 ? ' is-zero' : ''}`}
              x1={cell.x + CELL_PADDING}
              x2={cell.x + cell.width - CELL_PADDING}
              y1={emotionOffset(level)}
              y2={emotionOffset(level)}
            />
          ))}
        </g>
      ))}
      {hint && (
        <text className="emotion-lane__hint" x={width / 2} y={emotionOffset(0) - 16} textAnchor="middle">
          {hint}
        </text>
      )}
      {curves.map((curve) => (
        <g key={curve.personaId} className="emotion-curve" style={{ color: curve.color }}>
          <path
            className="emotion-curve__line"
            d={curve.path}
            stroke={curve.color}
            data-testid="emotion-curve"
            data-persona-id={curve.personaId}
          />
          {curve.points.map((point) => {
            const dragged = preview?.personaId === curve.personaId && preview.touchpointId === point.touchpointId;
            return (
              <g
                key={point.touchpointId}
                className={`emotion-point nodrag nopan${point.dip ? ' is-dip' : ''}${dragged ? ' is-dragged' : ''}`}
                data-testid="emotion-point"
                data-persona-id={curve.personaId}
                data-touchpoint-id={point.touchpointId}
                data-dip={point.dip}
                data-value={point.emotion}
                onPointerDown={(event) => onPointerDown(event, curve.personaId, point.touchpointId, point.emotion)}
                onPointerMove={onPointerMove}
                onPointerUp={onPointerUp}
                onPointerCancel={onPointerCancel}
                onMouseEnter={() => setHovered({ personaId: curve.personaId, touchpointId: point.touchpointId })}
                onMouseLeave={() => setHovered(null)}
                // A slider for keyboards and screen readers: arrows change the emotion by a step.
                role="slider"
                tabIndex={0}
                aria-label={t('emotion.pointLabel', {
                  persona: curve.name.trim() === '' ? t('persona.unnamed') : curve.name,
                  touchpoint: point.touchpointTitle.trim() === '' ? t('touchpoint.untitled') : point.touchpointTitle,
                })}
                aria-valuemin={EMOTION_MIN}
                aria-valuemax={EMOTION_MAX}
                aria-valuenow={point.emotion}
                aria-valuetext={`${formatEmotion(point.emotion)} ${t(emotionWordKey(point.emotion))}`}
                aria-readonly={readOnly || undefined}
                onKeyDown={(event) => {
                  if (readOnly) return;
                  const step = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
                  if (step === 0) return;
                  event.preventDefault();
                  const value = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(point.emotion) + step));
                  setEmotion(doc, point.touchpointId, curve.personaId, value);
                }}
              >
                {/* A larger invisible target: easier to grab on a touch screen or at low zoom. */}
                <circle className="emotion-point__target" cx={point.x} cy={point.y} r={16} />
                {point.dip && <circle className="emotion-point__halo" cx={point.x} cy={point.y} r={13} />}
                <circle className="emotion-point__dot" cx={point.x} cy={point.y} r={point.dip ? 7 : 6} stroke={curve.color} />
                {point.dip && (
                  <path className="emotion-point__dip-mark" d={`M${point.x - 6},${point.y + 19} h12 l-6,8 z`} aria-hidden="true" />
                )}
              </g>
            );
          })}
        </g>
      ))}
      {preview ? (
        <PointLabel curves={curves} {...preview} width={width} showValueOnly />
      ) : (
        hovered && <PointLabel curves={curves} {...hovered} width={width} />
      )}
    </svg>
  );
}

/** The label of the hovered (or dragged) point: whose curve, which touchpoint, how they feel there. */
function PointLabel({
  curves,
  personaId,
  touchpointId,
  width,
  showValueOnly = false,
}: {
  curves: EmotionCurve[];
  personaId: string;
  touchpointId: string;
  width: number;
  showValueOnly?: boolean;
}) {
  const t = useT();
  const curve = curves.find((c) => c.personaId === personaId);
  const point = curve?.points.find((p) => p.touchpointId === touchpointId);
  if (!curve || !point) return null;
  const value = `${formatEmotion(point.emotion)} ${t(emotionWordKey(point.emotion))}`;
  const label = showValueOnly
    ? value
    : t('emotion.pointTitle', {
        persona: curve.name.trim() === '' ? t('persona.unnamed') : curve.name,
        touchpoint: point.touchpointTitle.trim() === '' ? t('touchpoint.untitled') : point.touchpointTitle,
        value: formatEmotion(point.emotion),
        word: t(emotionWordKey(point.emotion)),
      });
  // A rough width (the SVG cannot measure text before drawing it); kept inside the lane.
  const boxWidth = Math.min(width - 8, label.length * 7.6 + 24);
  const x = Math.max(4, Math.min(point.x - boxWidth / 2, width - boxWidth - 4));
  const above = point.y > 70;
  const y = above ? point.y - 50 : point.y + 22;
  return (
    <g className="point-label" pointerEvents="none" data-testid={showValueOnly ? 'emotion-drag-label' : undefined}>
      <rect x={x} y={y} width={boxWidth} height={30} rx={8} />
      <text x={x + boxWidth / 2} y={y + 15} textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}

export const EmotionLaneNodeView = memo(EmotionLane);

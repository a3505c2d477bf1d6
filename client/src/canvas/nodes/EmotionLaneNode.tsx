import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import type { EmotionLaneNode } from '../canvasNodes.js';
import { EMOTION_LEVELS, emotionWordKey, formatEmotion } from '../emotionScale.js';
import { COLUMN_GAP, LANE_HEIGHT, LANE_LABEL_WIDTH, emotionOffset } from '../layout.js';
import { useCanvasActions } from '../useCanvasActions.js';

const PLOT_LEFT = LANE_LABEL_WIDTH - 10;

/** The emotion lane: a −2…+2 scale across all phases and one curve per persona. */
function EmotionLane({ data }: NodeProps<EmotionLaneNode>) {
  const t = useT();
  const { selectTouchpoint } = useCanvasActions();
  const { curves, width, columnLefts } = data;
  // Hover labels are drawn on demand rather than as <title>s, which would put every
  // touchpoint title into the lane's text and confuse "find the card with this text".
  const [hovered, setHovered] = useState<{ personaId: string; touchpointId: string } | null>(null);
  const plotRight = width - 6;
  const hasPoints = curves.some((curve) => curve.points.length > 0);
  const hint = curves.length === 0 ? t('emotion.noPersonas') : hasPoints ? null : t('emotion.noEmotions');

  return (
    <svg
      className="emotion-lane"
      data-testid="emotion-lane"
      width={width}
      height={LANE_HEIGHT}
      viewBox={`0 0 ${width} ${LANE_HEIGHT}`}
      role="img"
      aria-label={t('emotion.title')}
    >
      <rect className="emotion-lane__panel" x={1} y={1} width={width - 2} height={LANE_HEIGHT - 2} rx={14} />
      <text className="emotion-lane__title" x={18} y={28}>
        {t('emotion.title')}
      </text>
      <rect
        className="emotion-lane__pain"
        x={PLOT_LEFT}
        y={emotionOffset(-1)}
        width={plotRight - PLOT_LEFT}
        height={emotionOffset(-2) - emotionOffset(-1) + 10}
      />
      {columnLefts.slice(1).map((left) => (
        <line
          key={left}
          className="emotion-lane__separator"
          x1={left - COLUMN_GAP / 2}
          x2={left - COLUMN_GAP / 2}
          y1={emotionOffset(2) - 14}
          y2={emotionOffset(-2) + 10}
        />
      ))}
      {EMOTION_LEVELS.map((level) => (
        <g key={level} className={`emotion-lane__level${level === 0 ? ' is-zero' : ''}`}>
          <line x1={PLOT_LEFT} x2={plotRight} y1={emotionOffset(level)} y2={emotionOffset(level)} />
          <text x={PLOT_LEFT - 10} y={emotionOffset(level)} textAnchor="end" dominantBaseline="central">
            <tspan className="emotion-lane__value">{formatEmotion(level)}</tspan> {t(emotionWordKey(level))}
          </text>
        </g>
      ))}
      {hint && (
        <text className="emotion-lane__hint" x={(PLOT_LEFT + plotRight) / 2} y={emotionOffset(0) - 16} textAnchor="middle">
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
            return (
              <g
                key={point.touchpointId}
                className={`emotion-point${point.dip ? ' is-dip' : ''}`}
                data-testid="emotion-point"
                data-persona-id={curve.personaId}
                data-touchpoint-id={point.touchpointId}
                data-dip={point.dip}
                onClick={() => selectTouchpoint(point.touchpointId)}
                onMouseEnter={() => setHovered({ personaId: curve.personaId, touchpointId: point.touchpointId })}
                onMouseLeave={() => setHovered(null)}
              >
                {point.dip && <circle className="emotion-point__halo" cx={point.x} cy={point.y} r={13} />}
                <circle className="emotion-point__dot" cx={point.x} cy={point.y} r={point.dip ? 7 : 6} stroke={curve.color} />
                {point.dip && (
                  <path
                    className="emotion-point__dip-mark"
                    d={`M${point.x - 6},${point.y + 19} h12 l-6,8 z`}
                    aria-hidden="true"
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
      {hovered && <PointLabel curves={curves} {...hovered} width={width} />}
    </svg>
  );
}

/** The label of the hovered point: whose curve, which touchpoint, how they feel there. */
function PointLabel({
  curves,
  personaId,
  touchpointId,
  width,
}: {
  curves: EmotionLaneNode['data']['curves'];
  personaId: string;
  touchpointId: string;
  width: number;
}) {
  const t = useT();
  const curve = curves.find((c) => c.personaId === personaId);
  const point = curve?.points.find((p) => p.touchpointId === touchpointId);
  if (!curve || !point) return null;
  const label = t('emotion.pointTitle', {
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
    <g className="point-label" pointerEvents="none">
      <rect x={x} y={y} width={boxWidth} height={30} rx={8} />
      <text x={x + boxWidth / 2} y={y + 15} textAnchor="middle" dominantBaseline="central">
        {label}
      </text>
    </g>
  );
}

export const EmotionLaneNodeView = memo(EmotionLane);

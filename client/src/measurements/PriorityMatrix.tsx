import { useMemo, type KeyboardEvent } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TouchpointInsight } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { CHART, DOWN_COLOR, QUADRANT_STYLE, UP_COLOR } from './chartColors.js';
import { deltaDirection, formatNumber } from './formatNumber.js';
import { IMPORTANCE_MAX, IMPORTANCE_MIN, IMPORTANCE_SPLIT, matrixPoints, type MatrixPoint, type Quadrant } from './matrix.js';
import type { ChartTooltipProps } from './chartTooltip.js';
import './measurements.css';

interface PriorityMatrixProps {
  touchpoints: readonly TouchpointInsight[];
  csiTarget: number;
  onSelectTouchpoint?: (id: string) => void;
  /** A touchpoint to ring, e.g. the one selected on the map or in a table. */
  selectedId?: string | null;
  height?: number;
}

const Y_DOMAIN: [number, number] = [IMPORTANCE_MIN - 0.5, IMPORTANCE_MAX + 0.5];
const POINT_RADIUS = 11;

/**
 * Importance × CSI (importance–performance analysis): which touchpoints matter and disappoint
 * (concentrate here), which matter and delight, and which get more than they need.
 */
export function PriorityMatrix({ touchpoints, csiTarget, onSelectTouchpoint, selectedId = null, height = 440 }: PriorityMatrixProps) {
  const t = useT();
  const { language } = useLanguage();
  const points = useMemo(() => matrixPoints(touchpoints, csiTarget), [touchpoints, csiTarget]);
  const unplotted = touchpoints.length - points.length;
  const areas: { quadrant: Quadrant; x1: number; x2: number; y1: number; y2: number; position: string }[] = [
    { quadrant: 'concentrate', x1: 0, x2: csiTarget, y1: IMPORTANCE_SPLIT, y2: Y_DOMAIN[1], position: 'insideTopLeft' },
    { quadrant: 'keep-up', x1: csiTarget, x2: 100, y1: IMPORTANCE_SPLIT, y2: Y_DOMAIN[1], position: 'insideTopRight' },
    { quadrant: 'low-priority', x1: 0, x2: csiTarget, y1: Y_DOMAIN[0], y2: IMPORTANCE_SPLIT, position: 'insideBottomLeft' },
    { quadrant: 'overkill', x1: csiTarget, x2: 100, y1: Y_DOMAIN[0], y2: IMPORTANCE_SPLIT, position: 'insideBottomRight' },
  ];

  return (
    <figure className="matrix" data-testid="priority-matrix" data-points={points.length}>
      <figcaption className="visually-hidden">{t('matrix.label')}</figcaption>
      <div className="matrix__chart">
        <ScatterChart
          responsive
          style={{ width: '100%', height }}
          margin={{ top: 16, right: 24, bottom: 34, left: 8 }}
          accessibilityLayer={false}
        >
          {areas
            .filter((area) => area.x2 > area.x1)
            .map((area) => (
              <ReferenceArea
                key={area.quadrant}
                x1={area.x1}
                x2={area.x2}
                y1={area.y1}
                y2={area.y2}
                fill={QUADRANT_STYLE[area.quadrant].fill}
                fillOpacity={QUADRANT_STYLE[area.quadrant].opacity}
                stroke="none"
                ifOverflow="hidden"
                label={{
                  value: t(`matrix.quadrant.${area.quadrant}`),
                  position: area.position as 'insideTopLeft',
                  fill: QUADRANT_STYLE[area.quadrant].label,
                  fontSize: 13,
                  fontWeight: 700,
                  offset: 10,
                }}
              />
            ))}
          <CartesianGrid stroke={CHART.grid} strokeDasharray="2 4" />
          <XAxis
            type="number"
            dataKey="csi"
            domain={[0, 100]}
            allowDataOverflow
            ticks={[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
            tick={{ fontSize: 12, fill: CHART.muted }}
            stroke={CHART.muted}
            label={{ value: t('matrix.xAxis'), position: 'insideBottom', offset: -22, fill: CHART.ink, fontSize: 13, fontWeight: 600 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={Y_DOMAIN}
            allowDataOverflow
            ticks={[1, 2, 3, 4, 5]}
            tick={{ fontSize: 12, fill: CHART.muted }}
            stroke={CHART.muted}
            width={58}
            label={{ value: t('matrix.yAxis'), angle: -90, position: 'insideLeft', offset: 14, fill: CHART.ink, fontSize: 13, fontWeight: 600, style: { textAnchor: 'middle' } }}
          />
          <ReferenceLine y={IMPORTANCE_SPLIT} stroke={CHART.muted} strokeDasharray="4 4" strokeOpacity={0.6} />
          <ReferenceLine
            x={csiTarget}
            stroke={CHART.target}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{
              value: t('matrix.target', { target: formatNumber(csiTarget, language) }),
              position: 'top',
              fill: CHART.target,
              fontSize: 12,
              fontWeight: 700,
            }}
          />
          <Tooltip
            cursor={false}
            isAnimationActive={false}
            content={(props) => <MatrixTooltip {...props} />}
          />
          <Scatter
            data={points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: MatrixPoint }) =>
              props.payload && props.cx !== undefined && props.cy !== undefined ? (
                <MatrixPointShape
                  cx={props.cx}
                  cy={props.cy}
                  point={props.payload}
                  selected={props.payload.id === selectedId}
                  onSelect={onSelectTouchpoint}
                  label={t('matrix.pointLabel', {
                    number: props.payload.number,
                    title: props.payload.title,
                    csi: formatNumber(props.payload.csi, language),
                    importance: props.payload.importance,
                  })}
                />
              ) : (
                <g />
              )
            }
          />
        </ScatterChart>
      </div>
      <div className="matrix__legend">
        <span className="matrix__legend-item">
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
            <circle r="7" fill={CHART.blue} />
          </svg>
          {t('matrix.legendTouchpoint')}
        </span>
        <span className="matrix__legend-item">
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
            <path d="M0 -8 L8 0 L0 8 L-8 0 Z" fill={CHART.orange} stroke={CHART.ink} strokeWidth="1" />
          </svg>
          {t('matrix.legendMoment')}
        </span>
        <span className="matrix__legend-item">
          <svg width="22" height="18" viewBox="0 0 22 18" aria-hidden="true">
            <path d="M11 1 V17" stroke={CHART.target} strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          {t('matrix.legendTarget')}
        </span>
        {unplotted > 0 && <span className="matrix__legend-note">{t('matrix.unplotted', { count: unplotted })}</span>}
      </div>
    </figure>
  );
}

interface MatrixPointShapeProps {
  cx: number;
  cy: number;
  point: MatrixPoint;
  selected: boolean;
  label: string;
  onSelect?: (id: string) => void;
}

/** One touchpoint: a numbered circle, a diamond for a moment of truth; a button when clickable. */
function MatrixPointShape({ cx, cy, point, selected, label, onSelect }: MatrixPointShapeProps) {
  const r = POINT_RADIUS;
  const select = () => onSelect?.(point.id);
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  const fill = point.momentOfTruth ? CHART.orange : CHART.blue;
  return (
    <g
      className={`matrix-point${selected ? ' is-selected' : ''}${onSelect ? ' is-clickable' : ''}`}
      data-testid="matrix-point"
      data-touchpoint-id={point.id}
      data-quadrant={point.quadrant}
      role={onSelect ? 'button' : 'img'}
      tabIndex={onSelect ? 0 : undefined}
      aria-label={label}
      aria-pressed={onSelect ? selected : undefined}
      onClick={select}
      onKeyDown={onSelect ? onKeyDown : undefined}
    >
      {selected && <circle cx={cx} cy={cy} r={r + 6} fill="none" stroke={CHART.ink} strokeWidth={2.5} />}
      {point.momentOfTruth ? (
        <path
          d={`M${cx} ${cy - r - 3} L${cx + r + 3} ${cy} L${cx} ${cy + r + 3} L${cx - r - 3} ${cy} Z`}
          fill={fill}
          stroke={CHART.ink}
          strokeWidth={1.2}
        />
      ) : (
        <circle cx={cx} cy={cy} r={r} fill={fill} stroke="#ffffff" strokeWidth={1.5} />
      )}
      <text
        x={cx}
        // Centred by hand, not with dy="0.35em": the PDF writer ignores em offsets.
        y={cy + (point.number > 99 ? 3 : 3.9)}
        textAnchor="middle"
        fontSize={point.number > 99 ? 8.5 : 11}
        fontWeight={700}
        fill={point.momentOfTruth ? CHART.ink : '#ffffff'}
        pointerEvents="none"
      >
        {point.number}
      </text>
    </g>
  );
}

function MatrixTooltip({ active, payload }: ChartTooltipProps) {
  const t = useT();
  const { language } = useLanguage();
  const point = payload?.[0]?.payload as MatrixPoint | undefined;
  if (!active || !point) return null;
  const direction = deltaDirection(point.delta);
  return (
    <div className="chart-tooltip" data-testid="matrix-tooltip">
      <p className="chart-tooltip__title">
        {point.number}. {point.title}
      </p>
      <dl>
        <dt>{t('matrix.tooltipCsi')}</dt>
        <dd>{formatNumber(point.csi, language)}</dd>
        <dt>{t('matrix.tooltipDelta')}</dt>
        <dd style={{ color: direction === 'up' ? UP_COLOR : direction === 'down' ? DOWN_COLOR : undefined }}>
          {direction === 'none' ? '–' : `${direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}${formatNumber(point.delta, language, { sign: true })}`}
        </dd>
        <dt>{t('matrix.tooltipImportance')}</dt>
        <dd>{point.importance}</dd>
      </dl>
      {point.momentOfTruth && <p className="chart-tooltip__note">{t('touchpoint.momentOfTruth')}</p>}
      <p className="chart-tooltip__note">{t(`matrix.quadrant.${point.quadrant}`)}</p>
    </div>
  );
}

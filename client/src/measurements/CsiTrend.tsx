import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { CHART } from './chartColors.js';
import { formatNumber } from './formatNumber.js';
import type { ChartTooltipProps } from './chartTooltip.js';
import './measurements.css';

interface CsiTrendProps {
  /** The touchpoint's CSI per period, ascending (`TouchpointInsight.trend`). */
  trend: readonly TrendPoint[];
  csiTarget: number;
  /** The touchpoint's title, for screen readers. */
  title: string;
  /** The period in focus, marked on the line. */
  period?: string | null;
  height?: number;
}

/** A touchpoint's CSI over the periods, against the target: small enough for the inspector. */
export function CsiTrend({ trend, csiTarget, title, period = null, height = 150 }: CsiTrendProps) {
  const t = useT();
  const { language } = useLanguage();
  if (trend.length === 0) {
    return (
      <p className="csi-trend csi-trend--empty muted small" data-testid="csi-trend" data-points={0}>
        {t('trend.empty')}
      </p>
    );
  }
  const values = trend.map((p) => p.csi);
  // Zoomed to the data (and the target), in steps of ten: a trend from 72 to 78 must be visible.
  const low = Math.max(0, Math.floor((Math.min(...values, csiTarget) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values, csiTarget) + 5) / 10) * 10);
  const focus = trend.find((p) => p.period === period);
  return (
    <figure className="csi-trend" data-testid="csi-trend" data-points={trend.length}>
      <figcaption className="visually-hidden">{t('trend.label', { title })}</figcaption>
      <LineChart
        responsive
        data={[...trend]}
        style={{ width: '100%', height }}
        margin={{ top: 14, right: 16, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART.grid} strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="period" tick={{ fontSize: 11, fill: CHART.muted }} stroke={CHART.muted} interval="preserveStartEnd" />
        <YAxis domain={[low, high]} ticks={ticks(low, high)} tick={{ fontSize: 11, fill: CHART.muted }} stroke={CHART.muted} width={34} allowDecimals={false} />
        <ReferenceLine
          y={csiTarget}
          stroke={CHART.target}
          strokeDasharray="5 4"
          label={{ value: t('trend.target', { target: formatNumber(csiTarget, language) }), position: 'insideTopRight', fill: CHART.target, fontSize: 11 }}
        />
        <Tooltip isAnimationActive={false} content={(props) => <TrendTooltip {...props} />} />
        <Line
          type="linear"
          dataKey="csi"
          stroke={CHART.blue}
          strokeWidth={2.5}
          dot={{ r: 3.5, fill: CHART.blue, stroke: '#fff', strokeWidth: 1 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
        {focus && <ReferenceDot x={focus.period} y={focus.csi} r={6} fill="none" stroke={CHART.ink} strokeWidth={2} />}
      </LineChart>
    </figure>
  );
}

/** Ticks every 10 points (every 20 on a tall range), so that the scale reads at a glance. */
function ticks(low: number, high: number): number[] {
  const step = high - low > 50 ? 20 : 10;
  const list: number[] = [];
  for (let value = low; value <= high; value += step) list.push(value);
  return list;
}

function TrendTooltip({ active, payload }: ChartTooltipProps) {
  const t = useT();
  const { language } = useLanguage();
  const point = payload?.[0]?.payload as TrendPoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{point.period}</p>
      <dl>
        <dt>{t('matrix.tooltipCsi')}</dt>
        <dd>{formatNumber(point.csi, language)}</dd>
        {point.n !== null && (
          <>
            <dt>n</dt>
            <dd>{formatNumber(point.n, language, { decimals: 0 })}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

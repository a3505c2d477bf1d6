import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { WHITE_SPOT_KINDS, type WhiteSpotKind } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { CHART } from '../measurements/chartColors.js';
import { whiteSpotKindLabel } from '../measurements/whiteSpotText.js';

/** The kinds that always come with high severity get the warning colour. */
const URGENT: ReadonlySet<WhiteSpotKind> = new Set(['moment-of-truth-at-risk', 'underperforming', 'declining']);

/** How many white spots of each kind: a small horizontal bar chart. */
export function WhiteSpotChart({ byKind, height = 196 }: { byKind: Record<WhiteSpotKind, number>; height?: number }) {
  const t = useT();
  const data = WHITE_SPOT_KINDS.map((kind) => ({ kind, label: whiteSpotKindLabel(kind, t), count: byKind[kind] ?? 0 }));
  const max = Math.max(1, ...data.map((d) => d.count));
  return (
    <div className="white-spot-chart" data-testid="white-spot-chart">
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={{ width: '100%', height }}
        margin={{ top: 0, right: 30, bottom: 0, left: 0 }}
        barCategoryGap={5}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, max]} allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="label"
          width={204}
          tickLine={false}
          axisLine={false}
          tick={{ fontSize: 12, fill: CHART.ink }}
          interval={0}
        />
        <Bar dataKey="count" isAnimationActive={false} radius={[0, 4, 4, 0]} minPointSize={2}>
          {data.map((d) => (
            <Cell key={d.kind} fill={d.count === 0 ? CHART.grid : URGENT.has(d.kind) ? CHART.vermillion : CHART.blue} />
          ))}
          <LabelList dataKey="count" position="right" fontSize={12.5} fontWeight={700} fill={CHART.ink} />
        </Bar>
      </BarChart>
      <ul className="visually-hidden">
        {data.map((d) => (
          <li key={d.kind} data-testid="white-spot-count" data-kind={d.kind} data-count={d.count}>
            {d.label}: {d.count}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a custom recharts tooltip reads: whether it is shown and the hovered data point. */
export interface ChartTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

import { lazy } from 'react';

// The charts bring recharts: loaded when a chart is first shown, not with the map.
export const LazyCsiTrend = lazy(() => import('../measurements/CsiTrend.js').then((module) => ({ default: module.CsiTrend })));
export const LazyPriorityMatrix = lazy(() =>
  import('../measurements/PriorityMatrix.js').then((module) => ({ default: module.PriorityMatrix })),
);

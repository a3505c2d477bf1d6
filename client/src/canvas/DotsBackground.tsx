import { useStoreApi, type Transform } from '@xyflow/react';
import { useEffect, useRef } from 'react';

/** Dot spacing and diameter at 100 %, as the xyflow background this replaces had them. */
const GAP = 24;
const DOT = 1.4;

/** `value` modulo `gap`, in [0, gap) also for negative values. */
export function patternOffset(value: number, gap: number): number {
  return ((value % gap) + gap) % gap;
}

/**
 * The dotted canvas background, cheap to pan. xyflow's <Background> moves an SVG pattern on every
 * frame, so the whole screen of dots is painted and rastered again per frame (on a machine without
 * a GPU about as costly as the cards themselves, BENCHMARKS.md §4). Here the dots are a CSS pattern
 * on a layer of its own that a pan only shifts by less than one gap (a transform, composited
 * without raster); only a change of zoom redraws it.
 */
export function DotsBackground() {
  const store = useStoreApi();
  const pattern = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    let shownZoom = Number.NaN;
    const apply = ([x, y, zoom]: Transform) => {
      const element = pattern.current;
      if (!element) return;
      const gap = GAP * zoom;
      if (zoom !== shownZoom) {
        shownZoom = zoom;
        element.style.backgroundSize = `${gap}px ${gap}px`;
        element.style.setProperty('--dot-radius', `${Math.max(0.5, (DOT * zoom) / 2)}px`);
      }
      element.style.transform = `translate(${patternOffset(x, gap) - gap}px, ${patternOffset(y, gap) - gap}px)`;
    };
    apply(store.getState().transform);
    let last = store.getState().transform;
    return store.subscribe((state) => {
      if (state.transform === last) return;
      last = state.transform;
      apply(last);
    });
  }, [store]);
  return (
    <div className="react-flow__background react-flow__container dots-background" data-testid="canvas-background">
      <div ref={pattern} className="dots-background__pattern" />
    </div>
  );
}

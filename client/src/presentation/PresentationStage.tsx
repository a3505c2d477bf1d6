import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isTypingTarget } from '../editing/shortcuts.js';
import { useT } from '../i18n/useT.js';
import type { PresenceChannel } from '../presence/PresenceChannel.js';
import { ChevronLeftIcon, ChevronRightIcon } from '../ui/icons.js';
import { nextStep, OVERVIEW, phaseSteps, stepKeyOf } from './presentationSteps.js';
import { Spotlight } from './Spotlight.js';

const nodesOf = (s: ReactFlowState) => s.nodes;
const domNodeOf = (s: ReactFlowState) => s.domNode;
const paneSizeOf = (s: ReactFlowState) => `${s.width}x${s.height}`;
const STEP_DURATION_MS = 450;
const FIT_PADDING = 0.04;

/**
 * The presenter's side of presentation mode, inside the canvas: arrows, Page keys and Space
 * step from the overview through the phases (each zoomed to fit), a click on a touchpoint
 * spotlights it, Escape clears the spotlight, then leaves. Steps and spotlight are shared.
 */
export function PresentationStage({ channel, onExit }: { channel: PresenceChannel | null; onExit: () => void }) {
  const t = useT();
  const flow = useReactFlow();
  const nodes = useStore(nodesOf);
  const domNode = useStore(domNodeOf);
  const paneSize = useStore(paneSizeOf);
  const steps = useMemo(() => phaseSteps(nodes), [nodes]);
  // Refitted when the geometry changes (large type, an edit, full screen), not on every edit.
  const geometry = JSON.stringify(steps.map((s) => s.rect));
  const [step, setStep] = useState(OVERVIEW);
  const [spotlight, setSpotlight] = useState<string | null>(null);
  const current = Math.min(step, steps.length - 1);
  const animate = useRef(false);

  useEffect(() => {
    const rect = current === OVERVIEW ? null : steps[current]?.rect;
    const options = { padding: FIT_PADDING, duration: animate.current ? STEP_DURATION_MS : 0 };
    animate.current = false;
    if (rect) void flow.fitBounds(rect, options);
    else void flow.fitView(options);
    // `steps` is read through `geometry`; a new array with the same rectangles changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, geometry, paneSize, flow]);

  useEffect(() => {
    channel?.publish({ presenting: true, phaseIndex: current, spotlight });
  }, [channel, current, spotlight]);
  useEffect(() => () => channel?.publish({ presenting: false, phaseIndex: OVERVIEW, spotlight: null }), [channel]);

  const go = (key: Parameters<typeof nextStep>[1]) => {
    animate.current = true;
    setSpotlight(null);
    setStep((s) => nextStep(Math.min(s, steps.length - 1), key, steps.length));
  };
  const goRef = useRef(go);
  const exitRef = useRef(onExit);
  const spotlightRef = useRef(spotlight);
  useEffect(() => {
    goRef.current = go;
    exitRef.current = onExit;
    spotlightRef.current = spotlight;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'Escape') {
        if (spotlightRef.current !== null) setSpotlight(null);
        else exitRef.current();
        event.preventDefault();
        return;
      }
      const key = stepKeyOf(event.key, event.shiftKey);
      // Space on a focused button presses it.
      if (key === null || (event.key === ' ' && event.target instanceof HTMLButtonElement)) return;
      event.preventDefault();
      goRef.current(key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (!domNode) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.react-flow__panel')) return;
      const id = target?.closest('.react-flow__node-touchpoint')?.getAttribute('data-id') ?? null;
      setSpotlight((previous) => (id === previous ? null : id));
    };
    domNode.addEventListener('click', onClick);
    return () => domNode.removeEventListener('click', onClick);
  }, [domNode]);

  const label =
    current === OVERVIEW
      ? t('present.overview')
      : t('present.phase', { number: current + 1, count: steps.length, name: steps[current]?.name.trim() || t('phase.unnamed') });
  return (
    <>
      {spotlight !== null && <Spotlight touchpointId={spotlight} />}
      <Panel position="top-center" className="presentation-hud" data-testid="presentation-hud" data-step={current}>
        <button type="button" className="icon-button" data-testid="present-previous" aria-label={t('present.previous')} title={t('present.previous')} disabled={current === OVERVIEW} onClick={() => go('previous')}>
          <ChevronLeftIcon />
        </button>
        <span className="presentation-hud__label" data-testid="presentation-step" aria-live="polite">
          {label}
        </span>
        <button type="button" className="icon-button" data-testid="present-next" aria-label={t('present.next')} title={t('present.next')} disabled={current >= steps.length - 1} onClick={() => go('next')}>
          <ChevronRightIcon />
        </button>
        <button type="button" className="button button--quiet" data-testid="present-exit" title={t('present.exitHint')} onClick={onExit}>
          {t('present.exit')}
        </button>
      </Panel>
    </>
  );
}

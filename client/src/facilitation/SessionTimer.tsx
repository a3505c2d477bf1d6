import { useEffect, useRef, useState } from 'react';
import type { PublicTimer } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { formatCountdown, playChime, remainingMs } from './countdown.js';
import { BellIcon, BellOffIcon, TimerIcon } from './facilitationIcons.js';
import { useMuted } from './useMuted.js';

/** How long the end flash lasts. */
const FLASH_MS = 4000;

/**
 * The shared countdown in the top bar, large enough to read across a room. At zero it flashes
 * and chimes once (unless muted here), for those who saw it run out: not for someone who
 * joins later.
 */
export function SessionTimer({ timer, clockOffset }: { timer: PublicTimer; clockOffset: number }) {
  const t = useT();
  const [muted, toggleMuted] = useMuted();
  const [left, setLeft] = useState(() => remainingMs(timer.endsAt, clockOffset));
  const [flashing, setFlashing] = useState(false);
  const running = useRef(left > 0);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  useEffect(() => {
    running.current = remainingMs(timer.endsAt, clockOffset) > 0;
    const tick = () => {
      const next = remainingMs(timer.endsAt, clockOffset);
      setLeft(next);
      if (next === 0 && running.current) {
        running.current = false;
        setFlashing(true);
        if (!mutedRef.current) playChime();
      }
    };
    tick();
    const interval = window.setInterval(tick, 250);
    return () => window.clearInterval(interval);
  }, [timer.endsAt, clockOffset]);

  useEffect(() => {
    if (!flashing) return;
    const timeout = window.setTimeout(() => setFlashing(false), FLASH_MS);
    return () => window.clearTimeout(timeout);
  }, [flashing]);

  const over = left === 0;
  const classes = ['session-timer'];
  if (over) classes.push('is-over');
  if (flashing) classes.push('is-flashing');
  if (!over && left <= 60_000) classes.push('is-ending');
  return (
    <div className={classes.join(' ')} data-testid="session-timer" data-remaining={Math.ceil(left / 1000)}>
      <TimerIcon size={18} />
      <span className="session-timer__time" role="timer" aria-live="off" aria-label={t('timer.remainingLabel')}>
        {formatCountdown(left)}
      </span>
      {over && (
        <span className="session-timer__over" role="status" data-testid="timer-over">
          {t('timer.over')}
        </span>
      )}
      <button
        type="button"
        className="icon-button icon-button--small"
        data-testid="timer-mute"
        aria-pressed={muted}
        aria-label={muted ? t('timer.unmute') : t('timer.mute')}
        title={muted ? t('timer.unmute') : t('timer.mute')}
        onClick={toggleMuted}
      >
        {muted ? <BellOffIcon size={15} /> : <BellIcon size={15} />}
      </button>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { TIMER_SECONDS_MAX, type VoteKind } from '../../../shared/src/index.js';
import { Popover } from '../canvas/Popover.js';
import { isTypingTarget, matchShortcut } from '../editing/shortcuts.js';
import { useT } from '../i18n/useT.js';
import { FacilitateIcon, LockIcon, UnlockIcon } from './facilitationIcons.js';
import { sessionApi } from './sessionApi.js';
import { StartVoteDialog } from './StartVoteDialog.js';
import type { Facilitation } from './useFacilitation.js';

/** Timer presets in minutes: check-in, exercises, a break, a long exercise. */
const PRESETS = [1, 3, 5, 10, 15, 25];

/**
 * The facilitator's menu (owners and editors): start and stop the shared timer, open a dot vote,
 * lock the map while presenting. F opens it.
 */
export function FacilitateMenu({ mapId, facilitation }: { mapId: string; facilitation: Facilitation }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [voteDialog, setVoteDialog] = useState(false);
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { view, vote, lock, presenting, lockedBy } = facilitation;
  const timer = view.session?.timer ?? null;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchShortcut(event) !== 'facilitate' || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen((current) => !current);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const run = (action: () => Promise<unknown>, close = true) => {
    setError(null);
    action().then(
      () => close && setOpen(false),
      (cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)),
    );
  };
  const startTimer = (mins: number) => run(() => sessionApi.startTimer(mapId, Math.round(mins * 60)));
  const custom = Number(minutes.replace(',', '.'));
  const customValid = minutes.trim() !== '' && custom > 0 && custom * 60 <= TIMER_SECONDS_MAX;
  const startVote = (dots: number, kinds: VoteKind[]) => {
    setVoteDialog(false);
    run(() => sessionApi.startVote(mapId, dots, kinds));
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`button button--quiet facilitate-button${open ? ' is-on' : ''}`}
        data-testid="open-facilitate"
        aria-expanded={open}
        title={t('facilitate.hint')}
        onClick={() => setOpen((current) => !current)}
      >
        <FacilitateIcon size={17} /> {t('facilitate.button')}
      </button>
      {open && button.current && (
        <Popover anchor={button.current} label={t('facilitate.button')} onClose={() => setOpen(false)} testId="facilitate-menu">
          <div className="facilitate-menu">
            <section>
              <h3>{t('timer.title')}</h3>
              <div className="facilitate-menu__presets">
                {PRESETS.map((preset) => (
                  <button key={preset} type="button" className="button button--small" data-testid={`timer-preset-${preset}`} onClick={() => startTimer(preset)}>
                    {t('timer.minutes', { count: preset })}
                  </button>
                ))}
              </div>
              <form
                className="facilitate-menu__row"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (customValid) startTimer(custom);
                }}
              >
                <input
                  className="input facilitate-menu__minutes"
                  data-testid="timer-custom"
                  inputMode="decimal"
                  aria-label={t('timer.customLabel')}
                  placeholder={t('timer.customPlaceholder')}
                  value={minutes}
                  onChange={(event) => setMinutes(event.target.value)}
                />
                <button type="submit" className="button button--small" data-testid="timer-custom-start" disabled={!customValid}>
                  {t('timer.start')}
                </button>
                {timer && (
                  <button type="button" className="button button--small" data-testid="timer-stop" onClick={() => run(() => sessionApi.stopTimer(mapId))}>
                    {t('timer.stop')}
                  </button>
                )}
              </form>
            </section>
            <section>
              <h3>{t('vote.title')}</h3>
              {vote === null || vote.status === 'revealed' ? (
                <button type="button" className="button button--small" data-testid="start-vote" onClick={() => setVoteDialog(true)}>
                  {t(vote ? 'vote.startAnother' : 'vote.startButton')}
                </button>
              ) : (
                <p className="muted">{t('vote.running')}</p>
              )}
            </section>
            <section>
              <h3>{t('lock.title')}</h3>
              {lock === null ? (
                <button type="button" className="button button--small" data-testid="lock-map" onClick={() => run(facilitation.lockMap)}>
                  <LockIcon size={15} /> {t('lock.lock')}
                </button>
              ) : (
                <>
                  <p className="muted">{presenting ? t('lock.youPresent') : t('lock.lockedBy', { name: lockedBy ?? t('lock.someone') })}</p>
                  <button type="button" className="button button--small" data-testid="unlock-map" onClick={() => run(facilitation.unlockMap)}>
                    <UnlockIcon size={15} /> {t('lock.unlock')}
                  </button>
                </>
              )}
              <p className="facilitate-menu__hint">{t('lock.hint')}</p>
            </section>
            {error && (
              <p className="form-error" role="alert" data-testid="facilitate-error">
                {error}
              </p>
            )}
          </div>
        </Popover>
      )}
      {voteDialog && <StartVoteDialog onStart={startVote} onCancel={() => setVoteDialog(false)} />}
    </>
  );
}

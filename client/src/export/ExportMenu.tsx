import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Popover } from '../canvas/Popover.js';
import { isTypingTarget, matchShortcut } from '../editing/shortcuts.js';
import type { MessageKey } from '../i18n/en.js';
import { useT } from '../i18n/useT.js';
import { DownloadIcon } from '../ui/icons.js';
import { useMapExport, type ExportFormat, type ExportState, type MapExportInput } from './useMapExport.js';
import './export.css';

const FORMATS: { format: ExportFormat; badge: string; name: MessageKey; hint: MessageKey }[] = [
  { format: 'pdf', badge: 'PDF', name: 'export.pdf', hint: 'export.pdfHint' },
  { format: 'png', badge: 'PNG', name: 'export.png', hint: 'export.pngHint' },
  { format: 'svg', badge: 'SVG', name: 'export.svg', hint: 'export.svgHint' },
  { format: 'csv', badge: 'CSV', name: 'export.csv', hint: 'export.csvHint' },
];

/** How far a busy export is, 0–1 (null: not known yet). */
function fraction(state: ExportState): number | null {
  if (state.kind !== 'busy' || state.page === null || state.pages === null) return null;
  return (state.page - 1) / state.pages;
}

/**
 * "Export" in the map's top bar (Ctrl/⌘+Shift+E): the whole map as PDF, PNG or SVG as it looks
 * on screen, or its touchpoints as CSV. Every role may export; a long PDF shows its pages' progress.
 */
export function ExportMenu(props: MapExportInput & { ready: boolean }) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const { state, run, cancel, reset } = useMapExport(props);
  const busy = state.kind === 'busy';
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || matchShortcut(event) !== 'export' || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen((wasOpen) => !wasOpen);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Opening clears the last failure.
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  // The first enabled item takes the focus, so that the keyboard goes on from the shortcut. The
  // image formats wait for the canvas: once they are enabled, the focus the menu itself placed
  // moves up to the first of them, unless the user has moved it since.
  const autoFocused = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (!open) {
      autoFocused.current = null;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const first = menu.current?.querySelector<HTMLButtonElement>('.export-menu__item:not(:disabled)');
      const untouched = autoFocused.current === null || document.activeElement === autoFocused.current;
      if (!first || !untouched || first === autoFocused.current) return;
      first.focus();
      autoFocused.current = first;
    });
    return () => cancelAnimationFrame(frame);
  }, [open, props.ready, busy]);

  // A finished download closes the menu; a failure stays open to be read.
  useEffect(() => {
    if (state.kind === 'done') setOpen(false);
  }, [state]);

  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('.export-menu__item:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next?.focus();
    event.preventDefault();
  };

  const percent = fraction(state);
  const overlayNote =
    props.overlayOn && props.insights?.period ? t('export.withOverlay', { period: props.insights.period }) : t('export.withoutOverlay');
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`button button--quiet export-button${busy ? ' is-busy' : ''}`}
        data-testid="export-button"
        data-state={state.kind}
        data-ms={state.kind === 'done' ? state.ms : undefined}
        data-pages={state.kind === 'done' ? (state.pages ?? undefined) : undefined}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-busy={busy}
        title={t('export.hint')}
        disabled={!props.map}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <DownloadIcon size={18} /> {t('export.button')}
        {percent !== null && <span className="export-button__percent">{Math.round(percent * 100)} %</span>}
      </button>
      {open && button.current && (
        <Popover anchor={button.current} onClose={close} label={t('export.menu')} testId="export-menu">
          <div ref={menu} className="export-menu" onKeyDown={onMenuKey}>
            {FORMATS.map(({ format, badge, name, hint }) => (
              <button
                key={format}
                type="button"
                className="export-menu__item"
                data-testid={`export-${format}`}
                disabled={busy || (format !== 'csv' && !props.ready)}
                onClick={() => void run(format)}
              >
                <span className="export-menu__icon" aria-hidden="true">
                  {badge}
                </span>
                <span className="export-menu__name">{t(name)}</span>
                <span className="export-menu__hint">{t(hint)}</span>
              </button>
            ))}
            <ExportStatus state={state} onCancel={cancel} />
            {state.kind !== 'busy' && <p className="export-menu__note">{overlayNote}</p>}
          </div>
        </Popover>
      )}
    </>
  );
}

function ExportStatus({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  const t = useT();
  if (state.kind === 'failed') {
    return (
      <p className="export-menu__error" role="alert" data-testid="export-error">
        {t('export.failed', { message: state.message })}
      </p>
    );
  }
  if (state.kind === 'cancelled') {
    return (
      <p className="export-menu__note" role="status" data-testid="export-cancelled">
        {t('export.cancelled')}
      </p>
    );
  }
  if (state.kind !== 'busy') return null;
  const label =
    state.page !== null && state.pages !== null ? t('export.renderingPage', { page: state.page, pages: state.pages }) : t('export.rendering');
  const done = fraction(state);
  const percent = done === null ? null : Math.round(done * 100);
  return (
    <div className="export-menu__status" role="status" data-testid="export-progress">
      <div className="export-progress__label">
        <span>{label}</span>
        {percent !== null && <span className="export-progress__percent">{percent} %</span>}
      </div>
      {/* The bar moves on the compositor: it keeps moving while drawing the map blocks the page. */}
      <div
        className={`export-progress__track${percent === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="export-progress__bar" style={percent === null ? undefined : { transform: `scaleX(${done})` }} />
      </div>
      {state.format === 'pdf' && (
        <button type="button" className="button button--small" data-testid="export-cancel" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}

import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { LIMITS, STICKY_COLORS, convertSticky, deleteSticky, updateSticky, type StickyConversion } from '../../../shared/src/index.js';
import { textColorOn } from '../canvas/cardColors.js';
import { useCanvasActions } from '../canvas/useCanvasActions.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextarea } from '../ui/SyncedTextInput.js';
import { TrashIcon } from '../ui/icons.js';
import type { StickyNode } from './stickyNodes.js';
import './stickies.css';

const CONVERSIONS = ['touchpoint', 'pain-point', 'measure'] as const;

/** A sticky note anywhere on the canvas: double-click to write, drag to move, a menu to colour, convert or delete. */
function StickyNoteView({ data, dragging }: NodeProps<StickyNode>) {
  const t = useT();
  const { doc, readOnly, editCard } = useCanvasActions();
  const { sticky, phaseId, editing } = data;
  const empty = sticky.text.trim() === '';
  const convert = (kind: (typeof CONVERSIONS)[number]) => {
    const to: StickyConversion | null = kind === 'measure' ? { kind } : phaseId ? { kind, phaseId } : null;
    if (to) convertSticky(doc, sticky.id, to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly || editing || event.target !== event.currentTarget) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      editCard(sticky.id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      event.stopPropagation();
      deleteSticky(doc, sticky.id);
    }
  };
  return (
    <div
      className={`sticky-note${dragging ? ' is-dragging' : ''}${editing ? ' is-editing' : ''}`}
      style={{ background: sticky.color, color: textColorOn(sticky.color) }}
      data-testid="sticky-note"
      data-sticky-id={sticky.id}
      data-phase-id={phaseId ?? undefined}
      tabIndex={0}
      aria-label={t('sticky.label', { text: empty ? t('sticky.empty') : sticky.text })}
      onDoubleClick={readOnly ? undefined : () => editCard(sticky.id)}
      onKeyDown={onKeyDown}
    >
      {editing ? (
        <StickyEditor stickyId={sticky.id} text={sticky.text} />
      ) : (
        <p className={`sticky-note__text${empty ? ' is-placeholder' : ''}`} data-testid="sticky-text">
          {empty ? t(readOnly ? 'sticky.empty' : 'sticky.editHint') : sticky.text}
        </p>
      )}
      {sticky.author && <span className="sticky-note__author">{sticky.author}</span>}
      {!readOnly && !editing && !dragging && (
        <div className="sticky-note__menu nodrag" role="toolbar" aria-label={t('sticky.menu')} data-testid="sticky-menu">
          {STICKY_COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              className={`swatch-button${sticky.color === color ? ' is-on' : ''}`}
              style={{ background: color }}
              aria-label={t('sticky.color', { number: index + 1 })}
              title={t('sticky.color', { number: index + 1 })}
              aria-pressed={sticky.color === color}
              onClick={() => updateSticky(doc, sticky.id, { color })}
              data-testid={`sticky-color-${index}`}
            />
          ))}
          {CONVERSIONS.map((kind) => (
            <button
              key={kind}
              type="button"
              className="sticky-note__convert"
              disabled={kind !== 'measure' && phaseId === null}
              title={t(`sticky.convertHint.${kind}`)}
              onClick={() => convert(kind)}
              data-testid={`sticky-convert-${kind}`}
            >
              {t(`sticky.convert.${kind}`)}
            </button>
          ))}
          <button
            type="button"
            className="icon-button icon-button--small icon-button--danger"
            aria-label={t('sticky.delete')}
            title={t('sticky.delete')}
            onClick={() => deleteSticky(doc, sticky.id)}
            data-testid="sticky-delete"
          >
            <TrashIcon size={15} />
          </button>
        </div>
      )}
    </div>
  );
}

function StickyEditor({ stickyId, text }: { stickyId: string; text: string }) {
  const t = useT();
  const { doc, editCard } = useCanvasActions();
  const ref = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter makes a new line (notes are several lines); Escape or Ctrl/⌘+Enter finish.
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      event.stopPropagation();
      editCard(null);
      (event.currentTarget.closest('.sticky-note') as HTMLElement | null)?.focus({ preventScroll: true });
    }
  };
  return (
    <SyncedTextarea
      className="sticky-note__input nodrag nopan nowheel"
      data-testid="sticky-input"
      aria-label={t('sticky.text')}
      placeholder={t('sticky.placeholder')}
      maxLength={LIMITS.textLength}
      value={text}
      textareaRef={(element) => {
        ref.current = element;
      }}
      onValue={(value) => updateSticky(doc, stickyId, { text: value })}
      onKeyDown={onKeyDown}
      onBlur={() => editCard(null)}
    />
  );
}

export const StickyNoteNodeView = memo(StickyNoteView);

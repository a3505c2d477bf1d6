import { NodeToolbar, Position, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { LIMITS, deleteCard, updateCard } from '../../../../shared/src/index.js';
import { VoteTarget } from '../../facilitation/VoteTarget.js';
import { useT } from '../../i18n/useT.js';
import { SyncedTextarea } from '../../ui/SyncedTextInput.js';
import { CloseIcon, TrashIcon } from '../../ui/icons.js';
import { CARD_COLORS, LANE_CARD_COLORS, textColorOn } from '../cardColors.js';
import type { CardNode } from '../canvasNodes.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** A free card in a lane: a sticky note, edited in place. */
function StickyCard({ data, selected, dragging }: NodeProps<CardNode>) {
  const t = useT();
  const { editCard, readOnly } = useCanvasActions();
  const { card, laneKind, lines, editing, dimmed } = data;
  const background = card.color ?? LANE_CARD_COLORS[laneKind];
  const classes = ['sticky'];
  if (selected) classes.push('is-selected');
  if (dragging) classes.push('is-dragging');
  if (dimmed) classes.push('is-dimmed');
  if (editing) classes.push('is-editing');
  const empty = card.text.trim() === '';
  return (
    <div
      className={classes.join(' ')}
      data-testid="lane-card"
      data-card-id={card.id}
      data-lane-id={card.laneId}
      data-phase-id={card.phaseId}
      style={{ background, color: textColorOn(background) }}
      onDoubleClick={readOnly ? undefined : () => editCard(card.id)}
    >
      {editing && !readOnly ? (
        <CardTextEditor cardId={card.id} text={card.text} />
      ) : (
        <p
          className={`sticky__text${empty ? ' is-placeholder' : ''}`}
          data-testid="lane-card-text"
          style={{ WebkitLineClamp: lines, lineClamp: lines }}
          title={empty ? (readOnly ? undefined : t('card.editHint')) : card.text}
        >
          {empty ? t('card.empty') : card.text}
        </p>
      )}
      {laneKind === 'pain-points' && <VoteTarget id={card.id} title={card.text} />}
      {!readOnly && <CardToolbar cardId={card.id} color={card.color} hidden={dragging || editing} />}
    </div>
  );
}

function CardTextEditor({ cardId, text }: { cardId: string; text: string }) {
  const t = useT();
  const { doc, editCard } = useCanvasActions();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const field = ref.current?.querySelector('textarea');
    if (!field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);
  const leave = (field: HTMLTextAreaElement) => {
    editCard(null);
    // Back to the card, so that the keyboard shortcuts act on it again.
    (field.closest('.react-flow__node') as HTMLElement | null)?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      leave(event.currentTarget);
    }
  };
  return (
    <div ref={ref} className="sticky__editor">
      <SyncedTextarea
        className="sticky__input nodrag nopan nowheel"
        data-testid="lane-card-input"
        aria-label={t('card.text')}
        placeholder={t('card.placeholder')}
        maxLength={LIMITS.textLength}
        value={text}
        onValue={(value) => updateCard(doc, cardId, { text: value })}
        onKeyDown={onKeyDown}
        onBlur={() => editCard(null)}
      />
    </div>
  );
}

/** Colour and delete, above the card while it is the only thing selected. */
function CardToolbar({ cardId, color, hidden }: { cardId: string; color: string | undefined; hidden: boolean }) {
  const t = useT();
  const { doc } = useCanvasActions();
  return (
    <NodeToolbar
      position={Position.Top}
      offset={8}
      className={`card-toolbar${hidden ? ' is-hidden' : ''}`}
      data-testid="card-toolbar"
    >
      <button
        type="button"
        className={`swatch-button swatch-button--none${color === undefined ? ' is-on' : ''}`}
        aria-label={t('card.colorNone')}
        title={t('card.colorNone')}
        aria-pressed={color === undefined}
        onClick={() => updateCard(doc, cardId, { color: null })}
      >
        <CloseIcon size={14} />
      </button>
      {CARD_COLORS.map((option) => (
        <button
          key={option.name}
          type="button"
          className={`swatch-button${color === option.value ? ' is-on' : ''}`}
          data-testid={`card-color-${option.name}`}
          style={{ background: option.value }}
          aria-label={t(`card.color.${option.name}`)}
          title={t(`card.color.${option.name}`)}
          aria-pressed={color === option.value}
          onClick={() => updateCard(doc, cardId, { color: option.value })}
        />
      ))}
      <span className="card-toolbar__divider" />
      <button
        type="button"
        className="icon-button icon-button--small icon-button--danger"
        data-testid="delete-card"
        aria-label={t('card.delete')}
        title={t('card.delete')}
        onClick={() => deleteCard(doc, cardId)}
      >
        <TrashIcon size={16} />
      </button>
    </NodeToolbar>
  );
}

export const CardNodeView = memo(StickyCard);

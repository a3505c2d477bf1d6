import type * as Y from 'yjs';
import { useT } from '../i18n/useT.js';
import { CloseIcon, TrashIcon } from '../ui/icons.js';
import { deleteItems, duplicateItems } from './commands.js';
import { EMPTY_SELECTION, selectionSize, type Selection } from './selection.js';

interface SelectionPanelProps {
  doc: Y.Doc;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  /** Only the count (a viewer's or commenter's link). */
  readOnly?: boolean;
}

/** Several items (or a card) selected: what can be done with all of them at once. */
export function SelectionPanel({ doc, selection, onSelectionChange, readOnly = false }: SelectionPanelProps) {
  const t = useT();
  const count = selectionSize(selection);
  return (
    <section className="panel selection-panel" data-testid="selection-panel" data-count={count}>
      <div className="panel__head">
        <h2 className="panel__title">{t('selection.count', { count })}</h2>
        <button
          type="button"
          className="icon-button"
          data-testid="clear-selection"
          aria-label={t('selection.clear')}
          title={t('selection.clear')}
          onClick={() => onSelectionChange(EMPTY_SELECTION)}
        >
          <CloseIcon />
        </button>
      </div>
      <p className="muted small" data-testid="selection-summary">
        {[
          selection.touchpointIds.length > 0 ? t('phase.touchpointCount', { count: selection.touchpointIds.length }) : '',
          selection.cardIds.length > 0 ? t('lane.cardCount', { count: selection.cardIds.length }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {!readOnly && (
        <>
          <div className="selection-panel__actions">
            <button
              type="button"
              className="button button--small"
              data-testid="duplicate-selection"
              onClick={() => onSelectionChange(duplicateItems(doc, selection))}
            >
              {t('selection.duplicate')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="delete-selection"
              onClick={() => {
                deleteItems(doc, selection);
                onSelectionChange(EMPTY_SELECTION);
              }}
            >
              <TrashIcon size={15} /> {t('selection.delete')}
            </button>
          </div>
          <p className="muted small selection-panel__hint">{t('selection.hint')}</p>
        </>
      )}
    </section>
  );
}

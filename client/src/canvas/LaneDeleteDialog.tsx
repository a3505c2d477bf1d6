import type * as Y from 'yjs';
import { deleteLane, type Lane } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { laneName } from './laneNames.js';

interface LaneDeleteDialogProps {
  doc: Y.Doc;
  lane: Lane;
  cardCount: number;
  onClose: () => void;
}

/** Deletes a card lane and its cards, after saying how many cards go with it. */
export function LaneDeleteDialog({ doc, lane, cardCount, onClose }: LaneDeleteDialogProps) {
  const t = useT();
  const name = laneName(t, lane);
  return (
    <Dialog
      title={t('laneDelete.title', { name })}
      testId="delete-lane-dialog"
      onConfirm={() => {
        deleteLane(doc, lane.id);
        onClose();
      }}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" data-testid="cancel-delete-lane" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger-solid" data-testid="confirm-delete-lane">
            {t('laneDelete.confirm')}
          </button>
        </>
      }
    >
      <p>{cardCount === 0 ? t('laneDelete.empty') : t('laneDelete.cards', { count: cardCount })}</p>
    </Dialog>
  );
}

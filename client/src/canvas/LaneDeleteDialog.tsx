import type * as Y from 'yjs';
import { deleteLane, type Lane } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { DangerActions, Dialog } from '../ui/Dialog.js';
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
        <DangerActions confirmLabel={t('laneDelete.confirm')} confirmTestId="confirm-delete-lane" cancelTestId="cancel-delete-lane" onCancel={onClose} />
      }
    >
      <p>{cardCount === 0 ? t('laneDelete.empty') : t('laneDelete.cards', { count: cardCount })}</p>
    </Dialog>
  );
}

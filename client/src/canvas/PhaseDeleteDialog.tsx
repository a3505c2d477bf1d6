import { useState } from 'react';
import type * as Y from 'yjs';
import { deletePhase, type MapDocument, type Phase } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { DangerActions, Dialog } from '../ui/Dialog.js';

interface PhaseDeleteDialogProps {
  doc: Y.Doc;
  map: MapDocument;
  phase: Phase;
  onClose: () => void;
}

/** Deletes a phase after asking whether its touchpoints go with it or move to a neighbour. */
export function PhaseDeleteDialog({ doc, map, phase, onClose }: PhaseDeleteDialogProps) {
  const t = useT();
  const index = map.phases.findIndex((p) => p.id === phase.id);
  const neighbours = [map.phases[index - 1], map.phases[index + 1]].filter((p): p is Phase => p !== undefined);
  const count = map.touchpoints.filter((tp) => tp.phaseId === phase.id).length;
  const [mode, setMode] = useState<'move' | 'delete'>(neighbours.length > 0 ? 'move' : 'delete');
  const [targetId, setTargetId] = useState(neighbours[0]?.id ?? '');
  const name = phase.name.trim() === '' ? t('phase.unnamed') : phase.name;
  const nameOf = (p: Phase) => (p.name.trim() === '' ? t('phase.unnamed') : p.name);
  // The chosen neighbour may have been deleted by someone else meanwhile.
  const target = neighbours.find((p) => p.id === targetId) ?? neighbours[0];

  const confirm = () => {
    deletePhase(
      doc,
      phase.id,
      count > 0 && mode === 'move' && target ? { touchpoints: 'move', toPhaseId: target.id } : { touchpoints: 'delete' },
    );
    onClose();
  };

  return (
    <Dialog
      title={t('phaseDelete.title', { name })}
      testId="delete-phase-dialog"
      onConfirm={confirm}
      onCancel={onClose}
      actions={
        <DangerActions confirmLabel={t('phaseDelete.confirm')} confirmTestId="confirm-delete-phase" cancelTestId="cancel-delete-phase" onCancel={onClose} />
      }
    >
      {count === 0 ? (
        <p>{t('phaseDelete.empty')}</p>
      ) : (
        <fieldset className="choice-list">
          <legend>{t('phaseDelete.question', { count })}</legend>
          {target && (
            <label className="choice">
              <input
                type="radio"
                name="phase-delete-mode"
                data-testid="phase-delete-mode-move"
                checked={mode === 'move'}
                onChange={() => setMode('move')}
              />
              <span>
                {t('phaseDelete.move', { count })}{' '}
                <select
                  className="select select--inline"
                  data-testid="phase-delete-target"
                  aria-label={t('phaseDelete.target')}
                  value={target.id}
                  onChange={(event) => {
                    setTargetId(event.target.value);
                    setMode('move');
                  }}
                >
                  {neighbours.map((p) => (
                    <option key={p.id} value={p.id}>
                      {map.phases.indexOf(p) < index
                        ? t('phaseDelete.previous', { name: nameOf(p) })
                        : t('phaseDelete.next', { name: nameOf(p) })}
                    </option>
                  ))}
                </select>
              </span>
            </label>
          )}
          <label className="choice choice--danger">
            <input
              type="radio"
              name="phase-delete-mode"
              data-testid="phase-delete-mode-delete"
              checked={mode === 'delete' || !target}
              onChange={() => setMode('delete')}
            />
            <span>{t('phaseDelete.deleteTouchpoints', { count })}</span>
          </label>
        </fieldset>
      )}
    </Dialog>
  );
}

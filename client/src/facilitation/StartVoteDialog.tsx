import { useState } from 'react';
import { DOTS_PER_PERSON_MAX, type VoteKind } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';

interface StartVoteDialogProps {
  onStart: (dotsPerPerson: number, kinds: VoteKind[]) => void;
  onCancel: () => void;
}

/** How many dots each person gets and what they go on; three dots on both is the usual start. */
export function StartVoteDialog({ onStart, onCancel }: StartVoteDialogProps) {
  const t = useT();
  const [dots, setDots] = useState(3);
  const [kinds, setKinds] = useState<Record<VoteKind, boolean>>({ touchpoints: true, painPoints: true });
  const chosen = (Object.keys(kinds) as VoteKind[]).filter((kind) => kinds[kind]);
  const valid = chosen.length > 0 && Number.isInteger(dots) && dots >= 1 && dots <= DOTS_PER_PERSON_MAX;
  return (
    <Dialog
      title={t('vote.startTitle')}
      testId="start-vote-dialog"
      onCancel={onCancel}
      onConfirm={() => {
        if (valid) onStart(dots, chosen);
      }}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="start-vote-confirm" disabled={!valid}>
            {t('vote.start')}
          </button>
        </>
      }
    >
      <p className="muted">{t('vote.startLead')}</p>
      <label className="field">
        <span>{t('vote.dotsPerPerson')}</span>
        <input
          type="number"
          className="input"
          data-testid="vote-dots"
          min={1}
          max={DOTS_PER_PERSON_MAX}
          value={Number.isNaN(dots) ? '' : dots}
          onChange={(event) => setDots(event.target.valueAsNumber)}
        />
      </label>
      <fieldset className="vote-kinds">
        <legend>{t('vote.on')}</legend>
        {(['touchpoints', 'painPoints'] as const).map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              data-testid={`vote-kind-${kind}`}
              checked={kinds[kind]}
              onChange={(event) => setKinds((current) => ({ ...current, [kind]: event.target.checked }))}
            />
            {t(`vote.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      {chosen.length === 0 && <p className="form-error">{t('vote.chooseKind')}</p>}
    </Dialog>
  );
}

import { useMemo } from 'react';
import { csiSnapshot, type MapDocument, type Measurement } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { Toast } from '../list/Toast.js';
import { useToast } from '../list/useToast.js';
import { ComparisonDialog } from './ComparisonDialog.js';
import { RestoreDialog } from './RestoreDialog.js';
import type { MapHistory } from './useMapHistory.js';
import './history.css';

interface HistoryDialogsProps {
  history: MapHistory;
  map: MapDocument;
  /** The map's measurements now, for the CSI of the live side of a comparison. */
  measurements: readonly Measurement[] | null;
  author: string;
  undo: () => void;
}

/** The comparison and the restore confirmation, and the toast that offers to undo a restore. */
export function HistoryDialogs({ history, map, measurements, author, undo }: HistoryDialogsProps) {
  const t = useT();
  const { toast, show, dismiss } = useToast();
  const { comparing, restoring, versions } = history;
  const currentCsi = useMemo(() => (measurements ? csiSnapshot(map, measurements) : null), [map, measurements]);
  return (
    <>
      {comparing && versions.versions && (
        <ComparisonDialog
          pair={comparing}
          versions={versions.versions}
          load={versions.load}
          current={map}
          currentCsi={currentCsi}
          onChange={history.setComparing}
          onClose={() => history.setComparing(null)}
        />
      )}
      {restoring && (
        <RestoreDialog
          version={restoring}
          saveCurrent={(name) => versions.save(name, author)}
          restore={history.restore}
          onClose={() => history.setRestoring(null)}
          onDone={() => {
            history.setRestoring(null);
            history.setPreviewing(null);
            show({
              message: t('history.restore.done', { name: restoring.name }),
              action: { label: t('history.restore.undo'), testId: 'undo-restore', run: undo },
            });
          }}
        />
      )}
      <div className="toast-region">{toast && <Toast key={toast.key} toast={toast} onDismiss={dismiss} />}</div>
    </>
  );
}

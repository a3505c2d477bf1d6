import { useState, type ChangeEvent } from 'react';
import type { FormatProblem } from '../../../shared/src/index.js';
import { ApiError, importMap } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { UploadIcon } from '../ui/icons.js';

export type ImportOutcome =
  | { kind: 'imported'; id: string; fileName: string }
  | { kind: 'refused'; fileName: string; message: string; problems: FormatProblem[] };

/** "Import JSON": reads a map file, sends it to the server and reports what happened. */
export function ImportMapButton({ onOutcome }: { onOutcome: (outcome: ImportOutcome) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared at once so that choosing the same (fixed) file again fires another change.
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch (cause) {
        onOutcome({
          kind: 'refused',
          fileName: file.name,
          message: t('import.notJson', { message: cause instanceof Error ? cause.message : String(cause) }),
          problems: [],
        });
        return;
      }
      try {
        onOutcome({ kind: 'imported', id: await importMap(document), fileName: file.name });
      } catch (cause) {
        const problems = cause instanceof ApiError ? cause.problems : [];
        const message = cause instanceof Error ? cause.message : String(cause);
        onOutcome({ kind: 'refused', fileName: file.name, message, problems });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <label className={`button file-button${busy ? ' is-busy' : ''}`}>
      <UploadIcon /> {busy ? t('import.busy') : t('import.button')}
      <input
        type="file"
        accept="application/json,.json"
        className="file-button__input"
        data-testid="import-file"
        disabled={busy}
        onChange={importFile}
      />
    </label>
  );
}

/** The outcome of an import, with every problem the server found in a refused file. */
export function ImportReport({ outcome, onDismiss, onOpen }: { outcome: ImportOutcome; onDismiss: () => void; onOpen: (id: string) => void }) {
  const t = useT();
  if (outcome.kind === 'imported') {
    return (
      <div className="notice notice--success" role="status" data-testid="import-success">
        <p>{t('import.done', { file: outcome.fileName })}</p>
        <div className="notice__actions">
          <button type="button" className="button button--primary" onClick={() => onOpen(outcome.id)}>
            {t('import.open')}
          </button>
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            {t('common.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="notice notice--error" role="alert" data-testid="import-problems">
      <p className="notice__title">{t('import.refused', { file: outcome.fileName })}</p>
      {outcome.problems.length === 0 ? (
        <p>{outcome.message}</p>
      ) : (
        <>
          {/* The server's summary is English; the localised one says the same. */}
          <p title={outcome.message}>{t('import.invalid', { count: outcome.problems.length })}</p>
          <ul className="problem-list">
            {outcome.problems.map((problem, index) => (
              <li key={index} data-testid="import-problem">
                <code className="problem-list__path">{problem.path}</code>
                <span>{problem.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="notice__actions">
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </div>
    </div>
  );
}

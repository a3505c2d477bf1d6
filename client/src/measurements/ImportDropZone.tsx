import { useId, type ChangeEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { UploadIcon } from '../ui/icons.js';

/** The first step: drop a file here or choose one; says what a measurement file looks like. */
export function ImportDropZone({ readError, onFile }: { readError: string | null; onFile: (file: File) => void }) {
  const t = useT();
  const hintId = useId();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same (corrected) file again fires another change.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <div className="import-drop" data-testid="import-drop-zone">
      <div className="import-drop__target">
        <span className="import-drop__icon" aria-hidden="true">
          <UploadIcon size={26} />
        </span>
        <p className="import-drop__title">{t('importCsi.dropTitle')}</p>
        <p className="import-drop__or">{t('importCsi.dropOr')}</p>
        <label className="button button--primary file-button">
          {t('importCsi.choose')}
          <input
            type="file"
            className="file-button__input"
            accept=".csv,.tsv,.txt,.json,text/csv,application/json,text/plain,text/tab-separated-values"
            data-testid="import-measurements-file"
            aria-describedby={hintId}
            onChange={pick}
          />
        </label>
      </div>
      {readError && (
        <p className="form-error" role="alert">
          {t('importCsi.readFailed', { message: readError })}
        </p>
      )}
      <div className="import-drop__help" id={hintId}>
        <p>{t('importCsi.dropHint')}</p>
        <p className="import-drop__example-title">{t('importCsi.example')}</p>
        <pre className="import-drop__example">{t('importCsi.exampleCsv')}</pre>
        <p className="muted small">{t('importCsi.keysHint')}</p>
      </div>
    </div>
  );
}

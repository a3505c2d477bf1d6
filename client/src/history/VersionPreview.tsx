import { useEffect, useMemo, useState } from 'react';
import { mapDocumentToDoc, type MapDocument } from '../../../shared/src/index.js';
import type { VersionDetail, VersionSummary } from '../api/versionsApi.js';
import { JourneyCanvas } from '../canvas/JourneyCanvas.js';
import { EMPTY_SELECTION, selectTouchpoints, type Selection } from '../editing/selection.js';
import { isTypingTarget } from '../editing/shortcuts.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import type { Undo } from '../sync/useUndo.js';
import { CloseIcon, RestoreIcon } from '../ui/icons.js';
import { CompareIcon, EyeIcon } from './historyIcons.js';
import { useVersionDetail } from './useVersionDetail.js';
import './history.css';

const NO_UNDO: Undo = { canUndo: false, canRedo: false, undo: () => {}, redo: () => {} };

interface VersionPreviewProps {
  version: VersionSummary;
  load: (versionId: string) => Promise<VersionDetail>;
  largeType: boolean;
  onClose: () => void;
  onCompare: () => void;
  /** Absent: this person may not restore. */
  onRestore?: () => void;
}

/**
 * A saved version in place of the live map, on the same canvas but read-only: it is drawn from a
 * document of its own, so nothing done here can reach the live map.
 */
export function VersionPreview({ version, load, largeType, onClose, onCompare, onRestore }: VersionPreviewProps) {
  const t = useT();
  const { language } = useLanguage();
  const { detail, error } = useVersionDetail(load, version.id);

  // Escape leaves the preview once nothing on the canvas is selected (the canvas takes it first).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open], .popover') === null) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="version-preview" data-testid="version-preview" data-version-id={version.id}>
      <div className="version-preview__banner" role="region" aria-label={t('history.preview.label')}>
        <EyeIcon size={20} />
        <div className="version-preview__text">
          <strong data-testid="preview-name">{version.name}</strong>
          <span>
            {version.author
              ? t('history.preview.savedBy', { author: version.author, time: formatChangedAt(version.createdAt, language) })
              : t('history.preview.savedAnonymously', { time: formatChangedAt(version.createdAt, language) })}{' '}
            <span title={formatDateTime(version.createdAt, language)}>· {t('history.preview.readOnly')}</span>
          </span>
        </div>
        <div className="version-preview__actions">
          <button type="button" className="button button--small" data-testid="preview-compare" onClick={onCompare}>
            <CompareIcon size={16} /> {t('history.preview.compare')}
          </button>
          {onRestore && (
            <button type="button" className="button button--small" data-testid="preview-restore" onClick={onRestore}>
              <RestoreIcon size={16} /> {t('history.preview.restore')}
            </button>
          )}
          <button type="button" className="button button--small button--primary" data-testid="close-preview" onClick={onClose}>
            <CloseIcon size={16} /> {t('history.preview.close')}
          </button>
        </div>
      </div>
      {detail ? (
        <PreviewCanvas key={version.id} map={detail.map} largeType={largeType} />
      ) : (
        <div className="canvas-placeholder" role={error ? 'alert' : 'status'}>
          {error ? <p>{t('history.preview.failed', { message: error })}</p> : <span className="spinner" aria-hidden="true" />}
        </div>
      )}
    </div>
  );
}

function PreviewCanvas({ map, largeType }: { map: MapDocument; largeType: boolean }) {
  // Its own document, never connected: no listener holds it, so it goes with the component.
  const doc = useMemo(() => mapDocumentToDoc(map), [map]);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const select = (id: string) => setSelection(selectTouchpoints([id]));
  return (
    <JourneyCanvas
      doc={doc}
      map={map}
      undo={NO_UNDO}
      selection={selection}
      onSelectionChange={setSelection}
      onEditTouchpoint={select}
      onShowTouchpoint={select}
      largeType={largeType}
      readOnly
    />
  );
}

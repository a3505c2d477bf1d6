import { useState, type ReactNode } from 'react';
import type { VersionSummary } from '../api/versionsApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { ConfirmDialog } from '../list/ConfirmDialog.js';
import { EmptyState } from '../ui/EmptyState.js';
import { RestoreIcon, TrashIcon } from '../ui/icons.js';
import { CompareIcon, EyeIcon, HistoryIcon } from './historyIcons.js';
import { LoadFailed } from './LoadFailed.js';

interface VersionListProps {
  versions: VersionSummary[] | null;
  error: string | null;
  onRetry: () => void;
  previewingId: string | null;
  onPreview: (version: VersionSummary) => void;
  onCompare: (version: VersionSummary) => void;
  /** Absent: this person may not restore (a viewer or commenter). */
  onRestore?: (version: VersionSummary) => void;
  /** Absent: this person may not delete versions (only the owner may). */
  onDelete?: (version: VersionSummary) => Promise<void>;
}

/** The saved versions, newest first: who saved each and when, and what can be done with it. */
export function VersionList({ versions, error, onRetry, previewingId, onPreview, onCompare, onRestore, onDelete }: VersionListProps) {
  const t = useT();
  const { language } = useLanguage();
  const [deleting, setDeleting] = useState<VersionSummary | null>(null);

  if (error) return <LoadFailed message={t('history.versions.loadFailed', { message: error })} onRetry={onRetry} />;
  if (versions === null) return <p className="muted">{t('history.loading')}</p>;
  if (versions.length === 0) {
    return (
      <EmptyState
        icon={<HistoryIcon size={22} />}
        title={t('history.versions.empty')}
        text={t('history.versions.emptyHint')}
        testId="versions-empty"
      />
    );
  }
  return (
    <>
      <ol className="version-list" data-testid="version-list">
        {versions.map((version) => (
          <li
            key={version.id}
            className={`version-item${version.id === previewingId ? ' is-previewed' : ''}`}
            data-testid="version-item"
            data-version-id={version.id}
          >
            <div className="version-item__text">
              <span className="version-item__name" data-testid="version-name-text">
                {version.name}
              </span>
              <span className="version-item__meta">
                <span data-testid="version-author-text">{version.author ?? t('history.versions.noAuthor')}</span>
                {' · '}
                <time dateTime={version.createdAt} title={formatDateTime(version.createdAt, language)}>
                  {formatChangedAt(version.createdAt, language)}
                </time>
                {version.csi.period !== null && (
                  <span className="version-item__csi" title={t('history.versions.csiHint', { period: version.csi.period })}>
                    {t('history.versions.csi', { period: version.csi.period })}
                  </span>
                )}
              </span>
            </div>
            <div className="version-item__actions">
              <ItemAction
                testId="preview-version"
                label={t('history.versions.preview', { name: version.name })}
                pressed={version.id === previewingId}
                onClick={() => onPreview(version)}
                icon={<EyeIcon size={17} />}
              />
              <ItemAction
                testId="compare-version"
                label={t('history.versions.compare', { name: version.name })}
                onClick={() => onCompare(version)}
                icon={<CompareIcon size={17} />}
              />
              {onRestore && (
                <ItemAction
                  testId="restore-version"
                  label={t('history.versions.restore', { name: version.name })}
                  onClick={() => onRestore(version)}
                  icon={<RestoreIcon size={17} />}
                />
              )}
              {onDelete && (
                <ItemAction
                  testId="delete-version"
                  label={t('history.versions.delete', { name: version.name })}
                  danger
                  onClick={() => setDeleting(version)}
                  icon={<TrashIcon size={17} />}
                />
              )}
            </div>
          </li>
        ))}
      </ol>
      {deleting && onDelete && (
        <ConfirmDialog
          title={t('history.delete.title', { name: deleting.name })}
          testId="delete-version-dialog"
          confirmLabel={t('common.delete')}
          confirmTestId="confirm-delete-version"
          action={() => onDelete(deleting)}
          failure={(message) => t('history.delete.failed', { message })}
          onDone={() => setDeleting(null)}
          onClose={() => setDeleting(null)}
        >
          <p>{t('history.delete.text')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

interface ItemActionProps {
  testId: string;
  label: string;
  icon: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  danger?: boolean;
}

/** One of a version's small icon buttons, named for screen readers and on hover. */
function ItemAction({ testId, label, icon, onClick, pressed, danger = false }: ItemActionProps) {
  return (
    <button
      type="button"
      className={`icon-button icon-button--small${danger ? ' icon-button--danger' : ''}`}
      data-testid={testId}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {icon}
    </button>
  );
}

import { useId } from 'react';
import { useT } from '../i18n/useT.js';
import { CloseIcon } from '../ui/icons.js';
import { ActivityList } from './ActivityList.js';
import { SaveVersionForm } from './SaveVersionForm.js';
import type { MapHistory } from './useMapHistory.js';
import { VersionList } from './VersionList.js';
import './history.css';

interface HistoryPanelProps {
  history: MapHistory;
  /** Save and restore versions (owner and editors). */
  canEdit: boolean;
  /** Delete versions (the owner). */
  canDelete: boolean;
  /** The default author of a new version. */
  author: string;
  /** Each new value opens the save form (Ctrl+S). */
  saveRequest: number;
  onClose: () => void;
}

/** The map's history in the sidebar: save a version, the saved versions, and who changed what. */
export function HistoryPanel({ history, canEdit, canDelete, author, saveRequest, onClose }: HistoryPanelProps) {
  const t = useT();
  const id = useId();
  const { versions, activity, tab, setTab } = history;
  return (
    <section className="panel side-panel history-panel" data-testid="history-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('history.title')}
        </h2>
        <button type="button" className="icon-button" data-testid="close-history" aria-label={t('history.close')} title={t('history.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      {canEdit && <SaveVersionForm author={author} save={versions.save} openRequest={saveRequest} />}
      <div className="history-tabs" role="tablist" aria-label={t('history.title')}>
        {(['versions', 'activity'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            className={`history-tabs__tab${tab === name ? ' is-on' : ''}`}
            data-testid={`history-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            onClick={() => setTab(name)}
          >
            {t(name === 'versions' ? 'history.tab.versions' : 'history.tab.activity')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`} className="history-tabpanel">
        {tab === 'versions' ? (
          <VersionList
            versions={versions.versions}
            error={versions.error}
            onRetry={versions.reload}
            previewingId={history.previewing?.id ?? null}
            onPreview={(version) => history.setPreviewing(history.previewing?.id === version.id ? null : version)}
            onCompare={(version) => history.setComparing({ from: version.id, to: 'current' })}
            onRestore={canEdit ? history.setRestoring : undefined}
            onDelete={
              canDelete
                ? async (version) => {
                    await versions.remove(version.id);
                    if (history.previewing?.id === version.id) history.setPreviewing(null);
                  }
                : undefined
            }
          />
        ) : (
          <ActivityList entries={activity.entries} error={activity.error} onRetry={activity.reload} />
        )}
      </div>
    </section>
  );
}

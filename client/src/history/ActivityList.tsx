import type { ActivityEntry } from '../api/versionsApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { EmptyState } from '../ui/EmptyState.js';
import { activityActor, activityLines } from './activityText.js';
import { HistoryIcon } from './historyIcons.js';
import { LoadFailed } from './LoadFailed.js';

interface ActivityListProps {
  entries: ActivityEntry[] | null;
  error: string | null;
  onRetry: () => void;
}

/** Who changed what, when: one entry per person and stretch of work, newest first. */
export function ActivityList({ entries, error, onRetry }: ActivityListProps) {
  const t = useT();
  const { language } = useLanguage();
  if (error) return <LoadFailed message={t('history.activity.loadFailed', { message: error })} onRetry={onRetry} />;
  if (entries === null) return <p className="muted">{t('history.loading')}</p>;
  if (entries.length === 0) {
    return <EmptyState icon={<HistoryIcon size={22} />} title={t('history.activity.empty')} text={t('history.activity.emptyHint')} testId="activity-empty" />;
  }
  return (
    <ol className="activity-list" data-testid="activity-list">
      {entries.map((entry) => (
        <li key={entry.id} className="activity-item" data-testid="activity-item">
          <div className="activity-item__head">
            <strong className="activity-item__actor" data-testid="activity-actor">
              {activityActor(entry, t)}
            </strong>
            <time
              className="activity-item__time"
              dateTime={entry.endedAt}
              title={t('history.activity.span', {
                from: formatDateTime(entry.startedAt, language),
                to: formatDateTime(entry.endedAt, language),
              })}
            >
              {formatChangedAt(entry.endedAt, language)}
            </time>
          </div>
          <ul className="activity-item__changes">
            {activityLines(entry, t).map((line) => (
              <li key={line.text} data-testid="activity-change">
                {line.text}
                {line.names.length > 0 && (
                  <span className="activity-item__names">{line.names.map((name) => `“${name}”`).join(', ')}</span>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

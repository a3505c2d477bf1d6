import { useState } from 'react';
import type { MapDocument } from '../../../shared/src/index.js';
import { useAccess } from '../access/useAccess.js';
import * as threadsApi from '../api/threadsApi.js';
import { useT } from '../i18n/useT.js';
import { participantColor, useParticipantName } from '../presence/useParticipantName.js';
import { CloseIcon } from '../ui/icons.js';
import { CommentComposer } from './CommentComposer.js';
import { ParticipantNameForm } from './ParticipantNameForm.js';
import { openCommentCounts, resolvedCount, threadsOn } from './threadStats.js';
import { ThreadView } from './ThreadView.js';
import { useCommentAction } from './useCommentAction.js';
import './comments.css';

interface CommentsPanelProps {
  mapId: string;
  map: MapDocument;
  /** The touchpoint whose threads are shown, or null for the map's own. */
  target: string | null;
  onTarget: (target: string | null) => void;
  onClose: () => void;
}

/**
 * The comments of a touchpoint or of the map: threads (open first, resolved on request), a new
 * thread, replies, resolve and reopen. Viewers read; everyone else comments under their name.
 */
export function CommentsPanel({ mapId, map, target, onTarget, onClose }: CommentsPanelProps) {
  const t = useT();
  const { permissions } = useAccess();
  const [name, setName] = useParticipantName();
  const [showResolved, setShowResolved] = useState(false);
  const action = useCommentAction();
  const touchpoint = target === null ? null : map.touchpoints.find((tp) => tp.id === target);
  const threads = threadsOn(map.threads, target, showResolved);
  const hidden = resolvedCount(map.threads, target);
  const author = { name, color: participantColor() };
  const canWrite = permissions.comment && name !== '';
  const elsewhere = target === null ? [...openCommentCounts(map.threads)] : [];
  const heading = touchpoint ? t('comments.onTouchpoint', { title: touchpoint.title.trim() || t('touchpoint.untitled') }) : t('comments.onMap');

  return (
    <section className="comments-panel" aria-label={heading} data-testid="comments-panel" data-target={target ?? 'map'}>
      <header className="comments-panel__head">
        <h2 className="panel__title">{heading}</h2>
        <button type="button" className="icon-button" aria-label={t('comments.close')} title={t('comments.close')} onClick={onClose} data-testid="comments-close">
          <CloseIcon />
        </button>
      </header>
      {target !== null && (
        <button type="button" className="link-button" onClick={() => onTarget(null)} data-testid="comments-map">
          {t('comments.showMap')}
        </button>
      )}
      {permissions.comment && <ParticipantNameForm name={name} onName={setName} />}
      {canWrite && (
        <CommentComposer
          placeholder={t(target === null ? 'comments.newOnMap' : 'comments.newOnTouchpoint')}
          submitLabel={t('comments.send')}
          autoFocus
          testId="thread-new"
          onSubmit={(text) => action.run(() => threadsApi.startThread(mapId, target, text, author))}
        />
      )}
      {action.error && <p className="form-error" role="alert">{action.error}</p>}
      {hidden > 0 && (
        <label className="comments-panel__toggle">
          <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} data-testid="comments-show-resolved" />
          {t('comments.showResolved', { count: hidden })}
        </label>
      )}
      <div className="comments-panel__threads">
        {threads.length === 0 && <p className="muted" data-testid="comments-empty">{t(permissions.comment ? 'comments.empty' : 'comments.emptyView')}</p>}
        {threads.map((thread) => (
          <ThreadView key={thread.id} mapId={mapId} thread={thread} canComment={canWrite} canModerate={permissions.editMap} author={author} />
        ))}
      </div>
      {elsewhere.length > 0 && (
        <nav className="comments-panel__elsewhere" aria-label={t('comments.onTouchpoints')}>
          <h3 className="comments-panel__subtitle">{t('comments.onTouchpoints')}</h3>
          <ul>
            {elsewhere.map(([touchpointId, count]) => (
              <li key={touchpointId}>
                <button type="button" className="link-button" onClick={() => onTarget(touchpointId)} data-testid="comments-touchpoint-link">
                  {map.touchpoints.find((tp) => tp.id === touchpointId)?.title || t('touchpoint.untitled')} ({count})
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}

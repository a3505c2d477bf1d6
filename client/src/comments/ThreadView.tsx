import { useState } from 'react';
import type { Thread, ThreadComment } from '../../../shared/src/index.js';
import * as threadsApi from '../api/threadsApi.js';
import { formatChangedAt } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { PencilIcon, RestoreIcon, TrashIcon } from '../ui/icons.js';
import { CheckIcon } from './commentIcons.js';
import { CommentComposer } from './CommentComposer.js';
import { ownAuthorId } from './participantKey.js';
import { useCommentAction } from './useCommentAction.js';

interface ThreadViewProps {
  mapId: string;
  thread: Thread;
  /** May reply, resolve and reopen (not a viewer); false also until a name is given. */
  canComment: boolean;
  /** May delete anyone's comment (editors and the owner). */
  canModerate: boolean;
  author: threadsApi.CommentAuthor;
}

function CommentItem({ mapId, threadId, comment, mayDelete, mayEdit }: { mapId: string; threadId: string; comment: ThreadComment; mayDelete: boolean; mayEdit: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const action = useCommentAction();
  const [editing, setEditing] = useState(false);
  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className="comment__head">
        <span className="comment__avatar" style={comment.authorColor ? { background: comment.authorColor } : undefined} aria-hidden="true">
          {[...comment.author.trim()][0]?.toUpperCase() ?? '?'}
        </span>
        <strong className="comment__author" data-testid="comment-author">{comment.author}</strong>
        <time className="muted comment__time" dateTime={comment.createdAt} title={comment.createdAt}>
          {formatChangedAt(comment.createdAt, language)}
          {comment.editedAt ? ` · ${t('comments.edited')}` : ''}
        </time>
        {mayEdit && !editing && (
          <button type="button" className="icon-button icon-button--small" title={t('comments.edit')} aria-label={t('comments.edit')} onClick={() => setEditing(true)} data-testid="comment-edit">
            <PencilIcon size={14} />
          </button>
        )}
        {mayDelete && (
          <button
            type="button"
            className="icon-button icon-button--small"
            title={t('comments.delete')}
            aria-label={t('comments.delete')}
            disabled={action.pending}
            onClick={() => void action.run(() => threadsApi.deleteComment(mapId, threadId, comment.id))}
            data-testid="comment-delete"
          >
            <TrashIcon size={14} />
          </button>
        )}
      </div>
      {editing ? (
        <CommentComposer
          placeholder={t('comments.editPlaceholder')}
          submitLabel={t('comments.save')}
          autoFocus
          testId="comment-edit-form"
          onSubmit={async (text) => {
            const done = await action.run(() => threadsApi.editComment(mapId, threadId, comment.id, text));
            if (done) setEditing(false);
            return done;
          }}
        />
      ) : (
        <p className="comment__text" data-testid="comment-text">{comment.text}</p>
      )}
      {action.error && <p className="form-error" role="alert">{action.error}</p>}
    </li>
  );
}

/** One thread: its comments, a reply field, and resolve or reopen. */
export function ThreadView({ mapId, thread, canComment, canModerate, author }: ThreadViewProps) {
  const t = useT();
  const action = useCommentAction();
  const mine = ownAuthorId();
  return (
    <article className={`thread${thread.resolved ? ' is-resolved' : ''}`} data-testid="thread" data-thread-id={thread.id} data-resolved={thread.resolved}>
      <ol className="thread__comments">
        {thread.comments.map((comment) => {
          const own = mine !== null && comment.authorId === mine;
          return <CommentItem key={comment.id} mapId={mapId} threadId={thread.id} comment={comment} mayEdit={own} mayDelete={own || canModerate} />;
        })}
      </ol>
      {canComment && (
        <div className="thread__actions">
          {!thread.resolved && (
            <CommentComposer
              placeholder={t('comments.replyPlaceholder')}
              submitLabel={t('comments.reply')}
              testId="thread-reply"
              onSubmit={(text) => action.run(() => threadsApi.replyToThread(mapId, thread.id, text, author))}
            />
          )}
          <button
            type="button"
            className="button button--small"
            disabled={action.pending}
            onClick={() => void action.run(() => threadsApi.setResolved(mapId, thread.id, !thread.resolved))}
            data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
          >
            {thread.resolved ? <RestoreIcon size={14} /> : <CheckIcon size={14} />} {t(thread.resolved ? 'comments.reopen' : 'comments.resolve')}
          </button>
        </div>
      )}
      {action.error && <p className="form-error" role="alert">{action.error}</p>}
    </article>
  );
}

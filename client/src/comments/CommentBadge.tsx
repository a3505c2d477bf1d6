import { useContext } from 'react';
import { useT } from '../i18n/useT.js';
import { CommentIcon } from './commentIcons.js';
import { CommentsContext } from './CommentsContext.js';

/** The number of open comments on a touchpoint card; a click opens them. Nothing without comments. */
export function CommentBadge({ touchpointId }: { touchpointId: string }) {
  const t = useT();
  const comments = useContext(CommentsContext);
  const count = comments?.counts.get(touchpointId) ?? 0;
  if (!comments || count === 0) return null;
  const label = t('comments.badge', { count });
  return (
    <button
      type="button"
      className="comment-badge nodrag"
      title={label}
      aria-label={label}
      data-testid="comment-badge"
      data-count={count}
      onClick={(event) => {
        event.stopPropagation();
        comments.open(touchpointId);
      }}
    >
      <CommentIcon size={13} /> {count}
    </button>
  );
}

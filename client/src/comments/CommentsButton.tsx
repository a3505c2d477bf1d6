import { useT } from '../i18n/useT.js';
import { CommentIcon } from './commentIcons.js';

/** The toolbar's way into the comments: of the selected touchpoint, else of the map (C). */
export function CommentsButton({ open, openCount, onClick }: { open: boolean; openCount: number; onClick: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className={`tool-button${open ? ' is-on' : ''}`}
      aria-pressed={open}
      title={t('comments.buttonHint')}
      onClick={onClick}
      data-testid="comments-button"
    >
      <CommentIcon /> <span className="tool-button__label">{t('comments.button')}</span>
      {openCount > 0 && <span className="comments-button__count" data-testid="comments-button-count">{openCount}</span>}
    </button>
  );
}

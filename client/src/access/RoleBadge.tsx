import type { MessageKey } from '../i18n/en.js';
import { useT } from '../i18n/useT.js';
import { CommentIcon, EditIcon, EyeIcon } from './accessIcons.js';
import type { Role } from './roles.js';
import './access.css';

const HINTS: Record<Exclude<Role, 'owner'>, MessageKey> = {
  editor: 'role.editorHint',
  commenter: 'role.commenterHint',
  viewer: 'role.viewerHint',
};

/** What a share link lets its holder do ("View only", "Can comment", "Can edit"); nothing for the owner. */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  if (role === 'owner') return null;
  const Icon = role === 'editor' ? EditIcon : role === 'commenter' ? CommentIcon : EyeIcon;
  return (
    <span className={`role-badge role-badge--${role}`} data-testid="role-badge" data-role={role} title={t(HINTS[role])}>
      <Icon size={15} />
      {t(`role.${role}`)}
    </span>
  );
}

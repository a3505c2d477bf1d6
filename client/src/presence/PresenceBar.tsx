import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { initials, type PresenceUser } from './participant.js';
import type { Peer } from './peers.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { SummonIcon } from './presenceIcons.js';
import { NameDialog } from './NameDialog.js';
import { sameList, usePresenceValue } from './usePresenceValue.js';

interface PresenceBarProps {
  channel: PresenceChannel | null;
  /** The client id followed now, or null. */
  following: number | null;
  onFollow: (clientId: number | null) => void;
  onRename: (name: string) => void;
  /** Show "bring everyone to me" (those who may edit the map). */
  canSummon: boolean;
  onSummon: () => void;
}

/** The avatars shown: changes of cursor, selection or viewport leave them alone. */
interface Avatar {
  clientId: number;
  user: PresenceUser;
  presenting: boolean;
}

const NONE: readonly Avatar[] = [];
const avatarsOf = (channel: PresenceChannel): readonly Avatar[] =>
  channel.peers().map(({ clientId, user, presenting }) => ({ clientId, user, presenting }));
const sameAvatars = sameList<Avatar>(
  (a, b) => a.clientId === b.clientId && a.presenting === b.presenting && a.user.name === b.user.name && a.user.color === b.user.color,
);
const selfOf = (channel: PresenceChannel): PresenceUser | null => channel.self;
const sameUser = (a: PresenceUser | null, b: PresenceUser | null) => a?.name === b?.name && a?.color === b?.color;
/** More than this many others are counted, not drawn. */
const MAX_SHOWN = 9;

/**
 * Everyone on the map as avatars, this participant first: click yourself to change your name,
 * anyone else to follow their view (again to stop). Facilitators can bring everyone to their view.
 */
export function PresenceBar({ channel, following, onFollow, onRename, canSummon, onSummon }: PresenceBarProps) {
  const t = useT();
  const peers = usePresenceValue(channel, avatarsOf, sameAvatars, NONE);
  const self = usePresenceValue(channel, selfOf, sameUser, null);
  const [renaming, setRenaming] = useState(false);
  if (!self) return null;
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.length - shown.length;
  return (
    <div className="presence-bar" data-testid="presence-bar" aria-label={t('presence.label')} role="group">
      <ul className="presence-avatars">
        <li>
          <button
            type="button"
            className="presence-avatar is-self"
            data-testid="presence-avatar"
            data-self="true"
            data-name={self.name}
            style={{ background: self.color }}
            title={t('presence.selfHint', { name: self.name })}
            aria-label={t('presence.selfHint', { name: self.name })}
            onClick={() => setRenaming(true)}
          >
            {initials(self.name)}
          </button>
        </li>
        {shown.map((peer) => (
          <PeerAvatar key={peer.clientId} peer={peer} following={following === peer.clientId} onFollow={onFollow} />
        ))}
        {hidden > 0 && (
          <li className="presence-more" title={peers.slice(MAX_SHOWN).map((p) => p.user.name).join(', ')}>
            {t('presence.more', { count: hidden })}
          </li>
        )}
      </ul>
      {canSummon && (
        <button
          type="button"
          className="icon-button"
          data-testid="summon-everyone"
          title={t('presence.summonHint')}
          aria-label={t('presence.summon')}
          disabled={peers.length === 0}
          onClick={onSummon}
        >
          <SummonIcon />
        </button>
      )}
      {renaming && (
        <NameDialog
          initial={self.name}
          onSave={(name) => {
            onRename(name);
            setRenaming(false);
          }}
          onCancel={() => setRenaming(false)}
        />
      )}
    </div>
  );
}

function PeerAvatar({ peer, following, onFollow }: { peer: Pick<Peer, 'clientId' | 'user' | 'presenting'>; following: boolean; onFollow: (id: number | null) => void }) {
  const t = useT();
  const hint = following ? t('presence.stopFollowing', { name: peer.user.name }) : t('presence.follow', { name: peer.user.name });
  return (
    <li>
      <button
        type="button"
        className={`presence-avatar${following ? ' is-followed' : ''}${peer.presenting ? ' is-presenting' : ''}`}
        data-testid="presence-avatar"
        data-self="false"
        data-client-id={peer.clientId}
        data-name={peer.user.name}
        aria-pressed={following}
        style={{ background: peer.user.color, ['--presence-color' as string]: peer.user.color }}
        title={peer.presenting ? `${hint} · ${t('presence.presenting')}` : hint}
        aria-label={hint}
        onClick={() => onFollow(following ? null : peer.clientId)}
      >
        {initials(peer.user.name)}
      </button>
    </li>
  );
}

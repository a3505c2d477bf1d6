import { useT } from '../i18n/useT.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { FollowIcon } from './presenceIcons.js';
import { usePresenceValue } from './usePresenceValue.js';

interface Banner {
  /** Followed now (name and colour), or null. */
  leader: { name: string; color: string; presenting: boolean } | null;
  /** Someone presenting whom this participant does not follow. */
  presenter: { clientId: number; name: string } | null;
}

const NONE: Banner = { leader: null, presenter: null };
const sameBanner = (a: Banner, b: Banner) =>
  a.leader?.name === b.leader?.name &&
  a.leader?.color === b.leader?.color &&
  a.leader?.presenting === b.leader?.presenting &&
  a.presenter?.clientId === b.presenter?.clientId &&
  a.presenter?.name === b.presenter?.name;

/**
 * Says whose view this canvas follows (with a way out), or offers to follow someone who has
 * started presenting. The frame around the canvas takes the leader's colour.
 */
export function FollowBanner({ channel, following, onFollow }: { channel: PresenceChannel | null; following: number | null; onFollow: (clientId: number | null) => void }) {
  const t = useT();
  const banner = usePresenceValue(
    channel,
    (c): Banner => {
      const peers = c.peers();
      const leader = peers.find((p) => p.clientId === following);
      const presenter = peers.find((p) => p.presenting && p.clientId !== following);
      return {
        leader: leader ? { name: leader.user.name, color: leader.user.color, presenting: leader.presenting } : null,
        presenter: presenter ? { clientId: presenter.clientId, name: presenter.user.name } : null,
      };
    },
    sameBanner,
    NONE,
    following,
  );
  if (banner.leader) {
    return (
      <div className="follow-frame" data-testid="follow-frame" style={{ ['--presence-color' as string]: banner.leader.color }}>
        <div className="follow-banner" data-testid="follow-banner" role="status">
          <FollowIcon size={16} />
          <span>{t(banner.leader.presenting ? 'presence.followingPresenter' : 'presence.following', { name: banner.leader.name })}</span>
          <button type="button" className="follow-banner__stop" data-testid="stop-following" onClick={() => onFollow(null)}>
            {t('presence.stop')}
          </button>
        </div>
      </div>
    );
  }
  if (banner.presenter) {
    const { clientId, name } = banner.presenter;
    return (
      <div className="follow-offer" data-testid="presenter-offer" role="status">
        <span>{t('presence.isPresenting', { name })}</span>
        <button type="button" className="button button--primary" data-testid="follow-presenter" onClick={() => onFollow(clientId)}>
          {t('presence.followPresenter')}
        </button>
      </div>
    );
  }
  return null;
}

import type { MapDocument, PublicVote } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { DotsIcon } from './facilitationIcons.js';
import { sessionApi } from './sessionApi.js';

interface VoteBarProps {
  mapId: string;
  map: MapDocument;
  vote: PublicVote;
  dotsLeft: number;
  participants: number;
  /** Owners and editors reveal and end the vote. */
  canRun: boolean;
  error: string | null;
  onShowTarget: (id: string) => void;
}

/** What an id on the map is called in the ranking; a target deleted since reads as such. */
function targetTitle(map: MapDocument, id: string, fallback: string): string {
  const touchpoint = map.touchpoints.find((tp) => tp.id === id);
  if (touchpoint) return touchpoint.title.trim() || fallback;
  const card = map.cards?.find((c) => c.id === id);
  return card ? card.text.trim() || fallback : fallback;
}

/**
 * The dot vote for everyone, over the canvas: while open, my dots left and how many have
 * voted; once revealed, the ranking. Facilitators reveal and end it here.
 */
export function VoteBar({ mapId, map, vote, dotsLeft, participants, canRun, error, onShowTarget }: VoteBarProps) {
  const t = useT();
  const run = (action: () => Promise<unknown>) => void action().catch(() => undefined);
  return (
    <section className={`vote-bar vote-bar--${vote.status}`} data-testid="vote-bar" data-status={vote.status} aria-label={t('vote.title')}>
      <header className="vote-bar__head">
        <DotsIcon size={18} />
        <strong>{vote.status === 'open' ? t('vote.openTitle') : t('vote.resultsTitle')}</strong>
        <span className="vote-bar__progress" data-testid="vote-progress" data-voters={vote.voterCount}>
          {t('vote.progress', { voted: vote.voterCount, count: Math.max(participants, vote.voterCount) })}
        </span>
        {canRun && vote.status === 'open' && (
          <button type="button" className="button button--small button--primary" data-testid="reveal-vote" onClick={() => run(() => sessionApi.reveal(mapId))}>
            {t('vote.reveal')}
          </button>
        )}
        {canRun && (
          <button type="button" className="button button--small" data-testid="end-vote" onClick={() => run(() => sessionApi.endVote(mapId))}>
            {t('vote.end')}
          </button>
        )}
      </header>
      {vote.status === 'open' ? (
        <p className="vote-bar__hint" data-testid="dots-left" data-left={dotsLeft}>
          {dotsLeft > 0 ? t('vote.dotsLeft', { count: dotsLeft }) : t('vote.allPlaced')} {t('vote.howTo')}
        </p>
      ) : vote.ranking.length === 0 ? (
        <p className="vote-bar__hint">{t('vote.noDots')}</p>
      ) : (
        <ol className="vote-ranking" data-testid="vote-ranking">
          {vote.ranking.map((entry) => (
            <li key={entry.targetId} data-testid="ranking-entry" data-target-id={entry.targetId} data-count={entry.count}>
              <span className="vote-ranking__rank">{entry.rank}</span>
              <button type="button" className="vote-ranking__title" onClick={() => onShowTarget(entry.targetId)}>
                {targetTitle(map, entry.targetId, t('vote.deletedTarget'))}
              </button>
              <span className="vote-ranking__count">{t('vote.dots', { count: entry.count })}</span>
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

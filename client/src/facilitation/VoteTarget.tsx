import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { useVoting } from './useVoting.js';

/**
 * Dot voting on one card. While a vote is open, the whole card takes a click as a dot (the map
 * is not edited meanwhile), my dots show in the corner and a click on one takes it back; once
 * revealed, the card carries its count.
 */
export function VoteTarget({ id, title }: { id: string; title: string }) {
  const t = useT();
  const voting = useVoting();
  if (!voting || !voting.isTarget(id)) return null;
  const { vote } = voting;
  if (vote.status === 'revealed') {
    const count = vote.counts[id] ?? 0;
    if (count === 0) return null;
    const rank = vote.ranking.find((entry) => entry.targetId === id)?.rank;
    return (
      <span
        className={`vote-count${rank === 1 ? ' is-top' : ''}`}
        data-testid="vote-count"
        data-count={count}
        title={t('vote.countOn', { count, title })}
      >
        {count}
      </span>
    );
  }
  const mine = voting.myDotsOn(id);
  const add = () => voting.addDot(id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Backspace' || event.key === 'Delete' || event.key === '-') {
      event.preventDefault();
      event.stopPropagation();
      voting.removeDot(id);
    }
  };
  return (
    <div className="vote-target nodrag nopan" data-testid="vote-target" data-target-id={id} data-my-dots={mine}>
      <button
        type="button"
        className="vote-target__add"
        data-testid="vote-add"
        aria-label={t('vote.addDot', { title })}
        title={voting.dotsLeft > 0 ? t('vote.addDotHint') : t('vote.noDotsLeft')}
        aria-disabled={voting.dotsLeft === 0}
        onClick={(event) => {
          event.stopPropagation();
          add();
        }}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      />
      {mine > 0 && (
        <span className="vote-target__dots">
          {Array.from({ length: mine }, (_, i) => (
            <button
              key={i}
              type="button"
              className="vote-dot"
              data-testid="my-dot"
              aria-label={t('vote.removeDot', { title })}
              title={t('vote.removeDot', { title })}
              onClick={(event) => {
                event.stopPropagation();
                voting.removeDot(id);
              }}
            />
          ))}
        </span>
      )}
    </div>
  );
}

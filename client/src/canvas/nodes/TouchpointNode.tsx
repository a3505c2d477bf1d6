import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { IMPORTANCE_MAX } from '../../../../shared/src/index.js';
import { VoteTarget } from '../../facilitation/VoteTarget.js';
import { useT } from '../../i18n/useT.js';
import { ChannelIcon } from '../../ui/ChannelIcon.js';
import { ChecklistIcon, StarIcon } from '../../ui/icons.js';
import { CardCsi } from '../../insights/CardCsi.js';
import { CommentBadge } from '../../comments/CommentBadge.js';
import { WhiteSpotMarkers } from '../../insights/WhiteSpotMarkers.js';
import type { TouchpointNode } from '../canvasNodes.js';

function ImportanceDots({ value }: { value: number }) {
  const t = useT();
  const label = t('touchpoint.importanceOf', { value, max: IMPORTANCE_MAX });
  return (
    <span className="importance" role="img" aria-label={label} title={label} data-testid="touchpoint-importance" data-value={value}>
      {Array.from({ length: IMPORTANCE_MAX }, (_, i) => (
        <span key={i} className={`importance__dot${i < value ? ' is-on' : ''}`} />
      ))}
    </span>
  );
}

/**
 * A touchpoint card: channel, title, importance, and a clear mark on moments of truth. With the
 * CSI overlay on, the card takes the colour of its CSI, shows the value and the change, and
 * carries markers for its white spots.
 */
function TouchpointCard({ data, selected, dragging }: NodeProps<TouchpointNode>) {
  const t = useT();
  const { touchpoint, measureCount, dimmed, csi, spots } = data;
  const classes = ['touchpoint-card'];
  if (touchpoint.momentOfTruth) classes.push('touchpoint-card--mot');
  if (selected) classes.push('is-selected');
  if (dragging) classes.push('is-dragging');
  if (dimmed) classes.push('is-dimmed');
  if (csi) classes.push(csi.paint ? 'has-csi' : 'has-no-csi');
  const paint = csi?.paint;
  const style = paint ? ({ '--csi-color': paint.color, '--csi-tint': paint.tint } as CSSProperties) : undefined;
  const untitled = touchpoint.title.trim() === '';
  return (
    <div
      className={classes.join(' ')}
      style={style}
      data-testid="touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      data-moment-of-truth={touchpoint.momentOfTruth}
      data-dimmed={dimmed}
    >
      <WhiteSpotMarkers spots={spots} />
      <VoteTarget id={touchpoint.id} title={touchpoint.title} />
      {touchpoint.momentOfTruth && (
        <span className="mot-badge" data-testid="moment-of-truth" title={t('touchpoint.momentOfTruthHint')}>
          <StarIcon size={13} /> {t('touchpoint.momentOfTruth')}
        </span>
      )}
      <div className="touchpoint-card__channel" data-testid="touchpoint-channel" data-channel={touchpoint.channel}>
        <ChannelIcon channel={touchpoint.channel} />
        <span>{t(`channel.${touchpoint.channel}`)}</span>
      </div>
      <p
        className={`touchpoint-card__title${untitled ? ' is-placeholder' : ''}`}
        data-testid="touchpoint-title"
        title={untitled ? undefined : touchpoint.title}
      >
        {untitled ? t('touchpoint.untitled') : touchpoint.title}
      </p>
      <div className="touchpoint-card__footer">
        <ImportanceDots value={touchpoint.importance} />
        {measureCount > 0 &&
          (csi ? (
            <span className="measure-chip measure-chip--compact" title={t('touchpoint.measureCount', { count: measureCount })}>
              <ChecklistIcon size={13} /> {measureCount}
            </span>
          ) : (
            <span className="measure-chip" title={t('touchpoint.measureCount', { count: measureCount })}>
              {t('touchpoint.measureCount', { count: measureCount })}
            </span>
          ))}
        {csi && <CardCsi data={csi} period={csi.period} baseline={csi.baseline} />}
        <CommentBadge touchpointId={touchpoint.id} />
      </div>
    </div>
  );
}

export const TouchpointNodeView = memo(TouchpointCard);

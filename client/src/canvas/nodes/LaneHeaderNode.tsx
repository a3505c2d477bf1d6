import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { isCardLane, renameLane, setLaneHidden } from '../../../../shared/src/index.js';
import { useT } from '../../i18n/useT.js';
import { TrashIcon } from '../../ui/icons.js';
import type { LaneHeaderNode } from '../canvasNodes.js';
import { InlineRename } from '../InlineRename.js';
import { EyeOffIcon, GripIcon } from '../canvasIcons.js';
import { EMOTION_LEVELS, emotionWordKey, formatEmotion } from '../emotionScale.js';
import { laneName } from '../laneNames.js';
import { emotionOffset } from '../layout.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** The name of a lane, left of its row: drag to reorder, double-click to rename. */
function LaneHeader({ data, dragging }: NodeProps<LaneHeaderNode>) {
  const t = useT();
  const { doc, readOnly, requestLaneDeletion } = useCanvasActions();
  const { lane, backstage, cardCount } = data;
  const name = laneName(t, lane);

  return (
    <div
      className={`lane-header lane-header__drag lane-header--${lane.kind}${backstage ? ' is-backstage' : ''}${dragging ? ' is-dragging' : ''}`}
      data-testid="lane-header"
      data-lane-id={lane.id}
      data-lane-kind={lane.kind}
      title={readOnly ? undefined : t('lane.dragHint')}
    >
      <div className="lane-header__top">
        {!readOnly && <GripIcon className="lane-header__grip" size={16} />}
        <InlineRename
          kind="lane"
          value={lane.title ?? ''}
          display={name}
          onValue={(value) => renameLane(doc, lane.id, value)}
          label={t('lane.name')}
          hint={t('lane.renameHint')}
          placeholder={t(`lane.kind.${lane.kind}`)}
          readOnly={readOnly}
        />
      </div>
      {isCardLane(lane.kind) && cardCount > 0 && (
        <span className="lane-header__meta">{t('lane.cardCount', { count: cardCount })}</span>
      )}
      {!readOnly && (
        <div className="lane-header__tools nodrag">
          <button
            type="button"
            className="icon-button icon-button--small"
            data-testid="hide-lane"
            aria-label={t('lane.hide', { name })}
            title={t('lane.hide', { name })}
            onClick={() => setLaneHidden(doc, lane.id, true)}
          >
            <EyeOffIcon size={16} />
          </button>
          {isCardLane(lane.kind) && (
            <button
              type="button"
              className="icon-button icon-button--small icon-button--danger"
              data-testid="delete-lane"
              aria-label={t('lane.delete', { name })}
              title={t('lane.delete', { name })}
              onClick={() => requestLaneDeletion(lane.id)}
            >
              <TrashIcon size={16} />
            </button>
          )}
        </div>
      )}
      {lane.kind === 'emotions' && (
        <ul className="emotion-scale" aria-label={t('emotion.scale')}>
          {EMOTION_LEVELS.map((level) => (
            <li key={level} style={{ top: emotionOffset(level) }} className={level === 0 ? 'is-zero' : undefined}>
              {t(emotionWordKey(level))} <strong>{formatEmotion(level)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const LaneHeaderNodeView = memo(LaneHeader);

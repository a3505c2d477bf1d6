import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ChannelIcon } from '../../ui/ChannelIcon.js';
import { PlusIcon } from '../../ui/icons.js';
import { WhiteSpotMarker } from '../../insights/WhiteSpotMarkers.js';
import { AddExpectationForm } from '../AddExpectationForm.js';
import type { LaneRowNode, RowContent } from '../canvasNodes.js';
import { laneName } from '../laneNames.js';
import { Popover } from '../Popover.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** One lane across all phases: its cells, and what the lane shows besides cards. */
function LaneRow({ data, height }: NodeProps<LaneRowNode>) {
  const t = useT();
  const { addCard, readOnly } = useCanvasActions();
  const { lane, cells, content } = data;
  return (
    <div className={`lane-row lane-row--${lane.kind}`} data-testid="lane-row" data-lane-id={lane.id} data-lane-kind={lane.kind}>
      {cells.map((cell) => (
        <div
          key={cell.phaseId}
          className="lane-cell"
          data-testid="lane-cell"
          data-lane-id={lane.id}
          data-phase-id={cell.phaseId}
          style={{ left: cell.x, width: cell.width, height }}
        >
          {cell.empty && !readOnly && (
            <button
              type="button"
              className="lane-cell__add nodrag nopan"
              data-testid="add-card"
              data-lane-id={lane.id}
              data-phase-id={cell.phaseId}
              aria-label={t('card.addTo', { lane: laneName(t, lane) })}
              title={t('card.addHint')}
              onClick={() => addCard(lane.id, cell.phaseId)}
            >
              <PlusIcon size={18} />
            </button>
          )}
        </div>
      ))}
      <RowContentView content={content} />
    </div>
  );
}

function RowContentView({ content }: { content: RowContent }) {
  switch (content.kind) {
    case 'touchpoints':
      return <TouchpointsContent content={content} />;
    case 'channels':
      return <ChannelsContent content={content} />;
    case 'expectations':
      return <ExpectationsContent content={content} />;
    case 'cards':
      return <MeasuresContent content={content} />;
  }
}

function TouchpointsContent({ content }: { content: Extract<RowContent, { kind: 'touchpoints' }> }) {
  const t = useT();
  const { addTouchpoint, readOnly } = useCanvasActions();
  return (
    <>
      {content.groupHeaders.map((header) => (
        <div
          key={`${header.x}:${header.y}`}
          className="channel-group"
          data-testid="channel-group"
          data-channel={header.channel}
          style={{ left: header.x, top: header.y, width: header.width }}
        >
          <ChannelIcon channel={header.channel} size={15} />
          {t(`channel.${header.channel}`)}
        </div>
      ))}
      {content.addButtons.map((button) =>
        readOnly ? (
          // An empty phase with the overlay on is still a white spot worth seeing; a plain "add" is not.
          button.whiteSpot && <EmptyPhaseSpot key={button.phaseId} button={button} spot={button.whiteSpot} />
        ) : (
          <AddTouchpointButton key={button.phaseId} button={button} onAdd={addTouchpoint} />
        ),
      )}
    </>
  );
}

type AddButton = Extract<RowContent, { kind: 'touchpoints' }>['addButtons'][number];

function AddTouchpointButton({ button, onAdd }: { button: AddButton; onAdd: (phaseId: string) => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className={`add-touchpoint nodrag nopan${button.whiteSpot ? ' add-touchpoint--white-spot' : ''}`}
      style={{ left: button.x, top: button.y, width: button.width, height: button.height }}
      data-testid="add-touchpoint"
      data-phase-id={button.phaseId}
      title={button.whiteSpot?.text}
      onClick={() => onAdd(button.phaseId)}
    >
      {button.whiteSpot ? (
        <>
          <WhiteSpotMarker kind={button.whiteSpot.kind} severity={button.whiteSpot.severity} size="small" />
          {t('overlay.emptyPhaseAdd')}
        </>
      ) : (
        <>
          <PlusIcon size={16} /> {t('touchpoint.add')}
        </>
      )}
    </button>
  );
}

function EmptyPhaseSpot({ button, spot }: { button: AddButton; spot: NonNullable<AddButton['whiteSpot']> }) {
  const t = useT();
  return (
    <div
      className="add-touchpoint add-touchpoint--white-spot is-read-only"
      style={{ left: button.x, top: button.y, width: button.width, height: button.height }}
      data-testid="empty-phase-spot"
      data-phase-id={button.phaseId}
      title={spot.text}
    >
      <WhiteSpotMarker kind={spot.kind} severity={spot.severity} size="small" />
      {t('overlay.emptyPhase')}
    </div>
  );
}

function ChannelsContent({ content }: { content: Extract<RowContent, { kind: 'channels' }> }) {
  const t = useT();
  const { toggleChannel } = useCanvasActions();
  return (
    <>
      {content.chips.map((chip) => {
        const name = t(`channel.${chip.channel}`);
        const label = t('lane.channelCount', { channel: name, count: chip.count });
        return (
          <button
            key={`${chip.phaseId}:${chip.channel}`}
            type="button"
            className={`channel-chip nodrag nopan${chip.active ? ' is-active' : ''}`}
            data-testid="channel-chip"
            data-channel={chip.channel}
            data-phase-id={chip.phaseId}
            data-count={chip.count}
            aria-pressed={chip.active}
            aria-label={label}
            title={`${label} · ${t('lane.channelFilterHint')}`}
            style={{ left: chip.x, top: chip.y, width: chip.width, height: chip.height }}
            onClick={() => toggleChannel(chip.channel)}
          >
            <ChannelIcon channel={chip.channel} size={17} />
            <span className="channel-chip__name">{name}</span>
            {chip.count > 1 && <span className="channel-chip__count">×{chip.count}</span>}
          </button>
        );
      })}
    </>
  );
}

function ExpectationsContent({ content }: { content: Extract<RowContent, { kind: 'expectations' }> }) {
  const t = useT();
  const { selectTouchpoint, readOnly } = useCanvasActions();
  const [adding, setAdding] = useState<{ phaseId: string; anchor: HTMLElement } | null>(null);
  const close = useCallback(() => setAdding(null), []);
  const addButton = adding ? content.addButtons.find((b) => b.phaseId === adding.phaseId) : undefined;
  return (
    <>
      {content.groups.map((group) => (
        <section
          key={`${group.phaseId}:${group.category}`}
          className={`lane-expectations lane-expectations--${group.category}`}
          data-testid="lane-expectation-group"
          data-phase-id={group.phaseId}
          data-category={group.category}
          style={{ left: group.x, top: group.y, width: group.width, height: group.height }}
        >
          <h4 className="lane-expectations__title">{t(`category.${group.category}`)}</h4>
        </section>
      ))}
      {content.groups.flatMap((group) =>
        group.items.map((item) => (
          <button
            key={`${item.touchpointId}:${item.index}`}
            type="button"
            className="lane-expectation nodrag nopan"
            data-testid="lane-expectation"
            data-touchpoint-id={item.touchpointId}
            data-category={group.category}
            style={{ left: item.x, top: item.y, width: item.width, height: item.height }}
            title={t('lane.expectationOf', { touchpoint: item.touchpointTitle || t('touchpoint.untitled') })}
            onClick={() => selectTouchpoint(item.touchpointId)}
          >
            <span className="lane-expectation__text" style={{ WebkitLineClamp: item.lines, lineClamp: item.lines }}>
              {item.text}
            </span>
            <span className="lane-expectation__source">{item.touchpointTitle || t('touchpoint.untitled')}</span>
          </button>
        )),
      )}
      {!readOnly &&
        content.addButtons.map((button) => (
          <button
            key={button.phaseId}
            type="button"
            className="add-expectation nodrag nopan"
            data-testid="add-lane-expectation"
            data-phase-id={button.phaseId}
            style={{ left: button.x, top: button.y, width: button.width, height: button.height }}
            aria-expanded={adding?.phaseId === button.phaseId}
            onClick={(event) => setAdding({ phaseId: button.phaseId, anchor: event.currentTarget })}
          >
            <PlusIcon size={15} /> {t('lane.addExpectation')}
          </button>
        ))}
      {adding && addButton && (
        <Popover anchor={adding.anchor} onClose={close} label={t('lane.addExpectation')} testId="add-expectation-popover">
          <AddExpectationForm touchpoints={addButton.touchpoints} onDone={close} />
        </Popover>
      )}
    </>
  );
}

function MeasuresContent({ content }: { content: Extract<RowContent, { kind: 'cards' }> }) {
  const t = useT();
  const { selectTouchpoint } = useCanvasActions();
  return (
    <>
      {content.measures.map((chip) => {
        const title = chip.title.trim() === '' ? t('measure.untitled') : chip.title;
        return (
          <button
            key={`${chip.measureId}:${chip.x}`}
            type="button"
            className={`measure-card measure-card--${chip.status} nodrag nopan`}
            data-testid="lane-measure"
            data-measure-id={chip.measureId}
            data-status={chip.status}
            style={{ left: chip.x, top: chip.y, width: chip.width, height: chip.height }}
            title={t('lane.measureHint', { title })}
            onClick={() => chip.touchpointId && selectTouchpoint(chip.touchpointId)}
          >
            <span className="measure-card__title" style={{ WebkitLineClamp: chip.lines, lineClamp: chip.lines }}>
              {title}
            </span>
            <span className="measure-card__status">
              <span className="measure-card__dot" aria-hidden="true" />
              {t('lane.measure')} · {t(`status.${chip.status}`)}
            </span>
          </button>
        );
      })}
    </>
  );
}

export const LaneRowNodeView = memo(LaneRow);

import { useCallback, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { CHANNELS, type Channel, type Lane } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { ChannelIcon } from '../ui/ChannelIcon.js';
import { StarIcon } from '../ui/icons.js';
import { StickyIcon } from '../comments/commentIcons.js';
import { GroupIcon, KeyboardIcon, LanesIcon, MarqueeIcon } from './canvasIcons.js';
import { LanesMenu } from './LanesMenu.js';
import { Popover } from './Popover.js';
import { toggled, type ViewSettings } from './viewSettings.js';

interface CanvasToolbarProps {
  doc: Y.Doc;
  lanes: Lane[];
  /** Channels used by the map's touchpoints, to filter by. */
  channels: ReadonlySet<Channel>;
  view: ViewSettings;
  onView: (view: ViewSettings) => void;
  onDeleteLane: (laneId: string) => void;
  onShortcuts: () => void;
  /** Adds a sticky note in the middle of the view (absent: none). */
  onAddSticky?: () => void;
  /** More tools before the shortcuts button (the CSI overlay's). */
  extra?: ReactNode;
  /** Without the lanes menu, which changes the map. */
  readOnly?: boolean;
}

/** The canvas tools: select mode, lanes, filters and grouping (this browser's view only), shortcuts. */
export function CanvasToolbar({ doc, lanes, channels, view, onView, onDeleteLane, onShortcuts, onAddSticky, extra, readOnly = false }: CanvasToolbarProps) {
  const t = useT();
  const lanesButton = useRef<HTMLButtonElement>(null);
  const [lanesOpen, setLanesOpen] = useState(false);
  const closeLanes = useCallback(() => setLanesOpen(false), []);
  const used = CHANNELS.filter((c) => channels.has(c) || view.channels.has(c));
  const filtered = view.momentsOfTruthOnly || view.channels.size > 0;
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="canvas-toolbar">
      <button
        type="button"
        className={`tool-button${view.selectMode ? ' is-on' : ''}`}
        data-testid="select-mode"
        aria-pressed={view.selectMode}
        title={t('toolbar.selectModeHint')}
        onClick={() => onView({ ...view, selectMode: !view.selectMode })}
      >
        <MarqueeIcon /> <span className="tool-button__label">{t('toolbar.selectMode')}</span>
      </button>
      {!readOnly && onAddSticky && (
        <button type="button" className="tool-button" data-testid="add-sticky" title={t('sticky.addHint')} onClick={onAddSticky}>
          <StickyIcon /> <span className="tool-button__label">{t('sticky.add')}</span>
        </button>
      )}
      {!readOnly && (
        <button
          ref={lanesButton}
          type="button"
          className={`tool-button${lanesOpen ? ' is-on' : ''}`}
          data-testid="lanes-button"
          aria-expanded={lanesOpen}
          aria-haspopup="dialog"
          onClick={() => setLanesOpen((open) => !open)}
        >
          <LanesIcon /> <span className="tool-button__label">{t('lanes.button')}</span>
        </button>
      )}
      {lanesOpen && lanesButton.current && (
        <Popover anchor={lanesButton.current} onClose={closeLanes} label={t('lanes.title')} testId="lanes-popover">
          <LanesMenu doc={doc} lanes={lanes} onDelete={onDeleteLane} />
        </Popover>
      )}
      <span className="canvas-toolbar__divider" />
      <button
        type="button"
        className={`tool-button tool-button--mot${view.momentsOfTruthOnly ? ' is-on' : ''}`}
        data-testid="filter-moments-of-truth"
        aria-pressed={view.momentsOfTruthOnly}
        title={t('toolbar.momentsOfTruthHint')}
        onClick={() => onView({ ...view, momentsOfTruthOnly: !view.momentsOfTruthOnly })}
      >
        <StarIcon size={16} /> <span className="tool-button__label">{t('toolbar.momentsOfTruth')}</span>
      </button>
      <button
        type="button"
        className={`tool-button${view.groupByChannel ? ' is-on' : ''}`}
        data-testid="group-by-channel"
        aria-pressed={view.groupByChannel}
        title={t('toolbar.groupByChannelHint')}
        onClick={() => onView({ ...view, groupByChannel: !view.groupByChannel })}
      >
        <GroupIcon /> <span className="tool-button__label">{t('toolbar.groupByChannel')}</span>
      </button>
      {used.length > 0 && (
        <div className="channel-filter" role="group" aria-label={t('toolbar.channels')}>
          <span className="channel-filter__label">{t('toolbar.channels')}</span>
          {used.map((channel) => {
            const on = view.channels.has(channel);
            const name = t(`channel.${channel}`);
            return (
              <button
                key={channel}
                type="button"
                className={`filter-chip${on ? ' is-on' : ''}`}
                data-testid={`filter-channel-${channel}`}
                aria-pressed={on}
                aria-label={t('toolbar.channelFilter', { channel: name })}
                title={t('toolbar.channelFilter', { channel: name })}
                onClick={() => onView({ ...view, channels: toggled(view.channels, channel) })}
              >
                <ChannelIcon channel={channel} size={17} />
              </button>
            );
          })}
        </div>
      )}
      {filtered && (
        <button
          type="button"
          className="tool-button tool-button--quiet"
          data-testid="clear-filters"
          onClick={() => onView({ ...view, momentsOfTruthOnly: false, channels: new Set() })}
        >
          {t('toolbar.clearFilters')}
        </button>
      )}
      <span className="canvas-toolbar__divider" />
      {extra && (
        <>
          {extra}
          <span className="canvas-toolbar__divider" />
        </>
      )}
      <button
        type="button"
        className="tool-button"
        data-testid="open-shortcuts"
        aria-label={t('toolbar.shortcuts')}
        title={t('toolbar.shortcuts')}
        onClick={onShortcuts}
      >
        <KeyboardIcon />
      </button>
    </div>
  );
}

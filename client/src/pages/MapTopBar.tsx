import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { setTitle, type MapDocument } from '../../../shared/src/index.js';
import { RoleBadge } from '../access/RoleBadge.js';
import { ShareIcon } from '../access/accessIcons.js';
import { useAccess } from '../access/useAccess.js';
import { TextSizeIcon } from '../canvas/canvasIcons.js';
import { useT } from '../i18n/useT.js';
import { HistoryIcon } from '../history/historyIcons.js';
import { PresentIcon } from '../presence/presenceIcons.js';
import { Link } from '../routing/Link.js';
import type { ConnectionState } from '../sync/connectionState.js';
import type { SaveState } from '../sync/saveTracker.js';
import type { Undo } from '../sync/useUndo.js';
import { ConnectionStatus } from '../ui/ConnectionStatus.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { ArrowLeftIcon, PanelIcon, RedoIcon, UndoIcon } from '../ui/icons.js';

interface MapTopBarProps {
  /** The document once it is synced; null while loading. */
  doc: Y.Doc | null;
  map: MapDocument | null;
  undo: Undo;
  status: ConnectionState;
  save: { state: SaveState; unsaved: number };
  largeType: boolean;
  onToggleLargeType: () => void;
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  onShare: () => void;
  /** Who else is on the map (the avatars). */
  presence?: ReactNode;
  /** Starts presentation mode. */
  onPresent?: () => void;
  /** The facilitator's menu, for those who may run a session. */
  facilitate?: ReactNode;
  /** The shared countdown while a timer runs. */
  timer?: ReactNode;
  /** Someone else presents: nothing here changes the map meanwhile. */
  lockedOut?: boolean;
  /** The history panel (versions and activity). */
  historyOpen?: boolean;
  onToggleHistory?: () => void;
  /** The export menu (PDF, PNG, SVG, CSV): every role may export. */
  exportMenu?: ReactNode;
}

/**
 * The map page's bar, by role: the owner gets the way back to the list and Share; an editor
 * the map's tools; a viewer or commenter the title as text and a badge saying what the link allows.
 */
export function MapTopBar(props: MapTopBarProps) {
  const { doc, map, undo, status, save, largeType, sidebarOpen } = props;
  const t = useT();
  const { access, permissions } = useAccess();
  const canEdit = permissions.editMap && !props.lockedOut;
  return (
    <header className="topbar topbar--map">
      {permissions.manageMaps && (
        <Link to="/" className="button button--quiet back-link" data-testid="back-to-list">
          <ArrowLeftIcon size={18} /> {t('map.back')}
        </Link>
      )}
      <div className="topbar__title">
        {doc && map && canEdit ? (
          <SyncedTextInput
            className="title-input"
            data-testid="map-title"
            aria-label={t('map.titleLabel')}
            placeholder={t('map.untitled')}
            maxLength={200}
            value={map.title}
            onValue={(value) => setTitle(doc, value)}
          />
        ) : doc && map ? (
          <h1 className="title-input title-input--static" data-testid="map-title">
            {map.title.trim() === '' ? t('map.untitled') : map.title}
          </h1>
        ) : (
          <span className="title-input title-input--loading">{t('map.loading')}</span>
        )}
      </div>
      {props.timer}
      <div className="topbar__tools">
        {props.presence}
        {props.facilitate}
        <RoleBadge role={access.role} />
        {canEdit && (
          <>
            <button
              type="button"
              className="icon-button"
              data-testid="undo"
              aria-label={t('map.undo')}
              title={t('map.undo')}
              disabled={!undo.canUndo}
              onClick={undo.undo}
            >
              <UndoIcon />
            </button>
            <button
              type="button"
              className="icon-button"
              data-testid="redo"
              aria-label={t('map.redo')}
              title={t('map.redo')}
              disabled={!undo.canRedo}
              onClick={undo.redo}
            >
              <RedoIcon />
            </button>
          </>
        )}
        {/* Nothing to save for those who cannot change anything: the connection only. */}
        <ConnectionStatus state={status} save={canEdit ? save : undefined} />
        {props.onToggleHistory && (
          <button
            type="button"
            className={`icon-button${props.historyOpen ? ' is-on' : ''}`}
            data-testid="history-button"
            aria-pressed={props.historyOpen}
            aria-label={t('history.button')}
            title={t('history.button')}
            onClick={props.onToggleHistory}
          >
            <HistoryIcon />
          </button>
        )}
        {props.exportMenu}
        <button
          type="button"
          className={`icon-button${largeType ? ' is-on' : ''}`}
          data-testid="large-type"
          aria-pressed={largeType}
          aria-label={t('map.largeType')}
          title={t('map.largeType')}
          onClick={props.onToggleLargeType}
        >
          <TextSizeIcon />
        </button>
        {props.onPresent && (
          <button
            type="button"
            className="icon-button"
            data-testid="start-presentation"
            aria-label={t('present.start')}
            title={t('present.startHint')}
            disabled={!map}
            onClick={props.onPresent}
          >
            <PresentIcon />
          </button>
        )}
        <button
          type="button"
          className={`icon-button${sidebarOpen ? ' is-on' : ''}`}
          data-testid="toggle-sidebar"
          aria-pressed={sidebarOpen}
          aria-label={t('map.sidebar')}
          title={t('map.sidebar')}
          onClick={props.onToggleSidebar}
        >
          <PanelIcon />
        </button>
        {/* Sharing needs tokens: a server without them lets everyone in anyway. */}
        {permissions.share && access.auth && (
          <button
            type="button"
            className="button button--primary share-button"
            data-testid="open-share"
            title={t('share.buttonHint')}
            disabled={!map}
            onClick={props.onShare}
          >
            <ShareIcon size={17} /> {t('share.button')}
          </button>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}

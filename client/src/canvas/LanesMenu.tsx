import { useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  CARD_LANE_KINDS,
  LANE_KINDS,
  addLane,
  isCardLane,
  moveLane,
  renameLane,
  setLaneHidden,
  type Lane,
  type LaneKind,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { PlusIcon, TrashIcon } from '../ui/icons.js';
import { ChevronDownIcon, ChevronUpIcon } from './canvasIcons.js';

interface LanesMenuProps {
  doc: Y.Doc;
  /** The effective lanes, hidden ones included, in order. */
  lanes: Lane[];
  onDelete: (laneId: string) => void;
}

/** Every lane of the map: show or hide, rename, reorder, delete; and a new card lane. */
export function LanesMenu({ doc, lanes, onDelete }: LanesMenuProps) {
  const t = useT();
  const id = useId();
  // Single lanes that are gone (an imported map may lack them) can come back; card lanes repeat.
  const present = new Set(lanes.map((lane) => lane.kind));
  const addable = LANE_KINDS.filter((kind) => isCardLane(kind) || !present.has(kind));
  const [kind, setKind] = useState<LaneKind>(CARD_LANE_KINDS[0]!);
  const chosen = addable.includes(kind) ? kind : addable[0];
  return (
    <div className="lanes-menu" data-testid="lanes-menu">
      <h2 className="lanes-menu__title">{t('lanes.title')}</h2>
      <ul className="lanes-menu__list">
        {lanes.map((lane, index) => {
          const defaultName = t(`lane.kind.${lane.kind}`);
          const name = lane.title?.trim() ? lane.title : defaultName;
          return (
            <li key={lane.id} className={`lanes-menu__item${lane.hidden ? ' is-hidden' : ''}`} data-testid="lanes-menu-item" data-lane-id={lane.id} data-lane-kind={lane.kind}>
              <input
                type="checkbox"
                className="lanes-menu__check"
                data-testid="lane-visible"
                aria-label={t('lanes.show', { name })}
                title={t('lanes.show', { name })}
                checked={!lane.hidden}
                onChange={(event) => setLaneHidden(doc, lane.id, !event.target.checked)}
              />
              <SyncedTextInput
                className="input lanes-menu__name"
                data-testid="lane-title-input"
                aria-label={t('lane.name')}
                placeholder={defaultName}
                maxLength={200}
                value={lane.title ?? ''}
                onValue={(value) => renameLane(doc, lane.id, value)}
              />
              <button
                type="button"
                className="icon-button icon-button--small"
                data-testid="lane-up"
                aria-label={t('lane.moveUp', { name })}
                title={t('lane.moveUp', { name })}
                disabled={index === 0}
                onClick={() => moveLane(doc, lane.id, index - 1)}
              >
                <ChevronUpIcon size={16} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--small"
                data-testid="lane-down"
                aria-label={t('lane.moveDown', { name })}
                title={t('lane.moveDown', { name })}
                disabled={index === lanes.length - 1}
                onClick={() => moveLane(doc, lane.id, index + 1)}
              >
                <ChevronDownIcon size={16} />
              </button>
              {isCardLane(lane.kind) ? (
                <button
                  type="button"
                  className="icon-button icon-button--small icon-button--danger"
                  data-testid="lanes-menu-delete"
                  aria-label={t('lane.delete', { name })}
                  title={t('lane.delete', { name })}
                  onClick={() => onDelete(lane.id)}
                >
                  <TrashIcon size={15} />
                </button>
              ) : (
                <span className="lanes-menu__spacer" />
              )}
            </li>
          );
        })}
      </ul>
      {chosen !== undefined && (
        <form
          className="lanes-menu__add"
          onSubmit={(event) => {
            event.preventDefault();
            addLane(doc, chosen);
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-kind`}>
            {t('lanes.addKind')}
          </label>
          <select
            id={`${id}-kind`}
            className="select select--small"
            data-testid="new-lane-kind"
            value={chosen}
            onChange={(event) => setKind(event.target.value as LaneKind)}
          >
            {addable.map((k) => (
              <option key={k} value={k}>
                {t(`lane.kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" data-testid="add-lane">
            <PlusIcon size={15} /> {t('lanes.add')}
          </button>
        </form>
      )}
      <p className="muted small lanes-menu__hint">{t('lanes.hint')}</p>
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import type { Channel } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { ChannelIcon } from '../ui/ChannelIcon.js';
import { SearchIcon } from '../ui/icons.js';
import { searchTouchpoints } from './measureCatalogue.js';

/** A touchpoint as the picker lists it. */
export interface PickableTouchpoint {
  id: string;
  title: string;
  metricKey: string;
  phaseName: string;
  channel: Channel;
}

interface TouchpointPickerProps {
  /** The touchpoints that can still be linked, in journey order. */
  touchpoints: readonly PickableTouchpoint[];
  onPick: (touchpointId: string) => void;
  onClose: () => void;
}

/**
 * A search field over the map's touchpoints with a list of matches (the ARIA combobox
 * pattern): arrows move, Enter links, Escape closes. It stays open to link several in a row.
 */
export function TouchpointPicker({ touchpoints, onPick, onClose }: TouchpointPickerProps) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = searchTouchpoints(touchpoints, query);
  const activeIndex = Math.min(active, matches.length - 1);
  const activeMatch = activeIndex >= 0 ? matches[activeIndex] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeMatch) onPick(activeMatch.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="picker" data-testid="touchpoint-picker">
      <div className="picker__search">
        <SearchIcon size={16} className="picker__search-icon" />
        <label className="visually-hidden" htmlFor={`${id}-input`}>
          {t('measure.search')}
        </label>
        <input
          id={`${id}-input`}
          className="input picker__input"
          data-testid="touchpoint-search"
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeMatch ? `${id}-option-${activeMatch.id}` : undefined}
          placeholder={t('measure.searchPlaceholder')}
          autoComplete="off"
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button--small" data-testid="close-picker" onClick={onClose}>
          {t('measure.linkDone')}
        </button>
      </div>
      {matches.length === 0 ? (
        <p className="picker__empty" role="status">
          {touchpoints.length === 0 ? t('measure.allLinked') : t('measure.searchEmpty', { query })}
        </p>
      ) : (
        <ul id={`${id}-list`} className="picker__list" role="listbox" aria-label={t('measure.search')}>
          {matches.map((tp, index) => (
            <li
              key={tp.id}
              id={`${id}-option-${tp.id}`}
              className={`picker__option${index === activeIndex ? ' is-active' : ''}`}
              data-testid="touchpoint-option"
              data-touchpoint-id={tp.id}
              role="option"
              aria-selected={index === activeIndex}
              // Keep the focus in the search field, so that typing goes on after a click.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => onPick(tp.id)}
            >
              <ChannelIcon channel={tp.channel} size={16} />
              <span className="picker__option-text">
                <span className="picker__option-title">{tp.title}</span>
                <span className="picker__option-phase">{tp.phaseName}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

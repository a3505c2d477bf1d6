import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTypingTarget, matchShortcut } from '../editing/shortcuts.js';

interface HistoryShortcuts {
  /** H: opens or closes the history panel. */
  toggle: () => void;
  /** Ctrl+S: saves a version (asks for its name); absent for people who may not. */
  save?: () => void;
}

/**
 * The history's keys, beside the canvas's own (which leave these alone). Ctrl+S never saves the
 * web page: in a live map everything is saved already, so it names a version instead.
 */
export function useHistoryShortcuts(handlers: HistoryShortcuts): void {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]') !== null) return;
      const id = matchShortcut(event);
      if (id === 'saveVersion') {
        event.preventDefault();
        ref.current.save?.();
      } else if (id === 'history' && !isTypingTarget(event.target)) {
        event.preventDefault();
        ref.current.toggle();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

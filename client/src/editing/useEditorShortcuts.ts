import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTypingTarget, matchShortcut, type ShortcutId } from './shortcuts.js';

export interface ShortcutHandlers {
  /** Carries out a shortcut; returns whether it did something (then the browser's default is prevented). */
  onShortcut: (id: ShortcutId) => boolean;
  /** The selection as clipboard text, or null when there is nothing to copy. */
  onCopy: () => string | null;
  /** Like onCopy, and deletes what was copied. */
  onCut: () => string | null;
  /** Pastes clipboard text ('' when the clipboard could not be read). */
  onPaste: (text: string) => void;
}

/** Keys that focused buttons, sliders and links handle themselves. */
const CONTROL_KEYS = new Set<ShortcutId>(['edit', 'escape', 'moveLeft', 'moveRight', 'moveUp', 'moveDown']);

/** A focused control that handles Enter, Escape and arrows itself (canvas cards excepted). */
function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target.matches('.react-flow__node, .react-flow__nodesselection-rect')) return false;
  return target.closest('button, a[href], input, select, [role="slider"], [tabindex]') !== null;
}

/** While a dialog or popover is open, the map behind it is not edited by key presses. */
function isBlocked(target: EventTarget | null): boolean {
  return isTypingTarget(target) || document.querySelector('dialog[open], .popover') !== null;
}

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * The editor's keyboard: shortcuts on keydown (captured before the canvas's own key handling),
 * copy, cut and paste on the clipboard events, which work without clipboard permissions and
 * over plain http. Nothing fires while the user types in a field: that is the browser's.
 */
export function useEditorShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useLayoutEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isBlocked(event.target)) return;
      const id = matchShortcut(event);
      // Copy, cut and paste arrive as clipboard events right after this keydown.
      if (id === null || id === 'copy' || id === 'cut' || id === 'paste') return;
      if (CONTROL_KEYS.has(id) && isControl(event.target)) return;
      if (ref.current.onShortcut(id)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onCopyOrCut = (event: ClipboardEvent) => {
      if (isBlocked(event.target) || hasTextSelection()) return;
      const text = event.type === 'cut' ? ref.current.onCut() : ref.current.onCopy();
      if (text === null) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isBlocked(event.target)) return;
      ref.current.onPaste(event.clipboardData?.getData('text/plain') ?? '');
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('copy', onCopyOrCut);
    document.addEventListener('cut', onCopyOrCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('copy', onCopyOrCut);
      document.removeEventListener('cut', onCopyOrCut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}

import type { MessageKey } from '../i18n/en.js';

/** Everything the canvas does from the keyboard. */
export type ShortcutId =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'moveLeft'
  | 'moveRight'
  | 'moveUp'
  | 'moveDown'
  | 'edit'
  | 'escape'
  | 'newTouchpoint'
  | 'newSticky'
  | 'comments'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'help'
  | 'present'
  | 'history'
  | 'facilitate'
  | 'saveVersion'
  | 'export';

/** One key combination; `mod` is Ctrl, or ⌘ on a Mac (either is accepted everywhere). */
export interface KeyStroke {
  key: string;
  mod?: boolean;
  shift?: boolean;
  /** Match the physical key instead (for Shift+digit, whose character depends on the layout). */
  code?: string;
}

export interface Shortcut {
  id: ShortcutId;
  /** The section of the help dialog. */
  group: 'edit' | 'move' | 'view';
  strokes: KeyStroke[];
  label: MessageKey;
  /** Whether Shift may be held or not (keys such as "?" need Shift on most layouts). */
  anyShift?: boolean;
  /** It changes the map: off for those who may only look (viewers, commenters). */
  changesMap?: boolean;
}

/** The shortcuts in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'newTouchpoint', group: 'edit', strokes: [{ key: 'n' }], label: 'shortcut.newTouchpoint', changesMap: true },
  { id: 'newSticky', group: 'edit', strokes: [{ key: 's' }], label: 'shortcut.newSticky', changesMap: true },
  { id: 'comments', group: 'edit', strokes: [{ key: 'c' }], label: 'shortcut.comments' },
  { id: 'edit', group: 'edit', strokes: [{ key: 'Enter' }], label: 'shortcut.edit' },
  { id: 'escape', group: 'edit', strokes: [{ key: 'Escape' }], label: 'shortcut.escape' },
  { id: 'delete', group: 'edit', strokes: [{ key: 'Delete' }, { key: 'Backspace' }], label: 'shortcut.delete', changesMap: true },
  { id: 'duplicate', group: 'edit', strokes: [{ key: 'd', mod: true }], label: 'shortcut.duplicate', changesMap: true },
  { id: 'copy', group: 'edit', strokes: [{ key: 'c', mod: true }], label: 'shortcut.copy' },
  { id: 'cut', group: 'edit', strokes: [{ key: 'x', mod: true }], label: 'shortcut.cut', changesMap: true },
  { id: 'paste', group: 'edit', strokes: [{ key: 'v', mod: true }], label: 'shortcut.paste', changesMap: true },
  { id: 'selectAll', group: 'edit', strokes: [{ key: 'a', mod: true }], label: 'shortcut.selectAll' },
  { id: 'moveLeft', group: 'move', strokes: [{ key: 'ArrowLeft' }], label: 'shortcut.moveLeft', changesMap: true },
  { id: 'moveRight', group: 'move', strokes: [{ key: 'ArrowRight' }], label: 'shortcut.moveRight', changesMap: true },
  { id: 'moveUp', group: 'move', strokes: [{ key: 'ArrowUp' }], label: 'shortcut.moveUp', changesMap: true },
  { id: 'moveDown', group: 'move', strokes: [{ key: 'ArrowDown' }], label: 'shortcut.moveDown', changesMap: true },
  { id: 'undo', group: 'edit', strokes: [{ key: 'z', mod: true }], label: 'shortcut.undo', changesMap: true },
  {
    id: 'redo',
    group: 'edit',
    strokes: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
    label: 'shortcut.redo',
    changesMap: true,
  },
  { id: 'zoomIn', group: 'view', strokes: [{ key: '+' }, { key: '=' }], label: 'shortcut.zoomIn', anyShift: true },
  { id: 'zoomOut', group: 'view', strokes: [{ key: '-' }], label: 'shortcut.zoomOut' },
  { id: 'zoomFit', group: 'view', strokes: [{ key: '!', code: 'Digit1', shift: true }], label: 'shortcut.zoomFit' },
  { id: 'help', group: 'view', strokes: [{ key: '?' }], label: 'shortcut.help', anyShift: true },
  { id: 'present', group: 'view', strokes: [{ key: 'p' }, { key: 'F5' }], label: 'shortcut.present' },
  { id: 'history', group: 'view', strokes: [{ key: 'h' }], label: 'shortcut.history' },
  // Handled by the facilitate menu itself; only owners and editors have it, so read-only links omit it.
  { id: 'facilitate', group: 'view', strokes: [{ key: 'f' }], label: 'shortcut.facilitate', changesMap: true },
  // Saving a version leaves the map as it is, but only those who may edit it may do it.
  { id: 'saveVersion', group: 'edit', strokes: [{ key: 's', mod: true }], label: 'shortcut.saveVersion', changesMap: true },
  { id: 'export', group: 'view', strokes: [{ key: 'e', mod: true, shift: true }], label: 'shortcut.export' },
];

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

function matches(stroke: KeyStroke, event: KeyLike, anyShift: boolean): boolean {
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== (stroke.mod ?? false) || event.altKey) return false;
  if (!anyShift && event.shiftKey !== (stroke.shift ?? false)) return false;
  if (stroke.code !== undefined && event.code === stroke.code) return true;
  return event.key.length === 1 ? event.key.toLowerCase() === stroke.key : event.key === stroke.key;
}

const CHANGING = new Set(SHORTCUTS.filter((shortcut) => shortcut.changesMap).map((shortcut) => shortcut.id));

/** Whether a shortcut changes the map (and is therefore off for a read-only role). */
export function changesMap(id: ShortcutId): boolean {
  return CHANGING.has(id);
}

/** The shortcut a key event means, if any. */
export function matchShortcut(event: KeyLike): ShortcutId | null {
  for (const shortcut of SHORTCUTS) {
    if (shortcut.strokes.some((stroke) => matches(stroke, event, shortcut.anyShift ?? false))) return shortcut.id;
  }
  return null;
}

/** Whether key presses at this element are typing, which shortcuts must leave alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  // Checkboxes, radios and buttons take no text; everything else does.
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
  Enter: 'Enter',
};

/** Modifier key names as printed on the keyboard of the reader's language ("Strg" in German). */
export interface ModifierNames {
  ctrl: string;
  shift: string;
}
const ENGLISH_MODIFIERS: ModifierNames = { ctrl: 'Ctrl', shift: 'Shift' };

/** A key combination as shown to people, e.g. "Ctrl+Shift+Z", "Strg+Umschalt+Z" or "⌘⇧Z". */
export function formatStroke(stroke: KeyStroke, mac: boolean, names: ModifierNames = ENGLISH_MODIFIERS): string {
  const key = stroke.code === 'Digit1' ? '1' : (KEY_NAMES[stroke.key] ?? stroke.key.toUpperCase());
  if (mac) return `${stroke.mod ? '⌘' : ''}${stroke.shift ? '⇧' : ''}${key}`;
  return [stroke.mod ? names.ctrl : '', stroke.shift ? names.shift : '', key].filter(Boolean).join('+');
}

import type { MessageKey } from '../i18n/en.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { SHORTCUTS, formatStroke, type Shortcut } from './shortcuts.js';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const SECTIONS: { group: Shortcut['group']; title: MessageKey }[] = [
  { group: 'edit', title: 'shortcuts.editing' },
  { group: 'move', title: 'shortcuts.moving' },
  { group: 'view', title: 'shortcuts.view' },
];

function ShortcutRows({ group, readOnly }: { group: Shortcut['group']; readOnly: boolean }) {
  const t = useT();
  return (
    <>
      {SHORTCUTS.filter((s) => s.group === group && !(readOnly && s.changesMap)).map((shortcut) => (
        <tr key={shortcut.id} data-shortcut={shortcut.id}>
          <td className="shortcuts__keys">
            {shortcut.strokes.map((stroke, i) => (
              <span key={i}>
                {i > 0 && <span className="shortcuts__or"> / </span>}
                <kbd>{formatStroke(stroke, MAC, { ctrl: t('key.ctrl'), shift: t('key.shift') })}</kbd>
              </span>
            ))}
          </td>
          <td>{t(shortcut.label)}</td>
        </tr>
      ))}
    </>
  );
}

/**
 * Every keyboard shortcut and mouse gesture of the map editor, in the reader's language; read-only,
 * those that look around.
 */
export function ShortcutsDialog({ onClose, readOnly = false }: { onClose: () => void; readOnly?: boolean }) {
  const t = useT();
  // Moving is all changes: a read-only reader gets no section for it.
  const [edit, ...others] = SECTIONS.filter((section) => !(readOnly && section.group === 'move'));
  return (
    <Dialog
      title={t('shortcuts.title')}
      testId="shortcuts-dialog"
      onConfirm={onClose}
      onCancel={onClose}
      actions={
        <button type="submit" className="button button--primary" data-testid="close-shortcuts" autoFocus>
          {t('shortcuts.close')}
        </button>
      }
    >
      <div className="shortcuts">
        <table className="shortcuts__table">
          <caption>{t(edit!.title)}</caption>
          <tbody>
            <ShortcutRows group={edit!.group} readOnly={readOnly} />
          </tbody>
        </table>
        <div>
          {others.map((section) => (
            <table key={section.group} className="shortcuts__table">
              <caption>{t(section.title)}</caption>
              <tbody>
                <ShortcutRows group={section.group} readOnly={readOnly} />
              </tbody>
            </table>
          ))}
          <table className="shortcuts__table">
            <caption>{t('shortcuts.mouse')}</caption>
            <tbody>
              <tr>
                <td className="shortcuts__keys">
                  <kbd>{MAC ? '⇧' : t('key.shift')}</kbd> + {t('shortcuts.drag')}
                </td>
                <td>{t('shortcuts.marquee')}</td>
              </tr>
              <tr>
                <td className="shortcuts__keys">
                  <kbd>{MAC ? '⇧' : t('key.shift')}</kbd> + {t('shortcuts.click')}
                </td>
                <td>{t('shortcuts.shiftClick')}</td>
              </tr>
              {!readOnly && (
                <>
                  <tr>
                    <td className="shortcuts__keys">{t('shortcuts.doubleClick')}</td>
                    <td>{t('shortcuts.doubleClickCell')}</td>
                  </tr>
                  <tr>
                    <td className="shortcuts__keys">{t('shortcuts.dragAlone')}</td>
                    <td>{t('shortcuts.dragHelp')}</td>
                  </tr>
                </>
              )}
              <tr>
                <td className="shortcuts__keys">
                  <kbd>{t('key.space')}</kbd> + {t('shortcuts.drag')}
                </td>
                <td>{t('shortcuts.pan')}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
      <p className="muted small shortcuts__note">{t('shortcuts.note')}</p>
    </Dialog>
  );
}

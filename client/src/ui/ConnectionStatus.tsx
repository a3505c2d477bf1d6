import type { ConnectionState } from '../sync/connectionState.js';
import type { SaveState } from '../sync/saveTracker.js';
import { useT } from '../i18n/useT.js';

/** A dot and a word: whether edits are reaching everyone else right now, and are stored. */
export function ConnectionStatus({ state, save }: { state: ConnectionState; save?: { state: SaveState; unsaved: number } }) {
  const t = useT();
  return (
    <div className="connection-group">
      <ConnectionDot state={state} />
      {save && (
        <span
          className={`save-state save-state--${save.state}`}
          data-testid="save-state"
          data-state={save.state}
          role="status"
          title={t(`save.${save.state}.hint`)}
        >
          {t(`save.${save.state}`, { count: save.unsaved })}
        </span>
      )}
    </div>
  );
}

function ConnectionDot({ state }: { state: ConnectionState }) {
  const t = useT();
  return (
    <div
      className={`connection-status connection-status--${state}`}
      data-testid="connection-status"
      data-state={state}
      role="status"
      title={t(`connection.${state}.hint`)}
    >
      <span className="connection-status__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </div>
  );
}

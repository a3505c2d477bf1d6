import type { ConnectionState } from '../sync/connectionState.js';
import { useT } from '../i18n/useT.js';

/** A dot and a word: whether edits are reaching everyone else right now. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
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

import { useEffect, useState } from 'react';
import type { VersionDetail } from '../api/versionsApi.js';

/** A version's document, loaded through `load` (cached there); null while it loads. */
export function useVersionDetail(
  load: (versionId: string) => Promise<VersionDetail>,
  versionId: string | null,
): { detail: VersionDetail | null; error: string | null } {
  const [state, setState] = useState<{ id: string; detail: VersionDetail | null; error: string | null } | null>(null);
  useEffect(() => {
    if (versionId === null) return;
    let current = true;
    load(versionId).then(
      (detail) => current && setState({ id: versionId, detail, error: null }),
      (cause: unknown) => current && setState({ id: versionId, detail: null, error: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => {
      current = false;
    };
  }, [load, versionId]);
  if (versionId === null || state?.id !== versionId) return { detail: null, error: null };
  return { detail: state.detail, error: state.error };
}

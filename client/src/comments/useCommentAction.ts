import { useCallback, useState } from 'react';
import { ApiError } from '../api/mapsApi.js';

/**
 * Runs one comment request at a time with its pending state and error message. The result shows
 * up through the live document (the server applies it there), so nothing else is kept here.
 */
export function useCommentAction(): {
  pending: boolean;
  error: string | null;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  clearError: () => void;
} {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (cause) {
      setError(cause instanceof ApiError || cause instanceof Error ? cause.message : String(cause));
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}

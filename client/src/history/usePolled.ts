import { useCallback, useEffect, useState } from 'react';

export interface Polled<T> {
  /** Null until loaded. */
  value: T | null;
  error: string | null;
  reload: () => void;
  /** Changes the loaded value locally (after a save or delete here), until the next load. */
  update: (change: (value: T | null) => T | null) => void;
}

/** Loads `load()` while `active`, and again every `pollMs`: what colleagues did shows by itself. */
export function usePolled<T>(load: () => Promise<T>, active: boolean, pollMs: number): Polled<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!active) return;
    let current = true;
    const run = () =>
      load().then(
        (next) => {
          if (!current) return;
          setValue(next);
          setError(null);
        },
        (cause: unknown) => current && setError(cause instanceof Error ? cause.message : String(cause)),
      );
    void run();
    const timer = window.setInterval(() => void run(), pollMs);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [load, active, pollMs, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { value, error, reload, update: setValue };
}

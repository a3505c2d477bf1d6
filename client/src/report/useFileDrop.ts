import { useEffect, useRef } from 'react';

/**
 * Calls `onFile` with a file dropped anywhere on the page (unless something inside handled the
 * drop, or `enabled` is false), and keeps the browser from opening a dropped file in place of the app.
 */
export function useFileDrop(onFile: (file: File) => void, enabled = true): void {
  const latest = useRef(onFile);
  const on = useRef(enabled);
  useEffect(() => {
    latest.current = onFile;
    on.current = enabled;
  });
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      // A drop that the import dialog (or anything else inside) already handled is not ours.
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file && on.current) latest.current(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

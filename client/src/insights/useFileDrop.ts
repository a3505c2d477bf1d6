import { useCallback, useRef, useState, type DragEvent } from 'react';
import { carriesFiles, droppedFile } from './fileDrop.js';

export interface FileDrop {
  /** A file is being dragged over the element. */
  dragging: boolean;
  /** Spread on the element that takes the drop. */
  handlers: {
    onDragEnter: (event: DragEvent) => void;
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

/**
 * Files dropped anywhere on an element. Drags of other things (cards, text) pass through, and
 * `enabled` false (a dialog that takes drops itself is open) lets file drags pass too.
 */
export function useFileDrop(onFile: (file: File) => void, enabled = true): FileDrop {
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child crossed: count them to know when the drag left.
  const depth = useRef(0);
  const accepts = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer?.types)) return false;
      if (enabled) return true;
      // Not now (a dialog takes the drop itself, or the map is loading); the browser must not
      // open the file in place of the map either.
      event.preventDefault();
      event.dataTransfer.dropEffect = 'none';
      return false;
    },
    [enabled],
  );

  const onDragEnter = useCallback(
    (event: DragEvent) => {
      if (!accepts(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    [accepts],
  );
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!accepts(event)) return;
      // Without this the browser would open the file instead of letting the page take it.
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    [accepts],
  );
  const onDragLeave = useCallback(
    (event: DragEvent) => {
      if (!accepts(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    [accepts],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!accepts(event)) return;
      event.preventDefault();
      const file = droppedFile(event.dataTransfer.files);
      if (file) onFile(file);
    },
    [accepts, onFile],
  );
  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}

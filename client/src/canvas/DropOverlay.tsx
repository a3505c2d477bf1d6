import { ViewportPortal } from '@xyflow/react';
import type { DropPreview } from './drop.js';

/** Where a drag will land: the target cell, an insertion line, or the gap a header goes into. */
export function DropOverlay({ preview }: { preview: DropPreview }) {
  return (
    <ViewportPortal>
      {preview.cells.map((cell) => (
        <div
          key={`${cell.x}:${cell.y}`}
          className="drop-cell"
          data-testid="drop-cell"
          style={{ transform: `translate(${cell.x}px, ${cell.y}px)`, width: cell.width, height: cell.height }}
        />
      ))}
      {preview.marks.map((mark, i) => (
        <div
          key={i}
          className="drop-mark"
          data-testid="drop-mark"
          style={{ transform: `translate(${mark.x}px, ${mark.y}px)`, width: mark.width }}
        />
      ))}
      {preview.column && (
        <div
          className="drop-line drop-line--column"
          data-testid="drop-phase"
          style={{ transform: `translate(${preview.column.x}px, ${preview.column.top}px)`, height: preview.column.bottom - preview.column.top }}
        />
      )}
      {preview.row && (
        <div
          className="drop-line drop-line--row"
          data-testid="drop-lane"
          style={{ transform: `translate(${preview.row.left}px, ${preview.row.y}px)`, width: preview.row.right - preview.row.left }}
        />
      )}
    </ViewportPortal>
  );
}

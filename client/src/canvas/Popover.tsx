import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface PopoverProps {
  /** The element the popover hangs from. */
  anchor: HTMLElement;
  onClose: () => void;
  children: ReactNode;
  label: string;
  testId?: string;
}

/**
 * A small floating panel next to an element on the canvas, drawn in the page rather than in the
 * zoomed canvas, so that it stays readable at any zoom. Closes on Escape and on a click outside.
 */
export function Popover({ anchor, onClose, children, label, testId }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const box = anchor.getBoundingClientRect();
    const own = ref.current?.getBoundingClientRect();
    const width = own?.width ?? 300;
    const height = own?.height ?? 200;
    const below = box.bottom + 6;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, box.top - height - 6) : below;
    const left = Math.min(Math.max(8, box.left), window.innerWidth - width - 8);
    setPosition({ left, top });
  }, [anchor]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      // A dialog opened from the popover (a confirmation) is part of it.
      const inDialog = target instanceof Element && target.closest('dialog[open]') !== null;
      if (!ref.current?.contains(target) && !anchor.contains(target) && !inDialog) onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [anchor, onClose]);

  return createPortal(
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-label={label}
      data-testid={testId}
      style={position ? { left: position.left, top: position.top } : { visibility: 'hidden', left: 0, top: 0 }}
    >
      {children}
    </div>,
    document.body,
  );
}

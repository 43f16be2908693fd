/**
 * A vertical splitter between two panes: drag with the pointer, or focus it and use ←/→
 * (Shift for bigger steps, Home/End for the limits). Exposed as an ARIA window splitter.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, type PaneSide } from './paneWidths.ts';

interface ResizeHandleProps {
  side: PaneSide;
  width: number;
  onResize(width: number): void;
  label: string;
  controls: string;
  testId: string;
}

const STEP = 16;
const BIG_STEP = 64;

export function ResizeHandle({ side, width, onResize, label, controls, testId }: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  // Dragging right widens the left pane and narrows the right one.
  const sign = side === 'left' ? 1 : -1;
  const limits = PANE_LIMITS[side];

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    onResize(start.width + sign * (event.clientX - start.x));
  };
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = width - sign * step;
    else if (event.key === 'ArrowRight') next = width + sign * step;
    else if (event.key === 'Home') next = limits.min;
    else if (event.key === 'End') next = limits.max;
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };

  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      tabIndex={0}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}

// Pointer scrubbing on the track for mouse, pen and touch alike. Moves are coalesced to one
// onMove per animation frame, and only when the snapped episode changes.
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

interface TrackDragOptions {
  readonly value: number;
  /** The snapped episode under a pointer at clientX over the track element. */
  readonly toPosition: (clientX: number, track: HTMLElement) => number;
  readonly onMove: (position: number) => void;
  /** Called on press, so keys work after a click without a second tab. */
  readonly onPress: () => void;
}

export function useTrackDrag({ value, toPosition, onMove, onPress }: TrackDragOptions) {
  const [dragging, setDragging] = useState(false);
  const pointer = useRef<number | null>(null);
  const pending = useRef<number | null>(null);
  const sent = useRef(value);
  const frame = useRef<number | null>(null);
  // The frame callback runs after renders the handler did not see; it needs the newest onMove.
  const onMoveRef = useRef(onMove);
  useEffect(() => {
    onMoveRef.current = onMove;
  });
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const emit = (position: number) => {
    if (position === sent.current) return;
    sent.current = position;
    onMoveRef.current(position);
  };
  const flush = () => {
    frame.current = null;
    const position = pending.current;
    pending.current = null;
    if (position !== null) emit(position);
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // Keeps the browser from selecting label text or moving focus to the track.
    event.preventDefault();
    const track = event.currentTarget;
    if (typeof track.setPointerCapture === 'function') track.setPointerCapture(event.pointerId);
    pointer.current = event.pointerId;
    sent.current = value;
    setDragging(true);
    onPress();
    emit(toPosition(event.clientX, track));
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    if (pointer.current !== event.pointerId) return;
    pending.current = toPosition(event.clientX, event.currentTarget);
    frame.current ??= requestAnimationFrame(flush);
  };

  const onPointerEnd = (event: ReactPointerEvent<HTMLElement>) => {
    if (pointer.current !== event.pointerId) return;
    // Deliver the last position now rather than a frame after the user let go.
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    flush();
    pointer.current = null;
    setDragging(false);
    const track = event.currentTarget;
    if (typeof track.hasPointerCapture === 'function' && track.hasPointerCapture(event.pointerId))
      track.releasePointerCapture(event.pointerId);
  };

  return {
    dragging,
    trackHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: onPointerEnd,
      onPointerCancel: onPointerEnd,
    },
  };
}

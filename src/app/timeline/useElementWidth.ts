import { useCallback, useState } from 'react';

/**
 * The width of an element, kept current by a ResizeObserver. Where there is none (jsdom),
 * the fallback stands. A callback ref with cleanup (React 19) follows the element if it remounts.
 */
export function useElementWidth<T extends Element>(fallback: number) {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      // A hidden container measures 0; keep the last real width rather than collapse the track.
      if (measured > 0) setWidth(Math.round(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

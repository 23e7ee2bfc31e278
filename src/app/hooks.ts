// Small hooks over browser settings: media queries, the chosen theme, the spoiler cap.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ThemeChoice } from './urlState';

function subscribeMedia(query: string) {
  return (notify: () => void) => {
    const list = window.matchMedia(query);
    list.addEventListener('change', notify);
    return () => list.removeEventListener('change', notify);
  };
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    subscribeMedia(query),
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export const usePrefersReducedMotion = () => useMediaQuery('(prefers-reduced-motion: reduce)');

/** The theme actually shown, and the root attribute that applies it to the CSS tokens. */
export function useTheme(choice: ThemeChoice): 'light' | 'dark' {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const effective = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);
  return effective;
}

const CAP_KEY = (show: string) => `plotweb:watched-up-to:${show}`;

/** The spoiler cap remembered on this device, per show (an episode id, or undefined for none). */
export function useRememberedCap(
  show: string | undefined,
): [string | undefined, (cap: string | undefined) => void] {
  const [stored, setStored] = useState<{ show: string | undefined; cap: string | undefined }>(
    () => ({
      show,
      cap: readCap(show),
    }),
  );
  const cap = stored.show === show ? stored.cap : readCap(show);
  const setCap = (next: string | undefined) => {
    if (show === undefined) return;
    try {
      if (next === undefined) window.localStorage.removeItem(CAP_KEY(show));
      else window.localStorage.setItem(CAP_KEY(show), next);
    } catch {
      // Storage can be disabled (private mode); the cap still applies to this page.
    }
    setStored({ show, cap: next });
  };
  return [cap, setCap];
}

function readCap(show: string | undefined): string | undefined {
  if (show === undefined) return undefined;
  try {
    return window.localStorage.getItem(CAP_KEY(show)) ?? undefined;
  } catch {
    return undefined;
  }
}

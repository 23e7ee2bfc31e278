// What dist/embed/resize.js does on a host page: sets the height of the Plotweb embed frame
// that sent { type: "plotweb:height" }. Only frames whose src is the embed page next to the
// script count, so no other frame on the page can resize itself through this script.
export const MAX_FRAME_HEIGHT = 4000;

/** Whether a frame shows the Plotweb embed page `embedPage` (query and fragment aside). */
export function isPlotwebFrame(frame: HTMLIFrameElement, embedPage: URL): boolean {
  let src: URL;
  try {
    src = new URL(frame.src);
  } catch {
    return false;
  }
  return src.origin === embedPage.origin && src.pathname === embedPage.pathname;
}

/** Listens on `win` for height messages from the known embed page's frames. */
export function answerHeights(win: Window, embedPage: URL): () => void {
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || data.type !== 'plotweb:height' || typeof data.height !== 'number') return;
    if (!Number.isFinite(data.height)) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source || !isPlotwebFrame(frame, embedPage)) continue;
      frame.style.height = `${Math.min(MAX_FRAME_HEIGHT, Math.max(0, Math.ceil(data.height)))}px`;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

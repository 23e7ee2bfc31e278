// Entry of dist/embed/resize.js: optional host script that sizes Plotweb iframes to their
// content, from the { type: "plotweb:height" } messages the embed page sends.
const MAX_HEIGHT = 4000;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'plotweb:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = `${Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(data.height)))}px`;
  }
});

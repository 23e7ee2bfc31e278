// The widget's download of its data file: aborted when the widget is removed, and given up
// after DATA_STALL_MS without a single byte arriving (a server that never answers, or stops
// half way), so the box can say so and offer Retry instead of "Loading…" forever.

/** How long the widget waits for the next byte of its data file (documented in the README). */
export const DATA_STALL_MS = 15_000;

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'aborted' }
  | { readonly ok: false; readonly reason: 'timeout' | 'failed'; readonly message: string };

class Stalled extends Error {}

export async function fetchDataBytes(
  src: string,
  base: string,
  signal: AbortSignal,
  stallMs = DATA_STALL_MS,
): Promise<Fetched> {
  const download = new AbortController();
  const stop = () => download.abort();
  signal.addEventListener('abort', stop);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled = false;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      download.abort(new Stalled());
    }, stallMs);
  };
  try {
    let url: URL;
    try {
      url = new URL(src, base);
    } catch {
      return { ok: false, reason: 'failed', message: 'not a valid address' };
    }
    wait();
    const response = await fetch(url, { signal: download.signal });
    if (!response.ok) return { ok: false, reason: 'failed', message: `HTTP ${response.status}` };
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        wait();
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.length;
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      chunks.push(whole);
      length = whole.length;
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { ok: true, bytes };
  } catch {
    if (stalled) {
      return {
        ok: false,
        reason: 'timeout',
        message: `no data arrived for ${stallMs / 1000} s; the server may be down or slow`,
      };
    }
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: 'failed', message: 'network error' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

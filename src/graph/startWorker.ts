// Starts one of Plotweb's Web Workers from its built address. A worker's script must come
// from the page's own origin; the widget runs on other sites' pages, so there the worker
// starts from a blob that loads ours (importScripts may cross origins).
export interface StartedWorker {
  readonly worker: Worker;
  /** Frees the blob address, if one was made. Call once the worker is done. */
  release(): void;
}

export function startWorker(workerUrl: string, base: string): StartedWorker {
  const url = new URL(workerUrl, base);
  if (url.origin === window.location.origin) {
    return { worker: new Worker(url, { type: 'module' }), release: () => undefined };
  }
  const blob = URL.createObjectURL(
    new Blob([`importScripts(${JSON.stringify(url.href)});`], { type: 'text/javascript' }),
  );
  return { worker: new Worker(blob), release: () => URL.revokeObjectURL(blob) };
}

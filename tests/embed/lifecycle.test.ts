// @vitest-environment jsdom
// The widget's download: removed widgets stop downloading, a server that never answers gets
// a clear message with Retry after DATA_STALL_MS, and Retry loads again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_STALL_MS } from '../../src/embed/fetchData';
import { mount } from '../../src/embed/mount';
import { EMBED_DEFAULTS } from '../../src/model';

/** A fetch that never answers; it records each request's signal. */
function hangingFetch() {
  const signals: AbortSignal[] = [];
  const fetch = vi.fn((_url: URL, init?: RequestInit) => {
    const signal = init?.signal as AbortSignal;
    signals.push(signal);
    return new Promise<Response>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  return { fetch, signals };
}

beforeEach(() => {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const options = { ...EMBED_DEFAULTS, src: '/data/never.json' };

describe('the widget download', () => {
  it('is aborted when the widget is removed', async () => {
    const { fetch, signals } = hangingFetch();
    vi.stubGlobal('fetch', fetch);
    const root = document.body.appendChild(document.createElement('div'));
    const handle = mount(root, options);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(signals[0]?.aborted).toBe(false);
    handle.destroy();
    expect(signals[0]?.aborted).toBe(true);
    await handle.ready;
    expect(root.textContent).toBe('');
  });

  it('gives up after the documented delay with a message and Retry, which loads again', async () => {
    vi.useFakeTimers();
    const { fetch } = hangingFetch();
    vi.stubGlobal('fetch', fetch);
    const root = document.body.appendChild(document.createElement('div'));
    const handle = mount(root, options);
    await vi.advanceTimersByTimeAsync(DATA_STALL_MS - 100);
    expect(root.textContent).toContain('Loading the graph…');
    await vi.advanceTimersByTimeAsync(200);
    await handle.ready;
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The data file did not arrive');
    expect(alert?.textContent).toContain(
      `/data/never.json: no data arrived for ${DATA_STALL_MS / 1000} s; the server may be down or slow`,
    );
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Retry');
    expect(retry).toBeDefined();
    retry?.click();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Loading the graph…');
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch).toHaveBeenCalledTimes(2);
    handle.destroy();
  });
});

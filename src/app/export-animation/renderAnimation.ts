// The export loop: paint each scheduled frame, hand it to the encoder, report progress and
// let the page breathe between frames. Cancelling stops it at the next await and returns
// nothing: the encoder drops what it had.
import type { Frame } from './frameSchedule';
import type { FrameEncoder } from './encoders';

export interface FramePainter {
  /** Paints one frame of the schedule into the frame canvas the encoder reads. */
  paint(frame: Frame): Promise<void>;
  destroy(): void;
}

export interface RenderJob {
  readonly frames: readonly Frame[];
  readonly painter: FramePainter;
  readonly encoder: FrameEncoder;
  readonly signal: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  /** Waits for the next macrotask, so input and the progress bar get their turn. */
  readonly nextTask?: () => Promise<void>;
}

/** A macrotask without setTimeout's clamping (and its 1 s throttling in background tabs). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Settles with `work`, or rejects as soon as the signal aborts, whichever comes first. */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Renders every frame and returns the encoded file; rejects with the abort reason if cancelled. */
export async function renderAnimation(job: RenderJob): Promise<Blob> {
  const { frames, painter, encoder, signal } = job;
  const yieldToPage = job.nextTask ?? nextTask;
  try {
    for (const frame of frames) {
      signal.throwIfAborted();
      // A paint waits for the view's next render, which a hidden tab may hold back.
      await unlessAborted(painter.paint(frame), signal);
      signal.throwIfAborted();
      await encoder.add(signal);
      job.onProgress?.(frame.index + 1, frames.length);
      await yieldToPage();
    }
    signal.throwIfAborted();
    const file = await encoder.finish(signal);
    signal.throwIfAborted();
    return file;
  } catch (error) {
    encoder.abort();
    throw error;
  } finally {
    painter.destroy();
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

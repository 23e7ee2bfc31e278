// Frame encoders for the export: each takes the frame canvas's current picture per call.
// GIF with gifenc in the page; WebM with the browser's MediaRecorder in real time.
import { applyPalette, GIFEncoder, quantize } from 'gifenc';

export interface FrameEncoder {
  /** Adds the frame canvas's current picture as the next frame. */
  add(signal: AbortSignal): Promise<void>;
  /** Ends the file. */
  finish(signal: AbortSignal): Promise<Blob>;
  /** Drops everything encoded so far; nothing is returned afterwards. */
  abort(): void;
}

export function createGifEncoder(canvas: HTMLCanvasElement, delay: number): FrameEncoder {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const gif = GIFEncoder();
  return {
    async add() {
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      // One palette per frame: colours fade in and out, and a shared one would band.
      const palette = quantize(data, 256);
      const index = applyPalette(data, palette);
      gif.writeFrame(index, canvas.width, canvas.height, { palette, delay, repeat: 0 });
    },
    async finish() {
      gif.finish();
      return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
    },
    abort() {
      gif.reset();
    },
  };
}

const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

export type WebmSupport = { readonly mimeType: string } | { readonly reason: string };

/** Whether this browser can record a canvas as WebM, and with which type. */
export function webmSupport(): WebmSupport {
  if (typeof MediaRecorder === 'undefined') {
    return { reason: 'This browser cannot record video (it has no MediaRecorder).' };
  }
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') {
    return { reason: 'This browser cannot record a canvas as video.' };
  }
  const mimeType = WEBM_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
  return mimeType ? { mimeType } : { reason: 'This browser cannot record WebM video.' };
}

/** Resolves after `ms`, or rejects at once when the export is cancelled. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * MediaRecorder stamps frames with the time they arrive, so frames are pushed at their
 * place in real time: recording takes as long as the animation plays.
 */
export function createWebmEncoder(
  canvas: HTMLCanvasElement,
  interval: number,
  mimeType: string,
): FrameEncoder {
  // The recorder watches its own canvas, so drawing the next frame cannot leak into this one.
  const recorded = document.createElement('canvas');
  recorded.width = canvas.width;
  recorded.height = canvas.height;
  const context = recorded.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  const stream = recorded.captureStream(0);
  const [track] = stream.getVideoTracks() as CanvasCaptureMediaStreamTrack[];
  if (!track) throw new Error('This browser cannot record a canvas as video.');
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 5_000_000 });
  let chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  let started: number | undefined;
  let pushed = 0;
  const stop = () => {
    if (recorder.state !== 'inactive') recorder.stop();
    track.stop();
  };
  return {
    async add(signal) {
      if (started === undefined) {
        recorder.start();
        started = performance.now();
      } else {
        await wait(started + pushed * interval - performance.now(), signal);
      }
      context.drawImage(canvas, 0, 0);
      track.requestFrame();
      pushed++;
    },
    async finish(signal) {
      // The last frame lasts one interval, like the others.
      await wait((started ?? 0) + pushed * interval - performance.now(), signal);
      const stopped = new Promise<void>((resolve) => {
        recorder.onstop = () => resolve();
      });
      stop();
      await stopped;
      return new Blob(chunks, { type: 'video/webm' });
    },
    abort() {
      recorder.ondataavailable = null;
      chunks = [];
      stop();
    },
  };
}

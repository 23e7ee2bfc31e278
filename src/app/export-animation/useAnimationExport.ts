// The export's lifecycle for the dialog: start, progress, cancel, and the finished file's
// object URL (revoked when replaced or when the dialog goes away).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThemeName } from '../../graph';
import type { Point, Timeline } from '../../model';
import { createGifEncoder, createWebmEncoder, webmSupport, type FrameEncoder } from './encoders';
import {
  animationFileName,
  FPS,
  transitionFor,
  type AnimationFormat,
  type FrameSize,
} from './exportOptions';
import { frameInterval, frameSchedule } from './frameSchedule';
import { createOffscreenPainter } from './offscreenPainter';
import { isAbort, renderAnimation, type FramePainter } from './renderAnimation';

export interface ExportSettings {
  readonly from: number;
  readonly to: number;
  readonly format: AnimationFormat;
  readonly size: FrameSize;
  readonly secondsPerEpisode: number;
  readonly theme: ThemeName;
}

export interface ExportSource {
  readonly slug: string;
  readonly timeline: Timeline;
  readonly positions: ReadonlyMap<string, Point>;
  readonly hiddenTypes: ReadonlySet<string>;
}

export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'rendering'; readonly done: number; readonly total: number }
  | {
      readonly phase: 'done';
      readonly url: string;
      readonly fileName: string;
      readonly format: AnimationFormat;
      readonly bytes: number;
    }
  | { readonly phase: 'failed'; readonly message: string };

/** Makes the frame canvas, painter and encoder for one export; tests pass fakes. */
export interface ExportFactory {
  canvas(settings: ExportSettings): HTMLCanvasElement;
  painter(source: ExportSource, settings: ExportSettings, canvas: HTMLCanvasElement): FramePainter;
  encoder(settings: ExportSettings, canvas: HTMLCanvasElement): FrameEncoder;
}

export const browserFactory: ExportFactory = {
  canvas({ size, format }) {
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    // The first request fixes the context's kind: GIF encoding reads every frame back.
    canvas.getContext('2d', { willReadFrequently: format === 'gif' });
    return canvas;
  },
  painter: (source, settings, canvas) =>
    createOffscreenPainter({
      timeline: source.timeline,
      positions: source.positions,
      theme: settings.theme,
      hiddenTypes: source.hiddenTypes,
      canvas,
      transition: transitionFor(settings.secondsPerEpisode),
      episodes: { from: settings.from, to: settings.to },
    }),
  encoder(settings, canvas) {
    const interval = frameInterval(FPS);
    if (settings.format === 'gif') return createGifEncoder(canvas, interval);
    const support = webmSupport();
    if (!('mimeType' in support)) throw new Error(support.reason);
    return createWebmEncoder(canvas, interval, support.mimeType);
  },
};

export function useAnimationExport(factory: ExportFactory = browserFactory) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const url = useRef<string | undefined>(undefined);

  const dropFile = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = undefined;
  }, []);
  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = undefined;
    setState({ phase: 'idle' });
  }, []);
  // Closing the dialog stops any export and frees the file.
  useEffect(
    () => () => {
      running.current?.abort();
      dropFile();
    },
    [dropFile],
  );

  const start = useCallback(
    async (source: ExportSource, settings: ExportSettings) => {
      running.current?.abort();
      dropFile();
      const controller = new AbortController();
      running.current = controller;
      const { timeline } = source;
      const frames = frameSchedule({
        from: settings.from,
        to: settings.to,
        secondsPerEpisode: settings.secondsPerEpisode,
        fps: FPS,
        transition: transitionFor(settings.secondsPerEpisode),
      });
      setState({ phase: 'rendering', done: 0, total: frames.length });
      try {
        const canvas = factory.canvas(settings);
        const painter = factory.painter(source, settings, canvas);
        let encoder: FrameEncoder;
        try {
          encoder = factory.encoder(settings, canvas);
        } catch (error) {
          painter.destroy();
          throw error;
        }
        const blob = await renderAnimation({
          frames,
          painter,
          encoder,
          signal: controller.signal,
          onProgress: (done, total) => {
            if (!controller.signal.aborted) setState({ phase: 'rendering', done, total });
          },
        });
        const episodes = timeline.dataset.episodes;
        url.current = URL.createObjectURL(blob);
        setState({
          phase: 'done',
          url: url.current,
          fileName: animationFileName(
            source.slug,
            episodes[settings.from]?.id ?? '',
            episodes[settings.to]?.id ?? '',
            settings.format,
          ),
          format: settings.format,
          bytes: blob.size,
        });
      } catch (error) {
        if (isAbort(error) || controller.signal.aborted) return;
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        if (running.current === controller) running.current = undefined;
      }
    },
    [factory, dropFile],
  );

  return { state, start, cancel };
}

// A fake painter and encoder for the export loop: they record what they were asked to do,
// and a paint can be held until the test lets it go.
import { vi, type Mock } from 'vitest';
import type { FrameEncoder } from '../../../src/app/export-animation/encoders';
import type { Frame } from '../../../src/app/export-animation/frameSchedule';
import type { FramePainter } from '../../../src/app/export-animation/renderAnimation';
import type { ExportFactory } from '../../../src/app/export-animation/useAnimationExport';

export interface FakeRun {
  readonly painted: Frame[];
  readonly added: number[];
  readonly painter: FramePainter & { destroy: Mock<() => void> };
  readonly encoder: FrameEncoder & {
    abort: Mock<() => void>;
    finish: Mock<(signal: AbortSignal) => Promise<Blob>>;
  };
  /** Paints from this frame index on wait until `release` is called (once). */
  holdFrom: number;
  release(): void;
}

export function fakeRun(): FakeRun {
  let released: () => void = () => {};
  const gate = new Promise<void>((resolve) => (released = resolve));
  const run: FakeRun = {
    painted: [],
    added: [],
    holdFrom: Infinity,
    release() {
      run.holdFrom = Infinity;
      released();
    },
    painter: {
      async paint(frame) {
        if (frame.index >= run.holdFrom) await gate;
        run.painted.push(frame);
      },
      destroy: vi.fn<() => void>(),
    },
    encoder: {
      async add() {
        run.added.push(run.painted.length);
      },
      finish: vi.fn<(signal: AbortSignal) => Promise<Blob>>(
        async () => new Blob(['GIF89a'], { type: 'image/gif' }),
      ),
      abort: vi.fn<() => void>(),
    },
  };
  return run;
}

export function fakeFactory(run: FakeRun): ExportFactory {
  return {
    canvas: () => document.createElement('canvas'),
    painter: () => run.painter,
    encoder: () => run.encoder,
  };
}

// The export loop with a fake renderer and encoder: every frame in order, progress after
// each, and Cancel stopping the encoder at once with nothing returned.
import { describe, expect, it, vi } from 'vitest';
import { frameSchedule } from '../../../src/app/export-animation/frameSchedule';
import { isAbort, renderAnimation } from '../../../src/app/export-animation/renderAnimation';
import { fakeRun } from './fakes';

const frames = frameSchedule({ from: 0, to: 2, secondsPerEpisode: 1, fps: 10, transition: 600 });
const immediate = () => Promise.resolve();

describe('renderAnimation', () => {
  it('paints and encodes every frame in order, reports progress, then finishes once', async () => {
    const run = fakeRun();
    const progress: [number, number][] = [];
    const nextTask = vi.fn(immediate);
    const file = await renderAnimation({
      frames,
      painter: run.painter,
      encoder: run.encoder,
      signal: new AbortController().signal,
      onProgress: (done, total) => progress.push([done, total]),
      nextTask,
    });
    expect(await file.text()).toBe('GIF89a');
    expect(run.painted.map((frame) => frame.index)).toEqual(frames.map((frame) => frame.index));
    // Each frame is encoded after it is painted, and before the next is painted.
    expect(run.added).toEqual(frames.map((_, index) => index + 1));
    expect(progress).toEqual(frames.map((_, index) => [index + 1, 30]));
    expect(nextTask).toHaveBeenCalledTimes(30);
    expect(run.encoder.finish).toHaveBeenCalledTimes(1);
    expect(run.encoder.abort).not.toHaveBeenCalled();
    expect(run.painter.destroy).toHaveBeenCalledTimes(1);
  });

  it('stops at the next frame when cancelled: the encoder is aborted and never finished', async () => {
    const run = fakeRun();
    const controller = new AbortController();
    const rendering = renderAnimation({
      frames,
      painter: run.painter,
      encoder: run.encoder,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
      },
      nextTask: immediate,
    });
    const error: unknown = await rendering.catch((caught: unknown) => caught);
    expect(isAbort(error)).toBe(true);
    expect(run.painted).toHaveLength(5);
    expect(run.added).toHaveLength(5);
    expect(run.encoder.abort).toHaveBeenCalledTimes(1);
    expect(run.encoder.finish).not.toHaveBeenCalled();
    expect(run.painter.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a paint in flight when cancelled (a hidden tab may hold it back)', async () => {
    const run = fakeRun();
    run.holdFrom = 3;
    const controller = new AbortController();
    const onProgress = vi.fn();
    const rendering = renderAnimation({
      frames,
      painter: run.painter,
      encoder: run.encoder,
      signal: controller.signal,
      onProgress,
      nextTask: immediate,
    });
    await vi.waitFor(() => expect(onProgress).toHaveBeenCalledTimes(3));
    controller.abort();
    await expect(rendering).rejects.toSatisfy(isAbort);
    expect(run.added).toHaveLength(3);
    expect(run.encoder.abort).toHaveBeenCalledTimes(1);
    expect(run.encoder.finish).not.toHaveBeenCalled();
    // The held paint ending later changes nothing.
    run.release();
    await Promise.resolve();
    expect(run.added).toHaveLength(3);
  });

  it('lets an encoder failure through, after aborting the encoder and destroying the view', async () => {
    const run = fakeRun();
    run.encoder.finish.mockRejectedValueOnce(new Error('disk full'));
    await expect(
      renderAnimation({
        frames,
        painter: run.painter,
        encoder: run.encoder,
        signal: new AbortController().signal,
        nextTask: immediate,
      }),
    ).rejects.toThrow('disk full');
    expect(run.encoder.abort).toHaveBeenCalledTimes(1);
    expect(run.painter.destroy).toHaveBeenCalledTimes(1);
  });
});

// A stand-in for mount(): records the options each widget was started with, draws nothing.
import { vi } from 'vitest';
import type { EmbedHandle } from '../../src/embed/mount';
import type { EmbedOptions } from '../../src/model';

export function fakeHandle(): EmbedHandle {
  return {
    ready: Promise.resolve(),
    episode: undefined,
    inspector: undefined,
    setEpisode: vi.fn(),
    play: vi.fn(),
    pause: vi.fn(),
    setVisible: vi.fn(),
    destroy: vi.fn(),
  };
}

/** The options of every mount() call so far. */
export const mountedOptions = (mount: unknown): EmbedOptions[] =>
  vi
    .mocked(mount as (root: unknown, options: EmbedOptions) => EmbedHandle)
    .mock.calls.map(([, options]) => options);

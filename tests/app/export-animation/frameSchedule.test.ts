// The frame schedule: how many frames a range takes, in which order, and at which instant of
// each episode's transition.
import { describe, expect, it } from 'vitest';
import {
  frameCount,
  frameInterval,
  frameSchedule,
  framesPerEpisode,
} from '../../../src/app/export-animation/frameSchedule';

const base = { from: 0, to: 2, secondsPerEpisode: 1.5, fps: 10, transition: 800 };

describe('frameSchedule', () => {
  it('gives each episode seconds × fps frames, episodes in order', () => {
    const frames = frameSchedule(base);
    expect(frames).toHaveLength(45);
    expect(frameCount(base)).toBe(45);
    expect(frames.map((frame) => frame.index)).toEqual([...Array(45).keys()]);
    const episodes = frames.map((frame) => frame.episode);
    expect(episodes.filter((episode) => episode === 0)).toHaveLength(15);
    expect(episodes.filter((episode) => episode === 2)).toHaveLength(15);
    expect(episodes).toEqual([...episodes].sort((a, b) => a - b));
  });

  it('enters each episode once, on its first frame, and counts time from there', () => {
    const frames = frameSchedule({ ...base, from: 3, to: 4, secondsPerEpisode: 0.5 });
    expect(frames.filter((frame) => frame.enters).map((frame) => frame.index)).toEqual([0, 5]);
    expect(frames.slice(0, 5).map((frame) => frame.time)).toEqual([100, 200, 300, 400, 500]);
    expect(frames[5]).toMatchObject({ episode: 4, enters: true, time: 100 });
  });

  it('shows the first episode whole, and animates into each later one', () => {
    const frames = frameSchedule(base);
    const entries = frames.filter((frame) => frame.enters);
    expect(entries.map((frame) => [frame.episode, frame.animate])).toEqual([
      [0, false],
      [1, true],
      [2, true],
    ]);
    expect(frames.slice(0, 15).every((frame) => frame.progress === 1)).toBe(true);
  });

  it('shows the transition’s progress, reaching 1 once the transition is over', () => {
    const frames = frameSchedule(base).slice(15, 30);
    expect(frames[0]?.progress).toBeCloseTo(100 / 800);
    expect(frames[3]?.progress).toBeCloseTo(400 / 800);
    expect(frames.slice(7).every((frame) => frame.progress === 1)).toBe(true);
    expect(frames.every((frame) => frame.episode === 1 && frame.animate)).toBe(true);
    const instant = frameSchedule({ ...base, transition: 0 });
    expect(instant.every((frame) => frame.progress === 1)).toBe(true);
  });

  it('exports a single episode when from equals to', () => {
    const frames = frameSchedule({ ...base, from: 4, to: 4, secondsPerEpisode: 2 });
    expect(frames).toHaveLength(20);
    expect(new Set(frames.map((frame) => frame.episode))).toEqual(new Set([4]));
  });

  it('rounds to whole frames and keeps at least one per episode', () => {
    expect(framesPerEpisode(1.5, 12)).toBe(18);
    expect(framesPerEpisode(0.04, 10)).toBe(1);
    expect(frameCount({ ...base, secondsPerEpisode: 0.01 })).toBe(3);
    expect(frameInterval(10)).toBe(100);
  });

  it('refuses backward ranges, negative episodes and non-positive pace', () => {
    expect(() => frameSchedule({ ...base, from: 3, to: 1 })).toThrow(/backwards/);
    expect(() => frameCount({ ...base, from: 3, to: 1 })).toThrow(RangeError);
    expect(() => frameSchedule({ ...base, from: -1 })).toThrow(RangeError);
    expect(() => frameSchedule({ ...base, from: 0.5 })).toThrow(RangeError);
    expect(() => frameSchedule({ ...base, fps: 0 })).toThrow(RangeError);
    expect(() => frameSchedule({ ...base, secondsPerEpisode: Number.NaN })).toThrow(RangeError);
  });
});

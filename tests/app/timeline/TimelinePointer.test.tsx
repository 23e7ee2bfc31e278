// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Harness, now, setUpTimelineTests, slider } from './harness';

setUpTimelineTests();

describe('Timeline track pointer', () => {
  const LEFT = 100;
  function trackOf() {
    const track = slider().parentElement as HTMLElement;
    track.getBoundingClientRect = () => new DOMRect(LEFT, 0, 600, 80);
    return track;
  }
  const at = (offset: number, extra: PointerEventInit = {}) => ({
    clientX: LEFT + offset,
    pointerId: 1,
    pointerType: 'mouse',
    button: 0,
    ...extra,
  });

  it('jumps to the nearest episode on a click and focuses the slider', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const track = trackOf();
    fireEvent.pointerDown(track, at(240));
    fireEvent.pointerUp(track, at(240));
    expect(onChange.mock.calls).toEqual([[4]]);
    expect(now()).toBe(5);
    expect(slider()).toHaveFocus();
    fireEvent.pointerDown(track, at(599, { pointerType: 'touch' }));
    fireEvent.pointerUp(track, at(599, { pointerType: 'touch' }));
    expect(now()).toBe(10);
    fireEvent.pointerDown(track, at(0));
    expect(now()).toBe(1);
  });

  it('ignores a secondary mouse button', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.pointerDown(trackOf(), at(400, { button: 2 }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('drags with pointer capture, one onChange per frame, only on a new episode', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const track = trackOf();
    const capture = vi.fn();
    track.setPointerCapture = capture;
    fireEvent.pointerDown(track, at(10));
    expect(capture).toHaveBeenCalledWith(1);
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.pointerMove(track, at(130));
    fireEvent.pointerMove(track, at(250));
    fireEvent.pointerMove(track, at(370));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersToNextFrame());
    expect(onChange.mock.calls).toEqual([[6]]);

    fireEvent.pointerMove(track, at(375));
    act(() => vi.advanceTimersToNextFrame());
    expect(onChange).toHaveBeenCalledTimes(1);

    // Letting go delivers the last position at once, and later moves are not a drag.
    fireEvent.pointerMove(track, at(500));
    fireEvent.pointerUp(track, at(500));
    expect(onChange.mock.calls).toEqual([[6], [8]]);
    fireEvent.pointerMove(track, at(130));
    act(() => vi.advanceTimersToNextFrame());
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(now()).toBe(9);
  });

  it('holds playback while the handle is dragged, then plays on from the drop', () => {
    vi.useFakeTimers();
    render(<Harness />);
    const track = trackOf();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.pointerDown(track, at(250));
    expect(now()).toBe(5);
    act(() => vi.advanceTimersByTime(6000));
    expect(now()).toBe(5);
    fireEvent.pointerUp(track, at(250));
    act(() => vi.advanceTimersByTime(1500));
    expect(now()).toBe(6);
  });
});

describe('Timeline width', () => {
  function observeWidth(width: number) {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: ResizeObserverCallback) {}
        observe(target: Element) {
          const entry = { target, contentRect: new DOMRect(0, 0, width, 80) };
          this.callback([entry as unknown as ResizeObserverEntry], this as never);
        }
        disconnect() {}
        unobserve() {}
      },
    );
  }
  const labelXs = (container: HTMLElement) =>
    [...container.querySelectorAll('.timeline-label')].map((label) =>
      Number(label.getAttribute('x')),
    );

  it('thins labels on a narrow track but keeps a mark per episode', () => {
    observeWidth(1600);
    const wide = render(<Harness />);
    expect(labelXs(wide.container)).toHaveLength(10);
    cleanup();

    observeWidth(320);
    const { container } = render(<Harness />);
    const xs = labelXs(container);
    expect(xs.length).toBeGreaterThan(1);
    expect(xs.length).toBeLessThan(10);
    expect(container.querySelectorAll('.timeline-tick')).toHaveLength(10);
    // "S1E10" is about 43 px wide at 11 px; neighbours must not overlap.
    for (let i = 1; i < xs.length; i++)
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(43);
  });
});

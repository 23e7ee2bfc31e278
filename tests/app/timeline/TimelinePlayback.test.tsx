// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Harness, button, now, press, setUpTimelineTests } from './harness';

setUpTimelineTests();

describe('Timeline playback', () => {
  it('advances one episode per 1.5 s at 1× and stops at max', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<Harness max={3} onChange={onChange} />);
    fireEvent.click(button('Play'));
    expect(button('Pause')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1499));
    expect(now()).toBe(1);
    act(() => vi.advanceTimersByTime(1));
    expect(now()).toBe(2);
    // Each tick re-arms the timer after React commits, so time passes one interval per act.
    for (let tick = 0; tick < 10; tick++) act(() => vi.advanceTimersByTime(1500));
    expect(now()).toBe(4);
    expect(onChange.mock.calls).toEqual([[1], [2], [3]]);
    expect(button('Play')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('restarts from the first episode when Play is pressed at the end', () => {
    vi.useFakeTimers();
    render(<Harness max={3} initial={3} />);
    fireEvent.click(button('Play'));
    expect(now()).toBe(1);
    act(() => vi.advanceTimersByTime(1500));
    expect(now()).toBe(2);
  });

  it('toggles with Space on the slider', () => {
    vi.useFakeTimers();
    render(<Harness />);
    expect(press(' ')).toBe(false);
    expect(button('Pause')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1500));
    expect(now()).toBe(2);
    press(' ');
    expect(button('Play')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(6000));
    expect(now()).toBe(2);
  });

  it('changes the interval with the Speed choice', () => {
    vi.useFakeTimers();
    render(<Harness />);
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(
      within(speed)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['0.5×', '1×', '2×']);
    fireEvent.change(speed, { target: { value: '2' } });
    fireEvent.click(button('Play'));
    act(() => vi.advanceTimersByTime(750));
    expect(now()).toBe(2);
    fireEvent.change(speed, { target: { value: '0.5' } });
    act(() => vi.advanceTimersByTime(2999));
    expect(now()).toBe(2);
    act(() => vi.advanceTimersByTime(1));
    expect(now()).toBe(3);
  });

  it('keeps playing from where the user steps, a full interval later', () => {
    vi.useFakeTimers();
    render(<Harness />);
    fireEvent.click(button('Play'));
    act(() => vi.advanceTimersByTime(1000));
    press('PageUp');
    expect(now()).toBe(4);
    act(() => vi.advanceTimersByTime(1499));
    expect(now()).toBe(4);
    act(() => vi.advanceTimersByTime(1));
    expect(now()).toBe(5);
    press('End');
    expect(button('Play')).toBeInTheDocument();
  });

  it('stops its timer on unmount', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const { unmount } = render(<Harness onChange={onChange} />);
    fireEvent.click(button('Play'));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    act(() => vi.advanceTimersByTime(5000));
    expect(onChange).not.toHaveBeenCalled();
  });
});

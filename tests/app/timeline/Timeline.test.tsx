// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../src/app/timeline/Timeline';
import {
  COUNTS,
  Harness,
  TEN,
  TWO_SEASONS,
  button,
  now,
  press,
  setUpTimelineTests,
  slider,
} from './harness';

setUpTimelineTests();

describe('Timeline slider', () => {
  it('exposes its range, value and a readable value text', () => {
    render(<Harness initial={2} />);
    expect(slider()).toHaveAttribute('tabindex', '0');
    expect(slider()).toHaveAttribute('aria-valuemin', '1');
    expect(slider()).toHaveAttribute('aria-valuemax', '10');
    expect(slider()).toHaveAttribute('aria-valuenow', '3');
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      'S1E3 “The Third” — episode 3 of 10 — 4 changes',
    );
    press('ArrowRight');
    expect(slider()).toHaveAttribute('aria-valuetext', 'S1E4 — episode 4 of 10 — 1 change');
    press('Home');
    press('ArrowRight');
    expect(slider()).toHaveAttribute('aria-valuetext', 'S1E2 — episode 2 of 10 — no changes');
  });

  it('moves with every navigation key and prevents their default', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['ArrowUp', 3],
      ['ArrowLeft', 2],
      ['ArrowDown', 1],
      ['PageUp', 4],
      ['PageUp', 7],
      ['PageDown', 4],
      ['End', 10],
      ['Home', 1],
    ];
    for (const [key, expected] of steps) {
      expect(press(key), `${key} default`).toBe(false);
      expect(now(), key).toBe(expected);
    }
    expect(onChange.mock.calls.map(([position]) => position)).toEqual([1, 2, 1, 0, 3, 6, 3, 9, 0]);
    expect(press('a')).toBe(true);
    expect(press('Tab')).toBe(true);
  });

  it('clamps at the first episode and at max without calling onChange', () => {
    const onChange = vi.fn();
    render(<Harness max={4} onChange={onChange} />);
    for (const key of ['ArrowLeft', 'ArrowDown', 'PageDown', 'Home']) press(key);
    expect(now()).toBe(1);
    expect(onChange).not.toHaveBeenCalled();

    press('End');
    expect(now()).toBe(5);
    for (const key of ['ArrowRight', 'ArrowUp', 'PageUp', 'End']) press(key);
    expect(now()).toBe(5);
    expect(onChange.mock.calls).toEqual([[4]]);
  });

  it('shows a value beyond max as max', () => {
    render(<Timeline episodes={TEN} value={8} max={4} changeCounts={COUNTS} onChange={vi.fn()} />);
    expect(now()).toBe(5);
    expect(slider().getAttribute('aria-valuetext')).toContain('S1E5');
  });
});

describe('Timeline spoiler guard', () => {
  it('renders nothing past max: no marks, labels, titles, bars or aria text', () => {
    const counts = [2, 0, 4, 1, 3, 50, 0, 2, 1, 70];
    const { container } = render(<Harness max={4} counts={counts} initial={4} />);
    expect(slider()).toHaveAttribute('aria-valuemax', '5');
    expect(slider().getAttribute('aria-valuetext')).toContain('of 5');
    expect(screen.getByText('S1E5', { selector: 'text' })).toBeInTheDocument();
    const html = container.innerHTML;
    for (const hidden of ['S1E6', 'S1E7', 'S1E10', 'Secret Sixth'])
      expect(html, hidden).not.toContain(hidden);
    expect(container.querySelectorAll('.timeline-tick')).toHaveLength(5);
    // Bars are scaled by the visible counts only, or a later spike would show as short bars.
    const heights = [...container.querySelectorAll('.timeline-bar')].map((bar) =>
      Number(bar.getAttribute('height')),
    );
    expect(heights).toHaveLength(4);
    expect(Math.max(...heights)).toBe(20);
  });

  it('marks an episode no source covers with an empty frame and says so in the readout', () => {
    const episodes = TEN.map((episode) =>
      episode.position === 5 ? { ...episode, uncovered: true } : episode,
    );
    const { container } = render(
      <Harness episodes={episodes} counts={COUNTS.map((c, i) => (i === 5 ? 0 : c))} initial={5} />,
    );
    const gaps = container.querySelectorAll('.timeline-episode .timeline-gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.closest('.timeline-episode')).toHaveClass('is-current');
    expect(container.querySelector('.timeline-readout')).toHaveTextContent(
      'S1E6 “Secret Sixth” · no source covers it',
    );
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(container.querySelector('.timeline-readout')).not.toHaveTextContent('no source');
  });

  it('keeps the drawing out of the accessibility tree', () => {
    const { container } = render(<Harness />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('Timeline buttons', () => {
  it('steps with Previous and Next, disabled at the ends', () => {
    render(<Harness max={2} />);
    expect(button('Previous episode')).toBeDisabled();
    fireEvent.click(button('Next episode'));
    expect(now()).toBe(2);
    expect(button('Previous episode')).toBeEnabled();
    fireEvent.click(button('Next episode'));
    expect(now()).toBe(3);
    expect(button('Next episode')).toBeDisabled();
    fireEvent.click(button('Previous episode'));
    expect(now()).toBe(2);
  });
});

describe('Timeline seasons', () => {
  it('marks where a new season starts', () => {
    const { container } = render(<Harness episodes={TWO_SEASONS} />);
    expect(screen.getByText('Season 1')).toBeInTheDocument();
    expect(screen.getByText('Season 2')).toBeInTheDocument();
    expect(container.querySelectorAll('.timeline-season-divider')).toHaveLength(1);
  });

  it('draws no season marks for one season, or for a season past max', () => {
    render(<Harness />);
    expect(screen.queryByText(/Season/)).toBeNull();
    cleanup();
    const { container } = render(<Harness episodes={TWO_SEASONS} max={4} />);
    expect(screen.queryByText(/Season/)).toBeNull();
    expect(container.querySelector('.timeline-season-divider')).toBeNull();
  });
});

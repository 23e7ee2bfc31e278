// The widget's controls without a framework: a stepper, and for 'timeline' a native range
// slider (keyboard and screen-reader support come with it) plus play/pause.
import type { EmbedControls, Episode } from '../model';
import { episodeText, type ViewFrame } from '../viewer';
import { h } from './dom';

export interface ControlsView {
  readonly element: HTMLElement;
  update(frame: ViewFrame): void;
}

export interface ControlsHandlers {
  onStep(delta: number): void;
  onSeek(position: number): void;
  onTogglePlay(): void;
}

export function createControls(
  kind: EmbedControls,
  episodes: readonly Episode[],
  handlers: ControlsHandlers,
): ControlsView | undefined {
  if (kind === 'none') return undefined;
  const previous = h(
    'button',
    { type: 'button', class: 'pw-button', 'aria-label': 'Previous episode' },
    '◀',
  );
  const next = h(
    'button',
    { type: 'button', class: 'pw-button', 'aria-label': 'Next episode' },
    '▶',
  );
  const label = h('span', { class: 'pw-current', 'aria-live': 'polite' });
  previous.addEventListener('click', () => handlers.onStep(-1));
  next.addEventListener('click', () => handlers.onStep(1));

  let range: HTMLInputElement | undefined;
  let play: HTMLButtonElement | undefined;
  if (kind === 'timeline') {
    range = h('input', {
      type: 'range',
      class: 'pw-range',
      min: 1,
      step: 1,
      'aria-label': 'Episode',
    });
    play = h('button', { type: 'button', class: 'pw-button pw-play' }, 'Play');
    // One seek per frame while dragging, with the latest value.
    let frame: number | undefined;
    range.addEventListener('input', () => {
      if (frame !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        if (range) handlers.onSeek(Number(range.value) - 1);
      });
    });
    play.addEventListener('click', () => handlers.onTogglePlay());
  }

  const element = h(
    'div',
    { class: `pw-controls pw-controls--${kind}` },
    previous,
    play,
    range,
    next,
    label,
  );
  return {
    element,
    update({ state, announcement }) {
      const { episode: position, cap, playing } = state;
      previous.disabled = position <= 0;
      next.disabled = position >= cap;
      label.textContent = episodeText(episodes[position]);
      if (range) {
        range.max = String(cap + 1);
        range.value = String(position + 1);
        range.setAttribute('aria-valuetext', announcement);
      }
      if (play) {
        play.textContent = playing ? 'Pause' : 'Play';
        play.disabled = cap === 0;
      }
    },
  };
}

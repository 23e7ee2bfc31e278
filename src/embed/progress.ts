// The widget's progress box for a big or unbaked show: the step, a bar and Cancel. Loaded
// with the parse and layout workers, so small shows never download it.
import { h } from './dom';
import type { ReadStage } from './readShow';

export type ProgressStage = ReadStage | 'layout';

const STAGES: Record<ProgressStage, { text: string; at: number }> = {
  read: { text: 'Reading the data', at: 0.1 },
  check: { text: 'Checking the data', at: 0.4 },
  prepare: { text: 'Preparing the graph', at: 0.6 },
  layout: { text: 'Placing the characters', at: 0.7 },
};
const ORDER: readonly ProgressStage[] = ['read', 'check', 'prepare', 'layout'];

/**
 * Shows `stage` in the box (`share` of the way through it), building the box on first use;
 * `onCancel` runs when the reader presses Cancel.
 */
export function showProgress(
  box: HTMLElement,
  stage: ProgressStage,
  share: number,
  onCancel: () => void,
) {
  const { text, at } = STAGES[stage];
  const following = ORDER[ORDER.indexOf(stage) + 1];
  const next = following ? STAGES[following].at : 1;
  let bar = box.querySelector('progress');
  if (!bar || box.dataset.kind !== 'progress') {
    bar = h('progress', { class: 'pw-progress', max: '1', 'aria-label': 'Loading' });
    const cancel = h('button', { type: 'button', class: 'pw-button pw-retry' }, 'Cancel');
    cancel.addEventListener('click', onCancel);
    box.hidden = false;
    box.dataset.kind = 'progress';
    box.setAttribute('role', 'status');
    box.replaceChildren(h('strong', {}, 'Loading the graph…'), h('span', {}), bar, cancel);
  }
  bar.value = at + (next - at) * share;
  const label = box.querySelector('span');
  if (label) label.textContent = `${text}…`;
}

// @vitest-environment jsdom
// The Export animation dialog as a user meets it: the toolbar button, the labelled choices
// (never past the spoiler cap), Start with a progress bar, Cancel, and the download.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportAnimationDialog } from '../../../src/app/export-animation/ExportAnimationDialog';
import { computeLayout } from '../../../src/model/layout';
import { episodeAt, shippedTimeline } from '../panels/helpers';
import { fakeFactory, fakeRun, type FakeRun } from './fakes';

const timeline = shippedTimeline();
const positions = computeLayout(timeline.dataset);
const SLUG = 'tiny-pretty-things-s1';

beforeEach(() => {
  // jsdom has no object URLs.
  Object.assign(URL, {
    createObjectURL: vi.fn(() => 'blob:export'),
    revokeObjectURL: vi.fn(),
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderDialog({ cap = 'S1E10', episode = 'S1E3', run = fakeRun() } = {}) {
  render(
    <ExportAnimationDialog
      slug={SLUG}
      timeline={timeline}
      positions={positions}
      theme="dark"
      cap={episodeAt(timeline, cap)}
      episode={episodeAt(timeline, episode)}
      hiddenTypes={new Set()}
      factory={fakeFactory(run)}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Export animation' }));
  return screen.getByRole('dialog', { name: 'Export animation' });
}

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);
const progressLabel = (dialog: HTMLElement) =>
  within(dialog).getByRole('progressbar').getAttribute('aria-label');

/** The shipped show's first four episodes, as the pickers name them (id and title). */
const FIRST_FOUR = [
  'S1E1 — Corps',
  'S1E2 — Range of Motion',
  'S1E3 — Class Act',
  'S1E4 — Dance Dance Revolution',
];

describe('ExportAnimationDialog: choices', () => {
  it('offers only episodes up to the spoiler cap, in From and To', () => {
    const dialog = renderDialog({ cap: 'S1E4', episode: 'S1E2' });
    expect(optionNames(within(dialog).getByLabelText('From'))).toEqual(FIRST_FOUR);
    expect(optionNames(within(dialog).getByLabelText('To'))).toEqual(FIRST_FOUR);
    expect(within(dialog).queryByRole('option', { name: /^S1E5\b/ })).toBeNull();
    expect(within(dialog).queryByRole('option', { name: /^S1E10\b/ })).toBeNull();
  });

  it('starts at the first episode, ends at the one on screen, and never runs backwards', () => {
    const dialog = renderDialog({ episode: 'S1E3' });
    const from = within(dialog).getByLabelText('From');
    const to = within(dialog).getByLabelText('To');
    expect(from).toHaveDisplayValue('S1E1 — Corps');
    expect(to).toHaveDisplayValue('S1E3 — Class Act');
    fireEvent.change(from, { target: { value: String(episodeAt(timeline, 'S1E5')) } });
    expect(to).toHaveDisplayValue('S1E5 — Split Sole');
    expect(optionNames(to)[0]).toBe('S1E5 — Split Sole');
  });

  it('labels format, size, pace and theme; WebM is off with the reason where it cannot record', () => {
    const dialog = renderDialog();
    expect(within(dialog).getByRole('radio', { name: 'Animated GIF' })).toBeChecked();
    const webm = within(dialog).getByRole('radio', { name: 'WebM video' });
    // jsdom has no MediaRecorder.
    expect(webm).toBeDisabled();
    expect(webm).toHaveAccessibleDescription(/WebM is not available: .*MediaRecorder/);
    expect(optionNames(within(dialog).getByLabelText('Size'))).toEqual([
      '640 × 360',
      '960 × 540',
      '1280 × 720',
    ]);
    expect(within(dialog).getByLabelText('Seconds per episode')).toHaveDisplayValue('1.5 s');
    expect(optionNames(within(dialog).getByLabelText('Theme'))).toEqual([
      'Light',
      'Dark (current)',
    ]);
    expect(within(dialog).getByLabelText('Theme')).toHaveDisplayValue('Dark (current)');
    expect(progressLabel(dialog)).toBe('Not started: 45 frames');
  });
});

describe('ExportAnimationDialog: rendering', () => {
  async function startHeld(run: FakeRun, dialog: HTMLElement, heldAt: number) {
    run.holdFrom = heldAt;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start' }));
    await vi.waitFor(() => expect(progressLabel(dialog)).toBe(`Rendering frame ${heldAt} of 45`));
  }

  it('shows progress, then offers the file named after the show and range, with a preview', async () => {
    const run = fakeRun();
    const dialog = renderDialog({ run });
    await startHeld(run, dialog, 10);
    expect(within(dialog).getByRole('button', { name: 'Start' })).toBeDisabled();
    expect(within(dialog).getByLabelText('From')).toBeDisabled();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('value', '10');
    await act(async () => run.release());
    const link = await within(dialog).findByRole('link', {
      name: 'Download tiny-pretty-things-s1-S1E1-S1E3.gif',
    });
    expect(link).toHaveAttribute('download', 'tiny-pretty-things-s1-S1E1-S1E3.gif');
    expect(link).toHaveAttribute('href', 'blob:export');
    expect(within(dialog).getByRole('img', { name: /Preview/ })).toHaveAttribute(
      'src',
      'blob:export',
    );
    expect(run.painted).toHaveLength(45);
    expect(progressLabel(dialog)).toBe('Done: 45 frames');
  });

  it('Cancel stops the encoder at once, offers no download and resets the progress', async () => {
    const run = fakeRun();
    const dialog = renderDialog({ run });
    await startHeld(run, dialog, 7);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(run.encoder.abort).toHaveBeenCalledTimes(1));
    expect(run.encoder.finish).not.toHaveBeenCalled();
    expect(run.painter.destroy).toHaveBeenCalledTimes(1);
    expect(progressLabel(dialog)).toBe('Not started: 45 frames');
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('value', '0');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await act(async () => run.release());
    expect(within(dialog).queryByRole('link', { name: /Download/ })).toBeNull();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
    expect(run.added).toHaveLength(7);
  });

  it('closing the dialog mid-export cancels it', async () => {
    const run = fakeRun();
    const dialog = renderDialog({ run });
    await startHeld(run, dialog, 3);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await vi.waitFor(() => expect(run.encoder.abort).toHaveBeenCalledTimes(1));
    expect(run.encoder.finish).not.toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
// The Embed dialog as a user meets it: the toolbar button, the labelled choices, the code
// for the current view, the live preview and the Copy button.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedDialog } from '../../../src/app/embed-dialog/EmbedDialog';
import { DEFAULT_CHOICES, snippetOptions } from '../../../src/app/embed-dialog/snippetOptions';
import type { ViewState } from '../../../src/app/viewState';
import { embedSnippet } from '../../../src/model';
import { DATA_FILE, SLUG, shippedTimeline, viewAt } from './helpers';

const timeline = shippedTimeline();
const atS1E4 = viewAt(timeline, 'S1E4', { hidden: ['suspect'] });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderDialog(state: ViewState = atS1E4) {
  return render(<EmbedDialog slug={SLUG} dataFile={DATA_FILE} timeline={timeline} state={state} />);
}

/** Opens the dialog with the toolbar button and returns it. */
function openDialog() {
  fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
  return screen.getByRole('dialog', { name: 'Embed this graph' });
}

const code = (dialog: HTMLElement) =>
  (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
const preview = (dialog: HTMLElement) => within(dialog).getByTitle('Preview') as HTMLIFrameElement;
const choose = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('EmbedDialog: opening and closing', () => {
  it('opens a dialog labelled by its heading, and Close returns focus to the Embed button', () => {
    renderDialog();
    expect(screen.queryByRole('dialog')).toBeNull();
    const dialog = openDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: 'Embed this graph' })).toBeVisible();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus();
  });

  it('uses showModal where the browser has it, and closes on the dialog’s close event (Escape)', () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    Object.defineProperty(HTMLDialogElement.prototype, 'showModal', {
      value: showModal,
      configurable: true,
    });
    try {
      renderDialog();
      const dialog = openDialog();
      expect(showModal).toHaveBeenCalledTimes(1);
      // A browser fires "close" after Escape (via "cancel") or dialog.close().
      dialog.removeAttribute('open');
      fireEvent(dialog, new Event('close'));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus();
    } finally {
      Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
    }
  });

  it('loads the preview only while the dialog is open', () => {
    renderDialog();
    expect(document.querySelector('iframe')).toBeNull();
    const dialog = openDialog();
    expect(preview(dialog).getAttribute('src')).toContain('embed.html?show=tiny-pretty-things-s1');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('labels every choice', () => {
    renderDialog();
    const dialog = openDialog();
    const kind = within(dialog).getByRole('group', { name: 'Kind' });
    expect(within(kind).getByRole('radio', { name: 'Inline frame (iframe)' })).toBeChecked();
    expect(
      within(kind).getByRole('radio', { name: 'Script and custom element' }),
    ).not.toBeChecked();
    expect(optionNames(within(dialog).getByLabelText('Theme'))).toEqual([
      'Match the reader’s system',
      'Light',
      'Dark',
    ]);
    expect(optionNames(within(dialog).getByLabelText('Controls'))).toEqual([
      'Full timeline',
      'Previous and next only',
      'None',
    ]);
    expect(within(dialog).getByLabelText('Height')).toHaveValue(480);
    expect(within(dialog).getByLabelText('Embed code')).toHaveAttribute('readonly');
  });
});

describe('EmbedDialog: the code', () => {
  const siteUrl = () => new URL('./', window.location.href).href;

  it('gives the iframe code for the current view by default', () => {
    renderDialog();
    const dialog = openDialog();
    const value = code(dialog);
    expect(value).toBe(
      embedSnippet(
        snippetOptions(
          { slug: SLUG, dataFile: DATA_FILE, siteUrl: siteUrl(), timeline, state: atS1E4 },
          DEFAULT_CHOICES,
        ),
      ),
    );
    expect(value).toMatch(/^<iframe /);
    expect(value).toContain(`src="${siteUrl()}embed.html?show=tiny-pretty-things-s1&amp;ep=S1E4`);
    expect(value).toContain('&amp;cap=S1E4');
    expect(value).toContain('&amp;types=affair%2Cabuse%2Csibling%2Cattacked%2C');
    expect(value).not.toContain('suspect');
    expect(value).toContain('height="480"');
  });

  it('gives the script and custom element code, with the fallback list escaped', () => {
    renderDialog();
    const dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Script and custom element' }));
    const value = code(dialog);
    expect(value).toContain(`<script type="module" src="${siteUrl()}embed/plotweb.js"></script>`);
    expect(value).toContain('<plotweb-graph');
    expect(value).toContain(`src="${siteUrl()}data/tiny-pretty-things-s1.json"`);
    expect(value).toContain('episode="S1E4"');
    expect(value).toContain('max-episode="S1E4"');
    expect(value).toContain('types="affair,abuse,sibling,attacked,');
    expect(value).not.toContain('suspect');
    expect(value).toMatch(/<ul>\n(\s*<li>.*<\/li>\n)+\s*<\/ul>/);
    expect(value).toContain('<li>June&#39;s mother — Parent → June Park</li>');
    expect(value).not.toContain("June's");
  });

  it('updates the code and the preview as theme, controls, height and spoiler limit change', () => {
    renderDialog(viewAt(timeline, 'S1E4', { hidden: ['suspect'], cap: 'S1E6' }));
    const dialog = openDialog();
    const src = () => preview(dialog).getAttribute('src') ?? '';
    expect(src()).toContain('cap=S1E4');
    expect(src()).not.toMatch(/theme=|controls=|height=/);

    choose(dialog, 'Theme', 'dark');
    expect(code(dialog)).toContain('&amp;theme=dark');
    expect(src()).toContain('&theme=dark');

    choose(dialog, 'Controls', 'stepper');
    expect(code(dialog)).toContain('&amp;controls=stepper');
    expect(src()).toContain('&controls=stepper');

    choose(dialog, 'Height', '720');
    expect(code(dialog)).toContain('height="720"');
    expect(src()).toContain('&height=720');
    expect(preview(dialog)).toHaveAttribute('height', '720');

    const cap = within(dialog).getByLabelText('Spoiler limit');
    expect(optionNames(cap)).toEqual([
      'Up to the current episode',
      'Up to the episode the viewer set',
    ]);
    choose(dialog, 'Spoiler limit', 'viewer');
    expect(code(dialog)).toContain('&amp;cap=S1E6');
    expect(src()).toContain('&cap=S1E6');
    expect(within(dialog).getByText('Readers can step up to S1E6 and no further.')).toBeVisible();

    choose(dialog, 'Spoiler limit', 'current');
    expect(code(dialog)).toContain('&amp;cap=S1E4');
    expect(src()).toContain('&cap=S1E4');

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Script and custom element' }));
    expect(code(dialog)).toMatch(
      /<plotweb-graph [^>]*controls="stepper" theme="dark" height="720" types="[^"]+"/,
    );
    expect(code(dialog)).toContain('max-episode="S1E4"');
  });

  it('offers no "viewer set" limit when the viewer set none', () => {
    renderDialog();
    const dialog = openDialog();
    expect(optionNames(within(dialog).getByLabelText('Spoiler limit'))).toEqual([
      'Up to the current episode',
      'No limit',
    ]);
  });

  it('keeps the height within 240–1600 and shows the value used when the field is left', () => {
    renderDialog();
    const dialog = openDialog();
    const height = within(dialog).getByLabelText('Height');
    choose(dialog, 'Height', '5000');
    expect(code(dialog)).toContain('height="1600"');
    expect(preview(dialog)).toHaveAttribute('height', '1600');
    fireEvent.blur(height);
    expect(height).toHaveValue(1600);
    choose(dialog, 'Height', '90');
    fireEvent.blur(height);
    expect(height).toHaveValue(240);
    expect(code(dialog)).toContain('height="240"');
  });
});

describe('EmbedDialog: Copy', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('copies the code and announces "Copied"', async () => {
    renderDialog();
    const dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Script and custom element' }));
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(status).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(code(dialog));
    expect(writeText.mock.calls[0]?.[0]).toContain('<plotweb-graph');

    // A new choice makes new code: the old "Copied" no longer holds.
    choose(dialog, 'Theme', 'light');
    expect(status).toHaveTextContent('');
  });

  it('falls back to selecting the text and execCommand("copy")', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      renderDialog();
      const dialog = openDialog();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
      await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('Copied'));
      expect(execCommand).toHaveBeenCalledWith('copy');
      const textarea = within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement;
      expect(textarea).toHaveFocus();
      expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([0, textarea.value.length]);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('asks the reader to copy by hand when neither way works', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    renderDialog();
    const dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('Select the code and copy it'),
    );
  });
});

// @vitest-environment jsdom
// The wiring: the explorer's toolbar has an Embed button next to Download PNG, and its
// dialog reproduces the explorer's view (episode, hidden types, data file).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Explorer } from '../../../src/app/Explorer';
import { parseUrlState } from '../../../src/app/urlState';
import { SLUG, shippedTimeline } from './helpers';

// Not the slug's name, so the test sees that the catalogue's file name reaches the code.
const DATA_FILE = 'tiny-pretty-things-season-1.json';

// The canvas needs a real browser; the wiring under test does not.
vi.mock('../../../src/app/GraphCanvas', () => ({ GraphCanvas: () => null }));

beforeEach(() => {
  // jsdom has no media queries: no reduced motion, light system theme.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('Explorer: Embed', () => {
  it('opens the dialog from the toolbar with the code for the current view', () => {
    render(
      <Explorer
        slug={SLUG}
        dataFile={DATA_FILE}
        timeline={shippedTimeline()}
        url={parseUrlState('?show=tiny-pretty-things-s1&ep=S1E4&hide=suspect')}
        theme="light"
        themeChoice="system"
        notices={[]}
      />,
    );
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(
      buttons.slice(buttons.indexOf('Download PNG'), buttons.indexOf('Download PNG') + 2),
    ).toEqual(['Download PNG', 'Embed']);
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed this graph' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Script and custom element' }));
    const code = (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
    expect(code).toContain('episode="S1E4"');
    expect(code).toContain(`/data/${DATA_FILE}"`);
    expect(code).toContain('types="affair,abuse,sibling,attacked,');
    expect(code).not.toContain('suspect');
  });
});

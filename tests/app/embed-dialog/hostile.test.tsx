// @vitest-environment jsdom
// Character names and the show title from the hostile corpus: in the code a blogger pastes
// they must stay text, so the only markup is the snippet's own.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedDialog } from '../../../src/app/embed-dialog/EmbedDialog';
import { relationshipLines } from '../../../src/app/embed-dialog/snippetOptions';
import type { GraphData } from '../../../src/model';
import { hostileStrings } from '../../fixtures/corpus';
import { timelineOf } from '../panels/helpers';
import { viewAt } from './helpers';

afterEach(cleanup);

const SCRIPT = '<script>alert(1)</script>';
const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';
const strings = hostileStrings();

/** Everyone is named from the corpus; each is tied to the next, half by a directed type. */
function hostileData(): GraphData {
  return {
    schemaVersion: 2,
    show: { title: SCRIPT, sources: [{ id: 'article', title: 'An article' }] },
    episodes: [{ id: 'S1E1' }, { id: 'S1E2' }],
    characters: strings.map((name, index) => ({ id: `c${index}`, name })),
    relationships: strings.map((_, index) => ({
      id: `r${index}`,
      source: `c${index}`,
      target: `c${(index + 1) % strings.length}`,
      type: index % 2 === 0 ? 'abuse' : 'affair',
      from: 'S1E1',
      sources: [{ source: 'article' }],
    })),
  };
}

const timeline = timelineOf(hostileData());
const state = viewAt(timeline, 'S1E2');

function openCode(kind: 'Inline frame (iframe)' | 'Script and custom element') {
  render(<EmbedDialog slug="hostile" dataFile="hostile.json" timeline={timeline} state={state} />);
  fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
  const dialog = screen.getByRole('dialog', { name: 'Embed this graph' });
  fireEvent.click(within(dialog).getByRole('radio', { name: kind }));
  const value = (within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement).value;
  // Parsed as a host page would parse it; a template's scripts never run.
  const template = document.createElement('template');
  template.innerHTML = value;
  return { dialog, value, pasted: template.content };
}

function expectNoHandlers(fragment: DocumentFragment) {
  for (const element of fragment.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
  expect(fragment.querySelector('svg, object, embed, b')).toBeNull();
}

describe('Embed code with hostile strings', () => {
  it('the fixture names everyone from the corpus, and the view shows them all', () => {
    expect(strings).toContain(SCRIPT);
    expect(timeline.snapshotAt(1).relationships).toHaveLength(strings.length);
  });

  it('script kind: data shows only escaped; the one script is the widget', () => {
    const { dialog, value, pasted } = openCode('Script and custom element');
    expect(value).not.toContain(SCRIPT);
    expect(value).toContain(ESCAPED_SCRIPT);
    expect(value.match(/<script/g)).toEqual(['<script']);
    expect(value).toMatch(/^<script type="module" src="[^"]+\/embed\/plotweb\.js"><\/script>\n/);

    const scripts = pasted.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('src')).toMatch(/\/embed\/plotweb\.js$/);
    expect(pasted.querySelectorAll('plotweb-graph')).toHaveLength(1);
    // The fallback's own picture, and nothing from the names.
    expect([...pasted.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      expect.stringMatching(/\/share\/hostile\/S1E2\/graph\.png$/),
    ]);
    expectNoHandlers(pasted);
    // Each fallback line reads back as exactly the text it was made from (the HTML
    // parser drops NUL characters, as it does on any page).
    const lines = relationshipLines(timeline.dataset, timeline.snapshotAt(1), new Set());
    expect([...pasted.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      lines.map((line) => line.replace(/\0/g, '')),
    );
    expect(dialog.querySelector('script')).toBeNull();
  });

  it('iframe kind: the title stays text; the one script is the resizer', () => {
    const { value, pasted } = openCode('Inline frame (iframe)');
    expect(value).not.toContain(SCRIPT);
    expect(value).toContain(ESCAPED_SCRIPT);
    expect(value.match(/<script/g)).toEqual(['<script']);
    const iframes = pasted.querySelectorAll('iframe');
    expect(iframes).toHaveLength(1);
    expect(iframes[0]?.getAttribute('title')).toBe(`${SCRIPT} (S1E2): relationship graph`);
    expect(pasted.querySelectorAll('script')).toHaveLength(1);
    expect(pasted.querySelector('script')?.getAttribute('src')).toMatch(/\/embed\/resize\.js$/);
    expectNoHandlers(pasted);
  });
});

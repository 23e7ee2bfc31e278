// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../src/app/panels';
import type { Timeline } from '../../../src/model';
import { minimalData } from '../../fixtures/data';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

afterEach(cleanup);

function renderDetails(timeline: Timeline, episodeId: string, selectedId: string | undefined) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <DetailsPanel
      dataset={timeline.dataset}
      snapshot={timeline.snapshotAt(episodeAt(timeline, episodeId))}
      selectedId={selectedId}
      onSelect={onSelect}
      onClose={onClose}
    />,
  );
  return { ...view, onSelect, onClose };
}

const CASSIE_S1E1 = 'Someone shoves her off the school roof';
const CASSIE_S1E9 = 'Her parents give up hope';
const CASSIE_S1E10 = 'Fingerprint evidence shows that Bette did not push her';

describe('DetailsPanel', () => {
  it('shows a character as of the first episode, and no later notes', () => {
    const { container } = renderDetails(shippedTimeline(), 'S1E1', 'cassie');
    const panel = screen.getByRole('complementary', { name: 'Cassie Shore' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Cassie Shore');
    expect(panel).toHaveTextContent('Groupstudents');
    expect(panel).toHaveTextContent('Statein a coma (since S1E1)');
    expect(panel).toHaveTextContent(CASSIE_S1E1);
    expect(container.textContent).not.toContain(CASSIE_S1E9);
    expect(container.textContent).not.toContain(CASSIE_S1E10);
    expect(container.textContent).not.toContain('awake');
    expect(container.textContent).not.toContain('Delia');
  });

  it('shows every note so far, each with its episode, at the finale', () => {
    const { container } = renderDetails(shippedTimeline(), 'S1E10', 'cassie');
    const items = [...container.querySelectorAll('ol > li')].map((item) => item.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^S1E1 A ballet student/);
    expect(items[1]).toMatch(/^S1E9 Her parents give up hope/);
    expect(items[2]).toMatch(/^S1E10 Fingerprint evidence/);
    expect(screen.getByRole('complementary')).toHaveTextContent('Stateawake (since S1E9)');
  });

  it('lists current relationships as sentences with reveal, note and sources', () => {
    renderDetails(shippedTimeline(), 'S1E10', 'cassie');
    const list = screen.getByRole('heading', { name: 'Relationships as of S1E10' })
      .nextElementSibling as HTMLElement;
    const sentences = [...list.querySelectorAll('.pw-relationship-line')].map(
      (line) => line.textContent,
    );
    expect(sentences).toEqual([
      'Cassie Shore — Studies / works at → Archer School of Ballet',
      "Cassie's parents — Parent → Cassie Shore",
      'Delia Whitlaw — Attacked → Cassie Shore (happened in S1E1, revealed in S1E10)',
    ]);
    const attack = list.querySelectorAll(':scope > li')[2] as HTMLElement;
    expect(attack).toHaveTextContent('Fingerprints show that Delia, not Bette, pushed Cassie');
    expect(within(attack).getByRole('listitem')).toHaveTextContent(
      'Tiny Pretty Things Ending Explained, Who pushed Cassie?',
    );
    // The shipped source has no URL, so no link.
    expect(within(attack).queryByRole('link')).toBeNull();
    // Bette's accusation and the suspicion ended with S1E9.
    expect(list).not.toHaveTextContent('Accuses');
    expect(list).not.toHaveTextContent('Suspect');
  });

  it('shows a relationship that holds only now (S1E9), and not at the finale', () => {
    renderDetails(shippedTimeline(), 'S1E9', 'bette');
    expect(screen.getByRole('complementary')).toHaveTextContent('Bette — Suspect → Cassie Shore');
    expect(screen.getByRole('complementary')).toHaveTextContent('Cassie Shore — Accuses → Bette');
    expect(screen.getByRole('complementary')).not.toHaveTextContent('Delia');
  });

  it('makes the other character a button that selects them, and moves focus to the new heading', () => {
    const timeline = shippedTimeline();
    const snapshot = timeline.snapshotAt(episodeAt(timeline, 'S1E10'));
    const selected: string[] = [];
    function Harness() {
      const [id, setId] = useState<string | undefined>('cassie');
      return (
        <DetailsPanel
          dataset={timeline.dataset}
          snapshot={snapshot}
          selectedId={id}
          onSelect={(next) => {
            selected.push(next);
            setId(next);
          }}
          onClose={() => setId(undefined)}
        />
      );
    }
    render(<Harness />);
    expect(screen.queryByRole('button', { name: 'Cassie Shore' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delia Whitlaw' }));
    expect(selected).toEqual(['delia']);
    const heading = screen.getByRole('heading', { level: 2, name: 'Delia Whitlaw' });
    expect(heading).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('shows nothing of a character not yet in the story', () => {
    const { container, onClose } = renderDetails(shippedTimeline(), 'S1E1', 'delia');
    expect(screen.getByText('Not in the story at this episode.')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(container.textContent).not.toMatch(/Delia|Whitlaw|Fingerprints|family/);
    fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('renders nothing without a selection', () => {
    const { container } = renderDetails(shippedTimeline(), 'S1E1', undefined);
    expect(container).toBeEmptyDOMElement();
  });

  it('links a source only when its URL is http(s), safely', () => {
    const data = minimalData();
    data.show.sources = [
      { id: 'article', title: 'An article', url: 'https://example.org/recap' },
      { id: 'episode', title: 'The episode itself' },
    ];
    const [, suspect] = data.relationships;
    data.relationships[1] = {
      ...(suspect as NonNullable<typeof suspect>),
      sources: [{ source: 'article', detail: 'second paragraph' }, { source: 'episode' }],
    };
    const timeline = timelineOf(data);
    renderDetails(timeline, 'S1E1', 'bette');
    const link = screen.getByRole('link', { name: 'An article' });
    expect(link).toHaveAttribute('href', 'https://example.org/recap');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('The episode itself')).not.toHaveAttribute('href');
    cleanup();

    // A dataset built in code can skip the validator: a script URL must not become a link.
    const unsafe = {
      ...timeline.dataset,
      sourceById: new Map([
        ['article', { id: 'article', title: 'An article', url: 'javascript:alert(1)' }],
      ]),
    };
    render(
      <DetailsPanel
        dataset={unsafe}
        snapshot={timeline.snapshotAt(0)}
        selectedId="bette"
        onSelect={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('An article')).toBeInTheDocument();
  });

  describe('as a bottom sheet (phones)', () => {
    /** A page with a search box to start from, and the panel that a selection opens. */
    function SheetPage({ timeline }: { timeline: Timeline }) {
      const [selected, setSelected] = useState<string>();
      return (
        <>
          <button type="button" onClick={() => setSelected('cassie')}>
            Pick Cassie
          </button>
          <DetailsPanel
            dataset={timeline.dataset}
            snapshot={timeline.snapshotAt(episodeAt(timeline, 'S1E10'))}
            selectedId={selected}
            onSelect={setSelected}
            onClose={() => setSelected(undefined)}
            sheet
          />
        </>
      );
    }

    it('is a labelled region that takes focus, closes on Escape and gives focus back', () => {
      render(<SheetPage timeline={shippedTimeline()} />);
      const opener = screen.getByRole('button', { name: 'Pick Cassie' });
      opener.focus();
      fireEvent.click(opener);
      const sheet = screen.getByRole('region', { name: 'Cassie Shore' });
      expect(sheet.contains(document.activeElement)).toBe(true);
      expect(document.activeElement).toBe(within(sheet).getByRole('heading', { level: 2 }));

      // Picking a related character keeps focus in the sheet.
      fireEvent.click(within(sheet).getByRole('button', { name: 'Delia Whitlaw' }));
      const delia = screen.getByRole('region', { name: 'Delia Whitlaw' });
      expect(delia.contains(document.activeElement)).toBe(true);

      fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
      expect(screen.queryByRole('region')).toBeNull();
      expect(document.activeElement).toBe(opener);
    });

    it('closes with its Close button, and focus goes back', () => {
      render(<SheetPage timeline={shippedTimeline()} />);
      const opener = screen.getByRole('button', { name: 'Pick Cassie' });
      opener.focus();
      fireEvent.click(opener);
      fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
      expect(screen.queryByRole('region')).toBeNull();
      expect(document.activeElement).toBe(opener);
    });
  });
});

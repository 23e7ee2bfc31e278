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

const CASSIE_S1E1 = "Archer's star dancer. At a rooftop party";
const CASSIE_S1E9 = 'Only partly conscious';
const CASSIE_S1E10 = 'Awake at last';

const EXPECTED_CASSIE_FINALE = [
  'Nabil — Romance — Cassie Shore',
  'Neveah Stroyer — Takes the place of → Cassie Shore',
  'Officer Isabel Cruz — Police: finds, questions → Cassie Shore',
  "Cassie's parents — Parent → Cassie Shore",
  'Cassie Shore — Accuses → Bette Whitlaw',
  'Delia Whitlaw — Attacks → Cassie Shore (happened in S1E1, revealed in S1E10)',
  'Ramon Costa — Affair — Cassie Shore (happened in S1E1, revealed in S1E10)',
  'Ramon Costa — Threatens / blackmails → Cassie Shore (happened in S1E1, revealed in S1E10)',
];
const ATTACK_AT = 5;

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

  it('lists where each note and the current state come from, as relationship sources are', () => {
    renderDetails(shippedTimeline(), 'S1E1', 'cassie');
    const panel = screen.getByRole('complementary', { name: 'Cassie Shore' });
    const state = within(panel).getByText('State').nextElementSibling as HTMLElement;
    expect(
      within(state)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Tiny Pretty Things: A Ballet Drama with a Heavy Dose of Soap Opera Antics, review of the premise, paragraph 2 (after the score and the opening quotation)',
    ]);
    const note = panel.querySelector('ol.pw-notes > li') as HTMLElement;
    expect(note.firstChild?.textContent).toBe('S1E1');
    expect(note).not.toHaveTextContent('[');
    const cited = within(note).getAllByRole('link');
    expect(cited.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Tiny Pretty Things season 1, episode 1 recap – the opening chapter explained',
        'https://readysteadycut.com/2020/12/14/recap-tiny-pretty-things-season-1-episode-1-corps-netflix-series/',
      ],
      [
        "Stream It Or Skip It: 'Tiny Pretty Things' On Netflix, About An Elite Ballet School And The Rivalries And Pressures The Students Endure",
        'https://decider.com/2020/12/14/tiny-pretty-things-netflix-review',
      ],
    ]);
    expect(note).toHaveTextContent("S1E1 recap, section 'The opening'");
  });

  it('shows every note so far, each with its episode, at the finale', () => {
    const { container } = renderDetails(shippedTimeline(), 'S1E10', 'cassie');
    const items = [...container.querySelectorAll('ol > li')].map((item) => item.textContent);
    expect(items.map((item) => item?.split(' ')[0])).toEqual([
      'S1E1',
      'S1E4',
      'S1E5',
      'S1E7',
      'S1E8',
      'S1E9',
      'S1E10',
    ]);
    expect(items[0]).toMatch(/^S1E1 Archer's star dancer/);
    expect(items[5]).toMatch(/^S1E9 Only partly conscious/);
    expect(items[6]).toMatch(/^S1E10 Awake at last/);
    expect(screen.getByRole('complementary')).toHaveTextContent('Stateawake (since S1E10)');
  });

  it('lists current relationships as sentences with reveal, note and sources', () => {
    renderDetails(shippedTimeline(), 'S1E10', 'cassie');
    const list = screen.getByRole('heading', { name: 'Relationships as of S1E10' })
      .nextElementSibling as HTMLElement;
    const sentences = [...list.querySelectorAll('.pw-relationship-line')].map(
      (line) => line.textContent,
    );
    expect(sentences).toEqual(EXPECTED_CASSIE_FINALE);
    const attack = list.querySelectorAll(':scope > li')[ATTACK_AT] as HTMLElement;
    expect(attack).toHaveTextContent('Delia was the hooded figure');
    const cited = within(attack).getAllByRole('listitem');
    expect(cited.map((item) => item.textContent)).toEqual([
      'Tiny Pretty Things season 1 episode 10 (finale) recap and review ("Push Comes To Shove"), S1E10 recap, paragraph 1',
      "'Tiny Pretty Things' ending explained: Read how the show smashes toxic masculinity, ending explained, section 'Who pushed Cassie?'",
    ]);
    // Each shipped source has its page's address, so each is a link.
    expect(
      within(attack)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      'https://thereviewgeek.pages.dev/posts/tiny-pretty-things-season-1-episode-10-finale-ending-recap-review',
      'https://www.republicworld.com/entertainment-news/web-series/tiny-pretty-things-ending-explained-read-how-the-show-smashes-toxic-masculinity.html',
    ]);
    // Every suspicion of Cassie's attack ended with S1E9, when the finale named Delia.
    expect(list).not.toHaveTextContent('Suspect');
  });

  it('shows a relationship that holds only now (S1E9), and not at the finale', () => {
    const timeline = shippedTimeline();
    renderDetails(timeline, 'S1E9', 'bette');
    const panel = () => screen.getByRole('complementary');
    expect(panel()).toHaveTextContent('Bette Whitlaw — Suspect → Cassie Shore');
    expect(panel()).toHaveTextContent('Officer Isabel Cruz — Police: finds, questions → Bette');
    expect(panel()).not.toHaveTextContent('Cassie Shore — Accuses → Bette');
    cleanup();
    renderDetails(timeline, 'S1E10', 'bette');
    expect(panel()).not.toHaveTextContent('Suspect');
    // The bargain of S1E8 ended; the arrest is a new record, dated back to S1E9.
    expect(panel()).not.toHaveTextContent('keeps a car accident quiet');
    expect(panel()).toHaveTextContent(
      'Officer Isabel Cruz — Police: finds, questions → Bette Whitlaw (happened in S1E9, revealed in S1E10)',
    );
    expect(panel()).toHaveTextContent('Cassie Shore — Accuses → Bette Whitlaw');
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

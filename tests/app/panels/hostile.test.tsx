// @vitest-environment jsdom
// Every text field of a dataset filled with the hostile corpus: all of it must show as
// literal text, and none of it may become markup, an attribute or a link.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangesList,
  CharacterSearch,
  DetailsPanel,
  EdgeLegend,
  RelationshipTable,
} from '../../../src/app/panels';
import type { GraphData, Timeline } from '../../../src/model';
import { hostileStrings } from '../../fixtures/corpus';
import { timelineOf } from './helpers';

afterEach(cleanup);

const strings = hostileStrings();
const at = (index: number) => strings[index % strings.length] as string;

/** Two episodes; everyone enters in S1E2, so the diff into it names everything too. */
function hostileData(): GraphData {
  return {
    schemaVersion: 2,
    show: {
      title: at(0),
      sources: strings.map((text, index) => ({ id: `source-${index}`, title: text })),
    },
    episodes: [{ id: 'S1E1' }, { id: 'S1E2', note: at(7) }],
    types: strings.map((text, index) => ({
      id: `type-${index}`,
      label: text,
      directed: index % 2 === 0,
    })),
    characters: strings.map((text, index) => ({
      id: text,
      name: text,
      actor: at(index + 1),
      group: at(index + 2),
      firstEpisode: 'S1E2',
      states: [
        {
          state: at(index + 3),
          from: 'S1E2',
          sources: [{ source: `source-${index}`, detail: at(index + 8) }],
        },
      ],
      notes: [
        {
          from: 'S1E2',
          text: at(index + 4),
          sources: [{ source: `source-${index}`, detail: at(index + 7) }],
        },
      ],
    })),
    relationships: strings.map((text, index) => ({
      id: `relationship-${index}`,
      source: text,
      target: at(index + 1),
      type: `type-${index}`,
      from: 'S1E2',
      note: at(index + 5),
      sources: [{ source: `source-${index}`, detail: at(index + 6) }],
    })),
  };
}

let timeline: Timeline;
beforeAll(() => {
  timeline = timelineOf(hostileData());
});

function expectInert(container: HTMLElement) {
  expect(container.querySelector('img, script, iframe, object, embed, b, a')).toBeNull();
  // The only SVG is the legend's own swatches, and no element carries an event handler.
  for (const svg of container.querySelectorAll('svg')) expect(svg).toHaveClass('pw-swatch');
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
}

function expectAllText(container: HTMLElement, expected = strings) {
  const text = container.textContent ?? '';
  for (const string of expected) expect(text).toContain(string);
}

describe('panels with hostile strings', () => {
  it('the fixture uses every string as a name, and the timeline shows them all', () => {
    expect(strings.length).toBeGreaterThan(20);
    expect(timeline.snapshotAt(1).characters).toHaveLength(strings.length);
    expect(timeline.snapshotAt(0).characters).toHaveLength(0);
  });

  it('legend shows type labels as text', () => {
    const snapshot = timeline.snapshotAt(1);
    const { container } = render(
      <EdgeLegend
        types={timeline.dataset.types}
        counts={snapshot.countsByType}
        hidden={new Set()}
        onToggle={() => {}}
      />,
    );
    expectAllText(container);
    expect(screen.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>' })).toBeChecked();
    expectInert(container);
  });

  it('relationship table shows names, types, notes and sources as text', () => {
    const { container } = render(
      <RelationshipTable
        dataset={timeline.dataset}
        snapshot={timeline.snapshotAt(1)}
        hidden={new Set()}
      />,
    );
    expectAllText(container);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']),
    );
    expectInert(container);
  });

  it('changes list tells every change, and the episode note, as text', () => {
    const { container } = render(
      <ChangesList
        dataset={timeline.dataset}
        diff={timeline.diff(0, 1)}
        episode={timeline.dataset.episodes[1]}
        onFocus={() => {}}
      />,
    );
    expectAllText(container);
    expect(container.querySelector('.pw-episode-note')?.textContent).toBe(at(7));
    expect(
      screen.getByRole('button', { name: 'Enters the story: <img src=x onerror=alert(1)>.' }),
    ).toBeInTheDocument();
    expectInert(container);
  });

  it('details panel shows each character’s fields as text', () => {
    const snapshot = timeline.snapshotAt(1);
    const { container, rerender } = render(
      <DetailsPanel
        dataset={timeline.dataset}
        snapshot={snapshot}
        selectedId={at(0)}
        onSelect={() => {}}
        onClose={() => {}}
      />,
    );
    for (let index = 0; index < strings.length; index++) {
      rerender(
        <DetailsPanel
          dataset={timeline.dataset}
          snapshot={snapshot}
          selectedId={at(index)}
          onSelect={() => {}}
          onClose={() => {}}
        />,
      );
      // Name, actor, group, state, note; then the note and citation detail of the
      // relationship it starts, and the source title it cites; then the citation details
      // of its note and its state.
      expectAllText(container, [
        at(index),
        at(index + 1),
        at(index + 2),
        at(index + 3),
        at(index + 4),
        at(index + 5),
        at(index + 6),
        at(index + 7),
        at(index + 8),
      ]);
      expectInert(container);
    }
    rerender(
      <DetailsPanel
        dataset={timeline.dataset}
        snapshot={snapshot}
        selectedId="<img src=x onerror=alert(1)>"
        onSelect={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(container.querySelector('img')).toBeNull();
  });

  it('search lists hostile names as text, and folds width and invisible characters', () => {
    const { container } = render(
      <CharacterSearch characters={timeline.snapshotAt(1).characters} onSelect={() => {}} />,
    );
    const input = screen.getByRole('combobox', { name: 'Search characters' });
    fireEvent.change(input, { target: { value: '<img' } });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain(
      '<img src=x onerror=alert(1)> ("><svg onload=alert(1)>)',
    );
    expectInert(container);
    // Full-width "Ｄｅｌｉａ" and "Be\u200Btte" (zero-width space) are found by plain typing.
    fireEvent.change(input, { target: { value: 'delia' } });
    expect(screen.getByRole('option', { name: /^Ｄｅｌｉａ/ })).toBeInTheDocument();
    fireEvent.change(input, { target: { value: 'bette' } });
    expect(screen.getByRole('option', { name: /^Be\u200Btte/ })).toBeInTheDocument();
    fireEvent.change(input, { target: { value: '__proto__' } });
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('__proto__');
  });
});

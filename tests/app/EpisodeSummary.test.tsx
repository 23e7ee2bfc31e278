// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EpisodeSummary } from '../../src/app/EpisodeSummary';
import { ErrorPanel } from '../../src/app/ErrorPanel';
import { buildTimeline, validateGraphData, type Timeline } from '../../src/model';
import { hostileStrings } from '../fixtures/corpus';
import { minimalData } from '../fixtures/data';
import { fireEvent } from '@testing-library/react';

afterEach(cleanup);

function timelineOf(data = minimalData()): Timeline {
  const result = validateGraphData(data);
  if (!result.ok) throw new Error('invalid fixture');
  return buildTimeline(result.dataset);
}

function Harness({ timeline }: { timeline: Timeline }) {
  const [episode, setEpisode] = useState(0);
  return <EpisodeSummary timeline={timeline} episode={episode} onEpisodeChange={setEpisode} />;
}

describe('EpisodeSummary', () => {
  it('shows who is present and what holds at the chosen episode', () => {
    render(<Harness timeline={timelineOf()} />);
    const characters = () =>
      within(screen.getByRole('region', { name: /characters as of/i })).getAllByRole('listitem');
    const relationships = () =>
      within(screen.getByRole('region', { name: /relationships as of/i })).queryAllByRole(
        'listitem',
      );
    expect(characters().map((item) => item.textContent)).toEqual(['Bette', 'Cassie — in a coma']);
    expect(relationships().map((item) => item.textContent)).toEqual(['Bette Suspect → Cassie']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Episode' }), { target: { value: '2' } });
    expect(characters().map((item) => item.textContent)).toEqual([
      'Bette',
      'Cassie — awake',
      'Delia',
    ]);
    expect(relationships().map((item) => item.textContent)).toEqual(['Bette Sibling — Delia']);
  });

  it('renders hostile names and notes as text', () => {
    const strings = hostileStrings();
    const data = minimalData();
    data.characters[0] = { id: 'bette', name: strings[0] as string };
    data.relationships[1] = {
      ...data.relationships[1],
      note: strings[1] as string,
    } as (typeof data.relationships)[number];
    const { container } = render(<Harness timeline={timelineOf(data)} />);
    expect(screen.getAllByText(strings[0] as string, { exact: false }).length).toBeGreaterThan(0);
    expect(container.querySelector('script, img')).toBeNull();
  });
});

describe('ErrorPanel', () => {
  it('lists every problem as an alert', () => {
    render(
      <ErrorPanel
        title="This show's data has problems"
        problems={['a.json:$.x: bad — fix', 'a.json:$.y: bad — fix']}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent("This show's data has problems");
    expect(within(alert).getAllByRole('listitem')).toHaveLength(2);
  });
});

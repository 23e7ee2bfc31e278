// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CharacterSearch } from '../../../src/app/panels';
import type { Timeline } from '../../../src/model';
import { minimalData } from '../../fixtures/data';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

afterEach(cleanup);

function renderSearch(timeline: Timeline, episode: number) {
  const onSelect = vi.fn();
  const view = render(
    <CharacterSearch characters={timeline.snapshotAt(episode).characters} onSelect={onSelect} />,
  );
  return { onSelect, rerender: view.rerender };
}

const input = () => screen.getByRole('combobox', { name: 'Search characters' });
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });
const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent);
const press = (key: string) => fireEvent.keyDown(input(), { key });

/** A show with an accented name, to check accent-insensitive search. */
function accentedTimeline() {
  const data = minimalData();
  data.characters.push({ id: 'ramon', name: 'Ramón Souza', actor: 'Zoë Ångström' });
  return timelineOf(data);
}

describe('CharacterSearch', () => {
  it('is a labelled, collapsed combobox tied to its listbox', () => {
    renderSearch(shippedTimeline(), 0);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    const listbox = screen.getByRole('listbox', { hidden: true });
    expect(input()).toHaveAttribute('aria-controls', listbox.id);
    expect(input()).not.toHaveAttribute('aria-activedescendant');
  });

  it('finds characters case-insensitively', () => {
    renderSearch(shippedTimeline(), 0);
    type('cassie');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual(['Cassie Shore (Anna Maiche)']);
    type('CASSIE SH');
    expect(optionNames()).toEqual(['Cassie Shore (Anna Maiche)']);
  });

  it('puts names starting with the query before names that merely contain it', () => {
    renderSearch(shippedTimeline(), 0);
    type('june');
    expect(optionNames()).toEqual(['June Park (Daniela Norman)', "June's mother"]);
    type('ne');
    expect(optionNames()?.[0]).toBe('Neveah Stroyer (Kylie Jefferson)');
    expect(optionNames().slice(1).sort()).toEqual([
      'June Park (Daniela Norman)',
      "June's mother",
      'Shane',
    ]);
  });

  it('ignores accents in both the query and the names', () => {
    renderSearch(accentedTimeline(), 0);
    type('ramon');
    expect(optionNames()).toEqual(['Ramón Souza (Zoë Ångström)']);
    type('RAMÓN');
    expect(optionNames()).toEqual(['Ramón Souza (Zoë Ångström)']);
  });

  it('matches the actor too', () => {
    const timeline = shippedTimeline();
    renderSearch(timeline, episodeAt(timeline, 'S1E9'));
    type('jollette');
    expect(optionNames()).toEqual(['Bette Whitlaw (Casimere Jollette)']);
  });

  it('selects with ↓ and Enter, moving the active descendant', () => {
    const { onSelect } = renderSearch(shippedTimeline(), 0);
    type('june');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    press('ArrowDown');
    press('ArrowDown');
    const options = screen.getAllByRole('option');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]?.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    press('ArrowUp');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]?.id);
    press('ArrowDown');
    press('Enter');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('junes-mother');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).toHaveValue("June's mother");
  });

  it('wraps from the last option to the first', () => {
    renderSearch(shippedTimeline(), 0);
    type('june');
    press('ArrowUp');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent("June's mother");
    press('ArrowDown');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent(
      'June Park (Daniela Norman)',
    );
  });

  it('selects a clicked option', () => {
    const { onSelect } = renderSearch(shippedTimeline(), 0);
    type('du');
    fireEvent.click(screen.getByRole('option', { name: 'Monique DuBois (Lauren Holly)' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('monique');
  });

  it('closes on Escape, then clears on a second Escape', () => {
    const { onSelect } = renderSearch(shippedTimeline(), 0);
    type('cassie');
    press('ArrowDown');
    press('Escape');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveValue('cassie');
    press('Enter');
    expect(onSelect).not.toHaveBeenCalled();
    press('Escape');
    expect(input()).toHaveValue('');
  });

  it('says "No match" when nothing matches', () => {
    renderSearch(shippedTimeline(), 0);
    type('zzz');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No match');
  });

  it('never finds a character before the story introduces them (spoiler guard)', () => {
    const timeline = shippedTimeline();
    const { rerender, onSelect } = renderSearch(timeline, episodeAt(timeline, 'S1E1'));
    type('Delia');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No match');
    press('Enter');
    expect(onSelect).not.toHaveBeenCalled();
    // Nor by her actor's name, nor by a partial name.
    type('trowbridge');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    type('deli');
    expect(screen.queryAllByRole('option')).toHaveLength(0);

    rerender(
      <CharacterSearch
        characters={timeline.snapshotAt(episodeAt(timeline, 'S1E10')).characters}
        onSelect={onSelect}
      />,
    );
    type('Delia');
    expect(optionNames()).toEqual(['Delia Whitlaw (Tory Trowbridge)']);
    expect(within(screen.getByRole('status')).queryByText('No match')).toBeNull();
  });

  it('drops a match that leaves the story when the episode changes', () => {
    const timeline = shippedTimeline();
    const { rerender, onSelect } = renderSearch(timeline, episodeAt(timeline, 'S1E9'));
    type('hooded');
    press('ArrowDown');
    expect(optionNames()).toEqual(['The hooded figure']);
    rerender(
      <CharacterSearch
        characters={timeline.snapshotAt(episodeAt(timeline, 'S1E10')).characters}
        onSelect={onSelect}
      />,
    );
    expect(optionNames()).toEqual([]);
    press('Enter');
    expect(onSelect).not.toHaveBeenCalled();
  });
});

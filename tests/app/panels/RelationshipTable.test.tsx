// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ROWS_MORE, ROWS_SHOWN, RelationshipTable } from '../../../src/app/panels';
import { syntheticShow } from '../../../src/model/synthetic';
import type { Timeline } from '../../../src/model';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

afterEach(cleanup);

function renderTable(timeline: Timeline, episode: number, hidden: ReadonlySet<string> = new Set()) {
  return render(
    <RelationshipTable
      dataset={timeline.dataset}
      snapshot={timeline.snapshotAt(episode)}
      hidden={hidden}
    />,
  );
}

/** Body rows as arrays of cell texts. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));

describe('RelationshipTable', () => {
  it('is a captioned table with column and row headers', () => {
    const timeline = timelineOf();
    renderTable(timeline, 1);
    const table = screen.getByRole('table', { name: 'Relationships as of S1E2' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['From', 'Type', 'To', 'Since', 'Note', 'Sources']);
    for (const th of within(table).getAllByRole('columnheader')) {
      expect(th).toHaveAttribute('scope', 'col');
    }
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((th) => th.getAttribute('scope'))).toEqual(['row', 'row']);
    expect(bodyRows(table)).toEqual([
      // In story order: learnt in S1E1 before S1E2.
      ['Bette', 'Suspect →', 'Cassie', 'S1E1', '', 'An article'],
      ['Bette', 'Sibling —', 'Delia', 'S1E2', '', 'An article'],
    ]);
  });

  it('shows the reveal, note and source of the shipped finale', () => {
    const timeline = shippedTimeline();
    renderTable(timeline, episodeAt(timeline, 'S1E10'));
    const table = screen.getByRole('table', { name: 'Relationships as of S1E10' });
    const attack = bodyRows(table).find((row) => row[0] === 'Delia Whitlaw');
    expect(attack?.slice(0, 4)).toEqual([
      'Delia Whitlaw',
      'Attacks →',
      'Cassie Shore',
      'S1E10 (happened in S1E1)',
    ]);
    expect(attack?.[4]).toMatch(/^Delia was the hooded figure/);
    expect(attack?.[5]).toMatch(
      /^Tiny Pretty Things season 1 episode 10 \(finale\) recap and review .*, S1E10 recap, paragraph 1/,
    );
    expect(attack?.[5]).toMatch(/ending explained, section 'Who pushed Cassie\?'$/);
    expect(bodyRows(table)).toHaveLength(timeline.snapshotAt(9).relationships.length);
  });

  it('leaves out hidden types and says how many', () => {
    const timeline = shippedTimeline();
    renderTable(timeline, episodeAt(timeline, 'S1E10'), new Set(['at-body', 'attacked']));
    const table = screen.getByRole('table');
    const types = bodyRows(table).map((row) => row[1]);
    expect(types).not.toContain('Found with the body →');
    expect(types).not.toContain('Attacks →');
    expect(types).toContain('Accuses →');
    expect(screen.getByText('8 relationships of hidden types are not listed.')).toBeInTheDocument();
  });

  it('says so when every relationship is hidden', () => {
    const timeline = timelineOf();
    renderTable(timeline, 0, new Set(['suspect']));
    expect(bodyRows(screen.getByRole('table'))).toEqual([
      ['Every relationship at this episode is of a hidden type.'],
    ]);
  });

  it('lists the characters present with their state, and nobody later', () => {
    const timeline = shippedTimeline();
    const { container } = renderTable(timeline, episodeAt(timeline, 'S1E1'));
    const heading = screen.getByRole('heading', { name: 'Characters as of S1E1 (13)' });
    const items = within(heading.nextElementSibling as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toContain('Cassie Shore — in a coma');
    expect(items).toContain('The hooded figure');
    expect(items).toHaveLength(13);
    // Delia and Ramon enter in S1E2; nobody wakes or dies before the finale.
    expect(container.textContent).not.toMatch(/Delia|Ramon|awake|dead/);
  });

  it('lists a big episode in parts: relationships and characters each show more on request', () => {
    const timeline = timelineOf(
      syntheticShow({ characters: 600, relationships: 3000, episodes: 2, seed: 11 }),
    );
    const snapshot = timeline.snapshotAt(1);
    expect(snapshot.relationships.length).toBeGreaterThan(ROWS_SHOWN + ROWS_MORE);
    expect(snapshot.characters.length).toBeGreaterThan(ROWS_SHOWN);
    renderTable(timeline, 1);
    const table = screen.getByRole('table');
    expect(bodyRows(table)).toHaveLength(ROWS_SHOWN);
    const more = (noun: string) =>
      screen.queryByRole('button', {
        name: new RegExp(`^Show \\d+ more \\([\\d,]+ ${noun} not shown\\)$`),
      });
    fireEvent.click(more('relationships') as HTMLElement);
    expect(bodyRows(table)).toHaveLength(ROWS_SHOWN + ROWS_MORE);
    while (more('relationships')) fireEvent.click(more('relationships') as HTMLElement);
    expect(bodyRows(table)).toHaveLength(snapshot.relationships.length);
    const characters = () => document.querySelectorAll('.pw-character-list li').length;
    expect(characters()).toBe(ROWS_SHOWN);
    while (more('characters')) fireEvent.click(more('characters') as HTMLElement);
    expect(characters()).toBe(snapshot.characters.length);
  });
});

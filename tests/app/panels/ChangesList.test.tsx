// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROWS_MORE, ROWS_SHOWN, ChangesList, describeChanges } from '../../../src/app/panels';
import { syntheticShow } from '../../../src/model/synthetic';
import { minimalData } from '../../fixtures/data';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

afterEach(cleanup);

function renderChanges(from: string, to: string) {
  const timeline = shippedTimeline();
  const onFocus = vi.fn();
  render(
    <ChangesList
      dataset={timeline.dataset}
      diff={timeline.diff(episodeAt(timeline, from), episodeAt(timeline, to))}
      onFocus={onFocus}
    />,
  );
  return onFocus;
}

const region = () => screen.getByRole('region', { name: 'What changed in this episode' });

describe('ChangesList', () => {
  it('lists S1E9 → S1E10 as plain sentences, one button each', () => {
    renderChanges('S1E9', 'S1E10');
    const buttons = within(region()).getAllByRole('button');
    expect(buttons).toHaveLength(55);
    expect(buttons[0]).toHaveAccessibleName("Enters the story: Matteo's mother.");
    for (const sentence of [
      'New: Delia Whitlaw — Attacks → Cassie Shore (happened in S1E1).',
      'Ramon Costa is now dead.',
      'New note on Cassie Shore.',
      'Ended: Bette Whitlaw — Suspect → Cassie Shore.',
    ]) {
      expect(within(region()).getByRole('button', { name: sentence })).toBeInTheDocument();
    }
  });

  it('calls onFocus with the character or relationship of the clicked sentence', () => {
    const onFocus = renderChanges('S1E9', 'S1E10');
    fireEvent.click(screen.getByRole('button', { name: "Enters the story: Matteo's mother." }));
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'character', id: 'matteos-mother' });
    fireEvent.click(
      screen.getByRole('button', {
        name: 'New: Delia Whitlaw — Attacks → Cassie Shore (happened in S1E1).',
      }),
    );
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'relationship', id: 'delia-attacked-cassie' });
    fireEvent.click(
      screen.getByRole('button', { name: 'Ended: Bette Whitlaw — Suspect → Cassie Shore.' }),
    );
    expect(onFocus).toHaveBeenLastCalledWith({ kind: 'relationship', id: 'bette-suspect-cassie' });
    expect(onFocus).toHaveBeenCalledTimes(3);
  });

  it('tells who leaves the story (S1E9 → S1E10)', () => {
    const onFocus = renderChanges('S1E9', 'S1E10');
    const buttons = within(region()).getAllByRole('button');
    expect(buttons.at(-1)).toHaveAccessibleName('Leaves the story: The hooded figure.');
    fireEvent.click(buttons.at(-1) as HTMLElement);
    expect(onFocus).toHaveBeenCalledWith({ kind: 'character', id: 'hooded-attacker' });
  });

  it('shows the note of an episode no source covers instead of "Nothing changes"', () => {
    const timeline = shippedTimeline();
    const s1e6 = episodeAt(timeline, 'S1E6');
    render(
      <ChangesList
        dataset={timeline.dataset}
        diff={timeline.diff(s1e6 - 1, s1e6)}
        episode={timeline.dataset.episodes[s1e6]}
        onFocus={() => {}}
      />,
    );
    expect(within(region()).queryAllByRole('button')).toHaveLength(0);
    expect(region()).toHaveTextContent(
      /^What changed in this episodeNo source covers this episode yet\./,
    );
    expect(region()).not.toHaveTextContent('Nothing changes');
  });

  it('shows an episode note above the changes, and a default for an uncovered episode without one', () => {
    const data = minimalData();
    data.episodes[1] = { id: 'S1E2', note: 'Filmed out of order.' };
    data.episodes[2] = { id: 'S1E3', uncovered: true };
    const timeline = timelineOf(data);
    const { rerender } = render(
      <ChangesList
        dataset={timeline.dataset}
        diff={timeline.diff(0, 1)}
        episode={timeline.dataset.episodes[1]}
        onFocus={() => {}}
      />,
    );
    const note = within(region()).getByText('Filmed out of order.');
    expect(note.compareDocumentPosition(within(region()).getByRole('list'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    rerender(
      <ChangesList
        dataset={timeline.dataset}
        diff={timeline.diff(1, 1)}
        episode={timeline.dataset.episodes[2]}
        onFocus={() => {}}
      />,
    );
    expect(region()).toHaveTextContent('No source covers this episode.');
    expect(region()).not.toHaveTextContent('Nothing changes');
  });

  it('says when nothing changes, or when there is no diff', () => {
    renderChanges('S1E5', 'S1E6');
    expect(within(region()).queryAllByRole('button')).toHaveLength(0);
    expect(region()).toHaveTextContent('Nothing changes in this episode.');
    cleanup();
    render(<ChangesList dataset={shippedTimeline().dataset} diff={undefined} onFocus={() => {}} />);
    expect(region()).toHaveTextContent('Nothing changes in this episode.');
  });

  it('highlights a row’s character or relationship while it is hovered or focused', () => {
    const timeline = shippedTimeline();
    const onHighlight = vi.fn();
    render(
      <ChangesList
        dataset={timeline.dataset}
        diff={timeline.diff(episodeAt(timeline, 'S1E9'), episodeAt(timeline, 'S1E10'))}
        onFocus={() => {}}
        onHighlight={onHighlight}
      />,
    );
    const entering = screen.getByRole('button', { name: "Enters the story: Matteo's mother." });
    fireEvent.mouseEnter(entering);
    expect(onHighlight).toHaveBeenLastCalledWith({ kind: 'character', id: 'matteos-mother' });
    fireEvent.mouseLeave(entering);
    expect(onHighlight).toHaveBeenLastCalledWith(undefined);
    const attacked = screen.getByRole('button', {
      name: 'New: Delia Whitlaw — Attacks → Cassie Shore (happened in S1E1).',
    });
    fireEvent.focus(attacked);
    expect(onHighlight).toHaveBeenLastCalledWith({
      kind: 'relationship',
      id: 'delia-attacked-cassie',
    });
    fireEvent.blur(attacked);
    expect(onHighlight).toHaveBeenLastCalledWith(undefined);
  });

  it('marks the rows about what the canvas highlights, and only those', () => {
    const timeline = shippedTimeline();
    const diff = timeline.diff(episodeAt(timeline, 'S1E9'), episodeAt(timeline, 'S1E10'));
    const { rerender } = render(
      <ChangesList
        dataset={timeline.dataset}
        diff={diff}
        onFocus={() => {}}
        highlighted={{ kind: 'character', id: 'ramon' }}
      />,
    );
    const current = () =>
      within(region())
        .getAllByRole('button')
        .filter((button) => button.getAttribute('aria-current') === 'true')
        .map((button) => button.textContent);
    expect(current()).toEqual(['Ramon Costa is now dead.', 'New note on Ramon Costa.']);
    expect(
      screen.getByRole('button', { name: 'Ramon Costa is now dead.' }).closest('li'),
    ).toHaveAttribute('data-highlighted', 'true');

    // A relationship on the canvas marks its row, not its ends' rows.
    rerender(
      <ChangesList
        dataset={timeline.dataset}
        diff={diff}
        onFocus={() => {}}
        highlighted={{ kind: 'relationship', id: 'bette-suspect-cassie' }}
      />,
    );
    expect(current()).toEqual(['Ended: Bette Whitlaw — Suspect → Cassie Shore.']);

    // The same id as a character is another thing.
    rerender(
      <ChangesList
        dataset={timeline.dataset}
        diff={diff}
        onFocus={() => {}}
        highlighted={{ kind: 'character', id: 'bette-suspect-cassie' }}
      />,
    );
    expect(current()).toEqual([]);
    rerender(<ChangesList dataset={timeline.dataset} diff={diff} onFocus={() => {}} />);
    expect(current()).toEqual([]);
    expect(region().querySelectorAll('[data-highlighted]')).toHaveLength(0);
  });

  it('shows a long list in parts: the first rows, then more on request, and all in the end', () => {
    const timeline = timelineOf(
      syntheticShow({ characters: 300, relationships: 3000, episodes: 3, seed: 7 }),
    );
    const diff = timeline.diff(0, 1);
    const total = describeChanges(timeline.dataset, diff).length;
    expect(total).toBeGreaterThan(ROWS_SHOWN + ROWS_MORE);
    const { rerender } = render(
      <ChangesList dataset={timeline.dataset} diff={diff} onFocus={vi.fn()} />,
    );
    const rows = () => within(region()).getAllByRole('listitem');
    expect(rows()).toHaveLength(ROWS_SHOWN);
    const more = () => within(region()).queryByRole('button', { name: /^Show \d+ more/ });
    expect(more()).toHaveAccessibleName(
      `Show ${ROWS_MORE} more (${(total - ROWS_SHOWN).toLocaleString('en')} changes not shown)`,
    );
    fireEvent.click(more() as HTMLElement);
    expect(rows()).toHaveLength(ROWS_SHOWN + ROWS_MORE);
    while (more()) fireEvent.click(more() as HTMLElement);
    expect(rows()).toHaveLength(total);
    // Another episode starts short again.
    rerender(
      <ChangesList dataset={timeline.dataset} diff={timeline.diff(1, 2)} onFocus={vi.fn()} />,
    );
    expect(rows()).toHaveLength(ROWS_SHOWN);
  });
});

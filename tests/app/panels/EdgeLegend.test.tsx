// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EdgeLegend } from '../../../src/app/panels';
import { BUILT_IN_TYPES, type RelationshipType } from '../../../src/model';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

afterEach(cleanup);

const typeById = new Map(BUILT_IN_TYPES.map((type) => [type.id, type]));
const builtIn = (id: string) => typeById.get(id) as RelationshipType;

function rowOf(label: string): HTMLElement {
  return screen.getByRole('checkbox', { name: label }).closest('li') as HTMLElement;
}

function swatchLine(label: string): SVGLineElement {
  return rowOf(label).querySelector('svg line') as SVGLineElement;
}

describe('EdgeLegend', () => {
  it('lists the types present at this episode with their counts, under a heading', () => {
    const timeline = timelineOf();
    const snapshot = timeline.snapshotAt(1); // S1E2: sibling and suspect both hold
    render(
      <EdgeLegend
        types={timeline.dataset.types}
        counts={snapshot.countsByType}
        hidden={new Set()}
        onToggle={() => {}}
      />,
    );
    const legend = screen.getByRole('region', { name: 'Relationship types' });
    expect(within(legend).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'Sibling' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Suspect' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Affair' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Parent' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Suspect' })).toHaveAccessibleDescription(
      '1 relationship in this episode',
    );
  });

  it('shows the counts of the shipped show at its finale', () => {
    const timeline = shippedTimeline();
    const snapshot = timeline.snapshotAt(episodeAt(timeline, 'S1E10'));
    render(
      <EdgeLegend
        types={timeline.dataset.types}
        counts={snapshot.countsByType}
        hidden={new Set()}
        onToggle={() => {}}
      />,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Found with the body' }),
    ).toHaveAccessibleDescription('5 relationships in this episode');
    // Delia's attack on Cassie, Travis's on June, and the unknown killer's on Ramon; the
    // hooded figure's edge ended when Delia was named.
    expect(screen.getByRole('checkbox', { name: 'Attacks' })).toHaveAccessibleDescription(
      '3 relationships in this episode',
    );
    // Every suspicion of Cassie's attack ended with S1E9.
    expect(screen.queryByRole('checkbox', { name: 'Suspect' })).toBeNull();
  });

  it('calls onToggle with the type id and reflects hidden types, keeping them listed', () => {
    const onToggle = vi.fn();
    function Harness() {
      const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
      return (
        <EdgeLegend
          types={BUILT_IN_TYPES}
          counts={
            new Map([
              ['suspect', 2],
              ['sibling', 1],
            ])
          }
          hidden={hidden}
          onToggle={(id) => {
            onToggle(id);
            setHidden((before) => {
              const next = new Set(before);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            });
          }}
        />
      );
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Suspect' }));
    expect(onToggle).toHaveBeenLastCalledWith('suspect');
    expect(screen.getByRole('checkbox', { name: 'Suspect' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Sibling' })).toBeChecked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Suspect' }));
    expect(screen.getByRole('checkbox', { name: 'Suspect' })).toBeChecked();
  });

  it('keeps a hidden type listed even when it has no relationships at this episode', () => {
    render(
      <EdgeLegend
        types={BUILT_IN_TYPES}
        counts={new Map([['suspect', 1]])}
        hidden={new Set(['affair'])}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Affair' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Affair' })).toHaveAccessibleDescription(
      '0 relationships in this episode',
    );
  });

  it('draws each type by line style and arrow, not only by colour', () => {
    render(
      <EdgeLegend
        types={BUILT_IN_TYPES}
        counts={new Map(BUILT_IN_TYPES.map((type) => [type.id, 1]))}
        hidden={new Set()}
        onToggle={() => {}}
      />,
    );
    const dashed = swatchLine('Affair').getAttribute('stroke-dasharray');
    const dotted = swatchLine('Sibling').getAttribute('stroke-dasharray');
    expect(dashed).toBeTruthy();
    expect(dotted).toBeTruthy();
    expect(dashed).not.toEqual(dotted);
    expect(swatchLine('Abuse').hasAttribute('stroke-dasharray')).toBe(false);
    expect(swatchLine('Affair').getAttribute('stroke')).toBe(builtIn('affair').color);
    // Directed types carry an arrowhead; symmetric ones do not.
    expect(rowOf('Suspect').querySelector('svg path')).not.toBeNull();
    expect(rowOf('Abuse').querySelector('svg path')).not.toBeNull();
    expect(rowOf('Affair').querySelector('svg path')).toBeNull();
    expect(rowOf('Sibling').querySelector('svg path')).toBeNull();
    // Same dash for the same style: Suspect and Affair are both dashed.
    expect(swatchLine('Suspect').getAttribute('stroke-dasharray')).toBe(dashed);
  });

  it('says so when nothing holds at this episode', () => {
    render(
      <EdgeLegend
        types={BUILT_IN_TYPES}
        counts={new Map()}
        hidden={new Set()}
        onToggle={() => {}}
      />,
    );
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('No relationships in this episode.')).toBeInTheDocument();
  });
});

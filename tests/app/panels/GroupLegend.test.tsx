// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupLegend } from '../../../src/app/panels';
import { GRAPH_THEMES } from '../../../src/graph/theme';
import { groupAppearance } from '../../../src/model';
import { episodeAt, shippedTimeline } from './helpers';

afterEach(cleanup);

describe('GroupLegend', () => {
  for (const theme of [GRAPH_THEMES.light, GRAPH_THEMES.dark]) {
    it(`lists the groups present, by label, with the canvas fill on ${theme.name}`, () => {
      const timeline = shippedTimeline();
      const snapshot = timeline.snapshotAt(episodeAt(timeline, 'S1E1'));
      render(
        <GroupLegend
          groups={timeline.dataset.groups}
          characters={snapshot.characters}
          background={theme.background}
          border={theme.nodeBorder}
        />,
      );
      const legend = screen.getByRole('region', { name: 'Character groups' });
      const rows = within(legend).getAllByRole('listitem');
      const present = new Set(snapshot.characters.map((entry) => entry.character.group));
      const expected = timeline.dataset.groups.filter((group) => present.has(group.id));
      expect(rows.map((row) => row.querySelector('.pw-group-name')?.textContent)).toEqual(
        expected.map((group) => group.label),
      );
      // Labels, never raw ids: "unknown" is shown as its declared label.
      expect(legend.textContent).not.toMatch(/\bunknown\b/);
      rows.forEach((row, index) => {
        const group = expected[index];
        if (!group) throw new Error('missing group');
        expect(row.querySelector('circle')?.getAttribute('fill')).toBe(
          groupAppearance(group, theme.background).color,
        );
        const count = snapshot.characters.filter((c) => c.character.group === group.id).length;
        expect(within(row).getByText(String(count), { exact: false })).toBeTruthy();
      });
    });
  }

  it('shows nothing when no character has a group', () => {
    const timeline = shippedTimeline();
    const { container } = render(
      <GroupLegend groups={[]} characters={[]} background="#ffffff" border="#000000" />,
    );
    expect(container.textContent).toBe('');
    expect(timeline.dataset.groups.length).toBeGreaterThan(0);
  });
});

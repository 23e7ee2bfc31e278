// Character groups: declared with display names, checked by the validator, coloured by
// one palette per theme that reads against its background.
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  contrast,
  deltaE,
  formatProblems,
  GROUP_PALETTE,
  groupAppearance,
  groupLabel,
  groupsPresent,
  validateGraphData,
  type Character,
  type GraphData,
} from '../../src/model';
import { GRAPH_THEMES } from '../../src/graph/theme';
import { minimalData } from '../fixtures/data';

function withGroups(edit: (data: GraphData) => void): GraphData {
  const data = minimalData();
  data.groups = [
    { id: 'students', label: 'Students' },
    { id: 'faculty', label: 'Teachers and staff', color: '#123456', description: 'Staff.' },
  ];
  (data.characters[0] as { group?: string }).group = 'students';
  (data.characters[1] as { group?: string }).group = 'faculty';
  edit(data);
  return data;
}

const problems = (data: GraphData) => {
  const result = validateGraphData(data);
  return result.ok ? [] : formatProblems('show.json', result.problems);
};

describe('character groups', () => {
  it('lists declared groups in file order, then undeclared ones labelled from their id', () => {
    const dataset = buildDataset(
      withGroups((data) => {
        delete data.groups;
        (data.characters[2] as { group?: string }).group = 'royal_family';
      }),
    );
    expect(dataset.groups.map((g) => [g.id, g.label, g.index])).toEqual([
      ['students', 'Students', 0],
      ['faculty', 'Faculty', 1],
      ['royal_family', 'Royal family', 2],
    ]);
    const declared = buildDataset(withGroups(() => {}));
    expect(declared.groupById.get('faculty')).toMatchObject({
      label: 'Teachers and staff',
      color: '#123456',
      description: 'Staff.',
    });
  });

  it('makes labels from ids', () => {
    expect(groupLabel('students')).toBe('Students');
    expect(groupLabel('royal-family')).toBe('Royal family');
    expect(groupLabel("Polonius's household")).toBe("Polonius's household");
  });

  it('reports an unknown group of a file that lists its groups, with a did-you-mean', () => {
    const data = withGroups((d) => {
      (d.characters[2] as { group?: string }).group = 'studnets';
    });
    expect(problems(data)).toEqual([
      'show.json:$.characters[2].group: unknown group "studnets" — did you mean "students"?',
    ]);
    const far = withGroups((d) => {
      (d.characters[2] as { group?: string }).group = 'police';
    });
    expect(problems(far)).toEqual([
      'show.json:$.characters[2].group: unknown group "police" — use the id of a group listed in "groups", or add it there',
    ]);
  });

  it('reports duplicate group ids and refuses groups in a v1 file', () => {
    const data = withGroups((d) => d.groups?.push({ id: 'students', label: 'Again' }));
    expect(problems(data)).toEqual([
      'show.json:$.groups[2].id: duplicate group id "students" (first used at $.groups[0]) — give each group its own id',
    ]);
    const v1 = { ...withGroups(() => {}), schemaVersion: 1 } as unknown as GraphData;
    expect(problems(v1)).toEqual([
      'show.json:$.groups: field "groups" needs format v2 — set "schemaVersion": 2 at the top of the file, or remove it',
    ]);
  });

  it('lists the groups present among characters, in dataset order, with counts', () => {
    const dataset = buildDataset(withGroups(() => {}));
    const entry = (index: number) => ({ character: dataset.characters[index] as Character });
    expect(
      groupsPresent(dataset.groups, [entry(1), entry(0), entry(2)]).map(({ group, count }) => [
        group.id,
        count,
      ]),
    ).toEqual([
      ['students', 1],
      ['faculty', 1],
    ]);
    expect(groupsPresent(dataset.groups, [entry(2)])).toEqual([]);
  });

  for (const theme of [GRAPH_THEMES.light, GRAPH_THEMES.dark]) {
    it(`keeps group fills readable and apart on the ${theme.name} background`, () => {
      const fills = GROUP_PALETTE[theme.name].map(
        (_, index) => groupAppearance({ index, color: undefined }, theme.background).color,
      );
      for (const [i, fill] of fills.entries()) {
        // A node reads as a shape at 3:1; the label sits below it on the halo, which is the
        // background itself, so text contrast does not depend on the fill.
        expect(contrast(fill, theme.background)).toBeGreaterThanOrEqual(3);
        expect(contrast(theme.text, theme.halo)).toBeGreaterThanOrEqual(4.5);
        for (const other of fills.slice(i + 1)) expect(deltaE(fill, other)).toBeGreaterThan(15);
      }
      expect(groupAppearance({ index: 3, color: undefined }, theme.background).className).toBe(
        'g3',
      );
      // An author's colour is kept, shifted only as far as the background needs.
      const own = groupAppearance({ index: 0, color: '#222222' }, theme.background).color;
      expect(contrast(own, theme.background)).toBeGreaterThanOrEqual(3);
    });
  }
});

// A small valid show for the editor's tests.
import type { GraphData } from '../../../src/model';

export const SHOW: GraphData = {
  schemaVersion: 2,
  show: { title: 'Harbour', sources: [{ id: 'notes', title: 'Viewing notes' }] },
  episodes: [{ id: 'S1E1' }, { id: 'S1E2' }, { id: 'S1E3' }],
  characters: [
    { id: 'ada', name: 'Ada Quill' },
    { id: 'ben', name: 'Ben Hollow', group: 'crew' },
    { id: 'cleo', name: 'Cleo Marsh' },
  ],
  relationships: [
    {
      id: 'r1',
      source: 'ada',
      target: 'ben',
      type: 'sibling',
      from: 'S1E1',
      sources: [{ source: 'notes' }],
    },
    {
      id: 'r2',
      source: 'cleo',
      target: 'ben',
      type: 'suspect',
      from: 'S1E2',
      until: 'S1E3',
      sources: [{ source: 'notes', detail: 'scene 4' }, { source: 'notes' }],
    },
  ],
};

// Cytoscape JSON: the snapshot at one episode, with ids that cannot clash.
import { describe, expect, it } from 'vitest';
import { buildTimeline, validateGraphData } from '../../../src/model';
import { exportCytoscapeJson } from '../../../src/model/interop';
import { minimalData, shippedDataset } from '../../fixtures/data';

const shipped = () => {
  const result = validateGraphData(shippedDataset());
  if (!result.ok) throw new Error('shipped dataset does not validate');
  return result.dataset;
};

describe('exportCytoscapeJson', () => {
  const dataset = shipped();
  const S1E5 = 4;

  it('holds exactly the snapshot at S1E5', () => {
    const snapshot = buildTimeline(dataset).snapshotAt(S1E5);
    const json = exportCytoscapeJson(dataset, S1E5);
    expect(json.data.episode).toBe('S1E5');
    expect(json.elements.nodes.map((node) => node.data.ref)).toEqual(
      snapshot.characters.map((entry) => entry.character.id),
    );
    expect(json.elements.edges.map((edge) => edge.data.ref)).toEqual(
      snapshot.relationships.map((relationship) => relationship.id),
    );
    // Matteo is introduced in S1E8, so he is not there yet.
    expect(json.elements.nodes.some((node) => node.data.ref === 'matteo')).toBe(false);
  });

  it('gives every element a unique prefixed id, and edges end at nodes', () => {
    const json = exportCytoscapeJson(dataset, S1E5);
    const nodeIds = json.elements.nodes.map((node) => node.data.id);
    const ids = [...nodeIds, ...json.elements.edges.map((edge) => edge.data.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(nodeIds.every((id) => id.startsWith('n:'))).toBe(true);
    for (const { data } of json.elements.edges) {
      expect(data.id).toBe(`e:${data.ref}`);
      expect(nodeIds).toContain(data.source);
      expect(nodeIds).toContain(data.target);
    }
  });

  it('carries names, groups, states, types and notes', () => {
    const json = exportCytoscapeJson(dataset, S1E5);
    expect(json.elements.nodes.find((node) => node.data.ref === 'cassie')?.data).toEqual({
      id: 'n:cassie',
      ref: 'cassie',
      name: 'Cassie Shore',
      actor: 'Anna Maiche',
      group: 'students',
      state: 'in a coma, in septic shock',
    });
    const S1E7 = 6;
    expect(
      exportCytoscapeJson(dataset, S1E7).elements.edges.find(
        (edge) => edge.data.ref === 'monique-affair-caleb',
      )?.data,
    ).toMatchObject({
      source: 'n:monique',
      target: 'n:caleb',
      type: 'affair',
      label: 'Affair',
      directed: false,
      color: '#CC79A7',
      line: 'dashed',
      emphasis: 'normal',
      arrow: 'filled',
      note: expect.stringContaining('affair with her student'),
    });
    const finale = exportCytoscapeJson(dataset, 9);
    expect(finale.elements.nodes.find((node) => node.data.ref === 'ramon')?.data.state).toBe(
      'dead',
    );
  });

  it('keeps a character and a relationship with the same id apart, and writes positions', () => {
    const data = minimalData();
    data.characters[0] = { id: 'r1', name: 'Bette', position: { x: 3, y: 4 } };
    for (const relationship of data.relationships) relationship.source = 'r1';
    const result = validateGraphData(data);
    if (!result.ok) throw new Error('invalid test data');
    const json = exportCytoscapeJson(result.dataset, 1);
    expect(json.elements.nodes[0]).toEqual({
      data: { id: 'n:r1', ref: 'r1', name: 'Bette' },
      position: { x: 3, y: 4 },
    });
    expect(json.elements.edges.map((edge) => edge.data.id)).toContain('e:r1');
  });
});

// Hostile strings as ids, names, labels and notes are valid data, kept exactly as written.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  formatProblems,
  validateGraphData,
  validateGraphDataText,
  type GraphData,
} from '../../src/model';
import { CORPUS_FILE, hostileStrings } from '../fixtures/corpus';

const strings = hostileStrings();

function hostileData(): GraphData {
  return {
    schemaVersion: 2,
    show: { title: strings.join(' '), sources: [{ id: strings[0] as string, title: 'Corpus' }] },
    episodes: [{ id: 'S1E1' }, { id: 'S1E2' }],
    types: strings.map((label, index) => ({ id: `t${index}:${label}`, label })),
    characters: strings.map((value) => ({
      id: value,
      name: value,
      actor: value,
      group: value,
      notes: [{ from: 1, text: value }],
    })),
    relationships: strings.map((value, index) => ({
      id: value,
      source: value,
      target: strings[(index + 1) % strings.length] as string,
      type: `t${index}:${value}`,
      from: 'S1E1',
      note: value,
      sources: [{ source: strings[0] as string, detail: value }],
    })),
  };
}

describe('hostile strings corpus', () => {
  it('has the shared corpus copied unchanged', () => {
    expect(strings.length).toBeGreaterThan(20);
    const shared = resolve('../shared/corpus/hostile-strings.txt');
    if (existsSync(shared))
      expect(readFileSync(CORPUS_FILE, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });

  it('validates as ids, names, type labels and notes, and is stored exactly', async () => {
    const result = await validateGraphDataText(JSON.stringify(hostileData()));
    expect(result.ok ? [] : formatProblems('hostile.json', result.problems)).toEqual([]);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.characters.map((c) => c.id)).toEqual(strings);
    expect(dataset.characters.map((c) => c.notes[0]?.text)).toEqual(strings);
    for (const value of strings) expect(dataset.characterById.get(value)?.name).toBe(value);
    const snapshot = buildTimeline(dataset).snapshotAt(0);
    expect(snapshot.relationships.map((r) => r.id)).toEqual(strings);
    expect(snapshot.characters).toHaveLength(strings.length);
    // Nothing leaked onto shared prototypes.
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('is printed escaped and on one line when it is wrong', () => {
    const data = hostileData();
    data.relationships.forEach((relationship, index) => {
      (relationship as { target: string }).target = `${strings[index] as string}!`;
    });
    const result = validateGraphData(data);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : formatProblems('hostile.json', result.problems);
    expect(lines).toHaveLength(strings.length);
    for (const line of lines) {
      // eslint-disable-next-line no-control-regex -- a raw NUL must not reach the terminal
      expect(line).not.toMatch(/[\n\r\u0000\u202e\u200b]/);
      expect(line).toMatch(
        /^hostile\.json:\$\.relationships\[\d+\]\.target: unknown character ".*" — /,
      );
    }
  });
});

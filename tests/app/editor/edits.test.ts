// The editor's pure edit operations and its undo history, checked against the validator.
import { describe, expect, it } from 'vitest';
import { validateGraphData } from '../../../src/model';
import { tableNamed, type Column, type TableName } from '../../../src/app/editor/columns';
import {
  addRow,
  deleteRow,
  editCell,
  nextEpisodeId,
  setTitle,
  uniqueId,
} from '../../../src/app/editor/edits';
import { record, redo, startHistory, undo } from '../../../src/app/editor/history';
import { placeProblem, problemsByCell } from '../../../src/app/editor/cellProblems';
import { SHOW } from './show';

const column = (table: TableName, field: string): Column => {
  const found = tableNamed(table).columns.find((entry) => entry.field === field);
  if (!found) throw new Error(`no column ${field}`);
  return found;
};

describe('edit operations', () => {
  it('sets a cell without touching the original data', () => {
    const before = structuredClone(SHOW);
    const next = editCell(SHOW, 'characters', 1, column('characters', 'name'), 'Benedict');
    expect(next.characters[1]).toEqual({ id: 'ben', name: 'Benedict', group: 'crew' });
    expect(SHOW).toEqual(before);
    expect(next.characters[0]).toBe(SHOW.characters[0]);
  });

  it('removes an optional field that is emptied, and keeps an emptied required one', () => {
    const noGroup = editCell(SHOW, 'characters', 1, column('characters', 'group'), '');
    expect(noGroup.characters[1]).toEqual({ id: 'ben', name: 'Ben Hollow' });
    const noName = editCell(SHOW, 'characters', 1, column('characters', 'name'), '');
    expect(noName.characters[1]?.name).toBe('');
    const result = validateGraphData(noName);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual([['characters', 1, 'name']]);
  });

  it('reads a whole-number season as a number and anything else as text', () => {
    const season = column('episodes', 'season');
    expect(editCell(SHOW, 'episodes', 0, season, '2').episodes[0]).toEqual({
      id: 'S1E1',
      season: 2,
    });
    expect(editCell(SHOW, 'episodes', 0, season, 'Pilot').episodes[0]).toEqual({
      id: 'S1E1',
      season: 'Pilot',
    });
  });

  it('changes only the first citation of a relationship, keeping its detail and the rest', () => {
    const next = editCell(SHOW, 'relationships', 1, column('relationships', 'sources'), 'other');
    expect(next.relationships[1]?.sources).toEqual([
      { source: 'other', detail: 'scene 4' },
      { source: 'notes' },
    ]);
  });

  it('sets a flag to true and removes it when unticked', () => {
    const withType = addRow(SHOW, 'types').data;
    const directed = editCell(withType, 'types', 0, column('types', 'directed'), true);
    expect(directed.types?.[0]).toEqual({ id: 'new-type', label: 'New type', directed: true });
    expect(editCell(directed, 'types', 0, column('types', 'directed'), false).types?.[0]).toEqual({
      id: 'new-type',
      label: 'New type',
    });
  });

  it('adds rows that are valid at once, with fresh ids', () => {
    let data = SHOW;
    for (const table of ['episodes', 'characters', 'relationships', 'types'] as const) {
      const added = addRow(data, table);
      data = added.data;
      expect(validateGraphData(data)).toMatchObject({ ok: true });
    }
    expect(data.episodes.map((e) => e.id)).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E4']);
    expect(data.characters[3]).toEqual({ id: 'new-character', name: 'New character' });
    expect(data.relationships[2]).toEqual({
      id: 'new-relationship',
      source: 'ada',
      target: 'ben',
      type: 'sibling',
      from: 'S1E1',
      sources: [{ source: 'notes' }],
    });
    expect(addRow(data, 'characters').data.characters[4]?.id).toBe('new-character-2');
  });

  it('deletes a row; deleting the last type removes the optional list', () => {
    const next = deleteRow(SHOW, 'characters', 0);
    expect(next.characters.map((c) => c.id)).toEqual(['ben', 'cleo']);
    const result = validateGraphData(next);
    // The relationship that pointed at Ada is now reported at its source cell.
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toEqual(['relationships', 0, 'source']);
    const typed = addRow(SHOW, 'types').data;
    expect('types' in deleteRow(typed, 'types', 0)).toBe(false);
    expect(deleteRow(SHOW, 'characters', 9)).toBe(SHOW);
  });

  it('renames what refers to a character, type or episode whose id is edited', () => {
    const ben = editCell(SHOW, 'characters', 1, column('characters', 'id'), 'benny');
    expect(ben.relationships.map((r) => [r.source, r.target])).toEqual([
      ['ada', 'benny'],
      ['cleo', 'benny'],
    ]);
    expect(validateGraphData(ben)).toMatchObject({ ok: true });
    const episode = editCell(SHOW, 'episodes', 1, column('episodes', 'id'), 'S1E2b');
    expect(episode.relationships[1]?.from).toBe('S1E2b');
    expect(validateGraphData(episode)).toMatchObject({ ok: true });
    const typed = editCell(SHOW, 'relationships', 0, column('relationships', 'type'), 'kin');
    const kin = addRow(typed, 'types').data;
    const declared = editCell(kin, 'types', 0, column('types', 'id'), 'kin');
    // "new-type" had no relationships; renaming onto "kin" leaves the one already there.
    expect(declared.relationships[0]?.type).toBe('kin');
    // An id already taken is not merged into: the validator reports the duplicate instead.
    const taken = editCell(SHOW, 'characters', 1, column('characters', 'id'), 'ada');
    expect(taken.relationships[0]).toMatchObject({ source: 'ada', target: 'ben' });
  });

  it('makes unique ids and next episode ids', () => {
    expect(uniqueId('x', ['x', 'x-2'])).toBe('x-3');
    expect(uniqueId('S1E4', ['s1e4'], true)).toBe('S1E4-2');
    expect(nextEpisodeId({ ...SHOW, episodes: [{ id: 'A1S5' }] })).toBe('A1S6');
    expect(nextEpisodeId({ ...SHOW, episodes: [{ id: 'pilot' }] })).toBe('E2');
    expect(setTitle(SHOW, 'Docks').show).toEqual({ ...SHOW.show, title: 'Docks' });
  });
});

describe('undo history', () => {
  it('joins edits with the same key into one step and undoes and redoes them', () => {
    let history = startHistory('a');
    history = record(history, 'ab', 'cell');
    history = record(history, 'abc', 'cell');
    history = record(history, 'abcX', 'other');
    expect(history.past).toEqual(['a', 'abc']);
    history = undo(history);
    expect(history.present).toBe('abc');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe('abc');
    // Typing in the same cell after an undo is a new step, and drops the redo.
    history = record(history, 'abcd', 'cell');
    expect(history.past).toEqual(['a', 'abc']);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });
});

describe('problem placement', () => {
  it('puts a problem at the cell, the row or the show its path names', () => {
    const problem = (path: (string | number)[]) => ({ path, message: 'm', fix: 'f' });
    expect(placeProblem(problem(['characters', 2, 'name']))).toMatchObject({
      table: 'characters',
      row: 2,
      field: 'name',
    });
    expect(placeProblem(problem(['relationships', 0, 'sources', 0, 'source']))).toMatchObject({
      table: 'relationships',
      row: 0,
      field: 'sources',
    });
    expect(placeProblem(problem(['characters', 1, 'states', 0, 'from']))).toMatchObject({
      row: 1,
      field: undefined,
    });
    const cells = problemsByCell([problem(['show', 'sources']), problem(['types', 0, 'color'])]);
    expect([...cells.keys()]).toEqual(['types:0:color']);
  });
});

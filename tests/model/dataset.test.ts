// The shipped Tiny Pretty Things dataset tells the story its sources tell, as it unfolds.
import { describe, expect, it } from 'vitest';
import { buildTimeline, validateGraphData, type Dataset, type Snapshot } from '../../src/model';
import { minimalData, shippedDataset } from '../fixtures/data';

const result = validateGraphData(shippedDataset());
if (!result.ok) throw new Error('shipped dataset is invalid');
const dataset: Dataset = result.dataset;
const timeline = buildTimeline(dataset);
const at = (id: string) =>
  timeline.snapshotAt(dataset.episodes.findIndex((episode) => episode.id === id));
const stateOf = (snapshot: Snapshot, id: string) =>
  snapshot.characters.find((c) => c.character.id === id)?.state;
const ties = (snapshot: Snapshot, type: string) =>
  snapshot.relationships.filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`);

describe('episode notes and citations in the model', () => {
  it("carries an episode's note and uncovered mark, and each note's and state's sources", () => {
    const data = minimalData();
    data.episodes[1] = { id: 'S1E2', note: 'No source covers this episode.', uncovered: true };
    data.characters[2] = {
      id: 'cassie',
      name: 'Cassie',
      states: [
        { state: 'in a coma', from: 'S1E1', sources: [{ source: 'article', detail: 'p. 1' }] },
      ],
      notes: [
        { from: 'S1E2', text: 'Falls.', sources: [{ source: 'article' }] },
        { from: 1, text: 'Uncited.' },
      ],
    };
    const result = validateGraphData(data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { episodes, characterById } = result.dataset;
    expect(episodes.map(({ note, uncovered }) => ({ note, uncovered }))).toEqual([
      { note: undefined, uncovered: false },
      { note: 'No source covers this episode.', uncovered: true },
      { note: undefined, uncovered: false },
    ]);
    const cassie = characterById.get('cassie');
    expect(cassie?.states[0]?.sources).toEqual([{ source: 'article', detail: 'p. 1' }]);
    // Notes are sorted by episode; the uncited one has no sources, not undefined.
    expect(cassie?.notes.map((note) => [note.text, note.sources])).toEqual([
      ['Uncited.', []],
      ['Falls.', [{ source: 'article', detail: undefined }]],
    ]);
  });
});

describe('Tiny Pretty Things season 1', () => {
  it('has ten episodes, a source for every relationship and notes on its choices', () => {
    expect(dataset.episodes.map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `S1E${i + 1}`),
    );
    for (const relationship of dataset.relationships) {
      expect(relationship.sources.length).toBeGreaterThan(0);
      for (const citation of relationship.sources)
        expect(dataset.sourceById.has(citation.source)).toBe(true);
    }
    expect(dataset.show.notes?.length).toBeGreaterThan(3);
  });

  it('follows Cassie from coma to waking', () => {
    expect(stateOf(at('S1E1'), 'cassie')).toBe('in a coma');
    expect(stateOf(at('S1E10'), 'cassie')).toBe('awake');
  });

  it('moves the attack from an unknown person to Bette to Delia, without spoiling earlier episodes', () => {
    const early = at('S1E1');
    expect(ties(early, 'suspect')).not.toContain('bette>cassie');
    expect(early.characters.map((c) => c.character.id)).not.toContain('delia');
    const finale = at('S1E10');
    const delia = finale.relationships.find((r) => r.source === 'delia' && r.target === 'cassie');
    expect(delia?.happened).toBe(0);
    expect(
      ties(finale, 'sibling').some((tie) => tie === 'bette>delia' || tie === 'delia>bette'),
    ).toBe(true);
    const named = dataset.relationships.find(
      (r) => r.source === 'bette' && r.target === 'cassie' && r.type === 'suspect',
    );
    expect(named).toBeDefined();
    expect(named && named.until !== undefined && named.until < 9).toBe(true);
  });

  it('ends with Ramon dead and found', () => {
    expect(stateOf(at('S1E9'), 'ramon')).not.toBe('dead');
    expect(stateOf(at('S1E10'), 'ramon')).toBe('dead');
    const ramon = dataset.characterById.get('ramon');
    expect(ramon?.actor).toBe('Bayardo De Murguia');
    expect(ties(at('S1E3'), 'abuse').some((tie) => tie.startsWith('ramon>'))).toBe(false);
    expect(ties(at('S1E4'), 'abuse')).toContain('ramon>bette');
    // Three girls found over the body, and the two who find them; no edge names a killer.
    expect(ties(at('S1E10'), 'at-body').sort()).toEqual([
      'bette>ramon',
      'isabel>ramon',
      'june>ramon',
      'neveah>ramon',
      'torri>ramon',
    ]);
    expect(ties(at('S1E10'), 'attacked')).toContain('unknown-killer>ramon');
  });

  it('has the cast, ties, types and sources of an episode-by-episode build', () => {
    const placeholders = new Set(['unknown', 'institution', 'patrons']);
    const people = dataset.characters.filter((c) => !placeholders.has(c.group ?? ''));
    expect(people.length).toBeGreaterThanOrEqual(25);
    expect(dataset.relationships.length).toBeGreaterThanOrEqual(50);
    const used = new Set(dataset.relationships.map((r) => r.type));
    for (const type of ['affair', 'abuse', 'sibling', 'suspect']) expect(used).toContain(type);
    const suspicionStarts = new Set(
      dataset.relationships.filter((r) => r.type === 'suspect').map((r) => r.from),
    );
    expect(suspicionStarts.size).toBeGreaterThanOrEqual(3);
    const sources = dataset.show.sources;
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const source of sources) expect(source.url).toMatch(/^https?:\/\//);
    // Every episode a source names has its title; no source gives S1E6's or S1E8's.
    expect(dataset.episodes.filter((e) => e.title === undefined).map((e) => e.id)).toEqual([
      'S1E6',
      'S1E8',
    ]);
    // S1E6, which no source covers, is marked so, and its note says it.
    expect(dataset.episodes.filter((e) => e.uncovered).map((e) => e.id)).toEqual(['S1E6']);
    expect(dataset.episodes[5]?.note).toMatch(/no source covers/i);
  });

  it('cites a known page for every note and state, in its sources rather than its text', () => {
    for (const character of dataset.characters) {
      for (const entry of [...character.notes, ...character.states]) {
        expect(entry.sources.length, `${character.id} at ${entry.from}`).toBeGreaterThan(0);
        for (const citation of entry.sources) {
          expect(dataset.sourceById.has(citation.source)).toBe(true);
          expect(citation.detail).toBeDefined();
        }
      }
      for (const note of character.notes) expect(note.text).not.toMatch(/\[[^\]]*\]\s*$/);
    }
  });

  it('never cites, at an episode, a page about a later one', () => {
    // Recap ids end in their episode (trg-e7); the finale pieces are about S1E10.
    const finale = new Set(['republic', 'dipp', 'elite-daily']);
    const about = (source: string) => {
      const recap = /-e(\d+)$/.exec(source);
      if (recap) return Number(recap[1]) - 1;
      return finale.has(source) ? 9 : 0;
    };
    const cited = [
      ...dataset.relationships.map((r) => ({ what: r.id, from: r.from, sources: r.sources })),
      ...dataset.characters.flatMap((c) =>
        [...c.notes, ...c.states].map((entry) => ({
          what: `${c.id} at ${entry.from}`,
          from: entry.from,
          sources: entry.sources,
        })),
      ),
    ];
    for (const { what, from, sources } of cited)
      for (const citation of sources)
        expect(about(citation.source), `${what} cites ${citation.source}`).toBeLessThanOrEqual(
          from,
        );
  });

  it('credits the actors the sources pair with their parts', () => {
    const actors = Object.fromEntries(
      dataset.characters.filter((c) => c.actor).map((c) => [c.id, c.actor]),
    );
    expect(actors).toMatchObject({
      torri: 'Jessica Greco',
      bette: 'Casimere Jollette',
      june: 'Daniela Norman',
    });
  });
});

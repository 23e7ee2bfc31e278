import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../src/app/panels';
import { minimalData } from '../../fixtures/data';
import { episodeAt, shippedTimeline, timelineOf } from './helpers';

const texts = (timeline: ReturnType<typeof shippedTimeline>, from: string, to: string) =>
  describeChanges(
    timeline.dataset,
    timeline.diff(episodeAt(timeline, from), episodeAt(timeline, to)),
  ).map((change) => change.text);

describe('describeChanges', () => {
  it('tells S1E8 → S1E9 in reading order: new, changed, ended', () => {
    expect(texts(shippedTimeline(), 'S1E8', 'S1E9')).toEqual([
      'New: June Park — Stands up to → Monique DuBois.',
      'New: Neveah Stroyer — Exposes → Archer School of Ballet.',
      'New: Travis — Suspect → Cassie Shore.',
      'Cassie Shore is now waking.',
      'New note on Cassie Shore.',
      'New note on Neveah Stroyer.',
      'New note on June Park.',
      'New note on Bette Whitlaw.',
      'New note on Nabil.',
      'New note on Caleb.',
      'New note on Monique DuBois.',
      'New note on Katrina Whitlaw.',
      'New note on Officer Isabel Cruz.',
      'New note on Archer School of Ballet.',
      'Ended: Nabil — Suspect → Cassie Shore.',
    ]);
  });

  it('tells the finale, with the reveal of an earlier attack', () => {
    const sentences = texts(shippedTimeline(), 'S1E9', 'S1E10');
    // Entering, new, changed, ended, leaving, in that order.
    expect(sentences[0]).toBe("Enters the story: Matteo's mother.");
    expect(sentences).toContain('New: Delia Whitlaw — Attacks → Cassie Shore (happened in S1E1).');
    expect(sentences).toContain('New: Ramon Costa — Affair — Cassie Shore (happened in S1E1).');
    expect(sentences).toContain('Ramon Costa is now dead.');
    expect(sentences).toContain('Bette Whitlaw is now released after arrest.');
    expect(sentences).toContain(
      'New: Officer Isabel Cruz — Police: finds, questions → Bette Whitlaw (happened in S1E9).',
    );
    expect(sentences).toContain('New note on Cassie Shore.');
    expect(sentences.slice(-3)).toEqual([
      'Ended: Officer Isabel Cruz — Police: finds, questions → Bette Whitlaw.',
      'Ended: Travis — Suspect → Cassie Shore.',
      'Leaves the story: The hooded figure.',
    ]);
    expect(sentences).toHaveLength(55);
  });

  it('targets the character or relationship each sentence is about, with unique ids', () => {
    const timeline = shippedTimeline();
    const changes = describeChanges(timeline.dataset, timeline.diff(8, 9));
    expect(
      changes.find((change) => change.text === "Enters the story: Matteo's mother.")?.target,
    ).toEqual({ kind: 'character', id: 'matteos-mother' });
    expect(changes.find((change) => change.text.startsWith('New: Delia'))?.target).toEqual({
      kind: 'relationship',
      id: 'delia-attacked-cassie',
    });
    // Ramon both changes state and gains a note: two changes, two ids.
    const ramon = changes.filter(
      (change) => change.target.id === 'ramon' && change.target.kind === 'character',
    );
    expect(ramon.map((change) => change.kind)).toEqual(['state', 'notes']);
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
  });

  it('is empty when nothing changes', () => {
    const timeline = shippedTimeline();
    expect(texts(timeline, 'S1E5', 'S1E6')).toEqual([]);
  });

  it('counts several new notes and reads a backward step sensibly', () => {
    const data = minimalData();
    data.characters[0] = {
      id: 'bette',
      name: 'Bette',
      notes: [
        { from: 'S1E1', text: 'one' },
        { from: 'S1E3', text: 'two' },
        { from: 'S1E3', text: 'three' },
      ],
    };
    const timeline = timelineOf(data);
    const forward = describeChanges(timeline.dataset, timeline.diff(1, 2)).map((c) => c.text);
    expect(forward).toEqual([
      '2 new notes on Bette.',
      'Cassie is now awake.',
      'Ended: Bette — Suspect → Cassie.',
    ]);
    const backward = describeChanges(timeline.dataset, timeline.diff(2, 1)).map((c) => c.text);
    // Stepping back, what returns reads as new and later notes are put away.
    expect(backward).toEqual([
      'New: Bette — Suspect → Cassie.',
      'Fewer notes on Bette.',
      'Cassie is now in a coma.',
    ]);
  });
});

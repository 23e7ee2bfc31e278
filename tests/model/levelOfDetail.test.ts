import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, levelOfDetail, validateGraphData } from '../../src/model';
import { syntheticShow } from '../../src/model/synthetic';

function timelineOf(characters: number, relationships: number, seed: number) {
  const result = validateGraphData(
    syntheticShow({ characters, relationships, episodes: 12, seed }),
  );
  if (!result.ok) throw new Error('synthetic data invalid');
  return buildTimeline(result.dataset);
}

const big = timelineOf(2000, 6000, 3);

describe('level of detail', () => {
  it('keeps everything within the budget, and on "show all"', () => {
    const small = timelineOf(30, 60, 1).snapshotAt(11);
    const detail = levelOfDetail(small, { budget: 1500 });
    expect(detail.reduced).toBe(false);
    expect(detail.snapshot.relationships).toHaveLength(small.relationships.length);
    const all = levelOfDetail(big.snapshotAt(11), { budget: 100, showAll: true });
    expect(all.reduced).toBe(false);
    expect(all.snapshot.characters).toHaveLength(big.snapshotAt(11).characters.length);
  });

  it('thins a big episode to the budget with the hubs, never an edge without its ends', () => {
    fc.assert(
      fc.property(
        fc.nat(11),
        fc.integer({ min: 50, max: 3000 }),
        fc.array(fc.nat(1999), { maxLength: 3 }),
        (episode, budget, focusIndexes) => {
          const snapshot = big.snapshotAt(episode);
          const present = snapshot.characters.map((entry) => entry.character.id);
          const focus = focusIndexes
            .map((index) => `c${index}`)
            .filter((id) => present.includes(id));
          const detail = levelOfDetail(snapshot, { budget, focus });
          const kept = new Set(detail.snapshot.characters.map((entry) => entry.character.id));
          for (const relationship of detail.snapshot.relationships) {
            expect(kept.has(relationship.source) && kept.has(relationship.target)).toBe(true);
          }
          // Every relationship among kept characters is drawn.
          const among = snapshot.relationships.filter(
            (r) => kept.has(r.source) && kept.has(r.target),
          );
          expect(detail.snapshot.relationships).toHaveLength(among.length);
          for (const id of focus) {
            expect(kept.has(id)).toBe(true);
            for (const r of snapshot.relationships) {
              if (r.source === id) expect(kept.has(r.target)).toBe(true);
              if (r.target === id) expect(kept.has(r.source)).toBe(true);
            }
          }
          if (focus.length === 0 && detail.reduced) {
            expect(
              detail.snapshot.characters.length + detail.snapshot.relationships.length,
            ).toBeLessThanOrEqual(budget);
          }
          expect(detail.total).toEqual({
            characters: snapshot.characters.length,
            relationships: snapshot.relationships.length,
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('prefers the most connected characters and is stable', () => {
    const snapshot = big.snapshotAt(11);
    const first = levelOfDetail(snapshot, { budget: 400 });
    const second = levelOfDetail(snapshot, { budget: 400 });
    expect(first.snapshot.characters.map((c) => c.character.id)).toEqual(
      second.snapshot.characters.map((c) => c.character.id),
    );
    expect(first.snapshot.characters.map((c) => c.character.id)).toContain('c0'); // the top of the power law
  });

  it('leaves hidden types out before counting', () => {
    const snapshot = big.snapshotAt(11);
    const detail = levelOfDetail(snapshot, { budget: 100_000, hiddenTypes: new Set(['affair']) });
    expect(detail.snapshot.relationships.some((r) => r.type === 'affair')).toBe(false);
    expect(detail.total.relationships).toBe(
      snapshot.relationships.filter((r) => r.type !== 'affair').length,
    );
  });
});

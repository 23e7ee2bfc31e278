// The timeline engine against a brute-force reference on random datasets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiff,
  buildTimeline,
  validateGraphData,
  type Dataset,
  type Diff,
  type GraphData,
  type Snapshot,
} from '../../src/model';

const TYPES = ['affair', 'abuse', 'sibling', 'suspect', 'parent'];
const RUNS = 1000;

interface Plan {
  episodes: number;
  characters: {
    first: number | null;
    stay: number | null;
    /** Leaves after `stay`, is away `gap` episodes, comes back for `length` (or to the end). */
    comeback: { gap: number; length: number | null } | null;
    states: number[];
    notes: number[];
  }[];
  relationships: {
    source: number;
    target: number;
    type: number;
    from: number;
    length: number | null;
    back: number | null;
  }[];
}

const planArbitrary: fc.Arbitrary<Plan> = fc.integer({ min: 1, max: 8 }).chain((episodes) =>
  fc.integer({ min: 2, max: 9 }).chain((characterCount) =>
    fc.record({
      episodes: fc.constant(episodes),
      characters: fc.array(
        fc.record({
          first: fc.option(fc.integer({ min: 0, max: episodes - 1 })),
          stay: fc.option(fc.integer({ min: 0, max: episodes })),
          comeback: fc.option(
            fc.record({
              gap: fc.integer({ min: 1, max: 3 }),
              length: fc.option(fc.integer({ min: 0, max: episodes })),
            }),
          ),
          states: fc.uniqueArray(fc.integer({ min: 0, max: episodes - 1 }), { maxLength: 3 }),
          notes: fc.array(fc.integer({ min: 0, max: episodes - 1 }), { maxLength: 3 }),
        }),
        { minLength: characterCount, maxLength: characterCount },
      ),
      relationships: fc.array(
        fc.record({
          source: fc.integer({ min: 0, max: characterCount - 1 }),
          target: fc.integer({ min: 0, max: characterCount - 1 }),
          type: fc.integer({ min: 0, max: TYPES.length - 1 }),
          from: fc.integer({ min: 0, max: episodes - 1 }),
          length: fc.option(fc.integer({ min: 0, max: episodes })),
          back: fc.option(fc.integer({ min: 0, max: episodes })),
        }),
        { maxLength: 25 },
      ),
    }),
  ),
);

interface Stretch {
  from: number;
  until: number;
}

/** When each character of a plan is in the story: one stretch, or two with a gap between. */
function stretchesOf(plan: Plan): Stretch[][] {
  const last = plan.episodes - 1;
  return plan.characters.map((character) => {
    // A character leaves only when it has an explicit firstEpisode to count from.
    if (character.first === null || character.stay === null) {
      return [{ from: character.first ?? 0, until: last }];
    }
    const end = Math.min(last, character.first + character.stay);
    const stretches = [{ from: character.first, until: end }];
    const back = character.comeback && end + character.comeback.gap + 1;
    if (character.comeback && back !== null && back <= last) {
      const { length } = character.comeback;
      stretches.push({ from: back, until: length === null ? last : Math.min(last, back + length) });
    }
    return stretches;
  });
}

/** A valid data file from a plan: relationships hold only while both characters are in the story. */
function dataFromPlan(plan: Plan): GraphData {
  const last = plan.episodes - 1;
  const ep = (position: number) => `S1E${position + 1}`;
  const stretches = stretchesOf(plan);
  const leaves = stretches.map((own) => (own[own.length - 1] as Stretch).until);
  const holding = (side: number, episode: number) =>
    stretches[side]?.find((stretch) => stretch.from <= episode && episode <= stretch.until);
  return {
    schemaVersion: 2,
    show: { title: 'Random', sources: [{ id: 's', title: 'Source' }] },
    episodes: Array.from({ length: plan.episodes }, (_, i) => ({ id: ep(i) })),
    types: [{ id: 'parent', label: 'Parent', directed: true }],
    characters: plan.characters.map((character, index) => {
      const own = stretches[index] as Stretch[];
      const presence =
        own.length > 1
          ? {
              spans: own.map((stretch) => ({
                from: ep(stretch.from),
                ...(stretch.until === last ? {} : { until: ep(stretch.until) }),
              })),
            }
          : {
              ...(character.first === null ? {} : { firstEpisode: ep(character.first) }),
              ...(leaves[index] === last ? {} : { until: ep(leaves[index] as number) }),
            };
      return {
        id: `c${index}`,
        name: `Character ${index}`,
        ...presence,
        states: [...character.states]
          .sort((a, b) => a - b)
          .map((from, i) => ({ state: `state${i % 2}`, from: ep(from) })),
        notes: character.notes
          .filter((from) => from <= (leaves[index] as number))
          .map((from, i) => ({ from: from + 1, text: `note ${i}` })),
      };
    }),
    relationships: plan.relationships
      .filter((relationship) => relationship.source !== relationship.target)
      .flatMap((relationship) => {
        // Start when both are present, in a stretch each, and end before either leaves it.
        const sides = [relationship.source, relationship.target];
        let from = relationship.from;
        for (let round = 0; round < 3; round++) {
          for (const side of sides) {
            const next = stretches[side]?.find((stretch) => stretch.until >= from);
            from = next ? Math.max(from, next.from) : Infinity;
          }
        }
        const held = sides.map((side) => holding(side, from));
        if (held.some((stretch) => stretch === undefined)) return [];
        const bound = Math.min(...held.map((stretch) => (stretch as Stretch).until));
        return [{ relationship, from, bound }];
      })
      .map(({ relationship, from, bound }, index) => {
        const wanted =
          relationship.length === null ? undefined : Math.min(last, from + relationship.length);
        const until = bound < last ? Math.min(bound, wanted ?? bound) : wanted;
        const happened =
          relationship.back === null ? undefined : Math.max(0, from - relationship.back);
        return {
          id: `r${index}`,
          source: `c${relationship.source}`,
          target: `c${relationship.target}`,
          type: TYPES[relationship.type] as string,
          from: ep(from),
          ...(until === undefined ? {} : { until: until + 1 }),
          ...(happened === undefined ? {} : { happened: ep(happened) }),
          sources: [{ source: 's' }],
        };
      }),
  };
}

function datasetFromPlan(plan: Plan): Dataset {
  const result = validateGraphData(dataFromPlan(plan));
  if (!result.ok)
    throw new Error(`generator made an invalid file: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

// ---- brute-force reference: rescans everything, no indexes ----

const position = (ref: unknown) => Number(String(ref).slice(3)) - 1;

function referenceIntroduced(dataset: Dataset, id: string, raw: GraphData): number {
  const character = raw.characters.find((c) => c.id === id);
  if (character?.spans) return position(character.spans[0]?.from);
  if (character?.firstEpisode !== undefined) return position(character.firstEpisode);
  const mentions = [
    ...dataset.relationships.filter((r) => r.source === id || r.target === id).map((r) => r.from),
    ...(dataset.characterById.get(id)?.states ?? []).map((s) => s.from),
    ...(dataset.characterById.get(id)?.notes ?? []).map((n) => n.from),
  ];
  return mentions.length > 0 ? Math.min(...mentions) : 0;
}

function referencePresent(dataset: Dataset, id: string, raw: GraphData, episode: number): boolean {
  const last = dataset.episodes.length - 1;
  const character = raw.characters.find((c) => c.id === id);
  if (character?.spans) {
    return character.spans.some(
      (span) =>
        position(span.from) <= episode &&
        episode <= (span.until === undefined ? last : position(span.until)),
    );
  }
  const until = character?.until;
  const leaves = until === undefined ? last : position(until);
  return referenceIntroduced(dataset, id, raw) <= episode && episode <= leaves;
}

interface Flat {
  characters: string[];
  relationships: string[];
  counts: [string, number][];
}

function referenceAt(dataset: Dataset, raw: GraphData, episode: number): Flat {
  const last = dataset.episodes.length - 1;
  const characters = dataset.characters
    .filter((c) => referencePresent(dataset, c.id, raw, episode))
    .map((c) => {
      const states = c.states.filter((s) => s.from <= episode);
      const notes = c.notes.filter((n) => n.from <= episode);
      return `${c.id}|${states[states.length - 1]?.state ?? '-'}|${notes.length}`;
    })
    .sort();
  const active = dataset.relationships.filter(
    (r) => r.from <= episode && episode <= (r.until ?? last),
  );
  const counts = new Map<string, number>();
  for (const r of active) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  return { characters, relationships: active.map((r) => r.id).sort(), counts: [...counts].sort() };
}

function flatten(snapshot: Snapshot): Flat {
  return {
    characters: snapshot.characters
      .map((c) => `${c.character.id}|${c.state ?? '-'}|${c.notes.length}`)
      .sort(),
    relationships: snapshot.relationships.map((r) => r.id).sort(),
    counts: [...snapshot.countsByType].sort(),
  };
}

const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x)).sort();
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();

function referenceDiff(dataset: Dataset, raw: GraphData, from: number, to: number) {
  const a = referenceAt(dataset, raw, from);
  const b = referenceAt(dataset, raw, to);
  const idOf = (entry: string) => entry.split('|')[0] as string;
  const aIds = a.characters.map(idOf);
  const bIds = b.characters.map(idOf);
  return {
    charactersAdded: minus(bIds, aIds),
    charactersRemoved: minus(aIds, bIds),
    charactersChanged: a.characters
      .filter((entry) => bIds.includes(idOf(entry)) && !b.characters.includes(entry))
      .map(idOf)
      .sort(),
    relationshipsAdded: minus(b.relationships, a.relationships),
    relationshipsRemoved: minus(a.relationships, b.relationships),
  };
}

function summarize(diff: Diff) {
  return {
    charactersAdded: diff.characters.added.map((c) => c.character.id).sort(),
    charactersRemoved: ids(diff.characters.removed),
    charactersChanged: diff.characters.changed.map((c) => c.after.character.id).sort(),
    relationshipsAdded: ids(diff.relationships.added),
    relationshipsRemoved: ids(diff.relationships.removed),
  };
}

const withEpisodes = planArbitrary.chain((plan) =>
  fc.tuple(fc.constant(plan), fc.nat(plan.episodes - 1), fc.nat(plan.episodes - 1)),
);

// A thousand runs each, with a reference that rescans everything: slow on a busy machine.
describe(
  'timeline engine (property tests against a brute-force reference)',
  { timeout: 30_000 },
  () => {
    it('snapshotAt equals the reference at every episode', () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const raw = dataFromPlan(plan);
          const dataset = datasetFromPlan(plan);
          const timeline = buildTimeline(dataset);
          for (let episode = 0; episode < plan.episodes; episode++) {
            expect(flatten(timeline.snapshotAt(episode))).toEqual(
              referenceAt(dataset, raw, episode),
            );
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('diff(a, b) equals the reference, forwards and backwards', () => {
      fc.assert(
        fc.property(withEpisodes, ([plan, a, b]) => {
          const raw = dataFromPlan(plan);
          const dataset = datasetFromPlan(plan);
          const timeline = buildTimeline(dataset);
          expect(summarize(timeline.diff(a, b))).toEqual(referenceDiff(dataset, raw, a, b));
        }),
        { numRuns: RUNS },
      );
    });

    it('applying diff(a, b) to snapshotAt(a) gives snapshotAt(b)', () => {
      fc.assert(
        fc.property(withEpisodes, ([plan, a, b]) => {
          const timeline = buildTimeline(datasetFromPlan(plan));
          const applied = applyDiff(timeline.snapshotAt(a), timeline.diff(a, b));
          expect(applied.episode).toBe(b);
          expect(flatten(applied)).toEqual(flatten(timeline.snapshotAt(b)));
        }),
        { numRuns: RUNS },
      );
    });

    it('a chain of diffs through random episodes ends at the last snapshot', () => {
      fc.assert(
        fc.property(
          planArbitrary.chain((plan) =>
            fc.tuple(
              fc.constant(plan),
              fc.array(fc.nat(plan.episodes - 1), { minLength: 1, maxLength: 12 }),
            ),
          ),
          ([plan, path]) => {
            const timeline = buildTimeline(datasetFromPlan(plan));
            let snapshot = timeline.snapshotAt(0);
            for (const episode of path)
              snapshot = applyDiff(snapshot, timeline.diff(snapshot.episode, episode));
            expect(flatten(snapshot)).toEqual(
              flatten(timeline.snapshotAt(path[path.length - 1] as number)),
            );
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('isPresent agrees with the characters of snapshotAt', () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const timeline = buildTimeline(datasetFromPlan(plan));
          for (let episode = 0; episode < plan.episodes; episode++) {
            const present = new Set(
              timeline.snapshotAt(episode).characters.map((c) => c.character.id),
            );
            for (const character of timeline.dataset.characters) {
              expect(timeline.isPresent(character.id, episode)).toBe(present.has(character.id));
            }
            expect(timeline.isPresent('no such character', episode)).toBe(false);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('counts changes per episode as the size of the step into it', () => {
      fc.assert(
        fc.property(planArbitrary, (plan) => {
          const timeline = buildTimeline(datasetFromPlan(plan));
          const counts = timeline.changeCounts();
          const first = timeline.snapshotAt(0);
          expect(counts[0]).toBe(first.characters.length + first.relationships.length);
          for (let episode = 1; episode < plan.episodes; episode++) {
            const step = summarize(timeline.diff(episode - 1, episode));
            expect(counts[episode]).toBe(
              step.charactersAdded.length +
                step.charactersRemoved.length +
                step.charactersChanged.length +
                step.relationshipsAdded.length +
                step.relationshipsRemoved.length,
            );
          }
        }),
        { numRuns: RUNS },
      );
    });
  },
);

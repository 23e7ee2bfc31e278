// The timeline engine: what a viewer knows at an episode, and what changes between two.
//
// Built once in O(n log n). Relationships are bucketed by the episode they start in
// (sorted by end, latest first) and by the episode they end in (sorted by start), so a
// snapshot or a diff reads only the prefix of each bucket that belongs to the answer:
// O(E + answer) per call, where E, the number of episodes, is tiny next to n.
import type { Character, CharacterNote, Dataset, Relationship } from './dataset';

export interface CharacterAt {
  readonly character: Character;
  /** Latest state as of this episode, if any. */
  readonly state: string | undefined;
  /** Notes unlocked so far, oldest first. */
  readonly notes: readonly CharacterNote[];
}

export interface Snapshot {
  readonly episode: number;
  /** Present characters, in order of introduction. */
  readonly characters: readonly CharacterAt[];
  readonly relationships: readonly Relationship[];
  /** Active relationships per type id (types with none are absent). */
  readonly countsByType: ReadonlyMap<string, number>;
}

export interface CharacterChange {
  readonly before: CharacterAt;
  readonly after: CharacterAt;
}

export interface Diff {
  readonly from: number;
  readonly to: number;
  readonly characters: {
    readonly added: readonly CharacterAt[];
    readonly removed: readonly Character[];
    /** Present at both ends with a different state or more/fewer notes. */
    readonly changed: readonly CharacterChange[];
  };
  readonly relationships: {
    readonly added: readonly Relationship[];
    readonly removed: readonly Relationship[];
  };
}

export interface Timeline {
  readonly dataset: Dataset;
  readonly episodeCount: number;
  snapshotAt(episode: number): Snapshot;
  diff(from: number, to: number): Diff;
  /** Number of changes arriving in each episode (the first counts everything it shows). */
  changeCounts(): readonly number[];
}

/** Index of the first element of a sorted array greater than `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastFrom<T extends { from: number }>(entries: readonly T[], episode: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as T).from <= episode) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sameCharacterAt = (a: CharacterAt, b: CharacterAt) =>
  a.state === b.state && a.notes.length === b.notes.length;

export function buildTimeline(dataset: Dataset): Timeline {
  const episodeCount = dataset.episodes.length;
  const last = episodeCount - 1;
  const clamp = (episode: number) => Math.max(0, Math.min(last, Math.trunc(episode)));
  const endOf = (relationship: Relationship) => relationship.until ?? last;

  const byStart: Relationship[][] = Array.from({ length: episodeCount }, () => []);
  const byEnd: Relationship[][] = Array.from({ length: episodeCount }, () => []);
  for (const relationship of dataset.relationships) {
    byStart[relationship.from]?.push(relationship);
    byEnd[endOf(relationship)]?.push(relationship);
  }
  for (const bucket of byStart) bucket.sort((a, b) => endOf(b) - endOf(a));
  for (const bucket of byEnd) bucket.sort((a, b) => a.from - b.from);

  const characters = [...dataset.characters].sort((a, b) => a.introduced - b.introduced);
  const introductions = characters.map((character) => character.introduced);
  // Characters whose state or notes change in each episode (possibly repeated).
  const characterEvents: Character[][] = Array.from({ length: episodeCount }, () => []);
  for (const character of characters) {
    for (const entry of [...character.states, ...character.notes]) {
      if (entry.from > character.introduced) characterEvents[entry.from]?.push(character);
    }
  }

  const characterAt = (character: Character, episode: number): CharacterAt => {
    const stateCount = lastFrom(character.states, episode);
    return {
      character,
      state: stateCount > 0 ? character.states[stateCount - 1]?.state : undefined,
      notes: character.notes.slice(0, lastFrom(character.notes, episode)),
    };
  };

  /** Relationships starting in (lo, hi] and still holding at hi. */
  const startedBetween = (lo: number, hi: number, out: Relationship[]) => {
    for (let start = lo + 1; start <= hi; start++) {
      for (const relationship of byStart[start] as Relationship[]) {
        if (endOf(relationship) < hi) break;
        out.push(relationship);
      }
    }
    return out;
  };

  /** Relationships holding at lo and ending before hi. */
  const endedBetween = (lo: number, hi: number, out: Relationship[]) => {
    for (let end = lo; end < hi; end++) {
      for (const relationship of byEnd[end] as Relationship[]) {
        if (relationship.from > lo) break;
        out.push(relationship);
      }
    }
    return out;
  };

  const snapshotAt = (requested: number): Snapshot => {
    const episode = clamp(requested);
    const relationships = startedBetween(-1, episode, []);
    const countsByType = new Map<string, number>();
    for (const relationship of relationships) {
      countsByType.set(relationship.type, (countsByType.get(relationship.type) ?? 0) + 1);
    }
    const present = characters.slice(0, upperBound(introductions, episode));
    return {
      episode,
      characters: present.map((character) => characterAt(character, episode)),
      relationships,
      countsByType,
    };
  };

  const diff = (requestedFrom: number, requestedTo: number): Diff => {
    const from = clamp(requestedFrom);
    const to = clamp(requestedTo);
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const arriving = startedBetween(lo, hi, []);
    const leaving = endedBetween(lo, hi, []);
    const introduced = characters.slice(
      upperBound(introductions, lo),
      upperBound(introductions, hi),
    );

    const changed: CharacterChange[] = [];
    const seen = new Set<Character>();
    for (let episode = lo + 1; episode <= hi; episode++) {
      for (const character of characterEvents[episode] as Character[]) {
        if (character.introduced > lo || seen.has(character)) continue;
        seen.add(character);
        const before = characterAt(character, from);
        const after = characterAt(character, to);
        if (!sameCharacterAt(before, after)) changed.push({ before, after });
      }
    }

    const forward = to >= from;
    return {
      from,
      to,
      characters: {
        added: forward ? introduced.map((character) => characterAt(character, to)) : [],
        removed: forward ? [] : introduced,
        changed,
      },
      relationships: forward
        ? { added: arriving, removed: leaving }
        : { added: leaving, removed: arriving },
    };
  };

  let changeCountsCache: number[] | undefined;
  const changeCounts = () => {
    changeCountsCache ??= dataset.episodes.map((_, episode) => {
      if (episode === 0) {
        const first = snapshotAt(0);
        return first.characters.length + first.relationships.length;
      }
      const step = diff(episode - 1, episode);
      return (
        step.characters.added.length +
        step.characters.changed.length +
        step.relationships.added.length +
        step.relationships.removed.length
      );
    });
    return changeCountsCache;
  };

  return { dataset, episodeCount, snapshotAt, diff, changeCounts };
}

/** The snapshot at `diff.to`, from the snapshot at `diff.from` and the diff between them. */
export function applyDiff(snapshot: Snapshot, change: Diff): Snapshot {
  const removedCharacters = new Set(change.characters.removed);
  const changedCharacters = new Map(
    change.characters.changed.map((c) => [c.after.character, c.after]),
  );
  const removedRelationships = new Set(change.relationships.removed);
  const relationships = [
    ...snapshot.relationships.filter((relationship) => !removedRelationships.has(relationship)),
    ...change.relationships.added,
  ];
  const countsByType = new Map<string, number>();
  for (const relationship of relationships) {
    countsByType.set(relationship.type, (countsByType.get(relationship.type) ?? 0) + 1);
  }
  return {
    episode: change.to,
    characters: [
      ...snapshot.characters
        .filter((entry) => !removedCharacters.has(entry.character))
        .map((entry) => changedCharacters.get(entry.character) ?? entry),
      ...change.characters.added,
    ],
    relationships,
    countsByType,
  };
}

// The timeline engine: what a viewer knows at an episode, and what changes between two.
// Built once in O(n log n); each snapshot or diff costs O(E + answer) (see intervalIndex.ts).
import type { StateMarker } from './characterState';
import type { Character, CharacterNote, Dataset, Relationship } from './dataset';
import { intervalIndexSteps } from './intervalIndex';
import { runAll, type Steps } from './slices';

export interface CharacterAt {
  readonly character: Character;
  /** Latest state as of this episode, if any. */
  readonly state: string | undefined;
  /** That state's explicit marker, if the author gave one (stateKindOf reads both). */
  readonly marker?: StateMarker | undefined;
  /** Notes unlocked so far, oldest first. */
  readonly notes: readonly CharacterNote[];
}

export interface Snapshot {
  readonly episode: number;
  /** Characters in the story at this episode. */
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
  /** Whether a character is in the story at an episode, without building a snapshot. */
  isPresent(characterId: string, episode: number): boolean;
}

/** How many entries (sorted by `from`) have started by `episode`. */
function countStarted(entries: readonly { from: number }[], episode: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as { from: number }).from <= episode) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NO_NOTES: readonly CharacterNote[] = [];

export function characterAt(character: Character, episode: number): CharacterAt {
  const states = countStarted(character.states, episode);
  const notes = countStarted(character.notes, episode);
  const latest = states > 0 ? character.states[states - 1] : undefined;
  return {
    character,
    state: latest?.state,
    marker: latest?.marker,
    // Share the array when no copy is needed: most characters have no notes or all of them.
    notes:
      notes === 0
        ? NO_NOTES
        : notes === character.notes.length
          ? character.notes
          : character.notes.slice(0, notes),
  };
}

/** Whether a character is in the story at an episode (one of its spans holds it). */
export function presentAt(character: Character, episode: number, last: number): boolean {
  for (const span of character.spans) {
    if (span.from <= episode && episode <= (span.until ?? last)) return true;
  }
  return false;
}

/** One span of one character, the unit the presence index holds. */
interface Stay {
  readonly character: Character;
  readonly from: number;
  readonly until: number;
}

const sameCharacterAt = (a: CharacterAt, b: CharacterAt) =>
  a.state === b.state && a.marker === b.marker && a.notes.length === b.notes.length;

function countByType(relationships: readonly Relationship[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const relationship of relationships) {
    counts.set(relationship.type, (counts.get(relationship.type) ?? 0) + 1);
  }
  return counts;
}

export function buildTimeline(dataset: Dataset): Timeline {
  return runAll(timelineSteps(dataset));
}

/** buildTimeline in pausing steps (slices.ts), for big shows opened in the page. */
export function* timelineSteps(dataset: Dataset): Steps<Timeline> {
  const episodeCount = dataset.episodes.length;
  const last = episodeCount - 1;
  const clamp = (episode: number) => Math.max(0, Math.min(last, Math.trunc(episode)));

  const relationships = yield* intervalIndexSteps(
    dataset.relationships,
    episodeCount,
    (relationship) => relationship.from,
    (relationship) => relationship.until ?? last,
  );
  const stays = dataset.characters.flatMap((character) =>
    character.spans.map<Stay>((span) => ({
      character,
      from: span.from,
      until: span.until ?? last,
    })),
  );
  const characters = yield* intervalIndexSteps(
    stays,
    episodeCount,
    (stay) => stay.from,
    (stay) => stay.until,
  );
  const present = (character: Character, episode: number) => presentAt(character, episode, last);
  // Characters whose state or notes change in each episode after their introduction (a
  // change while out of the story shows when they come back).
  const characterEvents: Character[][] = Array.from({ length: episodeCount }, () => []);
  for (const character of dataset.characters) {
    const end = character.until ?? last;
    for (const entry of [...character.states, ...character.notes]) {
      if (entry.from > character.introduced && entry.from <= end)
        characterEvents[entry.from]?.push(character);
    }
  }

  // Counts per type for every episode, so a snapshot does not recount its relationships.
  const countsAt: ReadonlyMap<string, number>[] = [];
  {
    const running = new Map<string, number>();
    const add = (type: string, delta: number) => {
      const count = (running.get(type) ?? 0) + delta;
      if (count === 0) running.delete(type);
      else running.set(type, count);
    };
    for (let episode = 0; episode < episodeCount; episode++) {
      for (const relationship of relationships.startedBetween(episode - 1, episode))
        add(relationship.type, 1);
      if (episode > 0) {
        for (const relationship of relationships.endedBetween(episode - 1, episode))
          add(relationship.type, -1);
      }
      countsAt.push(new Map(running));
      yield;
    }
  }

  const snapshotAt = (requested: number): Snapshot => {
    const episode = clamp(requested);
    return {
      episode,
      characters: characters.at(episode).map((stay) => characterAt(stay.character, episode)),
      relationships: relationships.at(episode),
      countsByType: countsAt[episode] as ReadonlyMap<string, number>,
    };
  };

  const diff = (requestedFrom: number, requestedTo: number): Diff => {
    const from = clamp(requestedFrom);
    const to = clamp(requestedTo);
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    const arriving = relationships.startedBetween(lo, hi);
    const leaving = relationships.endedBetween(lo, hi);
    // A character who leaves and comes back between lo and hi has not changed presence.
    const entering = characters
      .startedBetween(lo, hi)
      .map((stay) => stay.character)
      .filter((character) => !present(character, lo));
    const exiting = characters
      .endedBetween(lo, hi)
      .map((stay) => stay.character)
      .filter((character) => !present(character, hi));

    const changed: CharacterChange[] = [];
    const seen = new Set<Character>();
    for (let episode = lo + 1; episode <= hi; episode++) {
      for (const character of characterEvents[episode] as Character[]) {
        // Only characters in the story at both ends can have changed.
        if (seen.has(character) || !present(character, lo) || !present(character, hi)) continue;
        seen.add(character);
        const before = characterAt(character, from);
        const after = characterAt(character, to);
        if (!sameCharacterAt(before, after)) changed.push({ before, after });
      }
    }

    const forward = to >= from;
    const appear = forward ? entering : exiting;
    return {
      from,
      to,
      characters: {
        added: appear.map((character) => characterAt(character, to)),
        removed: forward ? exiting : entering,
        changed,
      },
      relationships: forward
        ? { added: arriving, removed: leaving }
        : { added: leaving, removed: arriving },
    };
  };

  // Counted now, an episode per step: the timeline strip shows them at once.
  const counts: number[] = [];
  for (let episode = 0; episode < episodeCount; episode++) {
    if (episode === 0) {
      const first = snapshotAt(0);
      counts.push(first.characters.length + first.relationships.length);
    } else {
      const step = diff(episode - 1, episode);
      counts.push(
        step.characters.added.length +
          step.characters.removed.length +
          step.characters.changed.length +
          step.relationships.added.length +
          step.relationships.removed.length,
      );
    }
    yield;
  }
  const changeCounts = () => counts;

  const isPresent = (characterId: string, requested: number) => {
    const character = dataset.characterById.get(characterId);
    return character !== undefined && present(character, clamp(requested));
  };

  return { dataset, episodeCount, snapshotAt, diff, changeCounts, isPresent };
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
  return {
    episode: change.to,
    characters: [
      ...snapshot.characters
        .filter((entry) => !removedCharacters.has(entry.character))
        .map((entry) => changedCharacters.get(entry.character) ?? entry),
      ...change.characters.added,
    ],
    relationships,
    countsByType: countByType(relationships),
  };
}

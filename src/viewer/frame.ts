// What a view shows, derived from its state: the snapshot (never past the cap), what the
// canvas draws of it, what changed this episode, the legend rows and the words for screen
// readers. Each value is recomputed only when what it reads changed.
import {
  levelOfDetail,
  type Detail,
  type Diff,
  type Episode,
  type RelationshipType,
  type Snapshot,
  type Timeline,
} from '../model';
import { graphLabel, valueText } from './announce';
import type { ViewState } from './state';

export interface LegendRow {
  readonly type: RelationshipType;
  readonly count: number;
  readonly hidden: boolean;
}

export interface ViewFrame {
  readonly state: ViewState;
  readonly episode: Episode | undefined;
  /** Everything the viewer knows at this episode. */
  readonly snapshot: Snapshot;
  /** What the canvas draws: the snapshot without hidden types, thinned for huge casts. */
  readonly detail: Detail;
  /** From the previous episode to this one; the first episode lists all it introduces. */
  readonly diff: Diff;
  /** What the canvas marks as new until the next step: the diff's added and changed ids. */
  readonly fresh: Fresh;
  /** Changes per reachable episode (0..cap). */
  readonly changeCounts: readonly number[];
  /** Types present at this episode, or hidden by the viewer, with their counts. */
  readonly legend: readonly LegendRow[];
  /** The slider's value text. */
  readonly announcement: string;
  /** The graph's accessible name. */
  readonly ariaLabel: string;
}

/** Types present at an episode, or hidden by the viewer (so they can be shown again). */
export function legendRows(
  types: readonly RelationshipType[],
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
): LegendRow[] {
  return types
    .map((type) => ({ type, count: counts.get(type.id) ?? 0, hidden: hidden.has(type.id) }))
    .filter((row) => row.count > 0 || row.hidden);
}

export interface Fresh {
  readonly characters: readonly string[];
  readonly relationships: readonly string[];
}

/** Who entered or changed and which relationships began: what the episode introduced. */
export function freshOf(diff: Diff): Fresh {
  return {
    characters: [
      ...diff.characters.added.map((entry) => entry.character.id),
      ...diff.characters.changed.map(({ after }) => after.character.id),
    ],
    relationships: diff.relationships.added.map((relationship) => relationship.id),
  };
}

/** The first episode's changes: everything in it is new. */
export function openingDiff(snapshot: Snapshot): Diff {
  return {
    from: snapshot.episode,
    to: snapshot.episode,
    characters: { added: snapshot.characters, removed: [], changed: [] },
    relationships: { added: snapshot.relationships, removed: [] },
  };
}

/** One cached value, recomputed when any of its inputs changes identity. */
function memo<Args extends readonly unknown[], R>(compute: (...args: Args) => R) {
  let last: { args: Args; value: R } | undefined;
  return (...args: Args): R => {
    if (last && last.args.every((arg, index) => Object.is(arg, args[index]))) return last.value;
    const value = compute(...args);
    last = { args, value };
    return value;
  };
}

export function createFrameDeriver(timeline: Timeline): (state: ViewState) => ViewFrame {
  const { dataset } = timeline;
  const snapshotAt = memo((episode: number) => timeline.snapshotAt(episode));
  const diffAt = memo((episode: number, snapshot: Snapshot) =>
    episode > 0 ? timeline.diff(episode - 1, episode) : openingDiff(snapshot),
  );
  const freshAt = memo(freshOf);
  const countsUpTo = memo((cap: number) => timeline.changeCounts().slice(0, cap + 1));
  const detailOf = memo(
    (snapshot: Snapshot, hidden: ReadonlySet<string>, selected: string | undefined, all: boolean) =>
      levelOfDetail(snapshot, {
        hiddenTypes: hidden,
        focus: selected === undefined ? [] : [selected],
        showAll: all,
      }),
  );
  const legendOf = memo((snapshot: Snapshot, hidden: ReadonlySet<string>) =>
    legendRows(dataset.types, snapshot.countsByType, hidden),
  );
  return memo((state: ViewState): ViewFrame => {
    const snapshot = snapshotAt(state.episode);
    const episode = dataset.episodes[state.episode];
    const changeCounts = countsUpTo(state.cap);
    const diff = diffAt(state.episode, snapshot);
    return {
      state,
      episode,
      snapshot,
      detail: detailOf(snapshot, state.hidden, state.selected, state.showAll),
      diff,
      fresh: freshAt(diff),
      changeCounts,
      legend: legendOf(snapshot, state.hidden),
      announcement: valueText(episode, state.episode, state.cap, changeCounts[state.episode] ?? 0),
      ariaLabel: graphLabel(episode, snapshot),
    };
  });
}

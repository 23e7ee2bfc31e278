// The in-memory dataset: a validated file with episode references resolved to
// 0-based positions, types resolved (built-ins, declared, default styles), and
// every character's introduction known.
import { BUILT_IN_TYPES, builtInType, type RelationshipType } from './builtinTypes';
import type { StateMarker } from './characterState';
import { EpisodeResolver, seasonOf } from './episodeRef';
import type { EpisodeRef, GraphData, GraphDataSource } from './schema';
import { assignTypeLooks, type TypeRequest } from './typePalette';
import { runAll, SLICE_ITEMS, type Steps } from './slices';

export interface Episode {
  readonly id: string;
  readonly title: string | undefined;
  /** 0-based position in the show. */
  readonly position: number;
  /** Season label ("1"), when the id or the file says. */
  readonly season: string | undefined;
  /** The author's remark about the episode, shown with its changes (e.g. that no source covers it). */
  readonly note: string | undefined;
  /** No source covers the episode: it is left empty on purpose, not by oversight. */
  readonly uncovered: boolean;
}

export interface CharacterState {
  readonly state: string;
  readonly from: number;
  /** The author's explicit marker (format v2); otherwise read from the text (characterState.ts). */
  readonly marker: StateMarker | undefined;
  /** Where the state comes from; empty when the file gives no sources. */
  readonly sources: readonly Citation[];
}

export interface CharacterNote {
  readonly from: number;
  readonly text: string;
  /** Where the note comes from; empty when the file gives no sources. */
  readonly sources: readonly Citation[];
}

/** Episode positions in which a character is in the story; `until` undefined: to the end. */
export interface PresenceSpan {
  readonly from: number;
  readonly until: number | undefined;
}

export interface Character {
  readonly id: string;
  readonly name: string;
  readonly actor: string | undefined;
  readonly group: string | undefined;
  /** First episode in which the character may be shown. */
  readonly introduced: number;
  /** Last episode in which the character is in the story; undefined while it still is at the end. */
  readonly until: number | undefined;
  /**
   * When the character is in the story, in order: one span from `introduced` to `until`,
   * or several for one who leaves and comes back (the file's `spans`).
   */
  readonly spans: readonly PresenceSpan[];
  readonly states: readonly CharacterState[];
  /** Sorted by `from`. */
  readonly notes: readonly CharacterNote[];
  readonly position: { readonly x: number; readonly y: number } | undefined;
}

/** A group of characters (students, faculty, family…), drawn in one colour. */
export interface Group {
  readonly id: string;
  /** Display name: the declared label, or one made from the id ("students" → "Students"). */
  readonly label: string;
  /** The author's colour; otherwise the group palette's (groupAppearance.ts). */
  readonly color: string | undefined;
  readonly description: string | undefined;
  /** Position in `Dataset.groups`, which picks the palette colour and the canvas class. */
  readonly index: number;
}

/** "students" → "Students", "royal-family" → "Royal family": a label for an undeclared group. */
export function groupLabel(id: string): string {
  const words = id.trim().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
  return words === '' ? id : words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Citation {
  readonly source: string;
  readonly detail: string | undefined;
}

export interface Relationship {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly from: number;
  /** Last episode in which it holds (inclusive); undefined while it still holds at the end. */
  readonly until: number | undefined;
  readonly happened: number | undefined;
  readonly note: string | undefined;
  readonly sources: readonly Citation[];
}

export interface Dataset {
  readonly show: GraphData['show'];
  readonly episodes: readonly Episode[];
  /** Built-in types first, then declared ones, in file order. */
  readonly types: readonly RelationshipType[];
  readonly characters: readonly Character[];
  readonly relationships: readonly Relationship[];
  /** Declared groups in file order, then groups characters use without declaring. */
  readonly groups: readonly Group[];
  readonly groupById: ReadonlyMap<string, Group>;
  readonly typeById: ReadonlyMap<string, RelationshipType>;
  readonly characterById: ReadonlyMap<string, Character>;
  readonly sourceById: ReadonlyMap<string, GraphDataSource>;
}

const citationsOf = (
  citations: readonly { source: string; detail?: string | undefined }[] | undefined,
): Citation[] =>
  (citations ?? []).map((citation) => ({ source: citation.source, detail: citation.detail }));

/** Builds the dataset from a file that passed validation (references are known to resolve). */
export function buildDataset(data: GraphData): Dataset {
  return runAll(datasetSteps(data));
}

/** buildDataset in pausing steps (slices.ts), for big shows opened in the page. */
export function* datasetSteps(data: GraphData): Steps<Dataset> {
  const resolver = new EpisodeResolver(data.episodes);
  const at = (ref: EpisodeRef): number => {
    const resolved = resolver.resolve(ref);
    if (!('position' in resolved)) throw new Error(`unvalidated episode reference ${String(ref)}`);
    return resolved.position;
  };
  const optionalAt = (ref: EpisodeRef | undefined) => (ref === undefined ? undefined : at(ref));

  const episodes = data.episodes.map<Episode>((episode, position) => ({
    id: episode.id,
    title: episode.title,
    position,
    season: seasonOf(episode),
    note: episode.note,
    uncovered: episode.uncovered ?? false,
  }));

  // Built-ins keep their place; a declared type without its own colour or line gets one
  // from the palette that no type drawn alike is close to (typePalette.ts).
  const requests = new Map<string, TypeRequest>(BUILT_IN_TYPES.map((type) => [type.id, type]));
  for (const declared of data.types ?? []) {
    const base = builtInType(declared.id);
    requests.set(declared.id, {
      id: declared.id,
      label: declared.label,
      color: declared.color ?? base?.color,
      line: declared.line ?? base?.line,
      directed: base?.directed ?? declared.directed ?? false,
      emphasis: declared.emphasis ?? base?.emphasis ?? 'normal',
      arrow: declared.arrow ?? base?.arrow ?? 'filled',
      builtIn: base !== undefined,
    });
  }
  const types = new Map(assignTypeLooks([...requests.values()]).map((type) => [type.id, type]));

  // Groups: the declared ones in file order, then any a character names without declaring,
  // labelled from its id.
  const groups = new Map<string, Group>();
  for (const group of data.groups ?? []) {
    groups.set(group.id, {
      id: group.id,
      label: group.label,
      color: group.color,
      description: group.description,
      index: groups.size,
    });
  }
  for (const character of data.characters) {
    const id = character.group;
    if (id !== undefined && !groups.has(id)) {
      groups.set(id, {
        id,
        label: groupLabel(id),
        color: undefined,
        description: undefined,
        index: groups.size,
      });
    }
  }

  const relationships: Relationship[] = [];
  for (const relationship of data.relationships) {
    if (relationships.length % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
    relationships.push({
      id: relationship.id,
      source: relationship.source,
      target: relationship.target,
      type: relationship.type,
      from: at(relationship.from),
      until: optionalAt(relationship.until),
      happened: optionalAt(relationship.happened),
      note: relationship.note,
      sources: citationsOf(relationship.sources),
    });
  }

  // Without an explicit firstEpisode, a character appears with its first relationship,
  // state or note, so nothing about it shows before the story reaches it.
  const firstMention = new Map<string, number>();
  const mention = (id: string, position: number) => {
    const known = firstMention.get(id);
    if (known === undefined || position < known) firstMention.set(id, position);
  };
  for (let i = 0; i < relationships.length; i++) {
    const relationship = relationships[i] as Relationship;
    mention(relationship.source, relationship.from);
    mention(relationship.target, relationship.from);
    if (i % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
  }

  const characters: Character[] = [];
  for (const character of data.characters) {
    if (characters.length % SLICE_ITEMS === SLICE_ITEMS - 1) yield;
    const states = (character.states ?? []).map((state) => ({
      state: state.state,
      from: at(state.from),
      marker: state.marker,
      sources: citationsOf(state.sources),
    }));
    const notes = (character.notes ?? [])
      .map((note) => ({ from: at(note.from), text: note.text, sources: citationsOf(note.sources) }))
      .sort((a, b) => a.from - b.from);
    for (const entry of [...states, ...notes]) mention(character.id, entry.from);
    const given = character.spans?.map((span) => ({
      from: at(span.from),
      until: optionalAt(span.until),
    }));
    const introduced =
      given?.[0]?.from ?? optionalAt(character.firstEpisode) ?? firstMention.get(character.id) ?? 0;
    const until = given ? given[given.length - 1]?.until : optionalAt(character.until);
    characters.push({
      id: character.id,
      name: character.name,
      actor: character.actor,
      group: character.group,
      introduced,
      until,
      spans: given ?? [{ from: introduced, until }],
      states,
      notes,
      position: character.position,
    });
  }

  return {
    show: data.show,
    episodes,
    types: [...types.values()],
    characters,
    relationships,
    groups: [...groups.values()],
    groupById: groups,
    typeById: types,
    characterById: new Map(characters.map((character) => [character.id, character])),
    sourceById: new Map(data.show.sources.map((source) => [source.id, source])),
  };
}

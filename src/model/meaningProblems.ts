// Checks of meaning that a shape schema cannot express: ids that must exist and be
// unique, episode order, direction of built-in types. Works on the raw parsed JSON and
// skips values of the wrong shape (the shape check reports those), so one run lists
// every problem. Ids are only ever Map keys, never object keys.
import { builtInType, BUILT_IN_TYPES } from './builtinTypes';
import { EpisodeResolver } from './episodeRef';
import { formatPath, quote, suggest, type JsonPath, type Problem } from './problems';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const isRef = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') ||
  (typeof value === 'number' && Number.isInteger(value) && value >= 1);

/** Episode positions, inclusive, in which a character is in the story. */
interface Stretch {
  readonly from: number;
  readonly until: number;
}

type Presence =
  | { readonly kind: 'ok' }
  /** Absent at `from` but present from `present` through the end: start it then. */
  | { readonly kind: 'late'; readonly present: number }
  | { readonly kind: 'left'; readonly end: number; readonly leaves: number }
  | { readonly kind: 'gap'; readonly absent: number };

/** Whether a relationship holding over [from, end] fits a character's stretches. */
function checkPresence(
  stretches: readonly Stretch[] | undefined,
  from: number,
  end: number,
): Presence {
  const first = stretches?.[0];
  const last = stretches?.[stretches.length - 1];
  if (!stretches || !first || !last) return { kind: 'ok' };
  if (end > last.until) return { kind: 'left', end, leaves: last.until };
  if (end < first.from) return { kind: 'late', present: first.from };
  const holding = stretches.find((stretch) => stretch.from <= end && end <= stretch.until);
  if (!holding) return { kind: 'gap', absent: end };
  if (holding.from <= from) return { kind: 'ok' };
  // Present somewhere in [from, holding.from): starting later would drop that part.
  const earlier = stretches.find((stretch) => stretch.until >= from && stretch.from < holding.from);
  if (earlier) return { kind: 'gap', absent: Math.max(from, earlier.until + 1) };
  return { kind: 'late', present: holding.from };
}

// Suggestions scan every candidate id; past this many, a huge broken file would spend
// minutes on advice nobody reads.
const MAX_SUGGESTIONS = 500;

export function meaningProblems(raw: unknown): Problem[] {
  if (!isRecord(raw)) return [];
  const problems: Problem[] = [];
  let suggestions = 0;
  const hint = (value: string, candidates: Iterable<string>, otherwise: string) =>
    suggestions++ < MAX_SUGGESTIONS ? suggest(value, candidates, otherwise) : otherwise;

  /** First index of each id in a list; later repeats are problems. */
  const uniqueIds = (items: unknown[], at: JsonPath, noun: string, caseInsensitive = false) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const id = isRecord(item) ? text(item.id) : undefined;
      if (id === undefined) return;
      const key = caseInsensitive ? id.toLowerCase() : id;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        problems.push({
          path: [...at, index, 'id'],
          message: `duplicate ${noun} id ${quote(id)} (first used at ${formatPath([...at, first])})`,
          fix: `give each ${noun} its own id`,
        });
      }
    });
    return seen;
  };

  // Episodes: positions follow the file's order, even for malformed entries.
  const episodeItems = list(raw.episodes);
  uniqueIds(episodeItems, ['episodes'], 'episode', true);
  const resolver = new EpisodeResolver(
    episodeItems.map((item, index) => {
      const record = isRecord(item) ? item : {};
      const season = record.season;
      return {
        id: text(record.id) ?? `#${index + 1}`,
        season: typeof season === 'number' || typeof season === 'string' ? season : undefined,
      };
    }),
  );
  const episodeAt = (value: unknown, path: JsonPath): number | undefined => {
    if (!isRef(value)) return undefined;
    const resolved = resolver.resolve(value);
    if ('position' in resolved) return resolved.position;
    problems.push({ path, message: resolved.error, fix: resolved.fix });
    return undefined;
  };
  const episodeRefAt = (position: number): string | number => {
    const item = episodeItems[position];
    return (isRecord(item) ? text(item.id) : undefined) ?? position + 1;
  };
  const episodeName = (position: number) => {
    const item = episodeItems[position];
    return (isRecord(item) ? text(item.id) : undefined) ?? `episode ${position + 1}`;
  };

  // Sources cited by relationships, notes and states.
  const show = isRecord(raw.show) ? raw.show : {};
  const sourceIds = uniqueIds(list(show.sources), ['show', 'sources'], 'source');
  /** Each citation in `citations` (the "sources" of the item at `path`) names a listed source. */
  const checkCitations = (citations: unknown, path: JsonPath) => {
    list(citations).forEach((citation, citationIndex) => {
      const id = isRecord(citation) ? text(citation.source) : undefined;
      if (id !== undefined && !sourceIds.has(id)) {
        problems.push({
          path: [...path, 'sources', citationIndex, 'source'],
          message: `unknown source ${quote(id)}`,
          fix: hint(
            id,
            sourceIds.keys(),
            'use the id of an entry in show.sources, or add the source there',
          ),
        });
      }
    });
  };

  // Types: built-ins plus declared ones; a built-in keeps its direction.
  const typeItems = list(raw.types);
  const declared = uniqueIds(typeItems, ['types'], 'type');
  typeItems.forEach((item, index) => {
    if (!isRecord(item)) return;
    const id = text(item.id);
    const builtIn = id === undefined ? undefined : builtInType(id);
    if (builtIn && typeof item.directed === 'boolean' && item.directed !== builtIn.directed) {
      problems.push({
        path: ['types', index, 'directed'],
        message: builtIn.directed
          ? `built-in type ${quote(builtIn.id)} is always directed`
          : `built-in type ${quote(builtIn.id)} is symmetric and cannot be directed`,
        fix: `remove "directed", or declare a new type with another id (e.g. ${quote(`${builtIn.id}-of`)})`,
      });
    }
  });
  const typeIds = new Set([...BUILT_IN_TYPES.map((type) => type.id), ...declared.keys()]);

  // Groups: once a file lists its groups, a character's group must be one of them; a file
  // without the list may name any group (its label is made from the id).
  const groupIds = Array.isArray(raw.groups)
    ? uniqueIds(raw.groups, ['groups'], 'group')
    : undefined;

  // Characters: the stretches in which each is in the story. Without `spans`, one stretch
  // from firstEpisode (or the start) to until (or the end).
  const characterItems = list(raw.characters);
  const characterIds = uniqueIds(characterItems, ['characters'], 'character');
  const presence = new Map<string, Stretch[]>();
  characterItems.forEach((item, index) => {
    if (!isRecord(item)) return;
    const path = ['characters', index];
    const first = episodeAt(item.firstEpisode, [...path, 'firstEpisode']);
    const id = text(item.id);
    let until = episodeAt(item.until, [...path, 'until']);
    const own = id !== undefined && characterIds.get(id) === index;
    const group = text(item.group);
    if (group !== undefined && groupIds !== undefined && !groupIds.has(group)) {
      problems.push({
        path: [...path, 'group'],
        message: `unknown group ${quote(group)}`,
        fix: hint(
          group,
          groupIds.keys(),
          'use the id of a group listed in "groups", or add it there',
        ),
      });
    }
    if (first !== undefined && until !== undefined && until < first) {
      problems.push({
        path: [...path, 'until'],
        message: `leaves the story in ${episodeName(until)}, before being introduced (${episodeName(first)})`,
        fix: '"until" is the last episode the character is shown; make it firstEpisode or later',
      });
    }
    const stretches: Stretch[] = [];
    if (Array.isArray(item.spans)) {
      for (const field of ['firstEpisode', 'until'] as const) {
        if (item[field] === undefined) continue;
        problems.push({
          path: [...path, field],
          message: `"${field}" beside "spans"`,
          fix: 'give either "spans" or firstEpisode and until; the spans already say when the character is in the story',
        });
      }
      const spans = item.spans;
      spans.forEach((span, spanIndex) => {
        if (!isRecord(span)) return;
        const spanPath = [...path, 'spans', spanIndex];
        const from = episodeAt(span.from, [...spanPath, 'from']);
        const end = episodeAt(span.until, [...spanPath, 'until']);
        if (from === undefined) return;
        const previous = stretches[stretches.length - 1];
        if (previous && from <= previous.until) {
          problems.push({
            path: [...spanPath, 'from'],
            message: `span starts in ${episodeName(from)}, not after the previous span ends (${episodeName(previous.until)})`,
            fix: 'list spans in episode order, each starting after the one before ends',
          });
        }
        if (end !== undefined && end < from) {
          problems.push({
            path: [...spanPath, 'until'],
            message: `span ends in ${episodeName(end)}, before it starts (${episodeName(from)})`,
            fix: '"until" is the last episode of the span; make it the same as "from" or later',
          });
        }
        if (span.until === undefined && spanIndex < spans.length - 1) {
          problems.push({
            path: [...spanPath],
            message: 'span without "until" before the last span',
            fix: 'give it an "until"; only the last span may run to the end',
          });
        }
        stretches.push({ from, until: end ?? resolver.count - 1 });
      });
      const last = stretches[stretches.length - 1];
      const lastSpan: unknown = spans[spans.length - 1];
      until = last && isRecord(lastSpan) && lastSpan.until !== undefined ? last.until : undefined;
    } else {
      stretches.push({ from: first ?? 0, until: until ?? resolver.count - 1 });
    }
    if (own) presence.set(id, stretches);
    let previous: number | undefined;
    list(item.states).forEach((state, stateIndex) => {
      if (!isRecord(state)) return;
      checkCitations(state.sources, [...path, 'states', stateIndex]);
      const from = episodeAt(state.from, [...path, 'states', stateIndex, 'from']);
      if (from === undefined) return;
      if (previous !== undefined && from <= previous) {
        problems.push({
          path: [...path, 'states', stateIndex, 'from'],
          message: `state starts in ${episodeName(from)}, not after the previous state (${episodeName(previous)})`,
          fix: 'list states in episode order, one per episode at most',
        });
      }
      previous = from;
    });
    list(item.notes).forEach((note, noteIndex) => {
      if (!isRecord(note)) return;
      checkCitations(note.sources, [...path, 'notes', noteIndex]);
      const notePath = [...path, 'notes', noteIndex, 'from'];
      const from = episodeAt(note.from, notePath);
      if (from !== undefined && until !== undefined && from > until) {
        problems.push({
          path: notePath,
          message: `unlocks in ${episodeName(from)}, after the character leaves the story (${episodeName(until)}), so it is never shown`,
          fix: 'move the note earlier, or extend the character\'s "until"',
        });
      }
    });
  });

  const relationshipItems = list(raw.relationships);
  uniqueIds(relationshipItems, ['relationships'], 'relationship');
  relationshipItems.forEach((item, index) => {
    if (!isRecord(item)) return;
    const path = ['relationships', index];
    const from = episodeAt(item.from, [...path, 'from']);
    const until = episodeAt(item.until, [...path, 'until']);
    const happened = episodeAt(item.happened, [...path, 'happened']);
    let lateStart: number | undefined;
    let lateBecause: { id: string; present: number } | undefined;
    for (const side of ['source', 'target'] as const) {
      const id = text(item[side]);
      if (id === undefined) continue;
      if (!characterIds.has(id)) {
        problems.push({
          path: [...path, side],
          message: `unknown character ${quote(id)}`,
          fix: hint(
            id,
            characterIds.keys(),
            'use the id of a character listed in "characters", or add that character',
          ),
        });
        continue;
      }
      if (from === undefined) continue;
      const stretches = presence.get(id);
      const end = until ?? resolver.count - 1;
      const leaves = stretches?.[stretches.length - 1]?.until;
      if (leaves !== undefined && end > leaves) {
        problems.push({
          path: [...path, until === undefined ? 'from' : 'until'],
          message: `holds until ${episodeName(end)}, after ${quote(id)} leaves the story (${episodeName(leaves)})`,
          fix: `end it with "until" no later than the character's "until", or extend the character`,
        });
      }
      // A relationship that ends before it starts is reported below, once.
      if (end < from) continue;
      const checked = checkPresence(stretches, from, Math.min(end, leaves ?? end));
      if (checked.kind === 'left' || checked.kind === 'ok') {
        // Reported above, or fine.
      } else if (checked.kind === 'gap') {
        problems.push({
          path: [...path, until === undefined ? 'from' : 'until'],
          message: `holds in ${episodeName(checked.absent)}, while ${quote(id)} is out of the story (between its spans)`,
          fix: "split it into one relationship per span, or extend the character's spans",
        });
      } else if (checked.kind === 'late') {
        lateStart = Math.max(lateStart ?? 0, checked.present);
        lateBecause ??= { id, present: checked.present };
        if (checked.present > lateBecause.present) lateBecause = { id, present: checked.present };
      }
    }
    if (from !== undefined && lateStart !== undefined && lateBecause !== undefined) {
      // Starts when both are present (a warning with its repair), unless that is after it ends.
      const end = until ?? resolver.count - 1;
      const message = `starts in ${episodeName(from)}, before ${quote(lateBecause.id)} is introduced (${episodeName(lateBecause.present)})`;
      const strictFix = `move the relationship later, or the character's firstEpisode earlier`;
      if (lateStart > end) {
        problems.push({ path: [...path, 'from'], message, fix: strictFix });
      } else {
        problems.push({
          path: [...path, 'from'],
          message,
          fix: `read as starting in ${episodeName(lateStart)}, when both are present; to keep ${episodeName(from)}, move the character's firstEpisode earlier`,
          severity: 'warning',
          repair: { path: [...path, 'from'], value: episodeRefAt(lateStart) },
          strictFix,
        });
      }
    }
    const source = text(item.source);
    if (source !== undefined && source === text(item.target)) {
      problems.push({
        path: [...path, 'target'],
        message: `relationship joins ${quote(source)} to itself`,
        fix: 'point the target at another character',
      });
    }
    const type = text(item.type);
    if (type !== undefined && !typeIds.has(type)) {
      problems.push({
        path: [...path, 'type'],
        message: `unknown relationship type ${quote(type)}`,
        fix: hint(
          type,
          typeIds,
          `use one of ${[...typeIds].map((id) => quote(id)).join(', ')}, or declare it in "types"`,
        ),
      });
    }
    if (from !== undefined && until !== undefined && until < from) {
      problems.push({
        path: [...path, 'until'],
        message: `ends in ${episodeName(until)}, before it starts (${episodeName(from)})`,
        fix: '"until" is the last episode in which it holds; make it the same as "from" or later',
      });
    }
    if (from !== undefined && happened !== undefined && happened > from) {
      problems.push({
        path: [...path, 'happened'],
        message: `happened in ${episodeName(happened)}, after the viewer learns of it (${episodeName(from)})`,
        fix: '"happened" is for events revealed later; it must not be after "from"',
      });
    }
    checkCitations(item.sources, path);
  });
  return problems;
}

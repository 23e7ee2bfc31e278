// characters.csv rows → characters. Notes: a plain cell is one note, shown from the
// character's first_episode (or episode 1); `S1E1: text | S1E5: text` gives several.
// States: `in a coma@S1E1 | awake@S1E9`. In both lists `\|` is a literal "|". Spans, for a
// character who leaves and comes back: `S1E1..S1E3 | S1E6..` (the last may stay open).
import { quote } from '../problems';
import type { GraphDataCharacter } from '../schema';
import { isNoteList, parseEpisodeRef, parseNoteList, parseStates } from './csvCells';
import type { RowContext } from './csvRowContext';
import type { CsvRow } from './csvTable';

export function characterFromRow(
  row: CsvRow,
  context: RowContext,
  episodeIds: ReadonlySet<string>,
): GraphDataCharacter | undefined {
  const id = context.need(row, 'id', 'a character id such as "cassie"');
  const name = context.need(row, 'name', "the character's name", true);
  const firstEpisode = context.episode(row, 'first_episode');
  const until = context.episode(row, 'until');

  const spans = (row.text('spans') ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .flatMap((item) => {
      const [from, until, ...rest] = item.split('..').map((part) => part.trim());
      if (!from || until === undefined || rest.length > 0) {
        context.problem(
          row,
          'spans',
          `span ${quote(item)} is not "from..until"`,
          'write each span as first..last episode, the last one open if it runs to the end, e.g. "S1E1..S1E3 | S1E6.."',
        );
        return [];
      }
      const span = {
        from: parseEpisodeRef(from),
        ...(until === '' ? {} : { until: parseEpisodeRef(until) }),
      };
      context.mention(row, 'spans', span.from);
      if (span.until !== undefined) context.mention(row, 'spans', span.until);
      return [span];
    });

  const states = parseStates(row.text('states') ?? '').flatMap((entry) => {
    if (entry.ok) {
      context.mention(row, 'states', entry.value.from);
      return [entry.value];
    }
    context.problem(
      row,
      'states',
      `state ${quote(entry.item)} has no episode`,
      'write each state as state@episode, e.g. "in a coma@S1E1 | awake@S1E9"',
    );
    return [];
  });

  const notesCell = row.text('notes');
  const notes =
    notesCell === undefined
      ? []
      : !isNoteList(notesCell, episodeIds)
        ? [{ from: firstEpisode ?? spans[0]?.from ?? 1, text: notesCell }]
        : parseNoteList(notesCell).flatMap((entry) => {
            if (entry.ok) {
              context.mention(row, 'notes', entry.value.from);
              return [entry.value];
            }
            context.problem(
              row,
              'notes',
              `note ${quote(entry.item)} has no episode`,
              'write several notes as "S1E1: text | S1E5: text", and a "|" inside a note as "\\|"',
            );
            return [];
          });

  const x = context.number(row, 'x');
  const y = context.number(row, 'y');
  if ((row.word('x') === undefined) !== (row.word('y') === undefined)) {
    const missing = row.word('x') === undefined ? 'x' : 'y';
    context.problem(
      row,
      missing,
      `missing ${missing}`,
      'a position needs both x and y; fill in both or neither',
    );
  }

  // A missing name is reported above; the character is still built (named by its id) so
  // that relationships naming it are not reported as well.
  if (id === undefined) return undefined;
  const actor = row.text('actor');
  const group = row.text('group');
  return {
    id,
    name: name ?? id,
    ...(actor === undefined ? {} : { actor }),
    ...(group === undefined ? {} : { group }),
    ...(firstEpisode === undefined ? {} : { firstEpisode }),
    ...(until === undefined ? {} : { until }),
    ...(spans.length === 0 ? {} : { spans }),
    ...(states.length === 0 ? {} : { states }),
    ...(notes.length === 0 ? {} : { notes }),
    ...(x === undefined || y === undefined ? {} : { position: { x, y } }),
  };
}

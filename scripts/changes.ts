// `npm run changes -- file.json [--min N] [--except S1E6,...]`: prints, from the data file
// itself, what a viewer sees change at each episode: characters entering or leaving,
// relationships starting or ending, states changing. Notes that unlock are not counted,
// because the canvas does not show them. With --min, exits 1 when an episode has fewer
// changes, unless the file marks it `"uncovered": true` (no source covers it) or --except
// names it (a dataset author's check that every step of the timeline moves).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readArgs, runCli, UsageError } from '../src/cli/args';
import { buildTimeline, formatProblems, validateGraphDataText, type Dataset } from '../src/model';

export interface EpisodeChanges {
  readonly episode: string;
  readonly title: string | undefined;
  /** The file marks the episode as one no source covers. */
  readonly uncovered: boolean;
  readonly entered: number;
  readonly left: number;
  readonly started: number;
  readonly ended: number;
  readonly states: number;
  readonly total: number;
}

/** The visible changes arriving at each episode; the first counts everything it shows. */
export function visibleChanges(dataset: Dataset): EpisodeChanges[] {
  const timeline = buildTimeline(dataset);
  return dataset.episodes.map((episode, index) => {
    const counts = { entered: 0, left: 0, started: 0, ended: 0, states: 0 };
    if (index === 0) {
      const first = timeline.snapshotAt(0);
      counts.entered = first.characters.length;
      counts.started = first.relationships.length;
      counts.states = first.characters.filter((at) => at.state !== undefined).length;
    } else {
      const step = timeline.diff(index - 1, index);
      counts.entered = step.characters.added.length;
      counts.left = step.characters.removed.length;
      counts.started = step.relationships.added.length;
      counts.ended = step.relationships.removed.length;
      // A character entering in its first state is counted once, as an entrance.
      counts.states = step.characters.changed.filter(
        ({ before, after }) => before.state !== after.state || before.marker !== after.marker,
      ).length;
    }
    const total = counts.entered + counts.left + counts.started + counts.ended + counts.states;
    return {
      episode: episode.id,
      title: episode.title,
      uncovered: episode.uncovered,
      ...counts,
      total,
    };
  });
}

/** One line per episode, aligned, then a summary line. */
export function formatChanges(rows: readonly EpisodeChanges[]): string[] {
  const width = Math.max(...rows.map((row) => row.episode.length));
  const lines = rows.map((row) => {
    const parts = [
      `${row.entered} enter`,
      `${row.left} leave`,
      `${row.started} start`,
      `${row.ended} end`,
      `${row.states} state`,
    ];
    const title = row.title === undefined ? '' : `  ${row.title}`;
    const uncovered = row.uncovered ? '  [uncovered: no source covers it]' : '';
    return `${row.episode.padEnd(width)}  ${String(row.total).padStart(3)} changes (${parts.join(', ')})${title}${uncovered}`;
  });
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const least = Math.min(...rows.map((row) => row.total));
  lines.push(`${rows.length} episodes, ${total} changes, fewest in one episode: ${least}`);
  return lines;
}

/** Episodes under `min` changes, leaving out uncovered ones and the ids in `except` (ignoring case). */
export function quietEpisodes(
  rows: readonly EpisodeChanges[],
  min: number,
  except: readonly string[] = [],
): EpisodeChanges[] {
  const skip = new Set(except.map((id) => id.toLowerCase()));
  return rows.filter(
    (row) => row.total < min && !row.uncovered && !skip.has(row.episode.toLowerCase()),
  );
}

const USAGE = 'usage: npm run changes -- file.json [--min N] [--except S1E6,...]';

async function main(argv: readonly string[]): Promise<number> {
  const { flags, positional } = readArgs(argv);
  const file = positional[0];
  if (file === undefined) throw new UsageError('give the data file');
  const result = await validateGraphDataText(readFileSync(file, 'utf8'));
  if (!result.ok) {
    for (const line of formatProblems(file, result.problems)) console.log(line);
    return 1;
  }
  const rows = visibleChanges(result.dataset);
  for (const line of formatChanges(rows)) console.log(line);
  const min = flags.get('min');
  if (min === undefined) return 0;
  const threshold = Number(min);
  if (!Number.isInteger(threshold) || threshold < 0)
    throw new UsageError('--min takes a whole number, e.g. --min 3');
  const except = flags.get('except');
  const quiet = quietEpisodes(
    rows,
    threshold,
    typeof except === 'string' ? except.split(',').map((id) => id.trim()) : [],
  );
  for (const row of quiet)
    console.log(`${file}: ${row.episode} has ${row.total} changes, fewer than ${threshold}`);
  return quiet.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void runCli('changes', USAGE, main);

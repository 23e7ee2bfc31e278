// "I've watched up to …": the spoiler guard's one control. It lists episode ids only:
// a later episode's title can itself be a spoiler.
import type { Episode } from '../model';

interface Props {
  readonly episodes: readonly Episode[];
  /** Position of the last watched episode, or undefined when everything may be shown. */
  readonly cap: number | undefined;
  readonly onChange: (cap: number | undefined) => void;
}

export function SpoilerCap({ episodes, cap, onChange }: Props) {
  return (
    <label className="spoiler-cap">
      <span>I’ve watched up to</span>
      <select
        value={cap === undefined ? 'all' : String(cap)}
        onChange={(event) =>
          onChange(event.target.value === 'all' ? undefined : Number(event.target.value))
        }
      >
        <option value="all">the end (show everything)</option>
        {episodes.map((episode) => (
          <option key={episode.id} value={episode.position}>
            {episode.id}
          </option>
        ))}
      </select>
    </label>
  );
}

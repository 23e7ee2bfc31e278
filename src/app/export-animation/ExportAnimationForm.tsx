// The export's choices: range (within the spoiler cap), format, size, pace and theme. Native
// labelled controls, so keyboards and screen readers get them for free.
import { useId } from 'react';
import type { ThemeName } from '../../graph';
import {
  FRAME_SIZES,
  SECONDS_PER_EPISODE,
  sizeLabel,
  type AnimationFormat,
  type EpisodeChoice,
} from './exportOptions';
import type { ExportSettings } from './useAnimationExport';

export interface ExportAnimationFormProps {
  readonly settings: ExportSettings;
  readonly episodes: readonly EpisodeChoice[];
  /** The explorer's theme, marked "(current)". */
  readonly currentTheme: ThemeName;
  /** Why WebM cannot be chosen here, if it cannot. */
  readonly webmUnavailable: string | undefined;
  readonly disabled: boolean;
  readonly onChange: (change: Partial<ExportSettings>) => void;
}

const FORMATS: readonly (readonly [AnimationFormat, string])[] = [
  ['gif', 'Animated GIF'],
  ['webm', 'WebM video'],
];
const THEMES: readonly (readonly [ThemeName, string])[] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function ExportAnimationForm(props: ExportAnimationFormProps) {
  const { settings, episodes, onChange } = props;
  const id = useId();
  const number = (value: string) => Number.parseInt(value, 10);
  return (
    <form className="pw-anim-choices" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="pw-anim-group" disabled={props.disabled}>
        <legend>Episodes</legend>
        <div className="pw-anim-field">
          <label htmlFor={`${id}-from`}>From</label>
          <select
            id={`${id}-from`}
            value={settings.from}
            onChange={(event) => {
              const from = number(event.target.value);
              onChange({ from, to: Math.max(from, settings.to) });
            }}
          >
            {episodes.map((episode) => (
              <option key={episode.position} value={episode.position}>
                {episode.label}
              </option>
            ))}
          </select>
        </div>
        <div className="pw-anim-field">
          <label htmlFor={`${id}-to`}>To</label>
          <select
            id={`${id}-to`}
            value={settings.to}
            onChange={(event) => onChange({ to: number(event.target.value) })}
          >
            {episodes
              .filter((episode) => episode.position >= settings.from)
              .map((episode) => (
                <option key={episode.position} value={episode.position}>
                  {episode.label}
                </option>
              ))}
          </select>
        </div>
      </fieldset>

      <fieldset className="pw-anim-group" disabled={props.disabled}>
        <legend>Format</legend>
        {FORMATS.map(([format, label]) => (
          <label key={format} className="pw-anim-radio">
            <input
              type="radio"
              name={`${id}-format`}
              value={format}
              checked={settings.format === format}
              disabled={format === 'webm' && props.webmUnavailable !== undefined}
              aria-describedby={format === 'webm' ? `${id}-webm` : undefined}
              onChange={() => onChange({ format })}
            />
            {label}
          </label>
        ))}
        {props.webmUnavailable && (
          <p id={`${id}-webm`} className="pw-anim-hint">
            WebM is not available: {props.webmUnavailable}
          </p>
        )}
      </fieldset>

      <fieldset className="pw-anim-group" disabled={props.disabled}>
        <legend>Picture</legend>
        <div className="pw-anim-field">
          <label htmlFor={`${id}-size`}>Size</label>
          <select
            id={`${id}-size`}
            value={FRAME_SIZES.indexOf(settings.size)}
            onChange={(event) => {
              const size = FRAME_SIZES[number(event.target.value)];
              if (size) onChange({ size });
            }}
          >
            {FRAME_SIZES.map((size, index) => (
              <option key={index} value={index}>
                {sizeLabel(size)}
              </option>
            ))}
          </select>
        </div>
        <div className="pw-anim-field">
          <label htmlFor={`${id}-seconds`}>Seconds per episode</label>
          <select
            id={`${id}-seconds`}
            value={settings.secondsPerEpisode}
            onChange={(event) => onChange({ secondsPerEpisode: Number(event.target.value) })}
          >
            {SECONDS_PER_EPISODE.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds} s
              </option>
            ))}
          </select>
        </div>
        <div className="pw-anim-field">
          <label htmlFor={`${id}-theme`}>Theme</label>
          <select
            id={`${id}-theme`}
            value={settings.theme}
            onChange={(event) =>
              onChange({ theme: event.target.value === 'dark' ? 'dark' : 'light' })
            }
          >
            {THEMES.map(([theme, label]) => (
              <option key={theme} value={theme}>
                {theme === props.currentTheme ? `${label} (current)` : label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </form>
  );
}

// The Embed dialog's choices: kind, theme, controls, spoiler limit and height. Every control
// is a labelled native form control, so keyboards and screen readers get them for free.
import { useId } from 'react';
import {
  EMBED_HEIGHT,
  readEmbedOption,
  type EmbedControls,
  type EmbedKind,
  type EmbedThemeChoice,
} from '../../model';
import type { CapChoice } from './snippetOptions';

export interface EmbedChoicesFormProps {
  readonly kind: EmbedKind;
  readonly theme: EmbedThemeChoice;
  readonly controls: EmbedControls;
  readonly cap: CapChoice;
  readonly capChoices: readonly CapChoice[];
  /** The episode the chosen limit stops at, or undefined for none. */
  readonly capEpisode: string | undefined;
  /** The height field's text as typed; the snippet uses it clamped. */
  readonly heightText: string;
  readonly onKind: (kind: EmbedKind) => void;
  readonly onTheme: (theme: EmbedThemeChoice) => void;
  readonly onControls: (controls: EmbedControls) => void;
  readonly onCap: (cap: CapChoice) => void;
  readonly onHeightText: (text: string) => void;
  /** Leaving the height field: show the clamped value that the snippet uses. */
  readonly onHeightDone: () => void;
}

const KINDS: readonly (readonly [EmbedKind, string])[] = [
  ['iframe', 'Inline frame (iframe)'],
  ['script', 'Script and custom element'],
];
// Records, so a theme or controls value added to the widget's options fails to compile
// until it has a label here; listed in the order the menus show them.
const THEME_LABELS: Record<EmbedThemeChoice, string> = {
  auto: 'Match the reader’s system',
  light: 'Light',
  dark: 'Dark',
};
const CONTROLS_LABELS: Record<EmbedControls, string> = {
  timeline: 'Full timeline',
  stepper: 'Previous and next only',
  none: 'None',
};
const CAP_LABELS: Record<CapChoice, string> = {
  current: 'Up to the current episode',
  viewer: 'Up to the episode the viewer set',
  none: 'No limit',
};

/** Narrows a <select>'s value to one of the listed options. */
function oneOf<T extends string>(allowed: readonly T[], value: string, fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback;
}

export function EmbedChoicesForm(props: EmbedChoicesFormProps) {
  const id = useId();
  return (
    <form className="pw-embed-choices" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="pw-embed-kind">
        <legend>Kind</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind} className="pw-embed-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={props.kind === kind}
              onChange={() => props.onKind(kind)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <div className="pw-embed-field">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={props.theme}
          onChange={(event) => props.onTheme(readEmbedOption('theme', event.target.value))}
        >
          {Object.entries(THEME_LABELS).map(([theme, label]) => (
            <option key={theme} value={theme}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <div className="pw-embed-field">
        <label htmlFor={`${id}-controls`}>Controls</label>
        <select
          id={`${id}-controls`}
          value={props.controls}
          onChange={(event) => props.onControls(readEmbedOption('controls', event.target.value))}
        >
          {Object.entries(CONTROLS_LABELS).map(([controls, label]) => (
            <option key={controls} value={controls}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <div className="pw-embed-field">
        <label htmlFor={`${id}-cap`}>Spoiler limit</label>
        <select
          id={`${id}-cap`}
          value={props.cap}
          aria-describedby={`${id}-cap-hint`}
          onChange={(event) => props.onCap(oneOf(props.capChoices, event.target.value, 'current'))}
        >
          {props.capChoices.map((cap) => (
            <option key={cap} value={cap}>
              {CAP_LABELS[cap]}
            </option>
          ))}
        </select>
        <p id={`${id}-cap-hint`} className="pw-embed-hint">
          {props.capEpisode === undefined
            ? 'Readers can step through every episode.'
            : `Readers can step up to ${props.capEpisode} and no further.`}
        </p>
      </div>

      <div className="pw-embed-field">
        <label htmlFor={`${id}-height`}>Height</label>
        <input
          id={`${id}-height`}
          type="number"
          inputMode="numeric"
          min={EMBED_HEIGHT.min}
          max={EMBED_HEIGHT.max}
          step={10}
          value={props.heightText}
          aria-describedby={`${id}-height-hint`}
          onChange={(event) => props.onHeightText(event.target.value)}
          onBlur={props.onHeightDone}
        />
        <p id={`${id}-height-hint`} className="pw-embed-hint">
          In pixels, {EMBED_HEIGHT.min}–{EMBED_HEIGHT.max}. The width follows the post’s column.
        </p>
      </div>
    </form>
  );
}

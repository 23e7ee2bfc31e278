// The toolbar's "Export animation" button and its modal dialog: choose a range (within the
// spoiler cap), format, size, pace and theme; render frames from a real graph view; then
// download the file and preview it.
import { ModalDialog } from '../ModalDialog';
import { useMemo, useState } from 'react';
import type { ThemeName } from '../../graph';
import type { Point, Timeline } from '../../model';
import { webmSupport } from './encoders';
import { ExportAnimationForm } from './ExportAnimationForm';
import { ExportResult } from './ExportResult';
import { DEFAULT_SECONDS, episodeChoices, FPS, FRAME_SIZES, transitionFor } from './exportOptions';
import { frameCount } from './frameSchedule';
import {
  browserFactory,
  useAnimationExport,
  type ExportFactory,
  type ExportSettings,
} from './useAnimationExport';
import './ExportAnimationDialog.css';

export interface ExportAnimationDialogProps {
  readonly slug: string;
  readonly timeline: Timeline;
  /** The layout; undefined while it is still being computed. */
  readonly positions: ReadonlyMap<string, Point> | undefined;
  readonly theme: ThemeName;
  /** The viewer's spoiler cap (inclusive): no later episode is offered. */
  readonly cap: number;
  /** The episode on screen: the default end of the range. */
  readonly episode: number;
  readonly hiddenTypes: ReadonlySet<string>;
  /** For tests: what paints and encodes frames. */
  readonly factory?: ExportFactory;
}

export function ExportAnimationDialog(props: ExportAnimationDialogProps) {
  return (
    // Mounted only while open: closing the dialog cancels a render and frees the file.
    <ModalDialog label="Export animation" title="Export animation" className="pw-anim-dialog">
      <ExportAnimationBody {...props} />
    </ModalDialog>
  );
}

function ExportAnimationBody(props: ExportAnimationDialogProps) {
  const { timeline, cap, positions } = props;
  const episodes = useMemo(() => episodeChoices(timeline.dataset.episodes, cap), [timeline, cap]);
  const last = Math.max(0, episodes.length - 1);
  const [settings, setSettings] = useState<ExportSettings>(() => {
    const to = Math.min(last, props.episode > 0 ? props.episode : last);
    return {
      from: 0,
      to,
      format: 'gif',
      size: FRAME_SIZES[0] ?? { width: 640, height: 360 },
      secondsPerEpisode: DEFAULT_SECONDS,
      theme: props.theme,
    };
  });
  const webm = useMemo(() => webmSupport(), []);
  const webmUnavailable = 'reason' in webm ? webm.reason : undefined;
  const { state, start, cancel } = useAnimationExport(props.factory ?? browserFactory);
  const rendering = state.phase === 'rendering';
  const total = frameCount({
    from: settings.from,
    to: settings.to,
    secondsPerEpisode: settings.secondsPerEpisode,
    fps: FPS,
    transition: transitionFor(settings.secondsPerEpisode),
  });
  const span = settings.to - settings.from + 1;
  const seconds = Math.round(span * settings.secondsPerEpisode * 10) / 10;

  const run = () => {
    if (!positions) return;
    void start(
      {
        slug: props.slug,
        timeline,
        positions,
        hiddenTypes: props.hiddenTypes,
      },
      settings,
    );
  };

  return (
    <div className="pw-anim-body">
      <ExportAnimationForm
        settings={settings}
        episodes={episodes}
        currentTheme={props.theme}
        webmUnavailable={webmUnavailable}
        disabled={rendering}
        onChange={(change) => setSettings((current) => ({ ...current, ...change }))}
      />
      <div className="pw-anim-run">
        <p className="pw-anim-hint">
          {span} {span === 1 ? 'episode' : 'episodes'}, {seconds} s, {total} frames at {FPS} frames
          per second.
          {settings.format === 'webm' && ' Video is recorded in real time.'}
        </p>
        <div className="pw-anim-buttons">
          <button
            type="button"
            className="button pw-anim-start"
            disabled={rendering || !positions}
            onClick={run}
          >
            Start
          </button>
          <button type="button" className="button" disabled={!rendering} onClick={cancel}>
            Cancel
          </button>
        </div>
        {!positions && <p className="pw-anim-hint">Waiting for the layout to finish…</p>}
        <progress
          className="pw-anim-progress"
          max={rendering ? state.total : total}
          value={rendering ? state.done : state.phase === 'done' ? total : 0}
          aria-label={
            rendering
              ? `Rendering frame ${state.done} of ${state.total}`
              : state.phase === 'done'
                ? `Done: ${total} frames`
                : `Not started: ${total} frames`
          }
        />
        <ExportResult state={state} />
      </div>
    </div>
  );
}

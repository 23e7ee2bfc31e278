// The explorer beside the editor, drawing the last valid version of the show. A new valid
// version (after a short pause in typing) mounts a fresh explorer that keeps the episode,
// selection and filters the user had.
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildTimeline, type Timeline, type ValidationResult } from '../../model';
import { DROPPED_SLUG } from '../dropImport/droppedUrl';
import { Explorer } from '../Explorer';
import type { ThemeChoice, UrlState } from '../urlState';
import { keptView } from './keptView';

/** Long enough that a word typed in one go redraws the graph once. */
const PAUSE_MS = 250;

interface Props {
  readonly result: ValidationResult;
  readonly theme: 'light' | 'dark';
  readonly themeChoice: ThemeChoice;
}

interface Shown {
  readonly from: ValidationResult;
  readonly timeline: Timeline;
  readonly url: UrlState;
  readonly version: number;
}

export function Preview({ result, theme, themeChoice }: Props) {
  const [shown, setShown] = useState<Shown | undefined>(() => {
    if (!result.ok) return undefined;
    const timeline = buildTimeline(result.dataset);
    return { from: result, timeline, url: keptView(undefined, timeline), version: 0 };
  });
  // The explorer's view as it last was, to carry over to the next version.
  const view = useRef<UrlState>(undefined);
  const onViewState = useCallback((state: UrlState) => {
    view.current = state;
  }, []);
  useEffect(() => {
    if (!result.ok || shown?.from === result) return;
    const timer = setTimeout(() => {
      const timeline = buildTimeline(result.dataset);
      setShown((previous) => ({
        from: result,
        timeline,
        url: keptView(view.current, timeline),
        version: (previous?.version ?? 0) + 1,
      }));
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [result, shown]);

  return (
    <section className="editor-preview" aria-label="Preview">
      {shown ? (
        <Explorer
          key={shown.version}
          slug={DROPPED_SLUG}
          data={shown.from.ok ? shown.from.data : undefined}
          timeline={shown.timeline}
          url={shown.url}
          theme={theme}
          themeChoice={themeChoice}
          notices={[]}
          onViewState={onViewState}
        />
      ) : (
        <p className="editor-preview-empty">
          The graph appears here once the show has no problems.
        </p>
      )}
    </section>
  );
}

// The app's state for a show opened from the user's computer: the show itself (kept in
// memory only) with what was repaired in it, the problems of a failed attempt, the files
// being read meanwhile, and whether warnings count as errors (strict mode).
import { startTransition, useCallback, useRef, useState } from 'react';
import { runSliced, timelineSteps, type GraphData, type Timeline } from '../../model';
import { startImport, type ImportJob } from './importJob';
import type { OpenStage, ReadableFile } from './openFiles';

/** Files being opened: what they are called and the step the work has reached. */
export interface ImportProgressState {
  readonly label: string;
  readonly stage: OpenStage;
}

export interface DroppedShow {
  /** Counts opened shows, so each one mounts a fresh explorer. */
  readonly id: number;
  readonly label: string;
  readonly data: GraphData;
  readonly timeline: Timeline;
  /** "warning: …" and "hint: …" lines about the opened files; empty when there are none. */
  readonly warnings: readonly string[];
  /** The catalogue show that was open before, to go back to. */
  readonly returnTo: string | undefined;
}

export interface DropImport {
  readonly show: DroppedShow | undefined;
  readonly problems: { readonly label: string; readonly lines: readonly string[] } | undefined;
  /** The files being read, while they are, and how far it has got. */
  readonly opening: ImportProgressState | undefined;
  /** Stops opening the files: the work ends at once and the current show stays (a show
   * already built and rendering in its transition still comes). */
  cancel(): void;
  /** Strict: treat warnings as errors, so a file that needs repairs is refused. */
  readonly strict: boolean;
  setStrict(strict: boolean): void;
  /**
   * Resolves true when a show opened, false when there were problems or a newer attempt.
   * `onOpened` makes the caller's own state changes (the address, the chosen show) in the
   * same transition as the show, so nothing renders with one and not the other.
   */
  open(
    files: readonly ReadableFile[],
    returnTo: string | undefined,
    onOpened?: () => void,
  ): Promise<boolean>;
  /** Shows problems found before any file could be read (e.g. a damaged shared link). */
  report(label: string, lines: readonly string[]): void;
  dismissProblems(): void;
}

export function useDropImport(): DropImport {
  const [show, setShow] = useState<DroppedShow>();
  const [problems, setProblems] = useState<DropImport['problems']>();
  const [opening, setOpening] = useState<ImportProgressState>();
  const job = useRef<ImportJob>(undefined);
  const [strict, setStrictState] = useState(false);
  const attempt = useRef(0);
  // Read when a drop happens, so open() keeps one identity while the box is toggled.
  const strictNow = useRef(false);
  const setStrict = useCallback((next: boolean) => {
    strictNow.current = next;
    setStrictState(next);
  }, []);

  const open = useCallback(
    async (files: readonly ReadableFile[], returnTo: string | undefined, onOpened?: () => void) => {
      const id = ++attempt.current;
      const label = files.map((file) => file.name).join(', ');
      // A later drop wins over one still being read, which stops.
      job.current?.cancel();
      setOpening({ label, stage: 'read' });
      const current = startImport(files, {
        strict: strictNow.current,
        onStage: (stage) => {
          if (id === attempt.current) setOpening({ label, stage });
        },
      });
      job.current = current;
      const result = await current.result;
      if (id !== attempt.current || result === undefined) return false;
      if (!result.ok) {
        job.current = undefined;
        setOpening(undefined);
        setProblems({ label: result.label, lines: result.problems });
        return false;
      }
      // Built in slices under the progress bar, so a big show's indexes never hold the page up
      // for long; Cancel still stops it.
      const timeline = await runSliced(timelineSteps(result.dataset), {
        cancelled: () => id !== attempt.current,
      });
      if (timeline === undefined || id !== attempt.current) return false;
      job.current = undefined;
      // A transition: React renders the show's panels in slices between which the page keeps
      // answering (in one go, a 10,000-character show held it up 160-180 ms), and the progress
      // bar stays until the show replaces it.
      startTransition(() => {
        setOpening(undefined);
        setProblems(undefined);
        setShow((previous) => ({
          id,
          label: result.label,
          data: result.data,
          timeline,
          warnings: result.warnings,
          returnTo: returnTo ?? previous?.returnTo,
        }));
        onOpened?.();
      });
      return true;
    },
    [],
  );
  const cancel = useCallback(() => {
    attempt.current++;
    job.current?.cancel();
    job.current = undefined;
    setOpening(undefined);
  }, []);
  const dismissProblems = useCallback(() => setProblems(undefined), []);
  const report = useCallback(
    (label: string, lines: readonly string[]) => setProblems({ label, lines }),
    [],
  );

  return { show, problems, opening, cancel, strict, setStrict, open, report, dismissProblems };
}

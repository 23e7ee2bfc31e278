// The graph view's contract with the app and the embed; createGraphView.ts builds it.
import type { Dataset, Point, Snapshot } from '../model';
import type { Scheduler } from './animator';
import type { FrameBox } from './export';
import type { FocusTarget } from './focus';
import type { Fresh } from './fresh';
import type { PngOptions } from './png';
import type { GraphTheme, ThemeName } from './theme';
import type { ViewSample } from './viewMetrics';

export type { FrameBox } from './export';
export type { FocusTarget } from './focus';
export type { Fresh } from './fresh';

export interface GraphViewOptions {
  readonly dataset: Dataset;
  readonly positions: ReadonlyMap<string, Point>;
  readonly theme?: ThemeName | GraphTheme;
  /** Turns animation off (e.g. prefers-reduced-motion). */
  readonly reducedMotion?: boolean;
  /** Milliseconds per step animation. */
  readonly duration?: number;
  readonly onSelect?: (characterId: string | undefined) => void;
  /** The character or relationship under the pointer, or undefined when it leaves. */
  readonly onHover?: (target: FocusTarget | undefined) => void;
  /** For tests: no canvas, and a clock the test drives. */
  readonly headless?: boolean;
  /**
   * 'full': drag pans, wheel and pinch zoom (the app). 'two-finger': one finger or the wheel
   * keep scrolling the host page; only two fingers or the view's buttons pan and zoom (embeds).
   */
  readonly gestures?: 'full' | 'two-finger';
  /** Draw with Cytoscape's WebGL renderer (offer it only where detectWebGL() says 'hardware'). */
  readonly webgl?: boolean;
  readonly scheduler?: Scheduler;
}

export interface ShowOptions {
  readonly animate?: boolean;
  /** Relationship types to leave out of the picture. */
  readonly hiddenTypes?: ReadonlySet<string>;
  /** What the episode introduced or changed: marked until the next `show` (none if absent). */
  readonly fresh?: Fresh;
  /**
   * A first picture of a big show (over SLICE_FROM elements): added in parts over several
   * frames, so the page never waits for all of it at once. Ignored once anything is drawn.
   */
  readonly inSlices?: boolean;
}

export interface GraphView {
  show(snapshot: Snapshot, options?: ShowOptions): void;
  select(characterId: string | undefined): void;
  /** Focuses a character or a relationship while hovered (over any selection): the rest dims. */
  highlight(target: FocusTarget | undefined): void;
  /** Centres the view on a character or a relationship. */
  focus(target: { kind: 'character' | 'relationship'; id: string }): void;
  setTheme(theme: ThemeName | GraphTheme): void;
  setReducedMotion(reduced: boolean): void;
  /** Zooms about the centre by a factor (buttons for embeds). */
  zoomBy(factor: number): void;
  /** Back to the whole layout in view. */
  fit(): void;
  /** Redraws everything without any change (benchmarks measure the render floor with it). */
  redraw(): void;
  png(options: PngOptions): Promise<Blob>;
  /**
   * Draws the view's next rendered frame into a 2D context, scaled into `box` on the theme's
   * background: frames for video export without a screen capture.
   */
  drawFrame(context: CanvasRenderingContext2D, box: FrameBox): Promise<void>;
  /** The original ids of what Cytoscape holds now (including anything still fading out). */
  drawn(): { nodes: string[]; edges: string[] };
  /** Characters and labels as drawn, in rendered px, for viewMetrics.ts. */
  sample(): Promise<ViewSample>;
  readonly animating: boolean;
  resize(): void;
  destroy(): void;
}

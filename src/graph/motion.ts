// A step's animation on the view's one timer (animator.ts), told in the order a viewer reads
// it: new characters grow in from a point and fade up, then new relationships draw
// themselves from source to target and their arrow lands as the line arrives. What leaves
// fades and shrinks away; a character whose state changed morphs from its old fill to its
// new one under a ring that widens and fades. A new step lands the running one first.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Animator } from './animator';
import { fillOf, type DrawnElement, type Fill, type Step } from './scene';

/** A node's size when its data has none (the stylesheet's default). */
export const NODE_SIZE = 26;
/** Where an entering character starts, as a share of its size. */
const GROW_FROM = 0.25;
const PULSE_OPACITY = 0.4;

/** Every style a frame sets, so landing removes them all whatever the step held. */
const ENTERING_STYLES = [
  'opacity width height target-arrow-color',
  'line-fill line-gradient-stop-colors line-gradient-stop-positions',
  'underlay-fill underlay-gradient-stop-colors underlay-gradient-stop-positions',
].join(' ');
const CHANGED_STYLES = 'background-color background-opacity overlay-opacity overlay-padding';

/** The part of a step's progress that falls between `from` and `to`, as 0..1. */
export const span = (t: number, from: number, to: number) =>
  Math.min(1, Math.max(0, (t - from) / (to - from)));

const rgba = (color: readonly number[], alpha = 1) =>
  `rgba(${color.map((channel) => Math.round(channel)).join(',')},${alpha})`;
const mix = (from: number, to: number, t: number) => from + (to - from) * t;

export const sizeOf = (node: NodeSingular) => Number(node.data('size')) || NODE_SIZE;

export interface MotionOptions {
  /**
   * Draw entering lines from source to target with a moving gradient stop. Off for WebGL,
   * which draws no gradients: there a line fades in instead.
   */
  readonly drawLines: boolean;
}

export interface Motion {
  readonly running: boolean;
  /**
   * Animates a step; `removeLeaving` runs when it ends or is cut short. Call it after the
   * step's batch (it reads the styles the step gave), in the same task: the first frame is
   * set at once, so new elements never flash at full opacity.
   */
  play(step: Step, duration: number, removeLeaving: (leaving: DrawnElement[]) => void): void;
  /** Ends the animation in flight (if any) on its final picture. */
  land(): void;
}

/** An entering line's one frame: the part up to `drawn` (0..1 of its length) is painted. */
function drawLine(edge: EdgeSingular, color: readonly number[], drawn: number) {
  const at = drawn * 100;
  // Cytoscape takes stop lists as arrays; its typings say string.
  const stops = [0, at, at, 100] as unknown as string;
  edge.style({
    'line-gradient-stop-positions': stops,
    // A new line's halo (motionStyles.ts) is drawn along with it, not ahead of it.
    'underlay-gradient-stop-positions': stops,
    // The arrow appears as the line reaches it.
    'target-arrow-color': rgba(color, span(drawn, 0.8, 1)),
  });
}

function morph(node: NodeSingular, before: Fill, after: Fill, t: number) {
  const color = before.color.map((channel, i) => mix(channel, after.color[i] ?? channel, t));
  node.style({
    'background-color': rgba(color),
    'background-opacity': mix(before.opacity, after.opacity, t),
    // The ring widens as it fades.
    'overlay-opacity': PULSE_OPACITY * (1 - t),
    'overlay-padding': mix(3, 14, t),
  });
}

export function createMotion(cy: Core, animator: Animator, options: MotionOptions): Motion {
  return {
    get running() {
      return animator.running;
    },
    play({ entering, leaving, changed }, duration, removeLeaving) {
      const nodes = entering.filter((element): element is NodeSingular => element.isNode());
      const edges = entering.filter((element): element is EdgeSingular => element.isEdge());
      // Read once, before any frame's bypass hides them: each line's own type colour and
      // each changed node's new fill (its class changed in this batch).
      const lineColors = edges.map((edge) => edge.numericStyle('line-color') as number[]);
      const morphs = changed.map(({ node, before }) => ({ node, before, after: fillOf(node) }));
      if (options.drawLines) {
        edges.forEach((edge, i) => {
          const line = rgba(lineColors[i] ?? [0, 0, 0]);
          const halo = rgba(edge.numericStyle('underlay-color') as number[]);
          edge.style({
            'line-fill': 'linear-gradient',
            'line-gradient-stop-colors': [line, line, 'transparent', 'transparent'],
            'underlay-fill': 'linear-gradient',
            'underlay-gradient-stop-colors': [halo, halo, 'transparent', 'transparent'],
          } as unknown as Record<string, string>);
        });
      }
      animator.start(
        {
          frame: (t) => {
            cy.batch(() => {
              // Characters first, then the lines between them, so a line never reaches
              // for an end that is not there yet.
              const grow = span(t, 0, 0.6);
              for (const node of nodes) {
                const size = sizeOf(node) * mix(GROW_FROM, 1, grow);
                node.style({ opacity: span(t, 0, 0.4), width: size, height: size });
              }
              const drawn = span(t, 0.25, 1);
              edges.forEach((edge, i) => {
                if (options.drawLines) drawLine(edge, lineColors[i] ?? [0, 0, 0], drawn);
                else edge.style('opacity', drawn);
              });
              // Lines go before their ends.
              const gone = span(t, 0, 0.7);
              for (const element of leaving) {
                if (element.isEdge()) {
                  element.style('opacity', 1 - span(t, 0, 0.5));
                  continue;
                }
                const size = sizeOf(element) * mix(1, 0.5, gone);
                element.style({ opacity: 1 - gone, width: size, height: size });
              }
              for (const { node, before, after } of morphs) morph(node, before, after, t);
            });
          },
          finish: () => {
            cy.batch(() => {
              for (const element of entering) element.removeStyle(ENTERING_STYLES);
              for (const { node } of changed) node.removeStyle(CHANGED_STYLES);
              removeLeaving(leaving);
            });
          },
        },
        duration,
      );
    },
    land: () => animator.finishNow(),
  };
}

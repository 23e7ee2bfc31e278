// A step's animation on the view's one timer (animator.ts): what enters fades in and
// grows, what leaves fades out, what changed pulses. A new step lands the running one first.
import type { Core } from 'cytoscape';
import type { Animator } from './animator';
import type { DrawnElement, Step } from './scene';

const NODE_SIZE = 26;
const PULSE_OPACITY = 0.35;

export interface Motion {
  readonly running: boolean;
  /**
   * Animates a step; `removeLeaving` runs when it ends or is cut short. Call it inside the
   * step's batch: the first frame is drawn at once, so new elements never flash at full opacity.
   */
  play(step: Step, duration: number, removeLeaving: (leaving: DrawnElement[]) => void): void;
  /** Ends the animation in flight (if any) on its final picture. */
  land(): void;
}

export function createMotion(cy: Core, animator: Animator): Motion {
  return {
    get running() {
      return animator.running;
    },
    play({ entering, leaving, changed }, duration, removeLeaving) {
      animator.start(
        {
          frame: (t) => {
            cy.batch(() => {
              for (const element of entering) element.style('opacity', t);
              for (const element of leaving) element.style('opacity', 1 - t);
              for (const node of changed) node.style('overlay-opacity', PULSE_OPACITY * (1 - t));
              const grow = 0.4 + 0.6 * t;
              for (const element of entering) {
                if (element.isNode()) {
                  element.style({ width: NODE_SIZE * grow, height: NODE_SIZE * grow });
                }
              }
            });
          },
          finish: () => {
            cy.batch(() => {
              for (const element of entering) element.removeStyle('opacity width height');
              for (const node of changed) node.removeStyle('overlay-opacity');
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

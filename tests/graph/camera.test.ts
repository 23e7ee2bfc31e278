// The camera refits when its container changes size, and does nothing when a resize comes at
// the size it already fitted to (the first ResizeObserver call always does: Cytoscape would
// redraw every element for it, a second full frame in the widget's cold load).
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { createCamera } from '../../src/graph/camera';
import { createLook } from '../../src/graph/look';
import { GRAPH_THEMES } from '../../src/graph';
import { computeLayout } from '../../src/model/layout';
import { shippedDataset, timelineOf } from '../fixtures/data';

// The camera follows zoom in the next frame; this test has no frames to wait for.
vi.stubGlobal('requestAnimationFrame', () => 0);
vi.stubGlobal('cancelAnimationFrame', () => undefined);

const timeline = timelineOf(shippedDataset());
const positions = computeLayout(timeline.dataset);

/** A container whose size the test sets: the camera reads only its client size. */
function sizedContainer(width: number, height: number) {
  const size = { width, height };
  const container = {
    get clientWidth() {
      return size.width;
    },
    get clientHeight() {
      return size.height;
    },
  } as unknown as HTMLElement;
  return { container, size };
}

function setup() {
  const { container, size } = sizedContainer(800, 600);
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const resize = vi.spyOn(cy, 'resize');
  const viewport = vi.spyOn(cy, 'viewport');
  const camera = createCamera(cy, {
    container,
    headless: false,
    positions,
    large: false,
    gestures: undefined,
    look: createLook(timeline.dataset, GRAPH_THEMES.light, false),
  });
  return { camera, size, resize, viewport };
}

describe('camera resize', () => {
  it('fits once when made, and not again for a resize to the same size', () => {
    const { camera, resize, viewport } = setup();
    expect(viewport).toHaveBeenCalledTimes(1);
    camera.resize();
    camera.resize();
    expect(resize).not.toHaveBeenCalled();
    expect(viewport).toHaveBeenCalledTimes(1);
  });

  it('refits for a new width or height, once per change', () => {
    const { camera, size, resize, viewport } = setup();
    size.width = 500;
    camera.resize();
    camera.resize();
    expect(resize).toHaveBeenCalledTimes(1);
    expect(viewport).toHaveBeenCalledTimes(2);
    size.height = 300;
    camera.resize();
    expect(resize).toHaveBeenCalledTimes(2);
    expect(viewport).toHaveBeenCalledTimes(3);
  });

  it('keeps a view the user moved where it is, but still tells Cytoscape the new size', () => {
    const { camera, size, resize, viewport } = setup();
    camera.zoomBy(1.3);
    size.width = 640;
    camera.resize();
    expect(resize).toHaveBeenCalledTimes(1);
    expect(viewport).toHaveBeenCalledTimes(1);
  });
});

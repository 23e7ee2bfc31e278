// Two Cytoscape hot spots, replaced by code that does the same with no allocation.
//
// 1. dirtyStyleCache.
// Every style property Cytoscape applies to an element ends in `dirtyStyleCache()`, which
// (in a graph without compound nodes) clears the element's style cache and those of its
// connected edges, through `ele.connectedEdges()`. That call builds a new collection for
// every element and every property, even for an edge, which has no connected edges. A CPU
// profile of random jumps at 1,000 / 5,000 put 640 ms of 18 s in those collections, plus
// the garbage they leave (`npm run bench -- --profile --only=plotweb-random`).
//
// The replacement clears the same caches by walking the node's own edge list. Graphs with
// compound nodes (Plotweb draws none) keep Cytoscape's own code. tests/graph/cytoscapeSpeed
// checks that styles, bounds and rendered styles come out the same.
//
// 2. boundingBox. Drawing an element asks for its bounding box up to four times (body,
// label, source and target label), each `ele.boundingBox()` with no options. Cytoscape
// answers from the element's cache, but first builds a memoized closure and its cache
// object to ask whether the cache is stale, on every call: the profile of adjacent steps
// put about 11 % of their time in that path (`memoizedFn` and `boundingBox`). The
// replacement asks the same question directly (no cache, a style change, or an end that
// moved, by the same position hash) and hands back the same cached box; anything else
// goes to Cytoscape's own code.
import type { Core } from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}

interface PrivateElement {
  readonly _private: {
    styleCache: unknown;
    edges?: readonly PrivateElement[];
    group: 'nodes' | 'edges';
    position: { x: number; y: number };
    source?: PrivateElement;
    target?: PrivateElement;
    bbCache: Box | null;
    bbCachePosKey: number | null;
    styleDirty: boolean;
  };
  isNode(): boolean;
}

/** Cytoscape has `hasCompoundNodes` at run time; its typings leave it out. */
interface Collection extends ArrayLike<PrivateElement> {
  cy(): { hasCompoundNodes(): boolean };
}

interface CollectionProto {
  dirtyStyleCache(this: Collection): unknown;
  boundingBox(this: Collection, options?: unknown): Box;
  /** Set once both replacements are in. */
  plotwebFaster?: true;
}

/** Cytoscape's own functions, kept for the tests that compare against them. */
export const stockCytoscape: { boundingBox?: CollectionProto['boundingBox'] } = {};

// Cytoscape's hashIntsArray (sdbm) with its default seed, over rounded coordinates.
const SEED = 9261;
const K = 65599;
const mixIn = (hash: number, value: number) => (hash * K + Math.round(value)) | 0;

/** The key Cytoscape files an element's cached box under: its ends' rounded positions. */
export function boundsKey(element: PrivateElement): number {
  const own = element._private;
  if (own.group === 'nodes') return mixIn(mixIn(SEED, own.position.x), own.position.y);
  const from = own.source?._private.position ?? { x: 0, y: 0 };
  const to = own.target?._private.position ?? { x: 0, y: 0 };
  return mixIn(mixIn(mixIn(mixIn(SEED, from.x), from.y), to.x), to.y);
}

const finite = (x: number) => (x === Infinity || x === -Infinity ? 0 : x);

/** Installs both replacements on Cytoscape's collection prototype, once. */
export function speedUpCytoscape(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as CollectionProto;
  if (proto.plotwebFaster) return;
  const original = proto.dirtyStyleCache;
  const boundingBox = proto.boundingBox;
  if (typeof original !== 'function' || typeof boundingBox !== 'function') return;
  stockCytoscape.boundingBox = boundingBox;
  proto.boundingBox = function fastBoundingBox(options) {
    const element = this.length === 1 && options === undefined ? this[0] : undefined;
    const box = element?._private.bbCache;
    if (
      element &&
      box &&
      !element._private.styleDirty &&
      element._private.bbCachePosKey === boundsKey(element)
    ) {
      // What Cytoscape does to the box it returns, to the letter.
      box.x1 = finite(box.x1);
      box.y1 = finite(box.y1);
      box.x2 = finite(box.x2);
      box.y2 = finite(box.y2);
      box.w = finite(box.x2 - box.x1);
      box.h = finite(box.y2 - box.y1);
      return box;
    }
    return boundingBox.call(this, options);
  };
  proto.dirtyStyleCache = function dirtyStyleCache() {
    if (this.cy().hasCompoundNodes()) return original.call(this);
    for (let i = 0; i < this.length; i++) {
      const element = this[i] as PrivateElement;
      element._private.styleCache = null;
      const edges = element._private.edges;
      if (edges && element.isNode())
        for (let j = 0; j < edges.length; j++)
          (edges[j] as PrivateElement)._private.styleCache = null;
    }
    return this;
  };
  proto.plotwebFaster = true;
}

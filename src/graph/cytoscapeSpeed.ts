// Three Cytoscape hot spots, replaced by code that does the same with less work.
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
//
// 3. emit. Cytoscape announces every add, remove, data and class change, and every bounds
// change a style property makes (several per element it styles), with an event on each
// element: it makes an event object, offers it to the element's listeners, then to the
// core's. With nobody listening for that event, that is all it does. A profile of random
// jumps put 1.1 s of 17.7 s there, in both contenders alike (6 %). The replacement first
// asks whether any listener of that event's type is on the core or the element, and only
// then hands it to Cytoscape's emitter; a graph with compound nodes, an event with a
// namespace or several events, or anything but a string, goes to Cytoscape's code.
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
    emitter?: Emitter;
  };
  emitter(): { emit(events: string, extraParams?: unknown): unknown };
  isNode(): boolean;
}

interface Emitter {
  readonly listeners: readonly { readonly type: string }[];
}

/** Cytoscape has `hasCompoundNodes` and the core's emitter at run time; its typings leave them out. */
interface Collection extends ArrayLike<PrivateElement> {
  cy(): { hasCompoundNodes(): boolean; _private: { emitter?: Emitter } };
}

interface CollectionProto {
  dirtyStyleCache(this: Collection): unknown;
  boundingBox(this: Collection, options?: unknown): Box;
  emit(this: Collection, events: unknown, extraParams?: unknown): unknown;
  /** Cytoscape's alias of emit: data changes announce themselves through it. */
  trigger: CollectionProto['emit'];
  /** Set once all replacements are in. */
  plotwebFaster?: true;
}

/** Cytoscape's own functions, kept for the tests that compare against them. */
export const stockCytoscape: {
  boundingBox?: CollectionProto['boundingBox'];
  emit?: CollectionProto['emit'];
} = {};

/** One event type, no namespace: what Cytoscape emits on elements itself ('add', 'bounds'). */
const PLAIN_EVENT = /^[a-z]+$/;

function listensTo(emitter: Emitter | undefined, type: string): boolean {
  const listeners = emitter?.listeners;
  if (!listeners) return false;
  for (let i = 0; i < listeners.length; i++) if (listeners[i]?.type === type) return true;
  return false;
}

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

/** Installs the replacements on Cytoscape's collection prototype, once. */
export function speedUpCytoscape(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as CollectionProto;
  if (proto.plotwebFaster) return;
  const original = proto.dirtyStyleCache;
  const boundingBox = proto.boundingBox;
  const emit = proto.emit;
  if (typeof original !== 'function' || typeof boundingBox !== 'function') return;
  if (typeof emit !== 'function' || proto.trigger !== emit) return;
  stockCytoscape.boundingBox = boundingBox;
  stockCytoscape.emit = emit;
  proto.emit = function fastEmit(events, extraParams) {
    if (typeof events !== 'string' || !PLAIN_EVENT.test(events))
      return emit.call(this, events, extraParams);
    const core = this.cy();
    if (core.hasCompoundNodes() || listensTo(core._private.emitter, events))
      return emit.call(this, events, extraParams);
    // Nobody on the core listens: only an element's own listeners can hear it.
    for (let i = 0; i < this.length; i++) {
      const element = this[i] as PrivateElement;
      if (listensTo(element._private.emitter, events)) element.emitter().emit(events, extraParams);
    }
    return this;
  };
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

// One Cytoscape hot spot, replaced by code that does the same with no allocation.
//
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
import type { Core } from 'cytoscape';

interface PrivateElement {
  readonly _private: { styleCache: unknown; edges?: readonly PrivateElement[] };
  isNode(): boolean;
}

/** Cytoscape has `hasCompoundNodes` at run time; its typings leave it out. */
interface Collection extends ArrayLike<PrivateElement> {
  cy(): { hasCompoundNodes(): boolean };
}

interface CollectionProto {
  dirtyStyleCache(this: Collection): unknown;
  plotwebFastDirty?: true;
}

/** Installs the faster `dirtyStyleCache` on Cytoscape's collection prototype, once. */
export function speedUpCytoscape(cy: Core): void {
  const proto = Object.getPrototypeOf(cy.collection()) as CollectionProto;
  if (proto.plotwebFastDirty) return;
  const original = proto.dirtyStyleCache;
  if (typeof original !== 'function') return;
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
  proto.plotwebFastDirty = true;
}

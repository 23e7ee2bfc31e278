// The faster dirtyStyleCache must clear exactly the caches Cytoscape's own one clears: the
// same scenario gives the same answers before and after it is installed, and the answers
// that depend on a connected edge's cleared cache (an edge to a hidden node is not
// visible) are the right ones, not stale.
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { boundsKey, speedUpCytoscape, stockCytoscape } from '../../src/graph/cytoscapeSpeed';

const STYLE: StylesheetJson = [
  { selector: 'node', style: { width: 'data(size)', height: 'data(size)', label: 'data(id)' } },
  { selector: 'edge', style: { 'curve-style': 'haystack', width: 2 } },
  { selector: '.gone', style: { display: 'none' } },
  { selector: '.faint', style: { opacity: 0.25 } },
];

function core(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLE,
    elements: [
      { data: { id: 'a', size: 10 }, position: { x: 0, y: 0 } },
      { data: { id: 'b', size: 20 }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
}

/** What a view reads after each kind of change, with each answer cached in between. */
function scenario(cy: Core) {
  const edge = () => cy.$('#ab');
  const seen: unknown[] = [];
  const look = () => {
    seen.push(edge().visible(), edge().effectiveOpacity(), cy.$('#a').numericStyle('width'));
    seen.push(cy.$('#a').boundingBox({ includeLabels: false }).w);
  };
  look();
  cy.$('#a').addClass('gone');
  look();
  cy.$('#a').removeClass('gone');
  look();
  cy.$('#a').data('size', 30);
  look();
  cy.batch(() => {
    cy.add([
      { data: { id: 'c', size: 12 }, position: { x: 50, y: 50 } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ]);
    cy.$('#c').addClass('gone');
  });
  seen.push(cy.$('#bc').visible());
  cy.$('#c').removeClass('gone').addClass('faint');
  seen.push(cy.$('#bc').visible(), cy.$('#c').effectiveOpacity());
  cy.$('#b').style('display', 'none');
  seen.push(cy.$('#ab').visible(), cy.$('#bc').visible());
  cy.$('#b').removeStyle('display');
  seen.push(cy.$('#ab').visible(), cy.$('#bc').visible());
  return seen;
}

describe('speedUpCytoscape', () => {
  it('gives the answers Cytoscape’s own cache clearing gives, none of them stale', () => {
    const before = scenario(core());
    const cy = core();
    speedUpCytoscape(cy);
    const after = scenario(cy);
    expect(after).toEqual(before);
    // An edge to a hidden end is hidden, and shown again with it.
    expect(after.slice(0, 16)).toEqual([
      true,
      1,
      10,
      12,
      false,
      1,
      10,
      0,
      true,
      1,
      10,
      12,
      true,
      1,
      30,
      32,
    ]);
    expect(after.slice(16)).toEqual([false, true, 0.25, false, false, true, true]);
  });

  it('installs once, on the prototype every core shares', () => {
    const cy = core();
    speedUpCytoscape(cy);
    const proto = Object.getPrototypeOf(cy.collection()) as { dirtyStyleCache: unknown };
    const installed = proto.dirtyStyleCache;
    speedUpCytoscape(core());
    expect(proto.dirtyStyleCache).toBe(installed);
    expect(Object.getPrototypeOf(core().collection())).toBe(proto);
  });
});

describe('the faster boundingBox', () => {
  type Boxed = Parameters<typeof boundsKey>[0];
  const privateOf = (cy: Core, id: string) => cy.$id(id)[0] as unknown as Boxed;

  it('files boxes under the key Cytoscape itself uses, for nodes and edges anywhere', () => {
    const cy = core();
    speedUpCytoscape(cy);
    const spots = [
      [0, 0],
      [12.4, -7.6],
      [-1e5 + 0.5, 3e6 - 0.5],
      [98765.4321, -0.49],
    ];
    for (const [x, y] of spots) {
      cy.$id('a').position({ x: x ?? 0, y: y ?? 0 });
      for (const id of ['a', 'b', 'ab']) {
        // The stock code computes the box and its key; ours must name the same key.
        (stockCytoscape.boundingBox as (this: unknown) => unknown).call(cy.$id(id));
        const element = privateOf(cy, id);
        expect(element._private.bbCachePosKey).not.toBeNull();
        expect(boundsKey(element)).toBe(element._private.bbCachePosKey);
      }
    }
  });

  it('answers as Cytoscape does after moves, style and data changes', () => {
    const run = (fast: boolean) => {
      const cy = core();
      speedUpCytoscape(cy);
      const stock = stockCytoscape.boundingBox as (this: unknown, options?: unknown) => unknown;
      const box = (id: string) =>
        JSON.stringify(fast ? cy.$id(id).boundingBox() : stock.call(cy.$id(id)));
      const seen: string[] = [];
      const look = () => seen.push(box('a'), box('b'), box('ab'), box('a'));
      look();
      cy.$id('a').position({ x: 40.2, y: -3 });
      look();
      cy.$id('b').data('size', 44);
      look();
      cy.$id('a').addClass('faint');
      look();
      cy.$id('b').position({ x: 40.7, y: -3.4 });
      look();
      cy.$id('a').style('width', 5);
      look();
      return seen;
    };
    const fast = run(true);
    expect(fast).toEqual(run(false));
    // The answers moved with the changes: not one cached box handed back throughout.
    expect(new Set(fast).size).toBeGreaterThan(6);
  });

  it('leaves calls with options and calls on several elements to Cytoscape', () => {
    const cy = core();
    speedUpCytoscape(cy);
    const stock = stockCytoscape.boundingBox as (this: unknown, options?: unknown) => unknown;
    expect(cy.elements().boundingBox()).toEqual(stock.call(cy.elements()));
    const options = { includeLabels: false };
    expect(cy.$id('a').boundingBox(options)).toEqual(stock.call(cy.$id('a'), options));
  });
});

describe('the faster emit', () => {
  /** Every event each listener heard, in order, through a run of the changes a step makes. */
  function heard(fast: boolean) {
    const cy = core();
    speedUpCytoscape(cy);
    const proto = Object.getPrototypeOf(cy.collection()) as { emit: unknown; trigger: unknown };
    const installed = proto.emit;
    if (!fast) proto.emit = proto.trigger = stockCytoscape.emit;
    const log: string[] = [];
    const note = (who: string) => (event: cytoscape.EventObject) =>
      log.push(`${who} ${event.type}${event.namespace ?? ''} ${event.target.id?.() ?? 'core'}`);
    try {
      cy.on('add', note('core'));
      cy.on('data', 'node', note('core:node'));
      cy.$id('a').on('bounds', note('a'));
      cy.$id('b').on('position', note('b'));
      cy.on('remove', note('core:remove'));
      // Cytoscape offers an event without a namespace only to listeners without one.
      cy.on('remove.mine', note('core.mine'));
      cy.on('custom', note('core:custom'));
      cy.on('tap', 'node', note('core:tap'));
      cy.add({ data: { id: 'c', size: 4 }, position: { x: 9, y: 9 } });
      cy.$id('a').data('size', 18);
      // Styling the change dirties the box, which is announced as 'bounds'.
      cy.$id('a').boundingBox();
      cy.$id('ab').data('weight', 2);
      cy.$id('b').position({ x: 3, y: 4 });
      cy.$id('a').addClass('faint');
      cy.$id('c').emit('custom', ['extra']);
      cy.$id('c').remove();
      // An event object, as Cytoscape's renderer emits for taps: left to Cytoscape.
      (cy.$id('a') as unknown as { emit(event: object): void }).emit({ type: 'tap' });
    } finally {
      proto.emit = proto.trigger = installed;
    }
    return log;
  }

  it('reaches every listener Cytoscape’s own emit reaches, and no other', () => {
    const fast = heard(true);
    expect(fast).toEqual(heard(false));
    expect(fast).toContain('core add c');
    expect(fast).toContain('core:node data a');
    expect(fast).not.toContain('core:node data ab');
    expect(fast).toContain('a bounds a');
    expect(fast).toContain('b position b');
    expect(fast).toContain('core:remove remove c');
    expect(fast).toContain('core:custom custom c');
    expect(fast).toContain('core:tap tap a');
    expect(fast).not.toContain('core.mine remove c');
  });

  it('makes no event when nobody listens for its type', () => {
    const cy = core();
    speedUpCytoscape(cy);
    const node = cy.$id('a');
    const emitter = (
      node as unknown as { emitter(): { emit(...args: unknown[]): unknown } }
    ).emitter();
    const emitted = vi.spyOn(emitter, 'emit');
    cy.on('tap', () => undefined);
    node.data('size', 12);
    node.addClass('faint');
    expect(emitted).not.toHaveBeenCalled();
    cy.on('data', () => undefined);
    node.data('size', 14);
    expect(emitted).toHaveBeenCalled();
  });
});

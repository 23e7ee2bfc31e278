// How good a picture the canvas is, from what Cytoscape drew: labels on labels, labels on
// characters, labels cut off at the edge, labels too small to read, characters that moved
// between two episodes, and how much of the canvas the graph fills. Pure: the measure
// script and the browser test compute the same figures from the inspector's samples.

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One drawn character, in rendered px (the canvas's top left is 0, 0). */
export interface NodeSample {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  /** The label's box, whether or not it is drawn. */
  readonly label: Box | undefined;
  /** The label is drawn: it has text, is not hidden by placement or by the zoom. */
  readonly labelDrawn: boolean;
  /** The label's font size on screen. */
  readonly fontPx: number;
}

/** One drawn relationship: its ends and the middle of its line, in rendered px. */
export interface EdgeSample {
  readonly source: string;
  readonly target: string;
  readonly mid: { readonly x: number; readonly y: number };
}

export interface ViewSample {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeSample[];
  readonly edges: readonly EdgeSample[];
}

export interface ViewFigures {
  readonly characters: number;
  /** Label–label and label–character pairs, as readable text. */
  readonly overlaps: string[];
  readonly clipped: string[];
  /** Share of drawn characters whose label is drawn at READABLE_PX or more. */
  readonly readable: number;
  /** Largest on-screen move of a character present in both samples, px. */
  readonly drift: number;
  /** max(graph width / canvas width, graph height / canvas height). */
  readonly canvasUse: number;
  /**
   * Several relationships between one pair: the smallest distance between the middles of
   * two of their curves, px (Infinity when no pair has more than one).
   */
  readonly parallelGap: number;
}

export const READABLE_PX = 8;
export const CANVAS_USE = 0.7;
/** Two curves between one pair this far apart at their middles read as two lines. */
export const PARALLEL_GAP_PX = 8;
// Anti-aliased edges touch; less than this much shared is not an overlap.
const TOLERANCE = 0.5;

export const boxesOverlap = (a: Box, b: Box, tolerance = TOLERANCE) =>
  a.x1 < b.x2 - tolerance &&
  b.x1 < a.x2 - tolerance &&
  a.y1 < b.y2 - tolerance &&
  b.y1 < a.y2 - tolerance;

export function viewFigures(sample: ViewSample, previous?: ViewSample): ViewFigures {
  const labelled = sample.nodes.filter((node) => node.labelDrawn && node.label);
  const overlaps: string[] = [];
  labelled.forEach((a, i) => {
    for (const b of labelled.slice(i + 1)) {
      if (boxesOverlap(a.label as Box, b.label as Box))
        overlaps.push(`${a.id} label ~ ${b.id} label`);
    }
    for (const b of sample.nodes) {
      if (b !== a && boxesOverlap(a.label as Box, b.box)) overlaps.push(`${a.id} label ~ ${b.id}`);
    }
  });
  const clipped = labelled
    .filter(({ label }) => {
      const box = label as Box;
      return (
        box.x1 < -TOLERANCE ||
        box.y1 < -TOLERANCE ||
        box.x2 > sample.width + TOLERANCE ||
        box.y2 > sample.height + TOLERANCE
      );
    })
    .map((node) => node.id);
  const readable = labelled.filter((node) => node.fontPx >= READABLE_PX - 0.01).length;

  let drift = 0;
  if (previous) {
    const before = new Map(previous.nodes.map((node) => [node.id, node]));
    for (const node of sample.nodes) {
      const old = before.get(node.id);
      if (old) drift = Math.max(drift, Math.hypot(node.x - old.x, node.y - old.y));
    }
  }

  const boxes = [
    ...sample.nodes.map((node) => node.box),
    ...labelled.map((node) => node.label as Box),
  ];
  let canvasUse = 0;
  if (boxes.length > 0 && sample.width > 0 && sample.height > 0) {
    const x1 = Math.min(...boxes.map((box) => box.x1));
    const x2 = Math.max(...boxes.map((box) => box.x2));
    const y1 = Math.min(...boxes.map((box) => box.y1));
    const y2 = Math.max(...boxes.map((box) => box.y2));
    canvasUse = Math.max((x2 - x1) / sample.width, (y2 - y1) / sample.height);
  }
  const byPair = new Map<string, { x: number; y: number }[]>();
  for (const edge of sample.edges) {
    const key = JSON.stringify([edge.source, edge.target].sort());
    byPair.set(key, [...(byPair.get(key) ?? []), edge.mid]);
  }
  let parallelGap = Infinity;
  for (const mids of byPair.values()) {
    for (let i = 0; i < mids.length; i++) {
      for (let j = i + 1; j < mids.length; j++) {
        const [a, b] = [mids[i], mids[j]] as [{ x: number; y: number }, { x: number; y: number }];
        parallelGap = Math.min(parallelGap, Math.hypot(a.x - b.x, a.y - b.y));
      }
    }
  }
  return {
    characters: sample.nodes.length,
    overlaps,
    clipped,
    readable: sample.nodes.length === 0 ? 1 : readable / sample.nodes.length,
    drift,
    canvasUse,
    parallelGap,
  };
}

/**
 * The per-episode budgets of issue 11. The fit covers every episode's characters, so the
 * layout spreads each early cast (model/layout.ts) for an early episode to fill the canvas too.
 */
export function missedBudgets(figures: ViewFigures): string[] {
  const missed: string[] = [];
  if (figures.overlaps.length > 0) missed.push(`${figures.overlaps.length} overlapping labels`);
  if (figures.clipped.length > 0) missed.push(`${figures.clipped.length} clipped labels`);
  if (figures.readable < 0.9) missed.push(`${Math.round(figures.readable * 100)}% readable`);
  if (figures.drift > 2) missed.push(`drift ${figures.drift.toFixed(1)} px`);
  if (figures.characters > 0 && figures.canvasUse < CANVAS_USE)
    missed.push(`${Math.round(figures.canvasUse * 100)}% canvas use`);
  if (figures.parallelGap < PARALLEL_GAP_PX)
    missed.push(`two curves of one pair ${figures.parallelGap.toFixed(1)} px apart`);
  return missed;
}

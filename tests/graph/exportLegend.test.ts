// The legend of exported pictures: swatches from the canvas's appearance functions, rows
// that wrap within the picture, and a height that covers everything drawn (the export
// reserves it above the graph, so nothing overlaps).
import { describe, expect, it } from 'vitest';
import {
  exportLegendOf,
  layoutExportLegend,
  type LegendContext,
} from '../../src/graph/exportLegend';
import { GRAPH_THEMES } from '../../src/graph/theme';
import {
  buildTimeline,
  groupAppearance,
  typeAppearance,
  validateGraphData,
  type Dataset,
} from '../../src/model';
import { shippedDataset } from '../fixtures/data';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly state: { fillStyle: unknown; strokeStyle: unknown; lineWidth: number; dash: number[] };
}

/** A 2D context that records what is drawn; text is 7 px per character at 12 px. */
function recordingContext() {
  const calls: Call[] = [];
  const state = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    dash: [] as number[],
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push({ name, args, state: { ...state, dash: [...state.dash] } });
    };
  let font = '12px sans-serif';
  const context = {
    get font() {
      return font;
    },
    set font(value: string) {
      font = value;
    },
    get fillStyle() {
      return state.fillStyle;
    },
    set fillStyle(value) {
      state.fillStyle = value;
    },
    get strokeStyle() {
      return state.strokeStyle;
    },
    set strokeStyle(value) {
      state.strokeStyle = value;
    },
    get lineWidth() {
      return state.lineWidth;
    },
    set lineWidth(value: number) {
      state.lineWidth = value;
    },
    lineCap: 'butt',
    lineJoin: 'miter',
    textBaseline: 'alphabetic',
    measureText: (text: string) => ({ width: (text.length * 7 * parseFloat(font)) / 12 }),
    setLineDash: (dash: number[]) => {
      state.dash = [...dash];
    },
    fillText: record('fillText'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    closePath: record('closePath'),
    arc: record('arc'),
    fill: record('fill'),
    stroke: record('stroke'),
  };
  return { context: context as unknown as LegendContext, calls };
}

const result = validateGraphData(shippedDataset());
if (!result.ok) throw new Error('shipped dataset is invalid');
const dataset: Dataset = result.dataset;
const timeline = buildTimeline(dataset);
const last = timeline.snapshotAt(dataset.episodes.length - 1);

describe('export legend', () => {
  it('keys the types with relationships and the groups present, in dataset order', () => {
    const legend = exportLegendOf(dataset, [last], new Set(['affair']));
    const used = new Set(last.relationships.map((r) => r.type));
    expect(legend.types.map((t) => t.id)).toEqual(
      dataset.types.filter((t) => used.has(t.id) && t.id !== 'affair').map((t) => t.id),
    );
    expect(legend.groups.map((g) => g.label)).toContain('Students');
    // Over several episodes it keys everything any of them shows.
    const first = timeline.snapshotAt(0);
    const both = exportLegendOf(dataset, [first, last]);
    expect(both.types.length).toBeGreaterThanOrEqual(exportLegendOf(dataset, [last]).types.length);
  });

  for (const theme of [GRAPH_THEMES.light, GRAPH_THEMES.dark]) {
    it(`draws each swatch with the canvas's look on ${theme.name}, inside the reserved height`, () => {
      const legend = exportLegendOf(dataset, [last]);
      const { context, calls } = recordingContext();
      const width = 640;
      const layout = layoutExportLegend(context, legend, theme, { width, margin: 16, unit: 2 });
      expect(layout.rows).toBeGreaterThan(1);
      const top = 100;
      layout.draw(top);
      const texts = calls.filter((call) => call.name === 'fillText');
      expect(texts.map((call) => call.args[0])).toEqual([
        ...legend.types.map((t) => t.label),
        ...legend.groups.map((g) => g.label),
      ]);
      // Nothing drawn outside the band the export reserves, or past the picture's sides.
      for (const call of calls) {
        if (!['moveTo', 'lineTo', 'arc', 'fillText'].includes(call.name)) continue;
        const [x, y] = (call.name === 'fillText' ? call.args.slice(1) : call.args) as [
          number,
          number,
        ];
        expect(y).toBeGreaterThanOrEqual(top);
        expect(y).toBeLessThanOrEqual(top + layout.height);
        expect(x).toBeGreaterThanOrEqual(16);
        expect(x).toBeLessThanOrEqual(width - 16);
        if (call.name === 'fillText') {
          expect(x + (call.args[3] as number)).toBeLessThanOrEqual(width - 16 + 0.001);
        }
      }
      // Each type's line: its colour, width and dash scaled by the unit; arrows if directed.
      const strokes = calls.filter((call) => call.name === 'stroke');
      // (Past twelve types a colour comes back with another dash, so match all three.)
      for (const type of legend.types) {
        const look = typeAppearance(type, theme.background);
        const dash = look.dash.map((d) => d * 2);
        const line = strokes.filter(
          (call) =>
            call.state.strokeStyle === look.color &&
            call.state.lineWidth === look.width * 2 &&
            JSON.stringify(call.state.dash) === JSON.stringify(dash),
        );
        expect(line.length, type.id).toBeGreaterThan(0);
      }
      const arrows = calls.filter((call) => call.name === 'closePath').length;
      expect(arrows).toBe(legend.types.filter((t) => t.directed).length);
      const dots = calls.filter((call) => call.name === 'fill' && call.state.fillStyle !== '');
      for (const group of legend.groups) {
        const fill = groupAppearance(group, theme.background).color;
        expect(dots.some((call) => call.state.fillStyle === fill)).toBe(true);
      }
    });
  }

  it('takes no room when there is nothing to key', () => {
    const { context } = recordingContext();
    const layout = layoutExportLegend(context, { types: [], groups: [] }, GRAPH_THEMES.light, {
      width: 400,
      margin: 10,
      unit: 1,
    });
    expect(layout.height).toBe(0);
  });
});

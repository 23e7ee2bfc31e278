// The legend drawn into exported pictures (PNG, GIF, WebM): the types and groups present,
// each swatch drawn from the same appearance functions as the canvas (colour, dash, width,
// arrow), flowed into rows across the picture's width. The caller reserves `height` above
// the graph, so the legend never covers it.
import {
  groupAppearance,
  groupsPresent,
  typeAppearance,
  type Dataset,
  type Group,
  type RelationshipType,
  type Snapshot,
} from '../model';
import type { GraphTheme } from './theme';

export interface ExportLegend {
  readonly types: readonly RelationshipType[];
  readonly groups: readonly Group[];
}

/** What any of the snapshots shows, in dataset order: types with relationships, and groups. */
export function exportLegendOf(
  dataset: Dataset,
  snapshots: readonly Snapshot[],
  hiddenTypes: ReadonlySet<string> = new Set(),
): ExportLegend {
  const types = dataset.types.filter(
    (type) =>
      !hiddenTypes.has(type.id) &&
      snapshots.some((snapshot) => (snapshot.countsByType.get(type.id) ?? 0) > 0),
  );
  const present = new Set(
    snapshots.flatMap((snapshot) =>
      groupsPresent(dataset.groups, snapshot.characters).map(({ group }) => group.id),
    ),
  );
  return { types, groups: dataset.groups.filter((group) => present.has(group.id)) };
}

/** The few canvas calls the legend makes (a CanvasRenderingContext2D has them all). */
export type LegendContext = Pick<
  CanvasRenderingContext2D,
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'textBaseline'
  | 'measureText'
  | 'fillText'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
>;

export interface LegendLayout {
  /** Pixels to reserve for the legend, 0 when it is empty. */
  readonly height: number;
  readonly rows: number;
  /** Draws the legend with its top at `top`. */
  draw(top: number): void;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
// In legend units; `unit` is the picture's pixels per unit (its scale).
const ROW = 18;
const TEXT = 12;
const LINE = 28;
const DOT = 10;
const GAP = 5;
const SPACE = 14;

type Item =
  | { readonly kind: 'type'; readonly type: RelationshipType; readonly label: string }
  | { readonly kind: 'group'; readonly group: Group; readonly label: string };

/** Lays the legend out across `width` px, starting `margin` px in from each side. */
export function layoutExportLegend(
  context: LegendContext,
  legend: ExportLegend,
  theme: GraphTheme,
  { width, margin, unit }: { width: number; margin: number; unit: number },
): LegendLayout {
  const items: Item[] = [
    ...legend.types.map((type) => ({ kind: 'type' as const, type, label: type.label })),
    ...legend.groups.map((group) => ({ kind: 'group' as const, group, label: group.label })),
  ];
  const font = `${Math.round(TEXT * unit)}px ${FONT}`;
  context.font = font;
  const room = Math.max(width - margin * 2, 1);
  const placed: { item: Item; x: number; row: number; textRoom: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const swatch = (item.kind === 'type' ? LINE : DOT) * unit + GAP * unit;
    const textWidth = context.measureText(item.label).width;
    const needed = Math.min(swatch + textWidth, room);
    if (x > 0 && x + needed > room) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x: margin + x, row, textRoom: needed - swatch });
    x += needed + SPACE * unit;
  }
  const rows = items.length === 0 ? 0 : row + 1;
  const rowHeight = ROW * unit;
  return {
    rows,
    height: Math.ceil(rows * rowHeight + (rows > 0 ? 6 * unit : 0)),
    draw(top) {
      context.font = font;
      context.textBaseline = 'middle';
      for (const { item, x: left, row: index, textRoom } of placed) {
        const mid = top + index * rowHeight + rowHeight / 2;
        if (item.kind === 'type') drawType(context, item.type, theme, left, mid, unit);
        else drawGroup(context, item.group, theme, left, mid, unit);
        const swatch = (item.kind === 'type' ? LINE : DOT) * unit + GAP * unit;
        context.fillStyle = theme.text;
        context.fillText(item.label, left + swatch, mid, Math.max(textRoom, 1));
      }
    },
  };
}

function drawType(
  context: LegendContext,
  type: RelationshipType,
  theme: GraphTheme,
  left: number,
  mid: number,
  unit: number,
) {
  const look = typeAppearance(type, theme.background);
  const right = left + LINE * unit;
  const end = look.arrow === 'triangle' ? right - 8 * unit : right;
  context.strokeStyle = look.color;
  context.fillStyle = look.color;
  context.lineWidth = look.width * unit;
  context.lineCap = look.cap;
  context.setLineDash(look.dash.map((length) => length * unit));
  context.beginPath();
  context.moveTo(left, mid);
  context.lineTo(end, mid);
  context.stroke();
  context.setLineDash([]);
  if (look.arrow !== 'triangle') return;
  context.beginPath();
  context.moveTo(end, mid - 4 * unit);
  context.lineTo(right, mid);
  context.lineTo(end, mid + 4 * unit);
  context.closePath();
  if (look.arrowFill === 'hollow') {
    context.lineWidth = 1.5 * unit;
    context.lineJoin = 'round';
    context.stroke();
  } else context.fill();
}

function drawGroup(
  context: LegendContext,
  group: Group,
  theme: GraphTheme,
  left: number,
  mid: number,
  unit: number,
) {
  const radius = (DOT / 2) * unit;
  context.beginPath();
  context.arc(left + radius, mid, radius - unit * 0.5, 0, Math.PI * 2);
  context.fillStyle = groupAppearance(group, theme.background).color;
  context.fill();
  context.setLineDash([]);
  context.lineWidth = unit;
  context.strokeStyle = theme.nodeBorder;
  context.stroke();
}

import { useId } from 'react';
import {
  dashPattern,
  LINE_WIDTH,
  svgDashArray,
  typeAppearance,
  type LineStyle,
  type RelationshipType,
} from '../../model';
import { legendRows } from '../../viewer';
import './panels.css';

export interface EdgeLegendProps {
  /** All types of the dataset, in display order. */
  readonly types: readonly RelationshipType[];
  /** Relationships per type id at the current episode (a snapshot's countsByType). */
  readonly counts: ReadonlyMap<string, number>;
  /** Type ids the viewer has turned off. */
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (typeId: string) => void;
  /** The colour the canvas draws a type with in the current theme (defaults to the data's). */
  readonly colorOf?: (type: RelationshipType) => string;
}

/** SVG stroke-dasharray per line style at normal width, as the canvas draws it; solid has none. */
export const DASH_ARRAY: Readonly<Record<LineStyle, string | undefined>> = {
  solid: undefined,
  dashed: svgDashArray(dashPattern('dashed', LINE_WIDTH.normal)),
  dotted: svgDashArray(dashPattern('dotted', LINE_WIDTH.normal)),
};

const SWATCH_WIDTH = 40;
const SWATCH_HEIGHT = 12;

/**
 * The type's line drawn small from the same appearance the canvas uses: width, dash
 * pattern, cap and (when directed) a filled or hollow arrowhead. The colour is the one
 * for `background` when given, else `color`, else the data's own.
 */
export function TypeSwatch({
  type,
  color,
  background,
}: {
  readonly type: RelationshipType;
  readonly color?: string;
  readonly background?: string;
}) {
  const look = typeAppearance(type, background ?? '#ffffff');
  const stroke = color ?? (background === undefined ? type.color : look.color);
  const mid = SWATCH_HEIGHT / 2;
  const end = look.arrow === 'triangle' ? SWATCH_WIDTH - 9 : SWATCH_WIDTH - 2;
  const dash = svgDashArray(look.dash);
  return (
    <svg
      className="pw-swatch"
      width={SWATCH_WIDTH}
      height={SWATCH_HEIGHT}
      viewBox={`0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-line={look.line}
      data-directed={type.directed ? 'true' : 'false'}
      data-arrow={look.arrow === 'triangle' ? look.arrowFill : 'none'}
    >
      <line
        x1={2}
        y1={mid}
        x2={end}
        y2={mid}
        stroke={stroke}
        strokeWidth={look.width}
        strokeLinecap={look.cap}
        {...(dash === undefined ? {} : { strokeDasharray: dash })}
      />
      {look.arrow === 'triangle' && (
        <path
          className="pw-swatch-arrow"
          d={`M ${end} ${mid - 5} L ${SWATCH_WIDTH - 1} ${mid} L ${end} ${mid + 5} Z`}
          {...(look.arrowFill === 'hollow'
            ? { fill: 'none', stroke, strokeWidth: 1.5, strokeLinejoin: 'round' as const }
            : { fill: stroke })}
        />
      )}
    </svg>
  );
}

/**
 * One checkbox per relationship type present at this episode (plus any the viewer hid,
 * so they can be shown again). Checked means shown.
 */
export function EdgeLegend({ types, counts, hidden, onToggle, colorOf }: EdgeLegendProps) {
  const baseId = useId();
  const rows = legendRows(types, counts, hidden).map((row) => row.type);
  return (
    <section className="pw-panel pw-legend" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="pw-panel-title">
        Relationship types
      </h2>
      {rows.length === 0 ? (
        <p className="pw-muted">No relationships in this episode.</p>
      ) : (
        <ul className="pw-legend-list">
          {rows.map((type, index) => {
            const inputId = `${baseId}-type-${index}`;
            const count = counts.get(type.id) ?? 0;
            const shown = !hidden.has(type.id);
            return (
              <li key={type.id} className="pw-legend-row" data-hidden={shown ? undefined : 'true'}>
                <input
                  id={inputId}
                  type="checkbox"
                  checked={shown}
                  onChange={() => onToggle(type.id)}
                  aria-describedby={`${inputId}-count`}
                />
                <label htmlFor={inputId} className="pw-legend-label">
                  <TypeSwatch type={type} color={colorOf?.(type) ?? type.color} />
                  <span className="pw-legend-name">{type.label}</span>
                </label>
                <span id={`${inputId}-count`} className="pw-legend-count">
                  {count}
                  <span className="pw-visually-hidden">
                    {count === 1 ? ' relationship' : ' relationships'} in this episode
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

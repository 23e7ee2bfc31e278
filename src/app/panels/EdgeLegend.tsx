import { useId } from 'react';
import type { LineStyle, RelationshipType } from '../../model';
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

/** stroke-dasharray per line style; solid has none. Matches the canvas closely enough to recognise. */
export const DASH_ARRAY: Readonly<Record<LineStyle, string | undefined>> = {
  solid: undefined,
  dashed: '6 3',
  dotted: '1 3',
};

const SWATCH_WIDTH = 40;
const SWATCH_HEIGHT = 12;

/** The type's line drawn small: colour, dash pattern and (when directed) an arrowhead. */
export function TypeSwatch({
  type,
  color = type.color,
}: {
  readonly type: RelationshipType;
  readonly color?: string;
}) {
  const mid = SWATCH_HEIGHT / 2;
  const end = type.directed ? SWATCH_WIDTH - 9 : SWATCH_WIDTH - 2;
  const dash = DASH_ARRAY[type.line];
  return (
    <svg
      className="pw-swatch"
      width={SWATCH_WIDTH}
      height={SWATCH_HEIGHT}
      viewBox={`0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-line={type.line}
      data-directed={type.directed ? 'true' : 'false'}
    >
      <line
        x1={2}
        y1={mid}
        x2={end}
        y2={mid}
        stroke={color}
        strokeWidth={2.5}
        strokeLinecap={type.line === 'dotted' ? 'round' : 'butt'}
        {...(dash === undefined ? {} : { strokeDasharray: dash })}
      />
      {type.directed && (
        <path
          className="pw-swatch-arrow"
          d={`M ${end} ${mid - 5} L ${SWATCH_WIDTH - 1} ${mid} L ${end} ${mid + 5} Z`}
          fill={color}
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
  const rows = types.filter((type) => (counts.get(type.id) ?? 0) > 0 || hidden.has(type.id));
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

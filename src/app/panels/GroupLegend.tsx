// The character groups present at this episode, each with the node colour the canvas
// draws it in (the model's groupAppearance), so a reader can decode the node colours.
import { groupAppearance, groupsPresent, type CharacterAt, type Group } from '../../model';
import './panels.css';

export interface GroupLegendProps {
  readonly groups: readonly Group[];
  /** The characters in the story at this episode. */
  readonly characters: readonly CharacterAt[];
  /** The canvas background, for which the fills are chosen. */
  readonly background: string;
  /** The canvas's node border colour, so the swatch looks like a node. */
  readonly border: string;
}

export function GroupLegend({ groups, characters, background, border }: GroupLegendProps) {
  const present = groupsPresent(groups, characters);
  if (present.length === 0) return null;
  return (
    <section className="pw-panel pw-group-legend" aria-label="Character groups">
      <h2 className="pw-panel-title">Character groups</h2>
      <ul className="pw-legend-list">
        {present.map(({ group, count }) => (
          <li key={group.id} className="pw-group-row">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle
                cx="8"
                cy="8"
                r="6.5"
                fill={groupAppearance(group, background).color}
                stroke={border}
                strokeWidth="1.5"
              />
            </svg>
            <span className="pw-group-name">{group.label}</span>
            <span className="pw-legend-count">
              {count}
              <span className="pw-visually-hidden">
                {count === 1 ? ' character' : ' characters'} in this episode
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

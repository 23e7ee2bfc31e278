// Explains the node markers for character states present at this episode, drawn from the
// model's stateAppearance with the canvas's theme colours, so legend and canvas agree.
import { GRAPH_THEMES, stateColors, type GraphTheme } from '../graph';
import { stateAppearance, stateKindOf, type CharacterAt, type StateKind } from '../model';

const SHOWN: readonly Exclude<StateKind, 'none'>[] = ['coma', 'dead', 'other'];

/** The marker drawn small; the legend's outline uses the text colour to read on the panel. */
function StateSwatch({ kind, theme }: { readonly kind: StateKind; readonly theme: GraphTheme }) {
  const look = stateAppearance(kind, stateColors(theme));
  const outline = {
    stroke: 'currentColor',
    // At 20 px the canvas's widths read too heavy; halve a double border into two rings.
    strokeWidth: look.borderStyle === 'double' ? 1.2 : look.borderWidth,
    ...(look.borderDash.length > 0 ? { strokeDasharray: look.borderDash.join(' ') } : {}),
  };
  if (look.borderStyle === 'double') {
    return (
      <>
        <circle cx="10" cy="10" r="7.5" fill={look.fill} {...outline} />
        <circle cx="10" cy="10" r="4.5" fill="none" {...outline} />
      </>
    );
  }
  return <circle cx="10" cy="10" r="7.5" fill={look.fill} {...outline} />;
}

export function StateLegend({
  characters,
  theme = GRAPH_THEMES.light,
}: {
  readonly characters: readonly CharacterAt[];
  /** The canvas's theme, whose fills the markers use. */
  readonly theme?: GraphTheme;
}) {
  const kinds = new Set(characters.map(stateKindOf));
  const shown = SHOWN.filter((kind) => kinds.has(kind));
  if (shown.length === 0) return null;
  return (
    <section className="pw-panel state-legend" aria-label="Character markers">
      <h2 className="pw-panel-title">Character markers</h2>
      <ul>
        {shown.map((kind) => (
          <li key={kind}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <StateSwatch kind={kind} theme={theme} />
            </svg>
            {stateAppearance(kind, stateColors(theme)).description}
          </li>
        ))}
      </ul>
    </section>
  );
}

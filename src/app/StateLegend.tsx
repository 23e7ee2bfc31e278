// Explains the node markers for character states present at this episode.
import type { ReactNode } from 'react';
import { stateKind, type StateKind } from '../graph';
import type { CharacterAt } from '../model';

const MARKERS: Record<Exclude<StateKind, 'none'>, { label: string; draw: ReactNode }> = {
  coma: {
    label: 'Hollow ring: in a coma or unconscious',
    draw: (
      <>
        <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
        <circle cx="10" cy="10" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
      </>
    ),
  },
  dead: {
    label: 'Grey with a † before the name: dead',
    draw: (
      <circle
        cx="10"
        cy="10"
        r="7.5"
        fill="#9a9aa6"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeDasharray="3 2"
      />
    ),
  },
  other: {
    label: 'Thick outline: another state (see the details panel)',
    draw: (
      <circle cx="10" cy="10" r="7" fill="var(--muted)" stroke="currentColor" strokeWidth="3" />
    ),
  },
};

export function StateLegend({ characters }: { readonly characters: readonly CharacterAt[] }) {
  const kinds = new Set(characters.map((entry) => stateKind(entry.state)));
  const shown = (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).filter((kind) =>
    kinds.has(kind),
  );
  if (shown.length === 0) return null;
  return (
    <section className="pw-panel state-legend" aria-label="Character markers">
      <h2 className="pw-panel-title">Character markers</h2>
      <ul>
        {shown.map((kind) => (
          <li key={kind}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              {MARKERS[kind].draw}
            </svg>
            {MARKERS[kind].label}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CharacterAt, CharacterState, Dataset, Relationship, Snapshot } from '../../model';
import { Citations } from './Citations';
import { directionMark, episodeLabel, inStoryOrder, isRevealedLater, typeOf } from './format';
import './panels.css';

export interface DetailsPanelProps {
  readonly dataset: Dataset;
  /** The story at the current episode: the only source of what this panel shows. */
  readonly snapshot: Snapshot;
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
  /**
   * Shown as a bottom sheet over the graph (phones): a labelled region that takes focus
   * when it opens, closes on Escape, and gives focus back to where it was when it closes.
   */
  readonly sheet?: boolean;
}

/**
 * The selected character as of this episode: who they are, their state, the notes
 * unlocked so far and their current relationships. A character not in the snapshot
 * shows nothing of theirs.
 */
export function DetailsPanel({
  dataset,
  snapshot,
  selectedId,
  onSelect,
  onClose,
  sheet = false,
}: DetailsPanelProps) {
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sheetRef = useRef<HTMLElement>(null);
  // Set when the viewer picks a related character here: the button they pressed goes
  // away, so focus moves to the new heading instead of falling to the page.
  const focusOnChange = useRef(false);
  const present = selectedId === undefined ? undefined : presentCharacter(snapshot, selectedId);

  useEffect(() => {
    if (!focusOnChange.current) return;
    focusOnChange.current = false;
    headingRef.current?.focus();
  }, [selectedId]);

  const sheetOpen = sheet && selectedId !== undefined;
  // Where focus was before the sheet took it, to give it back when the sheet closes.
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!sheetOpen) return;
    const panel = sheetRef.current;
    if (!panel) return;
    if (!returnTo.current && !panel.contains(document.activeElement)) {
      returnTo.current = document.activeElement;
    }
    (headingRef.current ?? panel).focus();
  }, [sheetOpen, selectedId]);
  useEffect(() => {
    if (!sheetOpen) return;
    return () => {
      const back = returnTo.current;
      returnTo.current = null;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [sheetOpen]);

  if (selectedId === undefined) return null;

  const sheetProps = sheet
    ? {
        ref: sheetRef,
        role: 'region',
        tabIndex: -1,
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onClose();
        },
      }
    : {};
  const className = `pw-panel pw-details${sheet ? ' pw-sheet' : ''}`;

  const closeButton = (
    <button type="button" className="pw-close" aria-label="Close details" onClick={onClose}>
      Close
    </button>
  );

  if (!present) {
    return (
      <aside className={className} aria-label="Character details" {...sheetProps}>
        <p className="pw-muted">Not in the story at this episode.</p>
        {closeButton}
      </aside>
    );
  }

  const { character, state, notes } = present;
  const names = new Map(snapshot.characters.map((entry) => [entry.character.id, entry]));
  // A relationship in the snapshot names only characters the viewer may know.
  const nameOf = (id: string) =>
    names.get(id)?.character.name ?? dataset.characterById.get(id)?.name ?? id;
  const relationships = inStoryOrder(
    dataset,
    snapshot.relationships.filter(
      (relationship) =>
        relationship.source === character.id || relationship.target === character.id,
    ),
    nameOf,
  );
  const currentState = latestState(present, snapshot.episode);
  const selectOther = (id: string) => {
    focusOnChange.current = true;
    onSelect(id);
  };
  const end = (id: string) =>
    id === character.id ? (
      <span className="pw-self">{nameOf(id)}</span>
    ) : (
      <button type="button" className="pw-link-button" onClick={() => selectOther(id)}>
        {nameOf(id)}
      </button>
    );

  return (
    <aside className={className} aria-labelledby={`${baseId}-name`} {...sheetProps}>
      <div className="pw-details-header">
        <h2 id={`${baseId}-name`} ref={headingRef} tabIndex={-1} className="pw-panel-title">
          {character.name}
        </h2>
        {closeButton}
      </div>
      <dl className="pw-facts">
        {character.actor !== undefined && (
          <>
            <dt>Actor</dt>
            <dd>{character.actor}</dd>
          </>
        )}
        {character.group !== undefined && (
          <>
            <dt>Group</dt>
            <dd>{character.group}</dd>
          </>
        )}
        {state !== undefined && (
          <>
            <dt>State</dt>
            <dd>
              {state}
              {currentState !== undefined && (
                <>
                  <span className="pw-muted">
                    {' '}
                    (since {episodeLabel(dataset, currentState.from)})
                  </span>
                  <Citations dataset={dataset} citations={currentState.sources} />
                </>
              )}
            </dd>
          </>
        )}
      </dl>

      <h3 className="pw-subtitle">Story so far</h3>
      {notes.length === 0 ? (
        <p className="pw-muted">No notes yet.</p>
      ) : (
        <ol className="pw-notes">
          {notes.map((note, index) => (
            <li key={index}>
              <span className="pw-episode-tag">{episodeLabel(dataset, note.from)}</span>{' '}
              <span className="pw-note-text">{note.text}</span>
              <Citations dataset={dataset} citations={note.sources} />
            </li>
          ))}
        </ol>
      )}

      <h3 className="pw-subtitle">Relationships as of {episodeLabel(dataset, snapshot.episode)}</h3>
      {relationships.length === 0 ? (
        <p className="pw-muted">None at this episode.</p>
      ) : (
        <ul className="pw-relationships">
          {relationships.map((relationship) => (
            <RelationshipItem
              key={relationship.id}
              dataset={dataset}
              relationship={relationship}
              end={end}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}

function RelationshipItem({
  dataset,
  relationship,
  end,
}: {
  readonly dataset: Dataset;
  readonly relationship: Relationship;
  readonly end: (id: string) => ReactNode;
}) {
  const type = typeOf(dataset, relationship);
  return (
    <li className="pw-relationship">
      <p className="pw-relationship-line">
        {end(relationship.source)} — <strong>{type?.label ?? relationship.type}</strong>{' '}
        {directionMark(type)} {end(relationship.target)}
        {isRevealedLater(relationship) && (
          <span className="pw-muted">
            {' '}
            (happened in {episodeLabel(dataset, relationship.happened)}, revealed in{' '}
            {episodeLabel(dataset, relationship.from)})
          </span>
        )}
      </p>
      {relationship.note !== undefined && <p className="pw-note">{relationship.note}</p>}
      <Citations dataset={dataset} citations={relationship.sources} />
    </li>
  );
}

function presentCharacter(snapshot: Snapshot, id: string): CharacterAt | undefined {
  return snapshot.characters.find((entry) => entry.character.id === id);
}

/** The current state: the last one that has started by `episode`. */
function latestState(present: CharacterAt, episode: number): CharacterState | undefined {
  let latest: CharacterState | undefined;
  for (const entry of present.character.states) {
    if (entry.from <= episode && (latest === undefined || entry.from > latest.from)) latest = entry;
  }
  return latest;
}

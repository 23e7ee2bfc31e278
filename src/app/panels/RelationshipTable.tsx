import { useId, useMemo } from 'react';
import type { Dataset, Snapshot } from '../../model';
import { Citations } from './Citations';
import { ShowMore, useShownRows } from './ShowMore';
import { directionMark, episodeLabel, inStoryOrder, isRevealedLater, typeOf } from './format';
import './panels.css';

export interface RelationshipTableProps {
  readonly dataset: Dataset;
  /** The story at the current episode: the only source of rows. */
  readonly snapshot: Snapshot;
  /** Type ids filtered out in the legend; their rows are left out here too. */
  readonly hidden: ReadonlySet<string>;
}

const COLUMNS = ['From', 'Type', 'To', 'Since', 'Note', 'Sources'] as const;

/** The graph as text, for screen readers and anyone who prefers a table to the canvas. */
export function RelationshipTable({ dataset, snapshot, hidden }: RelationshipTableProps) {
  const baseId = useId();
  const episode = episodeLabel(dataset, snapshot.episode);
  // Both ends of a relationship in the snapshot are known at this episode.
  const nameOf = useMemo(() => {
    const names = new Map(snapshot.characters.map(({ character }) => [character.id, character]));
    return (id: string) => names.get(id)?.name ?? dataset.characterById.get(id)?.name ?? id;
  }, [dataset, snapshot]);
  // Sorted once per episode and filter, not at every render of the page around it.
  const rows = useMemo(
    () =>
      inStoryOrder(
        dataset,
        snapshot.relationships.filter((relationship) => !hidden.has(relationship.type)),
        nameOf,
      ),
    [dataset, snapshot, hidden, nameOf],
  );
  const hiddenCount = snapshot.relationships.length - rows.length;
  const [shownRows, moreRows] = useShownRows(rows);
  const [shownCharacters, moreCharacters] = useShownRows(snapshot.characters);

  return (
    <section className="pw-panel pw-text-view" aria-label={`Text view as of ${episode}`}>
      {/* Wider than the panel: focusable so keyboard users can scroll to every column. */}
      <div
        className="pw-table-scroll"
        role="region"
        tabIndex={0}
        aria-label={`Relationships as of ${episode}, scrolls sideways`}
      >
        <table className="pw-table">
          <caption>Relationships as of {episode}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="pw-muted">
                  {hiddenCount > 0
                    ? 'Every relationship at this episode is of a hidden type.'
                    : 'No relationships at this episode.'}
                </td>
              </tr>
            ) : (
              rows.slice(0, shownRows).map((relationship) => {
                const type = typeOf(dataset, relationship);
                return (
                  <tr key={relationship.id}>
                    <th scope="row">{nameOf(relationship.source)}</th>
                    <td>
                      {type?.label ?? relationship.type} {directionMark(type)}
                    </td>
                    <td>{nameOf(relationship.target)}</td>
                    <td>
                      {episodeLabel(dataset, relationship.from)}
                      {isRevealedLater(relationship) && (
                        <span className="pw-muted">
                          {' '}
                          (happened in {episodeLabel(dataset, relationship.happened)})
                        </span>
                      )}
                    </td>
                    <td>{relationship.note}</td>
                    <td>
                      <Citations dataset={dataset} citations={relationship.sources} />
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <ShowMore total={rows.length} shown={shownRows} onMore={moreRows} noun="relationships" />
      {hiddenCount > 0 && rows.length > 0 && (
        <p className="pw-muted">
          {hiddenCount === 1
            ? '1 relationship of a hidden type is not listed.'
            : `${hiddenCount} relationships of hidden types are not listed.`}
        </p>
      )}

      <h2 id={`${baseId}-characters`} className="pw-subtitle">
        Characters as of {episode} ({snapshot.characters.length})
      </h2>
      <ul className="pw-character-list">
        {snapshot.characters.slice(0, shownCharacters).map(({ character, state }) => (
          <li key={character.id}>
            {character.name}
            {state !== undefined && <span className="pw-muted"> — {state}</span>}
          </li>
        ))}
      </ul>
      <ShowMore
        total={snapshot.characters.length}
        shown={shownCharacters}
        onMore={moreCharacters}
        noun="characters"
      />
    </section>
  );
}

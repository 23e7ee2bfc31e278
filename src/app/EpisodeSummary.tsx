import type { Timeline } from '../model';

interface Props {
  readonly timeline: Timeline;
  readonly episode: number;
  readonly onEpisodeChange: (episode: number) => void;
}

/** The show at one episode, as text: who is in it and how they are tied. */
export function EpisodeSummary({ timeline, episode, onEpisodeChange }: Props) {
  const { dataset } = timeline;
  const snapshot = timeline.snapshotAt(episode);
  const nameOf = (id: string) => dataset.characterById.get(id)?.name ?? id;
  const current = dataset.episodes[snapshot.episode];
  return (
    <>
      <h2>{dataset.show.title}</h2>
      <label className="episode-picker">
        Episode{' '}
        <select value={episode} onChange={(event) => onEpisodeChange(Number(event.target.value))}>
          {dataset.episodes.map((item) => (
            <option key={item.id} value={item.position}>
              {item.id}
              {item.title ? ` — ${item.title}` : ''}
            </option>
          ))}
        </select>
      </label>
      <section aria-labelledby="characters-title">
        <h3 id="characters-title">
          Characters as of {current?.id} ({snapshot.characters.length})
        </h3>
        <ul className="characters">
          {snapshot.characters.map(({ character, state }) => (
            <li key={character.id}>
              {character.name}
              {character.actor && <span className="muted"> ({character.actor})</span>}
              {state && <span className="state"> — {state}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="relationships-title">
        <h3 id="relationships-title">
          Relationships as of {current?.id} ({snapshot.relationships.length})
        </h3>
        <ul className="relationships">
          {snapshot.relationships.map((relationship) => {
            const type = dataset.typeById.get(relationship.type);
            return (
              <li key={relationship.id}>
                {nameOf(relationship.source)} <strong>{type?.label ?? relationship.type}</strong>{' '}
                {type?.directed ? '→' : '—'} {nameOf(relationship.target)}
                {relationship.note && <span className="muted"> — {relationship.note}</span>}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

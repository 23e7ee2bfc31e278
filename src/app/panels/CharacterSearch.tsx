import { useId, useState, type KeyboardEvent } from 'react';
import type { CharacterAt } from '../../model';
import { searchCharacters } from './searchCharacters';
import './panels.css';

export interface CharacterSearchProps {
  /** The characters of the current snapshot: nobody else can ever match. */
  readonly characters: readonly CharacterAt[];
  readonly onSelect: (id: string) => void;
}

/** Options rendered at most; big shows stay responsive and the status says how many matched. */
const MAX_OPTIONS = 50;

/** A search box following the ARIA combobox pattern (list autocomplete, no inline completion). */
export function CharacterSearch({ characters, onSelect }: CharacterSearchProps) {
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // The active option is kept by character id so it stays right when the list changes
  // under it (episode change); when that character is gone, no option is active.
  const [activeId, setActiveId] = useState<string>();

  const matches = searchCharacters(characters, query);
  const options = matches.slice(0, MAX_OPTIONS);
  const activeIndex = options.findIndex((entry) => entry.character.id === activeId);
  const hasQuery = query.trim() !== '';
  const expanded = open && hasQuery && options.length > 0;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const select = (entry: CharacterAt) => {
    onSelect(entry.character.id);
    setQuery(entry.character.name);
    setActiveId(undefined);
    setOpen(false);
  };

  const move = (step: 1 | -1) => {
    if (options.length === 0) return;
    setOpen(true);
    // Without an active option, ↓ starts at the top and ↑ at the bottom; both wrap.
    const next =
      activeIndex === -1
        ? step === 1
          ? 0
          : options.length - 1
        : (activeIndex + step + options.length) % options.length;
    setActiveId(options[next]?.character.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded && event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // With no active option, a single match is what the viewer meant.
        const chosen = expanded
          ? (options[activeIndex] ?? (options.length === 1 ? options[0] : undefined))
          : undefined;
        if (chosen) {
          event.preventDefault();
          select(chosen);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActiveId(undefined);
        } else {
          setQuery('');
        }
        break;
    }
  };

  let status = '';
  if (hasQuery && open) {
    if (matches.length === 0) status = 'No match';
    else if (matches.length > options.length)
      status = `${matches.length} matches, showing the first ${options.length}`;
    else status = matches.length === 1 ? '1 match' : `${matches.length} matches`;
  }

  return (
    <div className="pw-search">
      <label htmlFor={`${baseId}-input`} className="pw-search-label">
        Search characters
      </label>
      <input
        id={`${baseId}-input`}
        className="pw-search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        // Phones hide the label above to give the graph room (phone.css): this stays.
        placeholder="Search"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && activeIndex !== -1 ? optionId(activeIndex) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveId(undefined);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Matching characters"
        className="pw-search-listbox"
        hidden={!expanded}
      >
        {expanded &&
          options.map((entry, index) => (
            <li
              key={entry.character.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="pw-search-option"
              // Keep focus in the input so its blur does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => select(entry)}
            >
              <span className="pw-search-name">{entry.character.name}</span>
              {entry.character.actor !== undefined && (
                <span className="pw-muted"> ({entry.character.actor})</span>
              )}
            </li>
          ))}
      </ul>
      <p role="status" className={matches.length === 0 ? 'pw-search-status' : 'pw-visually-hidden'}>
        {status}
      </p>
    </div>
  );
}

// What a diff means in words, for the "What changed" list. Pure: no React, no DOM.
import type { Dataset, Diff, Relationship } from '../../model';
import { episodeLabel, isRevealedLater, relationshipText } from './format';

export type ChangeKind = 'enter' | 'new' | 'state' | 'notes' | 'ended' | 'leave';

export interface ChangeTarget {
  readonly kind: 'character' | 'relationship';
  readonly id: string;
}

export interface Change {
  /** Unique within one list (a character can change state and notes at once). */
  readonly id: string;
  readonly kind: ChangeKind;
  readonly text: string;
  readonly target: ChangeTarget;
}

/**
 * One plain sentence per change, in reading order: who enters, new relationships,
 * changed characters, ended relationships, who leaves. Everything named comes from
 * the diff, so nothing after `diff.to` can appear.
 */
export function describeChanges(dataset: Dataset, diff: Diff): Change[] {
  // Names only for ids the diff mentions (a relationship's ends were in the story at one end of it).
  const nameOf = (id: string) => dataset.characterById.get(id)?.name ?? id;
  const character = (id: string): ChangeTarget => ({ kind: 'character', id });
  const relationship = (id: string): ChangeTarget => ({ kind: 'relationship', id });
  const changes: Change[] = [];

  for (const { character: entering } of diff.characters.added) {
    changes.push({
      id: `enter:${entering.id}`,
      kind: 'enter',
      text: `Enters the story: ${entering.name}.`,
      target: character(entering.id),
    });
  }

  for (const added of diff.relationships.added) {
    changes.push({
      id: `new:${added.id}`,
      kind: 'new',
      text: `New: ${relationshipText(dataset, added, nameOf)}${revealNote(dataset, added)}.`,
      target: relationship(added.id),
    });
  }

  for (const { before, after } of diff.characters.changed) {
    const { id, name } = after.character;
    if (before.state !== after.state) {
      changes.push({
        id: `state:${id}`,
        kind: 'state',
        text:
          after.state !== undefined
            ? `${name} is now ${after.state}.`
            : `${name} is no longer ${before.state ?? 'in that state'}.`,
        target: character(id),
      });
    }
    const gained = after.notes.length - before.notes.length;
    if (gained !== 0) {
      changes.push({
        id: `notes:${id}`,
        kind: 'notes',
        text:
          gained === 1
            ? `New note on ${name}.`
            : gained > 1
              ? `${gained} new notes on ${name}.`
              : // Stepping backwards: later notes are put away again.
                `Fewer notes on ${name}.`,
        target: character(id),
      });
    }
  }

  for (const ended of diff.relationships.removed) {
    changes.push({
      id: `ended:${ended.id}`,
      kind: 'ended',
      text: `Ended: ${relationshipText(dataset, ended, nameOf)}.`,
      target: relationship(ended.id),
    });
  }

  for (const leaving of diff.characters.removed) {
    changes.push({
      id: `leave:${leaving.id}`,
      kind: 'leave',
      text: `Leaves the story: ${leaving.name}.`,
      target: character(leaving.id),
    });
  }

  return changes;
}

/** " (happened in S1E1)" for a reveal of something earlier; "" otherwise. */
function revealNote(dataset: Dataset, relationship: Relationship): string {
  return isRevealedLater(relationship)
    ? ` (happened in ${episodeLabel(dataset, relationship.happened)})`
    : '';
}

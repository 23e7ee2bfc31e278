// The small languages inside CSV cells: episode references, `a | b` lists for several
// notes or states, and the leading `'` that keeps spreadsheets from running formulas.
import type { EpisodeRef } from '../schema';

// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A cell as written to CSV: a leading `'` makes spreadsheets show it as text. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes guardFormula; also what spreadsheets do with a typed `'=…`. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** A cell holding an episode: "3" is a position, anything else an id such as "S1E3". */
export function parseEpisodeRef(cell: string): EpisodeRef {
  const trimmed = cell.trim();
  return /^[1-9]\d{0,8}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function formatEpisodeRef(ref: EpisodeRef): string {
  return String(ref);
}

/** One entry of a `|` list: characters with a flag saying which were escaped by `\`. */
interface ListItem {
  readonly chars: string[];
  readonly escaped: boolean[];
}

/** Splits a cell on `|`; `\` makes the next character literal (a `|`, a `\`, or an edge space). */
function splitList(cell: string): ListItem[] {
  const items: ListItem[] = [{ chars: [], escaped: [] }];
  const chars = Array.from(cell);
  for (let i = 0; i < chars.length; i++) {
    const item = items[items.length - 1] as ListItem;
    const ch = chars[i] as string;
    if (ch === '\\' && i + 1 < chars.length) {
      item.chars.push(chars[++i] as string);
      item.escaped.push(true);
    } else if (ch === '|') items.push({ chars: [], escaped: [] });
    else {
      item.chars.push(ch);
      item.escaped.push(false);
    }
  }
  return items;
}

/** The text of part of an item, without the unescaped whitespace at its ends. */
function itemText(item: ListItem, start = 0, end = item.chars.length): string {
  const blank = (i: number) => !item.escaped[i] && /\s/.test(item.chars[i] as string);
  while (start < end && blank(start)) start++;
  while (end > start && blank(end - 1)) end--;
  return item.chars.slice(start, end).join('');
}

function unescapedIndex(item: ListItem, ch: string, last = false): number {
  const indices = item.chars.flatMap((c, i) => (c === ch && !item.escaped[i] ? [i] : []));
  return (last ? indices[indices.length - 1] : indices[0]) ?? -1;
}

/** Escapes text for a `|` list: `\` and `|`, and spaces at its ends so they are kept. */
export function escapeListText(text: string): string {
  const escaped = text.replace(/[\\|]/g, (ch) => `\\${ch}`);
  const lead = /^\s*/.exec(escaped)?.[0] ?? '';
  const trail = lead.length === escaped.length ? '' : (/\s*$/.exec(escaped)?.[0] ?? '');
  const middle = escaped.slice(lead.length, escaped.length - trail.length);
  const keep = (spaces: string) => Array.from(spaces, (space) => `\\${space}`).join('');
  return `${keep(lead)}${middle}${keep(trail)}`;
}

export type ListEntry<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly item: string };

/** `coma@S1E1 | awake@S1E9`: each state with the episode it starts in. */
export function parseStates(cell: string): ListEntry<{ state: string; from: EpisodeRef }>[] {
  return splitList(cell)
    .filter((item) => itemText(item) !== '')
    .map((item) => {
      const at = unescapedIndex(item, '@', true);
      const state = at === -1 ? '' : itemText(item, 0, at);
      const ref = at === -1 ? '' : itemText(item, at + 1);
      if (state === '' || ref === '') return { ok: false, item: itemText(item) };
      return { ok: true, value: { state, from: parseEpisodeRef(ref) } };
    });
}

export function formatStates(states: readonly { state: string; from: EpisodeRef }[]): string {
  return states.map((s) => `${escapeListText(s.state)}@${formatEpisodeRef(s.from)}`).join(' | ');
}

const EPISODE_LIKE = /^(S\d+E\d+|E\d+|\d+)$/i;

/**
 * Whether a notes cell uses the `S1E3: text | S1E5: text` form: it starts with something that
 * names an episode (S1E3, E3, 3, or an id from episodes.csv) and a colon. Anything else is
 * one note, kept exactly as written.
 */
export function isNoteList(cell: string, episodeIds: ReadonlySet<string>): boolean {
  const colon = cell.indexOf(':');
  if (colon === -1) return false;
  const head = cell.slice(0, colon).trim();
  return EPISODE_LIKE.test(head) || episodeIds.has(head.toLowerCase());
}

export function parseNoteList(cell: string): ListEntry<{ from: EpisodeRef; text: string }>[] {
  return splitList(cell)
    .filter((item) => itemText(item) !== '')
    .map((item) => {
      const colon = unescapedIndex(item, ':');
      const ref = colon === -1 ? '' : itemText(item, 0, colon);
      const text = colon === -1 ? '' : itemText(item, colon + 1);
      if (ref === '' || text === '') return { ok: false, item: itemText(item) };
      return { ok: true, value: { from: parseEpisodeRef(ref), text } };
    });
}

export function formatNoteList(notes: readonly { from: EpisodeRef; text: string }[]): string {
  return notes
    .map((note) => `${formatEpisodeRef(note.from)}: ${escapeListText(note.text)}`)
    .join(' | ');
}

// `npm run own-words -- file.json --excerpts DIR [--words N]`: checks that a data file's
// prose (notes, descriptions, show notes) shares no run of N words (default 8) with the
// source texts saved as .txt files in DIR. The excerpts stay outside the repository (they
// are other people's text); this script only reads them. Exits 1 when a run is shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { intFlag, readArgs, runCli, UsageError } from '../src/cli/args';

/** Lower-case words, with curly quotes folded and all other punctuation dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/** Every run of `n` consecutive words in a text, joined by spaces. */
export function runs(text: string, n: number): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) found.add(list.slice(i, i + n).join(' '));
  return found;
}

export interface Prose {
  /** Where the text sits in the file, e.g. "characters[3].notes[1].text". */
  readonly path: string;
  readonly text: string;
}

/** The prose an author writes: descriptions, notes and show notes (not names or titles). */
export function proseOf(data: unknown): Prose[] {
  const found: Prose[] = [];
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (['note', 'text', 'description', 'notes', 'credits'].includes(key))
        found.push({ path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`, key));
    } else if (value !== null && typeof value === 'object') {
      for (const [child, item] of Object.entries(value))
        visit(item, path === '' ? child : `${path}.${child}`, child);
    }
  };
  visit(data, '', '');
  return found;
}

export interface SharedRun {
  readonly path: string;
  readonly run: string;
  readonly source: string;
}

/** Each run of `n` words that a piece of prose shares with a named source text. */
export function sharedRuns(
  prose: readonly Prose[],
  sources: ReadonlyMap<string, string>,
  n: number,
): SharedRun[] {
  const sourceRuns = [...sources].map(([name, text]) => [name, runs(text, n)] as const);
  const shared: SharedRun[] = [];
  for (const { path, text } of prose)
    for (const run of runs(text, n))
      for (const [source, known] of sourceRuns)
        if (known.has(run)) shared.push({ path, run, source });
  return shared;
}

const USAGE = 'usage: npm run own-words -- file.json --excerpts DIR [--words N]';

async function main(argv: readonly string[]): Promise<number> {
  const { flags, positional } = readArgs(argv);
  const file = positional[0];
  const dir = flags.get('excerpts');
  if (file === undefined) throw new UsageError('give the data file');
  if (typeof dir !== 'string')
    throw new UsageError('give the folder of source texts: --excerpts DIR');
  const n = intFlag(flags, 'words', 8);
  if (n < 2) throw new UsageError('--words takes a whole number of 2 or more');
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  if (names.length === 0) throw new UsageError(`no .txt files in ${dir}`);
  const sources = new Map(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  const prose = proseOf(JSON.parse(readFileSync(file, 'utf8')));
  const shared = sharedRuns(prose, sources, n);
  for (const { path, run, source } of shared)
    console.log(`${file}: ${path}: "${run}" is in ${source}`);
  console.log(
    `${prose.length} texts checked against ${names.length} sources: ${shared.length} shared runs of ${n} words`,
  );
  return shared.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void runCli('own-words', USAGE, main);

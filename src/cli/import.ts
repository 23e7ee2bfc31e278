// `npm run import -- --characters c.csv --relationships r.csv [--episodes e.csv] [--types t.csv]
//  [--title "…"] -o show.json`, or `npm run import -- show.gexf -o show.json`: builds a data
// file from spreadsheets or from Gephi, checked by the same validator as `npm run validate`.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFileSize, SCHEMA_URL, type GraphData } from '../model';
import {
  formatInteropProblem,
  importCsv,
  importGexf,
  type ImportResult,
  type InteropProblem,
} from '../model/interop';
import { readArgs, UsageError, runCli } from './args';

const USAGE = [
  'usage: npm run import -- --characters characters.csv --relationships relationships.csv',
  '         [--episodes episodes.csv] [--types types.csv] [--title "Show title"] -o show.json',
  '       npm run import -- show.gexf -o show.json',
].join('\n');
const FLAGS = new Set(['characters', 'relationships', 'episodes', 'types', 'title', 'out']);

type Read = { ok: true; text: string } | { ok: false; problem: InteropProblem };

function readText(path: string): Read {
  const problem = (message: string, fix: string): Read => ({
    ok: false,
    problem: { file: path, message, fix },
  });
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return problem('not a file', 'pass the path of a file');
    const tooBig = checkFileSize(stats.size);
    if (tooBig) return problem(tooBig.message, tooBig.fix);
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch {
    return problem('cannot read the file (it does not exist or is not readable)', 'check the path');
  }
}

/** Imports, naming files by their base name inside the data but by path in problems. */
function runImport(flags: Map<string, string | true>, positional: string[]) {
  const text = (name: string) => {
    const value = flags.get(name);
    if (value === true) throw new UsageError(`--${name} needs a value`);
    return value;
  };
  const gexf = positional[0];
  if (positional.length > 1)
    throw new UsageError(`one GEXF file at a time, got ${positional.length}`);
  if (gexf !== undefined) {
    if (text('characters') ?? text('relationships')) {
      throw new UsageError('give either CSV files (--characters, --relationships) or a GEXF file');
    }
    if (!/\.(gexf|xml)$/i.test(gexf)) {
      throw new UsageError(
        `${gexf}: expected a .gexf file; CSV files go with --characters and --relationships`,
      );
    }
    return {
      paths: [gexf],
      read: (textOf: (path: string) => string) => importGexf(textOf(gexf), basename(gexf)),
    };
  }
  const characters = text('characters');
  const relationships = text('relationships');
  if (characters === undefined || relationships === undefined) {
    throw new UsageError(
      '--characters and --relationships are both required (or give a .gexf file)',
    );
  }
  const episodes = text('episodes');
  const types = text('types');
  const title = text('title');
  const paths = [characters, relationships, episodes, types].filter((path) => path !== undefined);
  const csv = (path: string, textOf: (path: string) => string) => ({
    name: basename(path),
    text: textOf(path),
  });
  return {
    paths,
    read: (textOf: (path: string) => string): ImportResult<InteropProblem> =>
      importCsv({
        characters: csv(characters, textOf),
        relationships: csv(relationships, textOf),
        ...(episodes === undefined ? {} : { episodes: csv(episodes, textOf) }),
        ...(types === undefined ? {} : { types: csv(types, textOf) }),
        ...(title === undefined ? {} : { title }),
      }),
  };
}

function main(argv: readonly string[], print: (line: string) => void): number {
  const { flags, positional } = readArgs(argv);
  for (const name of flags.keys()) {
    if (!FLAGS.has(name)) throw new UsageError(`unknown option --${name}`);
  }
  const out = flags.get('out');
  if (typeof out !== 'string') throw new UsageError('-o show.json is required');
  const { paths, read } = runImport(flags, positional);

  const texts = new Map<string, string>();
  const unreadable: InteropProblem[] = [];
  for (const path of paths) {
    const file = readText(path);
    if (file.ok) texts.set(path, file.text);
    else unreadable.push(file.problem);
  }
  const result: ImportResult<InteropProblem> =
    unreadable.length > 0
      ? { ok: false, problems: unreadable }
      : read((path) => texts.get(path) ?? '');
  if (!result.ok) {
    // Problems name files by base name; print the path the user typed.
    const pathOf = new Map(paths.map((path) => [basename(path), path]));
    for (const problem of result.problems) {
      print(formatInteropProblem({ ...problem, file: pathOf.get(problem.file) ?? problem.file }));
    }
    const count = result.problems.length;
    print(`${count} problem${count === 1 ? '' : 's'}; ${out} was not written`);
    return 1;
  }
  const data: GraphData = { $schema: `../public${SCHEMA_URL}`, ...result.data };
  try {
    writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`);
  } catch {
    print(`${out}: cannot write the file — check that its folder exists and is writable`);
    return 1;
  }
  const { episodes, characters, relationships } = result.data;
  const pathOf = new Map(paths.map((path) => [basename(path), path]));
  for (const hint of result.hints ?? []) {
    print(`note: ${formatInteropProblem({ ...hint, file: pathOf.get(hint.file) ?? hint.file })}`);
  }
  print(
    `ok: wrote ${out} (${episodes.length} episodes, ${characters.length} characters, ${relationships.length} relationships) from ${paths.join(', ')}`,
  );
  return 0;
}

await runCli('import', USAGE, (argv) => main(argv, (line) => console.log(line)));

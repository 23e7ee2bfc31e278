// `npm run import -- --characters c.csv --relationships r.csv [--episodes e.csv] [--types t.csv]
//  [--title "…"] -o show.json`, or `npm run import -- show.gexf -o show.json`: builds a data
// file from spreadsheets or from Gephi, checked by the same validator as `npm run validate`.
// What the validator repaired is printed as `warning:` lines (exit 0); `--strict` refuses it.
import { basename } from 'node:path';
import { SCHEMA_URL, type GraphData } from '../model';
import {
  formatInteropHint,
  formatInteropProblem,
  importCsv,
  importGexf,
  type ImportResult,
  type InteropProblem,
} from '../model/interop';
import { readArgs, UsageError, runCli } from './args';
import { dataFileText, readTextFile, writeDataFile } from './dataFile';

const USAGE = [
  'usage: npm run import -- --characters characters.csv --relationships relationships.csv',
  '         [--episodes episodes.csv] [--types types.csv] [--title "Show title"] [--strict] -o show.json',
  '       npm run import -- show.gexf [--strict] -o show.json',
  '  --strict  treat warnings (things the import would repair) as errors',
].join('\n');
const SWITCHES = new Set(['strict']);
const FLAGS = new Set([
  'characters',
  'relationships',
  'episodes',
  'types',
  'title',
  'out',
  ...SWITCHES,
]);

type Read = { ok: true; text: string } | { ok: false; problem: InteropProblem };

function readText(path: string): Read {
  const file = readTextFile(path);
  if (file.ok) return file;
  const { message, fix, line } = file.problem;
  const where = line === undefined ? {} : { row: line, column: file.problem.column ?? 1 };
  return { ok: false, problem: { file: path, ...where, message, fix } };
}

/** Imports, naming files by their base name inside the data but by path in problems. */
function runImport(flags: Map<string, string | true>, positional: string[]) {
  const options = { strict: flags.has('strict') };
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
      read: (textOf: (path: string) => string) => importGexf(textOf(gexf), basename(gexf), options),
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
      importCsv(
        {
          characters: csv(characters, textOf),
          relationships: csv(relationships, textOf),
          ...(episodes === undefined ? {} : { episodes: csv(episodes, textOf) }),
          ...(types === undefined ? {} : { types: csv(types, textOf) }),
          ...(title === undefined ? {} : { title }),
        },
        options,
      ),
  };
}

function main(argv: readonly string[], print: (line: string) => void): number {
  const { flags, positional } = readArgs(argv, SWITCHES);
  for (const name of flags.keys()) {
    if (!FLAGS.has(name)) throw new UsageError(`unknown option --${name}`);
  }
  if (typeof flags.get('strict') === 'string') throw new UsageError('--strict takes no value');
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
  // Problems name files by base name; print the path the user typed.
  const pathOf = new Map(paths.map((path) => [basename(path), path]));
  const typed = (problem: InteropProblem) => ({
    ...problem,
    file: pathOf.get(problem.file) ?? problem.file,
  });
  if (!result.ok) {
    for (const problem of result.problems) print(formatInteropProblem(typed(problem)));
    const count = result.problems.length;
    print(`${count} problem${count === 1 ? '' : 's'}; ${out} was not written`);
    return 1;
  }
  for (const warning of result.warnings) print(formatInteropProblem(typed(warning)));
  for (const hint of result.hints) print(formatInteropHint(typed(hint)));
  const data: GraphData = { $schema: `../public${SCHEMA_URL}`, ...result.data };
  const written = writeDataFile(out, dataFileText(data));
  if (!written.ok) {
    const { message, fix } = written.problem;
    print(formatInteropProblem({ file: out, message, fix }));
    print(`1 problem; ${out} was not written`);
    return 1;
  }
  const { episodes, characters, relationships } = result.data;
  const warned = result.warnings.length;
  const repaired =
    warned === 0 ? '' : `, ${warned} warning${warned === 1 ? '' : 's'} (repaired as shown)`;
  print(
    `ok: wrote ${out} (${episodes.length} episodes, ${characters.length} characters, ${relationships.length} relationships${repaired}) from ${paths.join(', ')}`,
  );
  return 0;
}

await runCli('import', USAGE, (argv) => main(argv, (line) => console.log(line)));

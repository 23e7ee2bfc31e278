// `npm run export -- --to csv show.json -o dir/`, `--to gexf show.json [-o show.gexf]`,
// `--to cytoscape show.json --episode S1E5 [-o file.cyjs]`: writes a validated data file in
// another format. Without -o, GEXF and Cytoscape JSON go to standard output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  EpisodeResolver,
  formatProblems,
  validateGraphData,
  type Dataset,
  type GraphData,
} from '../model';
import { exportCsv, exportCytoscapeJson, exportGexf } from '../model/interop';
import { readArgs, UsageError, runCli } from './args';
import { readJsonFile } from './dataFile';

const USAGE = [
  'usage: npm run export -- --to csv show.json -o folder/',
  '       npm run export -- --to gexf show.json [-o show.gexf]',
  '       npm run export -- --to cytoscape show.json --episode S1E5 [-o show.cyjs]',
].join('\n');
const FLAGS = new Set(['to', 'out', 'episode']);

type Loaded =
  { ok: true; data: GraphData; dataset: Dataset } | { ok: false; problems: readonly string[] };

/** Reads and validates a data file the way `npm run validate` does. */
async function load(file: string): Promise<Loaded> {
  const json = await readJsonFile(file);
  if (!json.ok) return { ok: false, problems: formatProblems(file, json.problems) };
  const result = validateGraphData(json.value);
  return result.ok ? result : { ok: false, problems: formatProblems(file, result.problems) };
}

async function main(argv: readonly string[], print: (line: string) => void): Promise<number> {
  const { flags, positional } = readArgs(argv);
  for (const name of flags.keys()) {
    if (!FLAGS.has(name)) throw new UsageError(`unknown option --${name}`);
  }
  const to = flags.get('to');
  if (to !== 'csv' && to !== 'gexf' && to !== 'cytoscape') {
    throw new UsageError('--to must be csv, gexf or cytoscape');
  }
  const [file, ...extra] = positional;
  if (file === undefined || extra.length > 0) throw new UsageError('give exactly one data file');
  const out = flags.get('out');
  if (out === true) throw new UsageError('-o needs a file or folder name');
  const episodeFlag = flags.get('episode');
  const ref = typeof episodeFlag === 'string' ? episodeFlag : undefined;
  if (to === 'cytoscape' && ref === undefined) {
    throw new UsageError('--episode is required for cytoscape, e.g. --episode S1E5');
  }
  if (to === 'csv' && out === undefined) throw new UsageError('-o folder/ is required for csv');

  const loaded = await load(file);
  if (!loaded.ok) {
    for (const line of loaded.problems) print(line);
    const count = loaded.problems.length;
    print(`${count} problem${count === 1 ? '' : 's'}; nothing was exported`);
    return 1;
  }
  const { data, dataset } = loaded;
  const counts = `${dataset.episodes.length} episodes, ${dataset.characters.length} characters, ${dataset.relationships.length} relationships`;

  // Written files, by path, and the summary to print once all are written.
  let files: [string, string][];
  let summary: string;
  if (to === 'csv') {
    const csv = exportCsv(data);
    const folder = out ?? '.';
    files = Object.entries(csv).map(([name, text]) => [join(folder, `${name}.csv`), text]);
    summary = `ok: wrote ${files.map(([path]) => path).join(', ')} (${counts})`;
  } else if (to === 'gexf') {
    files = [[out ?? '-', exportGexf(data, dataset)]];
    summary = `ok: wrote ${out ?? 'GEXF to standard output'} (${counts})`;
  } else {
    if (ref === undefined) return 2; // checked above, before reading the file
    const resolved = new EpisodeResolver(data.episodes).resolve(
      /^\d+$/.test(ref) ? Number(ref) : ref,
    );
    if (!('position' in resolved)) {
      print(`${file}: --episode ${ref}: ${resolved.error} — ${resolved.fix}`);
      return 1;
    }
    const json = exportCytoscapeJson(dataset, resolved.position);
    files = [[out ?? '-', `${JSON.stringify(json, null, 2)}\n`]];
    const episode = dataset.episodes[resolved.position]?.id ?? ref;
    summary = `ok: wrote ${out ?? 'Cytoscape JSON to standard output'} (${episode}: ${json.elements.nodes.length} nodes, ${json.elements.edges.length} edges)`;
  }

  for (const [path, text] of files) {
    if (path === '-') {
      process.stdout.write(text);
      continue;
    }
    try {
      if (to === 'csv') mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    } catch {
      print(`${path}: cannot write the file — check that its folder exists and is writable`);
      return 1;
    }
  }
  // With the export on standard output, the summary goes to standard error to keep it clean.
  if (out === undefined) console.error(summary);
  else print(summary);
  return 0;
}

await runCli('export', USAGE, (argv) => main(argv, (line) => console.log(line)));

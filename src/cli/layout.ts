// `npm run layout -- file.json`: bakes the stable layout into a data file, so the app and
// the widget draw at once instead of laying out in the browser. Same data, same positions.
import { formatProblem, formatProblems, validateGraphDataText } from '../model';
import { computeLayout } from '../model/layout';
import { readArgs, UsageError, runCli } from './args';
import { dataFileText, readTextFile, writeDataFile } from './dataFile';

const USAGE = 'usage: npm run layout -- file.json [--fresh] [--ticks N] [-o out.json]';

async function main(argv: readonly string[]): Promise<number> {
  const { flags, positional } = readArgs(argv, new Set(['fresh']));
  const file = positional[0];
  if (file === undefined) throw new UsageError('give the data file to lay out');
  const read = readTextFile(file);
  if (!read.ok) {
    console.log(formatProblem(file, read.problem));
    return 1;
  }
  let { text } = read;
  if (flags.has('fresh')) {
    // Lay everyone out again, as after a layout change (baked positions are otherwise kept).
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      characters?: { position?: unknown }[];
    };
    for (const character of raw.characters ?? []) delete character.position;
    text = JSON.stringify(raw);
  }
  const result = await validateGraphDataText(text);
  if (!result.ok) {
    for (const line of formatProblems(file, result.problems)) console.log(line);
    return 1;
  }
  const ticks = flags.has('ticks') ? Number(flags.get('ticks')) : undefined;
  const started = performance.now();
  // Baked positions are kept fixed; lay out the others from scratch.
  const positions = computeLayout(result.dataset, {
    ...(ticks === undefined ? {} : { ticks }),
    onProgress: (done, total) => {
      process.stdout.write(
        `\rlayout: ${Math.round((100 * done) / total)}% (${result.dataset.characters.length.toLocaleString('en')} characters)`,
      );
    },
  });
  process.stdout.write('\n');
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as {
    characters: { id: string; position?: unknown }[];
  };
  for (const character of raw.characters) {
    const position = positions.get(character.id);
    if (position) character.position = position;
  }
  const out = flags.get('out');
  const target = typeof out === 'string' ? out : file;
  const written = writeDataFile(target, dataFileText(raw));
  if (!written.ok) {
    console.log(formatProblem(target, written.problem));
    return 1;
  }
  console.log(
    `wrote ${positions.size.toLocaleString('en')} positions to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

await runCli('layout', USAGE, main);

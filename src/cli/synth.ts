// `npm run synth -- --characters N --relationships M --episodes E --seed S -o file.json`
import { writeFileSync } from 'node:fs';
import { SCHEMA_URL } from '../model/schema';
import { syntheticShow } from '../model/synthetic';
import { intFlag, readArgs, runCli, UsageError } from './args';

const USAGE =
  'usage: npm run synth -- --characters N --relationships M --episodes E [--seed S] -o file.json';

async function main(argv: readonly string[]): Promise<number> {
  const { flags } = readArgs(argv);
  const out = flags.get('out');
  if (typeof out !== 'string') throw new UsageError('-o file.json is required');
  let data;
  try {
    data = syntheticShow({
      characters: intFlag(flags, 'characters'),
      relationships: intFlag(flags, 'relationships'),
      episodes: intFlag(flags, 'episodes'),
      seed: intFlag(flags, 'seed', 1),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  writeFileSync(out, `${JSON.stringify({ $schema: `../public${SCHEMA_URL}`, ...data })}\n`);
  console.log(
    `wrote ${out}: ${data.characters.length} characters, ${data.relationships.length} relationships, ${data.episodes.length} episodes`,
  );
  return 0;
}

await runCli('synth', USAGE, main);

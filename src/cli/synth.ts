// `npm run synth -- --characters N --relationships M --episodes E --seed S -o file.json`
import { writeFileSync } from 'node:fs';
import { syntheticShow } from '../model/synthetic';
import { intFlag, readArgs, UsageError } from './args';

const USAGE =
  'usage: npm run synth -- --characters N --relationships M --episodes E [--seed S] -o file.json';

try {
  const { flags } = readArgs(process.argv.slice(2));
  const out = flags.get('out');
  if (typeof out !== 'string') throw new UsageError('-o file.json is required');
  const data = syntheticShow({
    characters: intFlag(flags, 'characters'),
    relationships: intFlag(flags, 'relationships'),
    episodes: intFlag(flags, 'episodes'),
    seed: intFlag(flags, 'seed', 1),
  });
  writeFileSync(out, `${JSON.stringify({ $schema: '../public/schema/v1.json', ...data })}\n`);
  console.log(
    `wrote ${out}: ${data.characters.length} characters, ${data.relationships.length} relationships, ${data.episodes.length} episodes`,
  );
} catch (error) {
  console.log(
    error instanceof UsageError || error instanceof RangeError
      ? `${error.message}\n${USAGE}`
      : String(error),
  );
  // Exit codes as in import/export: 2 for a usage mistake, 1 for a failure.
  process.exitCode = error instanceof UsageError || error instanceof RangeError ? 2 : 1;
}

// `npm run validate -- [--strict] <file…>`: checks data files and catalogues with the app's
// own validator. Warnings (what loading would repair) are printed and exit 0, unless --strict.
import { runCli } from './args';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  formatProblems,
  isCatalog,
  isWarning,
  validateCatalog,
  validateGraphData,
  type Problem,
} from '../model';
import { readJsonFile } from './dataFile';

interface FileReport {
  /** Error and warning lines, in file order; a file with any error fails. */
  readonly problems: readonly string[];
  readonly errors: number;
  readonly summary?: string;
}

function report(file: string, problems: readonly Problem[], summary?: string): FileReport {
  return {
    problems: formatProblems(file, problems),
    errors: problems.filter((problem) => !isWarning(problem)).length,
    ...(summary === undefined ? {} : { summary }),
  };
}

const USAGE = 'usage: npm run validate -- [--strict] <file.json…>';

export async function checkFile(file: string, strict = false): Promise<FileReport> {
  const json = await readJsonFile(file);
  if (!json.ok) return report(file, json.problems);

  if (isCatalog(json.value)) {
    const result = validateCatalog(json.value);
    if (!result.ok) return report(file, result.problems);
    const missing: Problem[] = [];
    result.catalog.shows.forEach((show, index) => {
      if (!existsSync(join(dirname(file), show.file))) {
        missing.push({
          path: ['shows', index, 'file'],
          message: `"${show.file}" is not next to the catalogue`,
          fix: 'put the data file in the same folder, or correct the name',
        });
      }
    });
    if (missing.length > 0) return report(file, missing);
    const count = result.catalog.shows.length;
    return report(
      file,
      [],
      `${basename(file)} (catalogue, ${count} show${count === 1 ? '' : 's'})`,
    );
  }

  const result = validateGraphData(json.value, { strict });
  if (!result.ok) return report(file, result.problems);
  const { episodes, characters, relationships } = result.dataset;
  const warned = result.warnings.length;
  const warnings = warned === 0 ? '' : `, ${warned} warning${warned === 1 ? '' : 's'}`;
  return report(
    file,
    result.warnings,
    `${basename(file)} (${episodes.length} episodes, ${characters.length} characters, ${relationships.length} relationships${warnings})`,
  );
}

export async function main(
  argv: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  const strict = argv.includes('--strict');
  const files = argv.filter((arg) => arg !== '--strict');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknown !== undefined) {
    print(unknown === undefined ? USAGE : `unknown option ${unknown}\n${USAGE}`);
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file, strict));
  const lines = reports.flatMap((report) => report.problems);
  for (const line of lines) print(line);
  const errors = reports.reduce((sum, report) => sum + report.errors, 0);
  if (errors > 0) {
    const failed = reports.filter((report) => report.errors > 0).length;
    const warned = lines.length - errors;
    const warnings = warned === 0 ? '' : ` (and ${warned} warning${warned === 1 ? '' : 's'})`;
    print(
      `${errors} problem${errors === 1 ? '' : 's'}${warnings} in ${failed} of ${files.length} file${files.length === 1 ? '' : 's'}`,
    );
    return 1;
  }
  print(`ok: ${reports.map((report) => report.summary).join(', ')}`);
  return 0;
}

await runCli('validate', USAGE, (argv) => main(argv, (line) => console.log(line)));

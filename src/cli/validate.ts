// `npm run validate -- <file…>`: checks data files and catalogues with the app's own validator.
import { runCli } from './args';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  checkFileSize,
  formatProblems,
  isCatalog,
  parseJsonText,
  tooManyRelationships,
  validateCatalog,
  validateGraphData,
  type Problem,
} from '../model';
import { countRelationships } from '../model/jsonSyntax';

interface FileReport {
  readonly problems: readonly string[];
  readonly summary?: string;
}

function readProblem(file: string, message: string, fix: string): FileReport {
  return { problems: formatProblems(file, [{ path: [], message, fix }]) };
}

export async function checkFile(file: string): Promise<FileReport> {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile())
      return readProblem(file, 'not a file', 'pass the path of a .json data file');
    size = stats.size;
  } catch {
    return readProblem(
      file,
      'cannot read the file (it does not exist or is not readable)',
      'check the path',
    );
  }
  const tooBig = checkFileSize(size);
  if (tooBig) return { problems: formatProblems(file, [tooBig]) };

  const text = readFileSync(file, 'utf8');
  // Counted by a scan before JSON.parse builds any object.
  const tooMany = tooManyRelationships(countRelationships(text));
  if (tooMany) return { problems: formatProblems(file, [tooMany]) };
  const json = await parseJsonText(text);
  if (!json.ok) return { problems: formatProblems(file, json.problems) };

  if (isCatalog(json.value)) {
    const result = validateCatalog(json.value);
    if (!result.ok) return { problems: formatProblems(file, result.problems) };
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
    if (missing.length > 0) return { problems: formatProblems(file, missing) };
    const count = result.catalog.shows.length;
    return {
      problems: [],
      summary: `${basename(file)} (catalogue, ${count} show${count === 1 ? '' : 's'})`,
    };
  }

  const result = validateGraphData(json.value);
  if (!result.ok) return { problems: formatProblems(file, result.problems) };
  const { episodes, characters, relationships } = result.dataset;
  return {
    problems: [],
    summary: `${basename(file)} (${episodes.length} episodes, ${characters.length} characters, ${relationships.length} relationships)`,
  };
}

export async function main(
  files: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  if (files.length === 0) {
    print('usage: npm run validate -- <file.json…>');
    return 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file));
  const problems = reports.flatMap((report) => report.problems);
  for (const line of problems) print(line);
  if (problems.length > 0) {
    const failed = reports.filter((report) => report.problems.length > 0).length;
    print(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${failed} of ${files.length} file${files.length === 1 ? '' : 's'}`,
    );
    return 1;
  }
  print(`ok: ${reports.map((report) => report.summary).join(', ')}`);
  return 0;
}

await runCli('validate', 'usage: npm run validate -- <file.json…>', (argv) =>
  main(argv, (line) => console.log(line)),
);

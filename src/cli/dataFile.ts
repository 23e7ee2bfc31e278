// Reading and writing data files the way every Plotweb command does: refused before reading
// when too big, decoded by their byte order mark (or refused as invalid UTF-8 at a byte
// offset), and never written when the result would be too big to read back.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import {
  checkFileSize,
  checkNesting,
  checkWrittenSize,
  parseJsonText,
  tooManyRelationships,
  type GraphData,
  type Problem,
} from '../model';
import { countRelationships } from '../model/jsonSyntax';
import { decodeText } from '../model/textBytes';

export type ReadFile = { ok: true; text: string } | { ok: false; problem: Problem };

const failed = (message: string, fix: string): ReadFile => ({
  ok: false,
  problem: { path: [], message, fix },
});

/** The text of a file, or the one problem that stopped it from being read. */
export function readTextFile(path: string): ReadFile {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return failed('not a file', 'pass the path of a file');
    size = stats.size;
  } catch {
    return failed('cannot read the file (it does not exist or is not readable)', 'check the path');
  }
  const tooBig = checkFileSize(size);
  if (tooBig) return { ok: false, problem: tooBig };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return failed('cannot read the file (it does not exist or is not readable)', 'check the path');
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

/** A data file's text as written: two-space indentation, "$schema" first when given. */
export function dataFileText(data: GraphData | Record<string, unknown>): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Writes the text, unless it is over the size `validate` reads; then says so and by how much. */
export function writeDataFile(
  out: string,
  text: string,
): { ok: true } | { ok: false; problem: Problem } {
  const tooBig = checkWrittenSize(Buffer.byteLength(text, 'utf8'));
  if (tooBig) return { ok: false, problem: tooBig };
  try {
    writeFileSync(out, text);
    return { ok: true };
  } catch {
    return {
      ok: false,
      problem: {
        path: [],
        message: 'cannot write the file',
        fix: 'check that its folder exists and is writable',
      },
    };
  }
}

const IMPORTED = /\.(gexf|xml|csv|tsv)$/i;

/** A GEXF or CSV file given where a Plotweb JSON file belongs: say which command reads it. */
function notJson(path: string, text: string): Problem | undefined {
  const xml = /^\s*</.test(text);
  if (!IMPORTED.test(path) && !xml) return undefined;
  const gexf = xml || /\.(gexf|xml)$/i.test(path);
  return {
    path: [],
    message: gexf
      ? 'this is a GEXF (XML) file, not a Plotweb JSON data file'
      : 'this is a CSV file, not a Plotweb JSON data file',
    fix: gexf
      ? `turn it into one with: npm run import -- ${path} -o show.json (then validate show.json)`
      : 'turn the CSV files into one with: npm run import -- --characters characters.csv --relationships relationships.csv -o show.json',
  };
}

export type ReadJson = { ok: true; value: unknown } | { ok: false; problems: readonly Problem[] };

/**
 * Reads a JSON data file or catalogue: decoded, checked for nesting depth and counted for
 * relationships by scans before JSON.parse builds any object.
 */
export async function readJsonFile(path: string): Promise<ReadJson> {
  const read = readTextFile(path);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const wrongKind = notJson(path, read.text);
  if (wrongKind) return { ok: false, problems: [wrongKind] };
  const tooDeep = checkNesting(read.text);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const tooMany = tooManyRelationships(countRelationships(read.text));
  if (tooMany) return { ok: false, problems: [tooMany] };
  const json = await parseJsonText(read.text);
  return json.ok ? { ok: true, value: json.value } : { ok: false, problems: json.problems };
}

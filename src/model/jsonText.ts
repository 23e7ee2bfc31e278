// Reading a data file's text: size limits, JSON.parse, and on a syntax error the line and
// column (from jsonSyntax.ts, loaded only then, to keep the embed small).
import type { Problem } from './problems';
import { SCHEMA_VERSION } from './schema';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_RELATIONSHIPS = 200_000;

export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Refusal for a file too large to read, decided from its size alone. */
export function checkFileSize(bytes: number): Problem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return {
    path: [],
    message: `file is ${mb} MB, over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit; it was not read`,
    fix: 'split the show into one file per season, or remove unused fields',
  };
}

export function tooManyRelationships(count: number): Problem | undefined {
  if (count <= MAX_RELATIONSHIPS) return undefined;
  return {
    path: ['relationships'],
    message: `${count.toLocaleString('en')} relationships, over the ${MAX_RELATIONSHIPS.toLocaleString('en')} limit; the file was not loaded`,
    fix: 'split the show into several files (e.g. one per season)',
  };
}

/** Parses JSON text strictly; a syntax error's position is found by the caller's locator. */
export async function parseJsonText(rawText: string): Promise<JsonTextResult> {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const sizeProblem = checkFileSize(text.length);
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        {
          path: [],
          line: 1,
          column: 1,
          message: 'file is empty',
          fix: `write a JSON object with "schemaVersion": ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { locateSyntaxError } = await import('./jsonSyntax');
    return {
      ok: false,
      problems: [locateSyntaxError(text, error instanceof Error ? error.message : String(error))],
    };
  }
  const relationships = (value as { relationships?: unknown } | null)?.relationships;
  const tooMany = Array.isArray(relationships)
    ? tooManyRelationships(relationships.length)
    : undefined;
  return tooMany ? { ok: false, problems: [tooMany] } : { ok: true, value };
}

// Reading a data file's text: size limits, JSON.parse, and on a syntax error the line and
// column (from jsonSyntax.ts, loaded only then, to keep the embed small).
import type { Problem } from './problems';
import { SCHEMA_VERSION } from './schema';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_RELATIONSHIPS = 200_000;
/** Lists and objects inside each other: a Plotweb file needs 7; parsers overflow near 10,000. */
export const MAX_JSON_DEPTH = 64;

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

/**
 * The same limit for what Plotweb writes: a data file `validate` and the app would refuse is
 * never written. `bytes` is the UTF-8 size of the text about to be saved; `what` names it.
 */
export function checkWrittenSize(bytes: number, what = "the show's JSON"): Problem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return {
    path: [],
    message: `${what} would be ${mb} MB, over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit that validate, the app and the widget read; it was not written`,
    fix: 'split the show into one file per season (fewer relationships each), or shorten long notes',
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

/**
 * Refuses text nested deeper than MAX_JSON_DEPTH, found by one scan before any parser (which
 * would overflow its stack) runs. Brackets inside strings do not count.
 */
export function checkNesting(text: string): Problem | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const inside = text.charCodeAt(i);
        if (inside === 92 /* \ */) i++;
        else if (inside === 34 || inside === 10) break;
      }
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    } else if (ch === 10) {
      line++;
      lineStart = i + 1;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > MAX_JSON_DEPTH) {
        return {
          path: [],
          line,
          column: i - lineStart + 1,
          message: `lists and objects are nested more than ${MAX_JSON_DEPTH} deep; the file was not parsed`,
          fix: 'a Plotweb file needs only a few levels (file → list → item → list → item); look for extra or unclosed brackets',
        };
      }
    } else if (ch === 93 || ch === 125) depth--;
  }
  return undefined;
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
  const tooDeep = checkNesting(text);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
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

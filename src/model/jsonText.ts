// Reading a data file's text: size limits, syntax errors with line and column,
// and a relationship count taken before any object is built.
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Problem } from './problems';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_RELATIONSHIPS = 200_000;

const SYNTAX_HELP: Record<string, { message: string; fix: string }> = {
  InvalidSymbol: {
    message: 'unexpected character',
    fix: 'remove it, or put text in double quotes',
  },
  InvalidNumberFormat: {
    message: 'malformed number',
    fix: 'write numbers like 3 or 2.5, without leading zeros',
  },
  PropertyNameExpected: {
    message: 'expected a field name in double quotes',
    fix: 'write "name": value, and remove any trailing comma before }',
  },
  ValueExpected: {
    message: 'expected a value',
    fix: 'add a value (text in double quotes, a number, true/false, [ ] or { }), or remove the trailing comma',
  },
  ColonExpected: { message: 'expected ":" after the field name', fix: 'write "name": value' },
  CommaExpected: { message: 'expected a comma', fix: 'separate items and fields with commas' },
  CloseBraceExpected: {
    message: 'expected "}"',
    fix: 'close the object, or add the missing comma between fields',
  },
  CloseBracketExpected: {
    message: 'expected "]"',
    fix: 'close the list, or add the missing comma between items',
  },
  EndOfFileExpected: {
    message: 'unexpected text after the end of the data',
    fix: 'a file holds one JSON object; remove what follows it',
  },
  InvalidCommentToken: {
    message: 'comments are not allowed in JSON',
    fix: 'remove the comment (use "notes" fields instead)',
  },
  UnexpectedEndOfComment: {
    message: 'comments are not allowed in JSON',
    fix: 'remove the comment',
  },
  UnexpectedEndOfString: { message: 'text is not closed', fix: 'add the closing double quote' },
  UnexpectedEndOfNumber: { message: 'number is cut off', fix: 'complete the number' },
  InvalidUnicode: { message: 'malformed \\u escape', fix: 'write \\u followed by four hex digits' },
  InvalidEscapeCharacter: {
    message: 'unknown escape sequence',
    fix: 'use \\", \\\\, \\n, \\t or \\uXXXX',
  },
  InvalidCharacter: {
    message: 'control character inside text',
    fix: 'write line breaks as \\n and tabs as \\t',
  },
};

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
 * Parses JSON text strictly (no comments or trailing commas). Scans first, so a syntax
 * error gets its line and column and an oversized relationship list is refused before
 * any object is built.
 */
export function parseJsonText(rawText: string): JsonTextResult {
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
          fix: 'write a JSON object with "schemaVersion": 1',
        },
      ],
    };
  }

  let syntax: Problem | undefined;
  let depth = 0;
  let relationshipsPending = false;
  let relationshipsDepth = -1;
  let relationships = 0;
  const itemStarts = () => {
    if (depth === relationshipsDepth) relationships++;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        itemStarts();
        relationshipsPending = false;
        depth++;
      },
      onArrayBegin: () => {
        itemStarts();
        depth++;
        if (relationshipsPending && depth === 2) relationshipsDepth = depth;
        relationshipsPending = false;
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayEnd: () => {
        if (depth === relationshipsDepth) relationshipsDepth = -1;
        depth--;
      },
      onLiteralValue: () => {
        itemStarts();
        relationshipsPending = false;
      },
      onObjectProperty: (name) => {
        relationshipsPending = depth === 1 && name === 'relationships';
      },
      onError: (code: ParseErrorCode, _offset, _length, line, character) => {
        if (syntax) return;
        const help = SYNTAX_HELP[printParseErrorCode(code)] ?? {
          message: 'malformed JSON',
          fix: 'check the syntax near this point',
        };
        syntax = {
          path: [],
          line: line + 1,
          column: character + 1,
          message: `malformed JSON: ${help.message}`,
          fix: help.fix,
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (syntax) return { ok: false, problems: [syntax] };
  if (relationships > MAX_RELATIONSHIPS) {
    return {
      ok: false,
      problems: [
        {
          path: ['relationships'],
          message: `${relationships.toLocaleString('en')} relationships, over the ${MAX_RELATIONSHIPS.toLocaleString('en')} limit; the file was not loaded`,
          fix: 'split the show into several files (e.g. one per season)',
        },
      ],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The scanner accepted something JSON.parse did not; report it without a position.
    return {
      ok: false,
      problems: [
        {
          path: [],
          line: 1,
          column: 1,
          message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
          fix: 'check the file with a JSON linter',
        },
      ],
    };
  }
}
